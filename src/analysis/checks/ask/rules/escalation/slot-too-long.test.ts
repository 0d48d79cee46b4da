import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import type { AskContext } from '../../ask-context.js';
import { slotTooLong } from './slot-too-long.js';

const run = (text: string, stage: AskContext['stage'] = 'escalation') => slotTooLong.check(parseText(text), { stage });
const spans = (text: string, stage?: AskContext['stage']) => run(text, stage).map((f) => text.slice(f.start, f.end));

const opening = 'Your ladder idea lifted upgrades 6%. Now I am stuck on whether to gate seats or storage.';

describe('slot-too-long', () => {
  it.each([
    [`${opening} Could we block an hour next week?`, ['an hour']],
    [`${opening} Would a 45-minute call work?`, ['45-minute']],
    [`${opening} Could you spare ninety minutes?`, ['ninety minutes']],
    [`${opening} Do you have 30-45 minutes on Friday?`, ['30-45 minutes']],
    [`${opening} Could I get two hours of your time?`, ['two hours']],
    [`${opening} Could we set up a weekly call for this?`, ['weekly call']],
    [`${opening} Could we talk it through sometime?`, ['Could we talk it through sometime?']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    `${opening} Could I borrow fifteen minutes?`,
    `${opening} Might you spare a quarter of an hour next month?`,
    `${opening} Would half an hour work?`,
    `${opening} Do you have 10-15 min this week?`,
    'Your idea cut our calls from 45 minutes to 20. Could we take 15 minutes on whether to drop them entirely?',
    `${opening} It won't take more than 20 minutes, promise.`,
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('suggests 15 minutes and names the kind of request', () => {
    const [finding] = run(`${opening} Could we block an hour next week?`);
    expect(finding?.suggestion).toBe('15 minutes');
    expect(finding?.message).toMatch(/an escalation/);
    expect(run(`${opening} Could I sit in for an hour?`, 'backstage')[0]?.message).toMatch(/a backstage request/);
  });

  it('lets a backstage request be bounded by one occasion', () => {
    expect(spans(`${opening} Could I sit in on your pricing brainstorm on Thursday?`, 'backstage')).toEqual([]);
    expect(spans(`${opening} Could I sit in on all your brainstorms this quarter?`, 'backstage')).toEqual(['all your']);
  });

  it.each([
    [`${opening} Could I join your 20-min design crit on Friday?`, []],
    [`${opening} Would you mind if I shadowed the 15-minute pricing standup tomorrow?`, []],
    [`${opening} Could I listen in on Thursday's 30-minute roadmap review?`, []],
    [`${opening} Could I sit in on your 90-minute strategy workshop next week?`, ['90-minute']],
    [`${opening} Could I tag along to the 2-hour planning offsite?`, ['2-hour']],
  ])('reads a length that qualifies the occasion asked for as the slot: %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
    expect(spans(text, 'backstage')).toEqual(expected);
  });

  it.each([
    'Your tip cut our 45-minute kickoff to a short agenda. Could I sit in on the next brainstorm?',
    'The review took 25 minutes. Could I sit in on the next brainstorm?',
  ])('reads the length of an occasion outside the request as no slot: %j', (text) => {
    expect(spans(text, 'backstage')).toEqual([]);
  });
});
