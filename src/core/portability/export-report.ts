import type { Context, Workspace } from '../ports.js';
import type { RowOf } from '../records/entities.js';
import type { EntityName } from '../records/schemas.js';

type Row<N extends EntityName> = RowOf<N>;

/** Longest excerpt of a message body in the report; the full text is in the JSON export. */
const EXCERPT = 280;

/**
 * Writes the loop as a Markdown report, one section per outcome: the outcome with its
 * check-ins and progress, its skill gaps (with feedback asked for and received), and per
 * mentor the stages with dates, the messages sent, each piece of advice received → applied →
 * result → circled back, and the meetings with their action items. Gaps and relationships
 * tied to no outcome come last. All user text is escaped, so it cannot add links, images,
 * HTML or structure to the report.
 */
export async function exportReport(ctx: Context): Promise<string> {
  const { ws } = ctx;
  const user = await ws.profile();
  const outcomes = await ws.table('outcomes').list();
  const gaps = await ws.table('gaps').list();
  const relationships = await ws.table('relationships').list();
  const mentors = new Map((await ws.table('mentors').list()).map((m) => [m.id, m]));
  const out: string[] = [`# Growth report${user ? ` — ${md(user.name)}` : ''}`, '', `As of ${ctx.clock.today()}.`];
  if (user?.role) out.push('', `Role: ${md(user.role)}${user.level ? ` (${user.level})` : ''}`);
  if (outcomes.length === 0 && gaps.length === 0 && relationships.length === 0) out.push('', 'The workspace is empty.');

  for (const outcome of outcomes) {
    out.push('', `## Outcome: ${md(outcome.statement)}`, '', ...(await outcomeLines(ws, outcome)));
    await gapSection(
      ws,
      out,
      gaps.filter((g) => g.outcomeId === outcome.id),
    );
    await mentorSection(
      ws,
      out,
      relationships.filter((r) => r.outcomeId === outcome.id),
      mentors,
    );
  }
  const looseGaps = gaps.filter((g) => !g.outcomeId);
  const looseRelationships = relationships.filter((r) => !r.outcomeId);
  if (looseGaps.length > 0 || looseRelationships.length > 0) {
    out.push('', '## Not tied to an outcome');
    await gapSection(ws, out, looseGaps);
    await mentorSection(ws, out, looseRelationships, mentors);
  }
  return `${out.join('\n')}\n`;
}

/**
 * Escapes user text for Markdown: one line, and every character that could start a link,
 * image, HTML tag, entity, code span, emphasis, table cell or heading marker is
 * backslash-escaped, so the text shows as typed and nothing in it is interpreted.
 */
export function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&|~#!]/g, (c) => `\\${c}`);
}

async function outcomeLines(ws: Workspace, outcome: Row<'outcomes'>): Promise<string[]> {
  const lines = [`- Status: ${outcome.status}${outcome.deadline ? ` · deadline ${outcome.deadline}` : ''}`];
  if (outcome.metric || outcome.baseline !== null || outcome.target !== null) {
    const unit = outcome.unit ? ` ${md(outcome.unit)}` : '';
    const range = `${outcome.baseline ?? '?'} → ${outcome.target ?? '?'}${unit}`;
    lines.push(`- Metric: ${outcome.metric ? `${md(outcome.metric)}, ` : ''}${range}${outcome.direction ? ` (${outcome.direction})` : ''}`);
  }
  const checkins = await ws.table('checkins').list({ outcomeId: outcome.id });
  const latest = checkins.filter((c) => c.value !== null).at(-1);
  if (latest) lines.push(`- Progress: ${progressOf(outcome, latest.value ?? 0)}`);
  if (checkins.length === 0) return [...lines, '- No check-ins yet.'];
  lines.push('', '### Check-ins', '', '| Date | Value | Confidence | Note |', '|---|---|---|---|');
  for (const c of checkins) lines.push(`| ${c.date} | ${c.value ?? ''} | ${c.confidence ?? ''} | ${md(c.note ?? '')} |`);
  return lines;
}

function progressOf(outcome: Row<'outcomes'>, value: number): string {
  const { baseline, target } = outcome;
  if (baseline === null || target === null || baseline === target) return `${value} on the last check-in`;
  const share = Math.round(((value - baseline) / (target - baseline)) * 100);
  return `${value} on the last check-in, ${share}% of the way from ${baseline} to ${target}`;
}

async function gapSection(ws: Workspace, out: string[], gaps: Row<'gaps'>[]): Promise<void> {
  if (gaps.length === 0) return;
  out.push('', '### Skill gaps', '');
  for (const gap of gaps) {
    const method = gap.category === 'iq' ? 'IQ, artifact method' : 'EQ, mirror method';
    out.push(`- **${gap.skill}** (${method}, ${gap.status}): ${md(gap.statement)}`);
    for (const request of await ws.table('feedbackRequests').list({ gapId: gap.id })) {
      out.push(`  - ${request.sentOn}: asked ${md(request.giverName)} for feedback${request.focus ? ` on ${md(request.focus)}` : ''}`);
      for (const fb of await ws.table('feedback').list({ requestId: request.id })) {
        out.push(`    - ${fb.receivedOn}: “${md(excerpt(fb.body))}”${fb.adopted ? ` → adopted: ${md(excerpt(fb.adopted))}` : ''}`);
      }
    }
  }
}

async function mentorSection(
  ws: Workspace,
  out: string[],
  relationships: Row<'relationships'>[],
  mentors: Map<string, Row<'mentors'>>,
): Promise<void> {
  if (relationships.length === 0) return;
  out.push('', '### Mentors');
  for (const rel of relationships) {
    const mentor = mentors.get(rel.mentorId);
    const about = [mentor?.title, mentor?.company].filter(Boolean).map((s) => md(s ?? ''));
    out.push('', `#### ${md(mentor?.name ?? rel.mentorId)}${about.length > 0 ? ` — ${about.join(', ')}` : ''}`, '');
    const hours = rel.officeHoursCadence ? ` · office hours ${rel.officeHoursCadence}, ${rel.officeHoursMinutes ?? '?'} min` : '';
    out.push(`Stage: **${rel.stage}** since ${rel.stageSince}${hours}`);
    list(
      out,
      'Stages',
      (await ws.table('transitions').list({ relationshipId: rel.id })).map(
        (t) => `${t.date}: ${t.toStage}${t.note ? ` — ${md(t.note)}` : ''}`,
      ),
    );
    list(
      out,
      'Messages',
      (await ws.table('messages').list({ relationshipId: rel.id })).map(
        (m) => `${m.sentOn} ${m.kind}${m.checkVerdict ? ` (check: ${md(m.checkVerdict)})` : ''}: ${md(excerpt(m.body))}`,
      ),
    );
    list(out, 'Advice', (await ws.table('advice').list({ relationshipId: rel.id })).map(adviceLine));
    const meetings = await ws.table('meetings').list({ relationshipId: rel.id });
    const lines: string[] = [];
    for (const m of meetings) {
      const head = [m.durationMinutes ? `${m.durationMinutes} min` : null, m.objective ? md(m.objective) : null].filter(Boolean);
      lines.push(`${m.date}${head.length > 0 ? ` ${head.join(', ')}` : ''}${m.notes ? ` — ${md(excerpt(m.notes))}` : ''}`);
      for (const item of await ws.table('actionItems').list({ meetingId: m.id })) {
        lines.push(`  - [${item.doneOn ? 'x' : ' '}] ${md(item.text)}${item.dueOn ? ` (due ${item.dueOn})` : ''}`);
      }
    }
    list(out, 'Meetings', lines);
  }
}

function adviceLine(a: Row<'advice'>): string {
  const steps = [`received ${a.receivedOn}`];
  steps.push(a.appliedOn ? `applied ${a.appliedOn}${a.appliedContext ? ` (${md(a.appliedContext)})` : ''}` : 'not applied yet');
  if (a.result) steps.push(`result: ${md(a.result)}`);
  steps.push(a.circledBackOn ? `circled back ${a.circledBackOn}` : 'not circled back yet');
  return `${md(a.text)} — ${steps.join(' → ')}`;
}

function list(out: string[], title: string, items: string[]): void {
  if (items.length === 0) return;
  out.push('', `${title}:`, '');
  for (const item of items) out.push(item.startsWith('  - ') ? item : `- ${item}`);
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= EXCERPT) return flat;
  // Never cut a surrogate pair in half.
  return `${flat.slice(0, EXCERPT - 1).replace(/[\uD800-\uDBFF]$/, '')}…`;
}
