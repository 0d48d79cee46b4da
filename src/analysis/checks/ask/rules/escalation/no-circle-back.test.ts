import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import type { AskContext } from '../../ask-context.js';
import { messages, noCircleBack } from './no-circle-back.js';

const run = (text: string, ctx: Partial<AskContext> = {}) => noCircleBack.check(parseText(text), { stage: 'escalation', ...ctx });
const spans = (text: string, ctx?: Partial<AskContext>) => run(text, ctx).map((f) => text.slice(f.start, f.end));
const ask = 'Your ladder idea lifted upgrades 6%. Could I get 15 minutes on whether to gate seats or storage?';

describe('no-circle-back', () => {
  it.each([
    ["Hi Ana, we haven't met yet, but could I get 15 minutes on whether to gate seats?", ["we haven't met"]],
    ["I haven't had a chance to try your ladder idea, but could I get 15 minutes?", ["haven't had a chance to try"]],
    ['We have never spoken, but could I ask for 15 minutes?', ['We have never spoken']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('flags a relationship with no circle-back yet', () => {
    expect(spans(ask, { hasCircleBack: false })).toEqual([ask]);
    expect(run(ask, { hasCircleBack: false })[0]?.message).toBe(messages.record('an escalation', false));
    expect(run(ask, { stage: 'backstage', hasCircleBack: false })[0]?.message).toBe(messages.record('a backstage request', true));
  });

  it('assumes a circle-back when the text and the record do not say otherwise', () => {
    expect(run(ask)).toEqual([]);
    expect(run(ask, { hasCircleBack: true })).toEqual([]);
  });
});

describe('no-circle-back on what was not tried', () => {
  it.each([
    ["I haven't got round to trying your interview habit, but could I get 10 minutes?", ["haven't got round"]],
    ['We have not yet applied it, but 15 minutes on the pricing question would help.', ['not yet applied']],
    ["Sorry, I haven't really had time to properly try it, but could we take 15 minutes?", ["haven't really had time to properly try it"]],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it('passes an open decision that is the problem itself', () => {
    expect(spans(`${ask} We haven't decided whether to use it for enterprise accounts.`)).toEqual([]);
  });
});

describe('no-circle-back on contact denied', () => {
  it.each([
    [`We've never properly met, though I follow your newsletter. ${ask}`, ["We've never properly met"]],
    [`I know we haven't formally been introduced. ${ask}`, ["we haven't formally been introduced"]],
    [`We have not really talked yet. ${ask}`, ['We have not really talked']],
    [`I haven't spoken to you before, but Priya says you know billing. ${ask}`, ["I haven't spoken"]],
    [`Hi Ana, we haven't yet been in touch directly. ${ask}`, ["we haven't yet been in touch"]],
  ])('reads %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    `We haven't spoken about pricing yet. ${ask}`,
    `We haven't met the activation target yet. ${ask}`,
    `We haven't talked since the offsite in March. ${ask}`,
    `We haven't spoken in a while. ${ask}`,
    `I haven't spoken to the CFO yet. ${ask}`,
    `We haven't really talked through the churn numbers. ${ask}`,
    `Two of our quarterly targets were never met. ${ask}`,
    `The onboarding SLA has not yet been met. ${ask}`,
  ])('passes a contact about a topic, a time or someone else, and a target not met: %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
