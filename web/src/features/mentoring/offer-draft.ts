import { RequestError } from '../../api/client.js';
import type { Gap } from '../gaps/use-gaps.js';
import type { Offer, OfferInput, SlotCadence, Weekday } from './mentoring-records.js';

/** One piece of evidence as the form holds it: a criterion and a link, a shared document or a note. */
export interface EvidenceDraft {
  key: number;
  criterion: 'excellence' | 'explaining';
  url: string;
  artifactId: string | null;
  note: string;
}

/** One office-hour slot as the form holds it. */
export interface SlotDraft {
  key: number;
  weekday: Weekday;
  time: string;
  minutes: number | string;
}

/** The offer form's state: what the member types, before the API checks it. */
export interface OfferDraft {
  skills: Gap['skill'][];
  tags: string[];
  evidence: EvidenceDraft[];
  asksPerMonth: number | string;
  acceptsBackstage: boolean;
  officeHours: boolean;
  cadence: SlotCadence;
  timeZone: string;
  slots: SlotDraft[];
  note: string;
}

let nextKey = 1;
/** A key for a new row of the form, so React keeps each row's inputs apart. */
export const rowKey = () => nextKey++;

/** The browser's time zone ("Europe/Paris"), the default of office hours. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every time zone the browser knows, with the browser's own and UTC always among them. */
export function timeZones(): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([browserTimeZone(), 'UTC', ...known])].sort();
}

/** A new slot: Tuesday at 14:00 for 30 minutes. */
export const newSlot = (): SlotDraft => ({ key: rowKey(), weekday: 'tuesday', time: '14:00', minutes: 30 });

/** A new piece of evidence, for Explaining Power (the talk or post that explains how). */
export const newEvidence = (): EvidenceDraft => ({ key: rowKey(), criterion: 'explaining', url: '', artifactId: null, note: '' });

/** The form's state from the saved offer, or a fresh one (two new asks a month, no office hours). */
export function draftOf(offer: Offer | null): OfferDraft {
  return {
    skills: offer?.skills ?? [],
    tags: offer?.tags ?? [],
    evidence: (offer?.evidence ?? []).map((e) => ({
      key: rowKey(),
      criterion: e.criterion,
      url: e.url ?? '',
      artifactId: e.artifactId,
      note: e.note ?? '',
    })),
    asksPerMonth: offer?.asksPerMonth ?? 2,
    acceptsBackstage: offer?.acceptsBackstage ?? false,
    officeHours: Boolean(offer?.officeHours),
    cadence: offer?.officeHours?.cadence ?? 'weekly',
    timeZone: offer?.officeHours?.timeZone ?? browserTimeZone(),
    slots: offer?.officeHours?.slots.map((s) => ({ ...s, key: rowKey() })) ?? [newSlot()],
    note: offer?.note ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
/** A number field's value; an empty field is sent as it is, so the API names the field. */
const numberOf = (value: number | string) => (typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value));

/** What the form sends: `PUT /api/team/offer`. */
export function inputOf(draft: OfferDraft): OfferInput {
  return {
    skills: draft.skills,
    tags: draft.tags,
    evidence: draft.evidence.map((e) => ({ criterion: e.criterion, url: orNull(e.url), artifactId: e.artifactId, note: orNull(e.note) })),
    asksPerMonth: numberOf(draft.asksPerMonth),
    acceptsBackstage: draft.acceptsBackstage,
    officeHours: draft.officeHours
      ? {
          cadence: draft.cadence,
          timeZone: draft.timeZone,
          slots: draft.slots.map((s) => ({ weekday: s.weekday, time: s.time, minutes: numberOf(s.minutes) })),
        }
      : null,
    note: orNull(draft.note),
  };
}

/** The fields the API found wrong, by path (`officeHours.slots.0.time`), from a refused save. */
export type FieldIssues = ReadonlyArray<{ path: string; message: string }>;

/** The field issues of a refused save, or none when the refusal named no field. */
export function issuesOf(error: unknown): FieldIssues {
  if (!(error instanceof RequestError)) return [];
  const issues = (error.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter((i): i is { path: string; message: string } => typeof i?.path === 'string' && typeof i?.message === 'string');
}

/** The message of the first issue at `path` or inside it, for the field that shows it. */
export function errorAt(issues: FieldIssues, path: string): string | undefined {
  return issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message;
}

const fieldNames: Record<string, string> = {
  skills: 'Skills',
  tags: 'Tags',
  note: 'Note',
  asksPerMonth: 'New asks a month',
  acceptsBackstage: 'Backstage requests',
  officeHours: 'Office hours',
  'officeHours.cadence': 'How often',
  'officeHours.timeZone': 'Time zone',
  'officeHours.slots': 'Office hours',
  weekday: 'weekday',
  time: 'start time',
  minutes: 'minutes',
  url: 'link',
  artifactId: 'shared document',
  criterion: 'criterion',
};

/** A field's path in the words of the form: `officeHours.slots.0.time` is "Slot 1, start time". */
export function fieldName(path: string): string {
  const parts = path.split('.');
  const row = (label: string, index: string | undefined, rest: string[]) => {
    const named = `${label} ${Number(index) + 1}`;
    const field = rest.length ? (fieldNames[rest[0] ?? ''] ?? rest.join('.')) : '';
    return field ? `${named}, ${field}` : named;
  };
  if (parts[0] === 'evidence' && parts.length > 1) return row('Evidence', parts[1], parts.slice(2));
  if (parts[0] === 'officeHours' && parts[1] === 'slots' && parts.length > 2) return row('Slot', parts[2], parts.slice(3));
  if (parts[0] === 'tags' && parts.length > 1) return `Tag ${Number(parts[1]) + 1}`;
  return fieldNames[path] ?? path;
}
