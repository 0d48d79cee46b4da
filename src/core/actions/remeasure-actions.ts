import { strengthById } from '../mirror/feedback-shadow.js';
import { mentorOfFeedback } from '../mirror/get-mirror-history.js';
import type { Feedback, FeedbackRequest } from '../mirror/schemas.js';
import type { LoopSnapshot } from './load-loop-snapshot.js';
import { loopDefaults } from './loop-defaults.js';
import { quote, shiftDays } from './loop-facts.js';
import type { ActionDraft } from './next-action.js';

/** Names compared as people type them: case and spacing ignored. */
const sameName = (a: string, b: string) => a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/** What the request the feedback answers was about: its moment and its focus, when it named them. */
function momentOf(request: FeedbackRequest | undefined, feedback: Feedback): string {
  const parts = [request?.event && `about a moment like ${quote(request.event)}`, request?.focus && `on ${quote(request.focus)}`];
  const named = parts.filter(Boolean).join(', ');
  if (named) return named;
  return feedback.theme ? `on ${quote(feedback.theme)}` : 'about the same kind of moment';
}

/**
 * The Mirror's re-measure: for each piece of feedback whose counter-behaviour was adopted, ask
 * the same mirror again about the same kind of moment `remeasureAfterAdopted` days after
 * adopting it (an adoption with no date counts from the day the feedback came), so the shadow
 * side is measured again. The action goes once a new request to that mentor (or, for someone
 * who is not a mentor, to the same name) is logged on or after the day of adopting.
 */
export function remeasureActions(s: Pick<LoopSnapshot, 'feedback' | 'feedbackRequests'>): ActionDraft[] {
  const requests = new Map(s.feedbackRequests.map((r) => [r.id, r]));
  const actions: ActionDraft[] = [];
  for (const f of s.feedback) {
    if (!f.adopted?.trim()) continue;
    const adoptedOn = f.adoptedOn ?? f.receivedOn;
    const mentorId = mentorOfFeedback(f, requests);
    const request = f.requestId ? requests.get(f.requestId) : undefined;
    const askedAgain = s.feedbackRequests.some(
      (r) => r.id !== f.requestId && r.sentOn >= adoptedOn && (mentorId ? r.mentorId === mentorId : sameName(r.giverName, f.giverName)),
    );
    if (askedAgain) continue;
    const side = strengthById(f.strengthId);
    actions.push({
      id: `remeasure:${f.id}`,
      kind: 'remeasure',
      dueOn: shiftDays(adoptedOn, loopDefaults.remeasureAfterAdopted),
      reason: `Ask ${f.giverName} again ${momentOf(request, f)}: you have practised ${quote(f.adopted)} since ${adoptedOn}; does the ${side ? `shadow of ${side.strengthName}` : 'pattern'} still show?`,
      feedbackId: f.id,
      ...(mentorId ? { mentorId } : {}),
      ...(request?.gapId ? { gapId: request.gapId } : {}),
    });
  }
  return actions;
}
