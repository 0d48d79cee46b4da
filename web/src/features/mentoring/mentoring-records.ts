import type { z } from 'zod';
import type {
  capacitySchema,
  conversationViewSchema,
  directoryEntrySchema,
  inAppMessageBody,
  inboxMessageViewSchema,
  offerBody,
  offerSchema,
  openedConversationSchema,
  replyResultSchema,
  sendResultSchema,
  teamShortlistSchema,
} from '../../../../src/contracts/mentoring.js';

/** The records of team mentoring (team mode), as the API sends them. */

export { MAX_ASKS_PER_MONTH, slotCadences, weekdays } from '../../../../src/contracts/mentoring.js';

/** The signed-in member's offer to mentor colleagues, as saved. */
export type Offer = z.infer<typeof offerSchema>;
/** What the offer form sends: `PUT /api/team/offer`. */
export type OfferInput = z.input<typeof offerBody>;
/** A day of the week an office-hour slot falls on. */
export type Weekday = NonNullable<Offer['officeHours']>['slots'][number]['weekday'];
/** How often office-hour slots recur. */
export type SlotCadence = NonNullable<Offer['officeHours']>['cadence'];
/** A mentor's room for new asks this month. */
export type Capacity = z.infer<typeof capacitySchema>;
/** One member who offers to mentor, as the directory shows them. */
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;
/** A shortlist for a gap in a team: own mentors and colleagues in one ranking, and who has no room. */
export type TeamShortlist = z.infer<typeof teamShortlistSchema>;
/** A colleague on a team shortlist. */
export type ColleagueEntry = Extract<TeamShortlist['entries'][number], { kind: 'colleague' }>;
/** A conversation in the app as one of its two members sees it. */
export type ConversationView = z.infer<typeof conversationViewSchema>;
/** A message of a conversation as one of its two members sees it. */
export type InboxMessageView = z.infer<typeof inboxMessageViewSchema>;
/** A conversation opened, with its messages. */
export type OpenedConversation = z.infer<typeof openedConversationSchema>;
/** What a message to a colleague sends: `POST /api/team/messages`. */
export type InAppMessage = z.input<typeof inAppMessageBody>;
/** What sending in the app did: held back by its check, or delivered and logged. */
export type SendResult = z.infer<typeof sendResultSchema>;
/** What replying in the app did. */
export type ReplyResult = z.infer<typeof replyResultSchema>;
/** A member as a colleague sees them: their id and name. */
export type Colleague = ConversationView['other'];

/** A mentor's room this month in words: "1 of 1 new asks this month — room again from 2027-01-01". */
export function capacityText(capacity: Capacity): string {
  if (capacity.asksPerMonth === 0) return 'Takes no new asks for now';
  const used = `${capacity.used} of ${capacity.asksPerMonth} new asks this month`;
  if (!capacity.available) return `${used} — room again from ${capacity.roomFrom ?? 'next month'}`;
  const left = capacity.asksPerMonth - capacity.used;
  return `${used} — room for ${left} more`;
}

/** The two criteria of a mentor (SPEC §1.3), in words. */
export const criterionLabels = { excellence: 'Proven Excellence', explaining: 'Explaining Power' } as const;

/** Office hours in words: "Weekly, Europe/Paris: Tuesday 14:00 (30 min), …". */
export function officeHoursText(hours: NonNullable<Offer['officeHours']>): string {
  const cadence = hours.cadence === 'weekly' ? 'Weekly' : 'Monthly (the first such weekday of each month)';
  const slots = hours.slots.map((s) => `${s.weekday[0]?.toUpperCase()}${s.weekday.slice(1)} ${s.time} (${s.minutes} min)`);
  return `${cadence}, ${hours.timeZone}: ${slots.join(', ')}`;
}

/** How often office hours recur, in words after "offers office hours": "every week". */
export function officeHoursCadenceText(cadence: SlotCadence): string {
  return cadence === 'weekly' ? 'every week' : 'once a month (the first such weekday)';
}

/** The address of the in-app compose for a colleague, with the gap an ask serves and the kind. */
export function askInAppHref(to: string, options: { gapId?: string | null; kind?: string } = {}): string {
  const params = new URLSearchParams({ to });
  if (options.gapId) params.set('gap', options.gapId);
  if (options.kind) params.set('kind', options.kind);
  return `/inbox/new?${params.toString()}`;
}
