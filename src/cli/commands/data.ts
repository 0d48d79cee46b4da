import { type Command, Option } from 'commander';
import { AppError } from '../../core/errors.js';
import type { Context } from '../../core/ports.js';
import { globalOptions } from '../global-options.js';
import { plural } from '../output.js';
import { makePrivateFolder, writeNewPrivateFile } from '../private-file.js';
import { readRegularFile } from '../read-regular-file.js';
import { type CommandRun, prepare, readText, withWorkspace } from '../runtime.js';
import { integer } from './parse.js';

type DraftKind = 'ask' | 'follow-up' | 'circle-back' | 'escalation';

/** The subject a draft gets when the user gives none. */
const subjects: Record<DraftKind, string> = {
  ask: 'A quick question',
  'follow-up': 'Re: A quick question',
  'circle-back': 'Thank you: what happened when I tried your advice',
  escalation: 'A follow-on question (15 minutes?)',
};

/**
 * `understudy backup FILE`, `restore FILE`, `export --format json|md|csv` and `draft`: the
 * workspace's data out and back in. Nothing is overwritten silently: an existing output path
 * needs `--force`, and files are written whole (to a temporary name, then renamed).
 */
export function registerData(program: Command): void {
  globalOptions(program.command('backup').argument('<file>', 'where to write the JSON backup (- for standard output)'))
    .description('write the whole workspace to a JSON file that restore reads back')
    .option('--force', 'overwrite FILE if it exists')
    .action(async (file: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { text, counts } = await withWorkspace(run, async (ctx) => {
        const { backupText } = await backupModule();
        return backupText(ctx);
      });
      if (file === '-') return void process.stdout.write(text);
      await writeFileSafely(file, text, Boolean(run.options.force));
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      run.out.print({ file, records: counts }, () => `Backed up ${plural(total, 'record')} to ${file}`);
    });

  globalOptions(program.command('restore').argument('<file>', 'a backup written by `understudy backup`'))
    .description('restore a backup into an empty workspace, keeping ids and dates')
    .action(async (file: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const { validateBackup, restoreWorkspace } = await import('../../core/portability/restore-workspace.js');
      // Checked before the database is even opened: a bad file changes nothing.
      const backup = validateBackup(await readFileText(file));
      const { restored } = await withWorkspace(run, (ctx) => restoreWorkspace(ctx, { backup }));
      const total = Object.values(restored).reduce((a, b) => a + b, 0);
      run.out.print({ file, restored }, () => `Restored ${plural(total, 'record')} from ${file}`);
    });

  globalOptions(program.command('export'))
    .description(
      'export the workspace: json (full backup), md (report of the loop), csv (one file per entity) or ics (next actions as a calendar)',
    )
    .addOption(new Option('--format <format>', 'json, md, csv or ics').choices(['json', 'md', 'csv', 'ics']).makeOptionMandatory())
    .option('--days <n>', `ics: how many days ahead to include (default ${CALENDAR_DAYS}; overdue actions are always in)`, integer)
    .option('--out <path>', 'file (json, md, ics) or folder (csv) to write; json, md and ics print to standard output without it')
    .option('--force', 'overwrite an existing output path')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      await runExport(run, run.options.format as string, run.options.out as string | undefined);
    });

  globalOptions(program.command('draft').argument('[file]', 'the message text (- for standard input)'))
    .description("turn a message into a mailto: link or an .eml draft addressed to the mentor's email")
    .requiredOption('--mentor <id>', 'the mentor to write to')
    .addOption(new Option('--kind <kind>', 'what the message is').choices(Object.keys(subjects)).makeOptionMandatory())
    .option('--text <text>', 'the message text (instead of FILE)')
    .option('--subject <text>', 'the subject (default depends on --kind)')
    .addOption(new Option('--format <format>', 'mailto link or .eml file').choices(['mailto', 'eml']).default('mailto'))
    .option('--out <file>', 'write to a file instead of standard output')
    .option('--force', 'overwrite --out if it exists')
    .action(async (file: string | undefined, _o, cmd: Command) => {
      const run = prepare(cmd);
      await runDraft(run, await readText(file, run.options.text as string | undefined));
    });
}

/** Days ahead an exported calendar covers by default. */
const CALENDAR_DAYS = 30;

async function runExport(run: CommandRun, format: string, out: string | undefined): Promise<void> {
  const force = Boolean(run.options.force);
  if (format === 'csv') {
    if (!out || out === '-') throw new AppError('usage', 'A CSV export is one file per entity: give a folder with --out');
    const { exportCsv } = await import('../../core/portability/export-csv.js');
    const files = await withWorkspace(run, (ctx) => exportCsv(ctx));
    await writeFolderSafely(
      out,
      files.map((f) => [f.fileName, f.text]),
      force,
    );
    const summary = files.map((f) => ({ file: f.fileName, entity: f.entity, rows: f.rows }));
    run.out.print({ folder: out, files: summary }, () => `Wrote ${plural(files.length, 'CSV file')} to ${out}`);
    return;
  }
  const text = await withWorkspace(run, async (ctx) => {
    if (format === 'ics') {
      const { nextActions } = await import('../../core/actions/next-actions.js');
      const { actionsCalendar } = await import('../../core/actions/actions-calendar.js');
      const { actions } = await nextActions(ctx, { horizonDays: (run.options.days as number | undefined) ?? CALENDAR_DAYS });
      return actionsCalendar(ctx, { actions });
    }
    if (format === 'md') {
      const { exportReport } = await import('../../core/portability/export-report.js');
      return exportReport(ctx);
    }
    const { backupText } = await backupModule();
    return (await backupText(ctx)).text;
  });
  if (!out || out === '-') return void process.stdout.write(text);
  await writeFileSafely(out, text, force);
  run.out.print({ file: out, format }, () => `Exported ${format} to ${out}`);
}

async function runDraft(run: CommandRun, text: string): Promise<void> {
  const o = run.options;
  if (text.trim() === '') throw new AppError('usage', 'The draft is empty: give its text as FILE, with --text, or on standard input');
  const kind = o.kind as DraftKind;
  const { emlFile, mailtoLink } = await import('../../core/relationships/draft-email.js');
  const draft = await withWorkspace(run, async (ctx) => {
    const { getRecord } = await import('../../core/records/get-record.js');
    const mentor = await getRecord(ctx, { entity: 'mentors', id: o.mentor as string });
    if (!mentor.email) {
      throw new AppError(
        'invalid_input',
        `${mentor.name} has no email address; add one with: understudy mentor update ${mentor.id} --email …`,
      );
    }
    const content = {
      to: { name: mentor.name, address: mentor.email },
      subject: (o.subject as string | undefined) ?? subjects[kind],
      body: text,
    };
    const base = { format: o.format as 'mailto' | 'eml', mentorId: mentor.id, to: mentor.email, subject: content.subject };
    if (o.format === 'eml') return { ...base, eml: emlFile({ ...content, date: ctx.clock.now(), messageId: ctx.newId() }) };
    return { ...base, link: mailtoLink(content) };
  });
  const output = 'eml' in draft ? draft.eml : `${draft.link}\n`;
  const out = o.out as string | undefined;
  if (out && out !== '-') {
    await writeFileSafely(out, output, Boolean(o.force));
    run.out.print({ ...draft, file: out }, () => `Wrote the ${kind} draft for ${draft.to} to ${out}`);
  } else if (run.out.json) {
    run.out.print(draft, () => output);
  } else {
    process.stdout.write(output);
  }
}

async function backupModule() {
  const { backupWorkspace, serializeBackup } = await import('../../core/portability/backup-workspace.js');
  return {
    async backupText(ctx: Context) {
      const backup = await backupWorkspace(ctx);
      const counts = Object.fromEntries(Object.entries(backup.entities).map(([name, rows]) => [name, rows.length]));
      return { text: serializeBackup(backup), counts };
    },
  };
}

async function readFileText(file: string): Promise<string> {
  return (await readRegularFile(file, { noun: 'a backup file' })).toString('utf8');
}

/**
 * Refuses an existing `path` unless `force`, then writes `text` whole: a temporary file renamed
 * into place, readable by the user only (0600).
 */
async function writeFileSafely(path: string, text: string, force: boolean): Promise<void> {
  const fs = await import('node:fs/promises');
  if (!force && (await exists(path))) throw new AppError('conflict', `${path} exists already; add --force to overwrite it`);
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    await writeNewPrivateFile(temporary, text);
    await fs.rename(temporary, path);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw new AppError('usage', `Cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/**
 * Writes files into folder `dir`: a new folder appears whole (0700, its files 0600); an existing
 * one needs `force` and keeps its own mode.
 */
async function writeFolderSafely(dir: string, files: Array<[string, string]>, force: boolean): Promise<void> {
  const fs = await import('node:fs/promises');
  const { join } = await import('node:path');
  if (await exists(dir)) {
    if (!force) throw new AppError('conflict', `${dir} exists already; add --force to write into it`);
    if (!(await fs.stat(dir)).isDirectory()) throw new AppError('usage', `${dir} is not a folder`);
    for (const [name, text] of files) await writeFileSafely(join(dir, name), text, true);
    return;
  }
  const temporary = `${dir}.${process.pid}.tmp`;
  try {
    await makePrivateFolder(temporary);
    for (const [name, text] of files) await writeNewPrivateFile(join(temporary, name), text);
    await fs.rename(temporary, dir);
  } catch (error) {
    await fs.rm(temporary, { recursive: true, force: true });
    throw new AppError('usage', `Cannot write ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

async function exists(path: string): Promise<boolean> {
  const { lstat } = await import('node:fs/promises');
  return lstat(path).then(
    () => true,
    () => false,
  );
}
