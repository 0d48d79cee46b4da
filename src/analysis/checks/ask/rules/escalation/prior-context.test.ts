import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import type { AskContext } from '../../ask-context.js';
import { messages, priorContext } from './prior-context.js';

const run = (text: string, stage: AskContext['stage'] = 'escalation') => priorContext.check(parseText(text), { stage });
const ask = ' Could I have 15 minutes to decide whether to gate seats or storage?';

describe('prior-context', () => {
  it.each([
    [`Hi Ana,${ask}`, messages.neither('escalation', false)],
    [`Hi Ana, I applied your pricing-ladder idea on our Pro plan.${ask}`, messages.noResult('escalation')],
    [`Hi Ana, our upgrades rose 6% last quarter.${ask}`, messages.noAdvice('escalation')],
    [
      `Hi Ana, last time you suggested a seat ladder. I hit a new snag: 40 of our customers pay by invoice.${ask}`,
      messages.noResult('escalation'),
    ],
    [
      `Hi Ana, thank you for your advice to price seats annually. We haven't been able to try it yet: storage now costs three times as much.${ask}`,
      messages.noResult('escalation'),
    ],
    [`Hi Ana, we haven't spoken before, but our churn rose 4% last quarter.${ask}`, messages.neither('escalation', false)],
  ])('flags %j', (text, message) => {
    const found = run(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([text]);
    expect(found[0]?.message).toBe(message);
  });

  it.each([
    `Hi Ana, your pricing-ladder idea lifted upgrades from 4% to 6%.${ask}`,
    `Hi Ana, the seat-based ladder raised ARPU by 12%.${ask}`,
    `Hi Ana, after we moved the ladder onto the checkout page, upgrades rose 2 points.${ask}`,
    `Hi Ana, your advice paid off: finance signed off on the new tiers.${ask}`,
    `Hi Ana, the seat ladder worked a treat: upgrades are up 2 points.${ask}`,
    `Hi Ana, pricing storage per workspace, as you advised, got the board to a decision in one meeting.${ask}`,
    `Hi Ana, moving annual plans first didn't move upgrades, but it taught us buyers compare monthly prices.${ask}`,
    `Hi Ana, since the seat ladder took upgrades from 4% to 6%, finance wants the same for storage.${ask}`,
    `Hi Ana, the ladder you recommended now lets sales quote in one call.${ask}`,
    `Hi Ana, your seat ladder got us to 31 paying teams by autumn.${ask}`,
    `Hi Ana, your first-PR rule brought 5 of 7 newcomers back for a second one.${ask}`,
    `Hi Ana, since your demo rule took overruns from 6 in 8 reviews to 1, finance wants it for budgets too.${ask}`,
  ])('passes %j', (text) => {
    expect(run(text)).toEqual([]);
  });

  it('speaks of earlier help in a backstage request', () => {
    expect(run('Could I sit in on your Thursday brainstorm?', 'backstage')[0]?.message).toBe(messages.neither('backstage request', true));
  });
});
