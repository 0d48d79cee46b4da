import type { Stage } from './schemas.js';

/*
 * The moves between the stages of a mentor relationship (SPEC §1.4), kept as data so the
 * board, the CLI and the rules read one table.
 */

/** Forward moves along the loop; `dormant` and `declined` are reachable from any stage. */
const forward: Record<Stage, readonly Stage[]> = {
  prospect: ['asked'],
  asked: ['replied'],
  replied: ['applied'],
  // New advice can be applied again after a circle-back, or the loop earns an escalation.
  applied: ['circled-back'],
  'circled-back': ['applied', 'escalated'],
  escalated: ['applied', 'office-hours'],
  'office-hours': ['applied'],
  // A dormant relationship starts again with a new smallest ask.
  dormant: ['asked'],
  // A declined prospect may be approached again later.
  declined: ['prospect'],
};

/** Stages that may follow `from`: the loop's next step, or setting it aside (`dormant`, `declined`) from any stage. */
export function nextStages(from: Stage): Stage[] {
  const side: Stage[] = from === 'declined' ? [] : ['dormant', 'declined'];
  return [...forward[from], ...side.filter((s) => s !== from)];
}

/**
 * The stages a person may move a relationship to by hand: the loop's next stages except
 * `circled-back`, which only a logged circle-back that passes its check reaches.
 */
export function stagesByHand(from: Stage): Stage[] {
  return nextStages(from).filter((s) => s !== 'circled-back');
}

/** Why a move from `from` to `to` is not allowed, or undefined when it is. */
export function whyIllegal(from: Stage, to: Stage): string | undefined {
  if (from === to) return `the relationship is already at "${to}"`;
  if (nextStages(from).includes(to)) return undefined;
  const hints: Partial<Record<Stage, string>> = {
    asked: 'first contact is always a smallest ask, made from "prospect" (or to revive a dormant relationship)',
    replied: 'a reply follows an ask',
    applied: 'advice is applied after the mentor replied',
    'circled-back': 'you circle back after applying the advice',
    escalated: 'escalation comes only after at least one circle-back with a result',
    'office-hours': 'office hours follow an escalation',
  };
  const why = hints[to] ?? 'that move is not part of the loop';
  return `cannot move from "${from}" to "${to}": ${why}. Allowed next: ${nextStages(from).join(', ') || 'none'}`;
}
