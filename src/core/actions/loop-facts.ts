import { addMonths, formatIsoDate, parseIsoDate } from '../../analysis/engine/calendar.js';
import { addDays, daysBetween } from '../clock.js';
import type { RowOf } from '../records/entities.js';
import { passedCheck } from '../relationships/passed-check.js';
import type { Stage } from '../relationships/schemas.js';
import type { LoopRecords, RelationshipRecords } from './load-loop-snapshot.js';
import { loopDefaults } from './loop-defaults.js';

// Facts about the loop that next actions and the doctor both read, so the two never disagree
// on when a loop is open or a relationship is going quiet.
type Relationship = RowOf<'relationships'>;
type Advice = RowOf<'advice'>;

/** Stages the user has set aside: they get no reminders and no loop findings. */
export function isSetAside(stage: Stage): boolean {
  return stage === 'dormant' || stage === 'declined';
}

/** Stages past `replied`, which carry a keep-in-touch cadence (SPEC §1.4). */
const keepInTouchStages: readonly Stage[] = ['applied', 'circled-back', 'escalated', 'office-hours'];

/** The mentor's name, or a placeholder when the mentor is gone. */
export function mentorName(s: LoopRecords, mentorId: string): string {
  return s.mentorsById.get(mentorId)?.name ?? 'a removed mentor';
}

/** Quotes a record's text for a sentence, cut to `max` characters. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}

/** The latest of some dates (`YYYY-MM-DD` sorts as text), or null. */
export function latest(dates: Iterable<string | null | undefined>): string | null {
  let best: string | null = null;
  for (const d of dates) if (d && (best === null || d > best)) best = d;
  return best;
}

const shifted = new Map<string, string>();
const spans = new Map<string, number>();

/**
 * `addDays` for the loop's hot paths: a workspace has few distinct dates and offsets, so the
 * answers are remembered (the cache is dropped when it grows large).
 */
export function shiftDays(date: string, days: number): string {
  const key = `${date}|${days}`;
  let found = shifted.get(key);
  if (found === undefined) {
    if (shifted.size > 100_000) shifted.clear();
    found = addDays(date, days);
    shifted.set(key, found);
  }
  return found;
}

/** `daysBetween`, remembered like `shiftDays`. */
export function daysFrom(from: string, to: string): number {
  const key = `${from}|${to}`;
  let found = spans.get(key);
  if (found === undefined) {
    if (spans.size > 100_000) spans.clear();
    found = daysBetween(from, to);
    spans.set(key, found);
  }
  return found;
}

/** Adds whole calendar months to a date; the day is clamped to the month's last (31 Jan → 28 Feb). */
export function shiftMonths(date: string, months: number): string {
  const parts = parseIsoDate(date);
  return parts ? formatIsoDate(addMonths(parts, months)) : date;
}

/** The days of a relationship's circle-back messages that passed their check, in the order logged. */
export function passedCircleBackDates(records: RelationshipRecords): string[] {
  const dates: string[] = [];
  for (const m of records.messages) if (m.kind === 'circle-back' && passedCheck(m)) dates.push(m.sentOn);
  return dates;
}

/**
 * Why a piece of advice is still open although a circle-back named it: the message failed its
 * check (its errors named), or the advice had no result recorded when it was named. Null when
 * no circle-back named it.
 */
export function whyStillOpen(advice: Advice, records: RelationshipRecords): string | null {
  if (advice.circledBackOn !== null || advice.circleBackMessageId === null) return null;
  const message = records.messages.find((m) => m.id === advice.circleBackMessageId);
  if (!message) return null;
  if (!passedCheck(message)) {
    const rules = errorFindings(message.checkResult).map((f) => f.rule);
    return `your circle-back of ${message.sentOn} named it but failed its check${rules.length > 0 ? ` (${rules.join(', ')})` : ''}, so it closed nothing`;
  }
  return `your circle-back of ${message.sentOn} named it before its result was recorded, so it closed nothing`;
}

/** The error findings a stored check result holds, each with its rule and message. */
export function errorFindings(checkResult: unknown): Array<{ rule: string; message: string }> {
  const findings = (checkResult as { findings?: unknown } | null)?.findings;
  if (!Array.isArray(findings)) return [];
  return findings.filter(
    (f): f is { rule: string; message: string } => f?.severity === 'error' && typeof f.rule === 'string' && typeof f.message === 'string',
  );
}

/** An open loop: advice (or a relationship at `applied`) waiting to be applied or circled back. */
export interface OpenLoop {
  kind: 'circle-back' | 'apply';
  relationship: Relationship;
  /** The advice, or null when only the stage says advice was applied. */
  advice: Advice | null;
  /** When the clock started: the day the advice was applied, or received. */
  since: string;
  /** The last day the next step is on time. */
  dueOn: string;
}

/**
 * Every open loop in relationships not set aside: advice applied and not circled back (due on
 * the day its result is expected, by default 7 days after applying), advice neither applied
 * nor circled back (due 14 days after it was received), and a relationship at `applied` with
 * no open advice recorded (due 7 days after the move). Advice is closed only by its
 * `circledBackOn`, which a circle-back that passed its check sets.
 */
export function openLoops(s: LoopRecords): OpenLoop[] {
  const loops: OpenLoop[] = [];
  for (const relationship of s.relationships) {
    if (isSetAside(relationship.stage)) continue;
    const records = s.records(relationship.id);
    if (records.advice.length === 0 && relationship.stage !== 'applied') continue;
    let open = 0;
    for (const advice of records.advice) {
      if (advice.circledBackOn !== null) continue;
      open += 1;
      loops.push(
        advice.appliedOn
          ? {
              kind: 'circle-back',
              relationship,
              advice,
              since: advice.appliedOn,
              dueOn: circleBackDue(advice, advice.appliedOn),
            }
          : {
              kind: 'apply',
              relationship,
              advice,
              since: advice.receivedOn,
              dueOn: shiftDays(advice.receivedOn, loopDefaults.applyAfterReceived),
            },
      );
    }
    if (open === 0 && relationship.stage === 'applied') {
      const since = relationship.stageSince;
      loops.push({ kind: 'circle-back', relationship, advice: null, since, dueOn: shiftDays(since, loopDefaults.circleBackAfterApplied) });
    }
  }
  return loops;
}

/** The day the circle-back on applied advice is due: the day its result is expected, or 7 days after applying. */
export function circleBackDue(advice: Advice, appliedOn: string): string {
  return advice.resultExpectedOn ?? shiftDays(appliedOn, loopDefaults.circleBackAfterApplied);
}

/** The last real interaction of a relationship: a message or a meeting, never an edit. */
export function lastInteraction(records: RelationshipRecords): string | null {
  let last: string | null = null;
  for (const m of records.messages) if (last === null || m.sentOn > last) last = m.sentOn;
  for (const m of records.meetings) if (last === null || m.date > last) last = m.date;
  return last;
}

/** The keep-in-touch clock of a relationship past `replied`. */
export interface TouchClock {
  /** The last real interaction (the stage date when there was none). */
  since: string;
  /** When staying in touch is due: `since` plus the ideal gap. */
  dueOn: string;
  /** The first day past the maximum gap, from which the relationship is losing touch. */
  losingFrom: string;
}

/** The keep-in-touch clock of a relationship, or null when its stage has no cadence. */
export function touchClock(relationship: Relationship, records: RelationshipRecords): TouchClock | null {
  if (!keepInTouchStages.includes(relationship.stage)) return null;
  const since = lastInteraction(records) ?? relationship.stageSince;
  return {
    since,
    dueOn: shiftDays(since, relationship.idealGapDays),
    losingFrom: shiftDays(since, relationship.maxGapDays + 1),
  };
}
