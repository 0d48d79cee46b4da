import { type Command, Option } from 'commander';
import { decodeContactFile } from '../../core/portability/contacts/decode-contact-file.js';
import type { ImportContactsResult, ImportProgress } from '../../core/portability/import-contacts.js';
import type { ContactFormat } from '../../core/portability/schemas.js';
import { globalOptions } from '../global-options.js';
import { readRegularFile } from '../read-regular-file.js';
import { type CommandRun, prepare, withWorkspace } from '../runtime.js';

/** Largest contact file read (20 MB): the size is checked before the file is read. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/** Files with more rows than this show a progress bar (on a terminal, never with --json). */
const PROGRESS_ROWS = 1_000;

const formats: readonly ContactFormat[] = ['linkedin', 'vcard', 'csv'];
const formatNames: Record<ContactFormat, string> = { linkedin: 'LinkedIn export', vcard: 'vCard', csv: 'CSV' };

/**
 * Reads a contact file as UTF-8 text, refusing folders, devices, FIFOs, missing and huge files,
 * and text that is not UTF-8 or is binary, by name: the same bytes the API refuses.
 */
async function readContactFile(path: string): Promise<string> {
  const bytes = await readRegularFile(path, {
    noun: 'a contact file',
    limit: {
      bytes: MAX_IMPORT_FILE_BYTES,
      message: (size) => `${path} is ${(size / (1024 * 1024)).toFixed(1)} MB; contact files can be at most 20 MB`,
    },
  });
  return decodeContactFile(path, bytes);
}

/**
 * A progress bar on standard error for imports of more than 1,000 rows, only when standard
 * error is a terminal and the output is for people (never with --json): scripts and logs get
 * clean streams. Returns no callback when no bar can show.
 */
async function progressBar(run: CommandRun): Promise<{ onProgress?: (p: ImportProgress) => void; stop: () => void }> {
  if (run.out.json || !process.stderr.isTTY) return { stop: () => {} };
  // cli-progress is CommonJS: its exports are the default export, bundled or not.
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  let bar: InstanceType<typeof SingleBar> | null = null;
  return {
    onProgress: (p) => {
      if (p.rows <= PROGRESS_ROWS) return;
      if (!bar) {
        bar = new SingleBar(
          { stream: process.stderr, format: 'Importing [{bar}] {percentage}% | {value}/{total}', clearOnComplete: true, hideCursor: true },
          Presets.shades_classic,
        );
        bar.start(p.total, 0);
      }
      bar.update(p.done);
    },
    stop: () => bar?.stop(),
  };
}

function summary(file: string, r: ImportContactsResult): string {
  const counts = `${r.created} created, ${r.merged} merged, ${r.skipped} skipped`;
  const what = `${file} (${formatNames[r.format]})`;
  return r.dryRun ? `Dry run of ${what}, nothing written: would have ${counts}` : `Imported ${what}: ${counts}`;
}

/**
 * `understudy import FILE`: mentors from a LinkedIn `Connections.csv`, a vCard file or a CSV
 * (`--map name=Full Name,email=E-mail,…`). A file with any malformed row is refused whole,
 * with the line numbers; otherwise duplicates are merged and everything is written at once.
 */
export function registerImport(program: Command): void {
  globalOptions(program.command('import').argument('<file>', 'LinkedIn Connections.csv, a .vcf file or a CSV of contacts'))
    .description('import contacts as mentors (LinkedIn export, vCard, CSV); duplicates are merged')
    .addOption(new Option('--format <format>', 'the file format (default: detected)').choices(formats))
    .option('--map <pairs>', 'CSV columns by field, e.g. name=Full Name,email=E-mail,company=Org,title=Role,profileUrl=Link,notes=Notes')
    .option('--dry-run', 'check the file and report the counts without writing anything')
    .action(async (file: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const { importContacts } = await import('../../core/portability/import-contacts.js');
      const { parseColumnMap } = await import('../../core/portability/contacts/parse-csv-contacts.js');
      const map = typeof o.map === 'string' ? parseColumnMap(o.map) : undefined;
      const text = await readContactFile(file);
      const bar = await progressBar(run);
      let result: ImportContactsResult;
      try {
        result = await withWorkspace(run, (ctx) =>
          importContacts(ctx, {
            fileName: file,
            text,
            format: o.format as ContactFormat | undefined,
            map,
            dryRun: Boolean(o.dryRun),
            onProgress: bar.onProgress,
          }),
        );
      } finally {
        bar.stop();
      }
      const { created, merged, skipped, mentors, format, dryRun } = result;
      run.out.print({ created, merged, skipped, mentors, format, dryRun }, () => summary(file, result));
    });
}
