import { type Command, Option } from 'commander';
import { AppError } from '../../core/errors.js';
import { listMentorsWithStages } from '../../core/mentors/list-mentors-with-stages.js';
import type { ShortlistEntry } from '../../core/mentors/shortlist-mentors.js';
import { getMirrorHistory } from '../../core/mirror/get-mirror-history.js';
import { createRecord } from '../../core/records/create-record.js';
import { deleteRecord } from '../../core/records/delete-record.js';
import { getRecord } from '../../core/records/get-record.js';
import { updateRecord } from '../../core/records/update-record.js';
import { addMentor } from '../../core/relationships/add-mentor.js';
import { getMentorHistory, type MentorHistory } from '../../core/relationships/get-mentor-history.js';
import { moveRelationship } from '../../core/relationships/move-relationship.js';
import { relationshipForMentor } from '../../core/relationships/relationship-for-mentor.js';
import { officeHoursCadences, stages } from '../../core/relationships/schemas.js';
import { globalOptions } from '../global-options.js';
import { mirrorTable } from '../mirror-output.js';
import { fields, plural, table } from '../output.js';
import { prepare, withWorkspace } from '../runtime.js';
import { given, integer, list } from './parse.js';

function mentorOptions(command: Command): Command {
  return command
    .option('--title <title>', 'their role')
    .option('--company <name>', 'where they work')
    .option('--expertise <tags>', 'comma-separated skills they are excellent at', list)
    .option('--where-found <text>', 'where you found them (talk, post, podcast)')
    .option('--email <address>', 'email address')
    .option('--profile-url <url>', 'profile link')
    .option('--handle <handle>', 'another contact handle (repeatable)', list)
    .option('--interest <text>', 'a personal interest of theirs (repeatable)', list)
    .option('--excellence <1-5>', 'Proven Excellence score', integer)
    .option('--explaining <1-5>', 'Explaining Power score', integer)
    .option('--notes <text>', 'private notes');
}

function mentorInput(o: Record<string, unknown>): Record<string, unknown> {
  return given({
    name: o.name,
    title: o.title,
    company: o.company,
    expertise: o.expertise,
    whereFound: o.whereFound,
    email: o.email,
    profileUrl: o.profileUrl,
    handles: o.handle,
    personalInterests: o.interest,
    excellenceScore: o.excellence,
    explainingScore: o.explaining,
    notes: o.notes,
  });
}

function history(h: MentorHistory): string {
  const m = h.mentor;
  const parts = [
    fields([
      ['id', m.id],
      ['name', m.name],
      ['title', [m.title, m.company].filter(Boolean).join(', ')],
      ['expertise', m.expertise],
      ['found', m.whereFound],
      ['email', m.email],
      ['profile', m.profileUrl],
      ['interests', m.personalInterests],
      ['excellence', m.excellenceScore === null ? null : `${m.excellenceScore}/5`],
      ['explaining', m.explainingScore === null ? null : `${m.explainingScore}/5`],
      ['notes', m.notes],
    ]),
  ];
  if (h.evidence.length)
    parts.push(
      `Evidence\n${table(
        ['CRITERION', 'URL', 'NOTE'],
        h.evidence.map((e) => [e.criterion, e.url, e.note]),
      )}`,
    );
  if (h.giveBacks.length)
    parts.push(
      `Given back\n${table(
        ['DATE', 'WHAT'],
        h.giveBacks.map((g) => [g.date, g.description]),
      )}`,
    );
  for (const r of h.relationships) {
    const rel = r.relationship;
    const head = `Relationship ${rel.id}: ${rel.stage} since ${rel.stageSince}${r.outcome ? `\nServes: ${r.outcome.statement}` : ''}`;
    const timeline = [
      ...r.transitions.map((t) => [t.date, 'stage', `${t.fromStage ?? '—'} → ${t.toStage}${t.note ? ` (${t.note})` : ''}`]),
      ...r.messages.map((msg) => [msg.sentOn, msg.kind, msg.body]),
      ...r.advice.map((a) => [a.receivedOn, 'advice', `${a.text}${a.result ? ` → ${a.result}` : ''}`]),
      ...r.meetings.flatMap((mt) => [
        [mt.date, 'meeting', [mt.objective, mt.notes].filter(Boolean).join(' — ')],
        ...mt.actionItems.map((a) => [
          mt.date,
          'action',
          `${a.text}${a.dueOn ? ` (due ${a.dueOn})` : ''}${a.doneOn ? ` done ${a.doneOn}` : ''}`,
        ]),
      ]),
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    parts.push(`${head}\n${table(['DATE', 'WHAT', 'DETAIL'], timeline, 90)}`);
  }
  return parts.join('\n\n');
}

function shortlist(entries: ShortlistEntry[]): string {
  if (entries.length === 0) return 'No mentors yet. Add one with: understudy mentor add "Name" --expertise pricing';
  return entries
    .map((e, i) => [`${i + 1}. ${e.mentor.name} (${e.mentor.id}), score ${e.score}`, ...e.reasons.map((r) => `   - ${r}`)].join('\n'))
    .join('\n');
}

/** `understudy mentor …`: people excellent at a skill who can explain how, and the loop with each. */
export function registerMentor(program: Command): void {
  const mentor = program.command('mentor').description('mentors, their evidence, give-backs and relationship stage');

  mentorOptions(globalOptions(mentor.command('add').argument('<name>')))
    .description('add a mentor (opens the relationship at prospect)')
    .option('--outcome <id>', 'the outcome the relationship serves')
    .option('--gap <id>', 'the skill gap they can help with')
    .action(async (name: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const result = await withWorkspace(run, (ctx) =>
        addMentor(ctx, {
          input: mentorInput({ ...o, name }),
          outcomeId: o.outcome as string | undefined,
          gapId: o.gap as string | undefined,
        }),
      );
      run.out.print(result, () => `Added mentor ${result.mentor.id} (${result.mentor.name}), stage prospect`);
    });

  globalOptions(mentor.command('list'))
    .description('list mentors with their stage')
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const rows = (await withWorkspace(run, listMentorsWithStages)).map(({ relationships, ...m }) => ({
        ...m,
        stages: relationships.map((r) => r.stage),
      }));
      run.out.print(
        rows,
        () =>
          table(
            ['ID', 'NAME', 'STAGE', 'EXCELLENCE', 'EXPLAINING', 'EXPERTISE'],
            rows.map((m) => [m.id, m.name, m.stages.join(', '), m.excellenceScore, m.explainingScore, m.expertise.join(', ')]),
          ) || 'No mentors yet. Add one with: understudy mentor add "Name" --expertise pricing',
      );
    });

  globalOptions(mentor.command('shortlist'))
    .description('rank mentors for a skill gap, with the reasons for each rank')
    .requiredOption('--gap <id>', 'the skill gap')
    .option('--limit <n>', 'how many mentors (default 10)', integer)
    .action(async (_o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      // Loaded when used: the skill classifier it ranks by builds its phrase index on load.
      const { shortlistMentors } = await import('../../core/mentors/shortlist-mentors.js');
      const entries = await withWorkspace(run, (ctx) =>
        shortlistMentors(ctx, { gapId: o.gap as string, limit: o.limit as number | undefined }),
      );
      run.out.print(entries, () => shortlist(entries));
    });

  globalOptions(mentor.command('interest').argument('<id>', 'mentor id').argument('<text>', 'a personal interest of theirs'))
    .description('note a personal interest, so the relationship is not transactional')
    .action(async (id: string, text: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const updated = await withWorkspace(run, async (ctx) => {
        const found = await getRecord(ctx, { entity: 'mentors', id });
        const known = found.personalInterests.some((i) => i.toLowerCase() === text.trim().toLowerCase());
        if (known) return found;
        return updateRecord(ctx, { entity: 'mentors', id, input: { personalInterests: [...found.personalInterests, text] } });
      });
      run.out.print(updated, () => `Interests of ${updated.name}: ${updated.personalInterests.join(', ')}`);
    });

  globalOptions(mentor.command('show').argument('<id>'))
    .description('show a mentor with the history of the relationship and the feedback they gave')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const result = await withWorkspace(run, async (ctx) => ({
        ...(await getMentorHistory(ctx, { mentorId: id })),
        mirror: await getMirrorHistory(ctx, { mentorId: id }),
      }));
      const mirror = mirrorTable(result.mirror);
      run.out.print(result, () => (mirror ? `${history(result)}\n\nMirror\n${mirror}` : history(result)));
    });

  mentorOptions(globalOptions(mentor.command('update').argument('<id>')))
    .description('change a mentor')
    .option('--name <name>', 'their name')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const updated = await withWorkspace(run, (ctx) => updateRecord(ctx, { entity: 'mentors', id, input: mentorInput(run.options) }));
      run.out.print(updated, () => `Updated mentor ${id}`);
    });

  globalOptions(mentor.command('remove').argument('<id>'))
    .description('delete a mentor and the whole history with them')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      await withWorkspace(run, (ctx) => deleteRecord(ctx, { entity: 'mentors', id }));
      run.out.print({ removed: id }, () => `Removed mentor ${id}`);
    });

  globalOptions(mentor.command('evidence').argument('<id>', 'mentor id'))
    .description('back a score with a link or note')
    .requiredOption('--criterion <name>', 'excellence or explaining')
    .option('--url <url>', 'a talk, post or profile')
    .option('--note <text>', 'what it shows')
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const input = given({ mentorId: id, criterion: o.criterion, url: o.url, note: o.note });
      const created = await withWorkspace(run, (ctx) => createRecord(ctx, { entity: 'evidence', input }));
      run.out.print(created, () => `Added ${created.criterion} evidence to mentor ${id}`);
    });

  globalOptions(mentor.command('give').argument('<id>', 'mentor id').argument('<what>', 'what you offered or gave'))
    .description('record something you gave back')
    .option('--date <date>', 'YYYY-MM-DD (default today)')
    .action(async (id: string, what: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const input = given({ mentorId: id, description: what, date: run.options.date });
      const created = await withWorkspace(run, (ctx) => createRecord(ctx, { entity: 'giveBacks', input }));
      run.out.print(created, () => `Recorded give-back on ${created.date}`);
    });

  globalOptions(mentor.command('stage').argument('<id>', 'mentor id').argument('<stage>', stages.join(' | ')))
    .description('move the relationship to another stage')
    .option('--gap <id>', 'which relationship, when the mentor has several')
    .option('--date <date>', 'YYYY-MM-DD (default today)')
    .option('--note <text>', 'why')
    .action(async (id: string, stage: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const moved = await withWorkspace(run, async (ctx) => {
        const rel = await relationshipForMentor(ctx, { mentorId: id, gapId: o.gap as string | undefined });
        return moveRelationship(ctx, {
          relationshipId: rel.id,
          to: stage,
          date: o.date as string | undefined,
          note: o.note as string | undefined,
        });
      });
      run.out.print(moved, () => `Moved to ${moved.stage} on ${moved.stageSince}`);
    });

  globalOptions(mentor.command('cadence').argument('<id>', 'mentor id'))
    .description('set how often to stay in touch, and the office hours you agreed')
    .option('--gap <id>', 'which relationship, when the mentor has several')
    .option('--ideal <days>', 'days after the last message or meeting when staying in touch is due', integer)
    .option('--max <days>', 'days of silence after which the mentor is on the losing-touch list', integer)
    .addOption(new Option('--office-hours <cadence>', 'agreed office hours').choices([...officeHoursCadences, 'none']))
    .option('--minutes <n>', 'length of each office-hours slot', integer)
    .action(async (id: string, _o, cmd: Command) => {
      const run = prepare(cmd);
      const o = run.options;
      const hours = o.officeHours as string | undefined;
      const updated = await withWorkspace(run, async (ctx) => {
        const rel = await relationshipForMentor(ctx, { mentorId: id, gapId: o.gap as string | undefined });
        const input = given({
          idealGapDays: o.ideal,
          maxGapDays: o.max,
          officeHoursCadence: hours === 'none' ? null : hours,
          officeHoursMinutes: hours === 'none' ? null : o.minutes,
        });
        if (Object.keys(input).length === 0) throw new AppError('usage', 'Give at least one of --ideal, --max, --office-hours, --minutes');
        return updateRecord(ctx, { entity: 'relationships', id: rel.id, input });
      });
      run.out.print(updated, () => cadenceLine(updated));
    });
}

/** One line describing a relationship's cadence. */
function cadenceLine(r: {
  idealGapDays: number;
  maxGapDays: number;
  officeHoursCadence: string | null;
  officeHoursMinutes: number | null;
}): string {
  const hours = r.officeHoursCadence
    ? `; ${r.officeHoursCadence}${r.officeHoursMinutes ? ` ${r.officeHoursMinutes}-minute` : ''} office hours`
    : '; no office hours';
  return `Stay in touch every ${plural(r.idealGapDays, 'day')}, at most ${r.maxGapDays}${hours}`;
}
