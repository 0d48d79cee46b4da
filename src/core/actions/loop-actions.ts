import type { LoopRecords } from './load-loop-snapshot.js';
import { loopDefaults } from './loop-defaults.js';
import { isSetAside, latest, mentorName, openLoops, passedCircleBackDates, quote, shiftDays } from './loop-facts.js';
import type { ActionDraft } from './next-action.js';

/**
 * The actions that close the loop with a mentor: apply advice (14 days after receiving it),
 * circle back (7 days after applying it), and escalate once a circle-back reported a result.
 * A relationship at `replied` with no advice recorded is nudged to apply what the reply said.
 * Only a circle-back that passed its check (it named the advice and reported its result)
 * earns the escalation.
 */
export function loopActions(s: LoopRecords): ActionDraft[] {
  const actions: ActionDraft[] = [];
  for (const loop of openLoops(s)) {
    const rel = loop.relationship;
    const who = mentorName(s, rel.mentorId);
    const about = { mentorId: rel.mentorId, relationshipId: rel.id, ...(rel.outcomeId ? { outcomeId: rel.outcomeId } : {}) };
    if (loop.advice) {
      const advice = loop.advice;
      actions.push(
        loop.kind === 'circle-back'
          ? {
              id: `circle-back:${advice.id}`,
              kind: 'circle-back',
              dueOn: loop.dueOn,
              reason: `Circle back to ${who}: say what came of applying their advice ${quote(advice.text)} (applied ${loop.since}).`,
              ...about,
              adviceId: advice.id,
            }
          : {
              id: `apply:${advice.id}`,
              kind: 'apply',
              dueOn: loop.dueOn,
              reason: `Apply ${who}’s advice, then circle back: ${quote(advice.text)} (received ${loop.since}).`,
              ...about,
              adviceId: advice.id,
            },
      );
    } else {
      actions.push({
        id: `circle-back:${rel.id}`,
        kind: 'circle-back',
        dueOn: loop.dueOn,
        reason: `Circle back to ${who}: you applied their advice on ${loop.since}; say what you did and what happened.`,
        ...about,
      });
    }
  }
  for (const rel of s.relationships) {
    if (isSetAside(rel.stage)) continue;
    const records = s.records(rel.id);
    const who = mentorName(s, rel.mentorId);
    const about = { mentorId: rel.mentorId, relationshipId: rel.id, ...(rel.outcomeId ? { outcomeId: rel.outcomeId } : {}) };
    if (rel.stage === 'replied' && !records.advice.some((a) => a.receivedOn >= rel.stageSince)) {
      actions.push({
        id: `apply:${rel.id}`,
        kind: 'apply',
        dueOn: shiftDays(rel.stageSince, loopDefaults.applyAfterReceived),
        reason: `Apply what ${who} suggested, then circle back: their reply came on ${rel.stageSince}.`,
        ...about,
      });
    }
    if (rel.stage === 'circled-back') {
      const reported = latest(passedCircleBackDates(records));
      if (reported) {
        actions.push({
          id: `escalate:${rel.id}`,
          kind: 'escalate',
          dueOn: shiftDays(reported, loopDefaults.escalateAfterCircleBack),
          reason: `Consider escalating with ${who}: your circle-back of ${reported} reported a result, so ask for 15 minutes on a nuanced problem.`,
          ...about,
        });
      }
    }
  }
  return actions;
}
