import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { vagueQuestion } from './vague-question.js';

const spans = (text: string) => vagueQuestion.check(parseText(text), { stage: 'escalation' }).map((f) => text.slice(f.start, f.end));
const opening = 'Your ladder idea lifted upgrades 6%.';

describe('vague-question', () => {
  it.each([
    [`${opening} Could I get 15 minutes to hear your general thoughts on pricing?`, ['general thoughts']],
    [`${opening} Would 15 minutes work to talk about my career?`, ['career']],
    [`${opening} Could we take 15 minutes to go over our monetization?`, ['go over our']],
    [`${opening} Could we take 15 minutes next week?`, [`${opening} Could we take 15 minutes next week?`]],
    [`${opening} I would welcome 15 minutes to hear your broader thoughts on where to focus next.`, ['broader thoughts']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    `${opening} Now I'm torn between gating seats or storage. Could we take 15 minutes?`,
    `${opening} Could I get 15 minutes on whether the free tier should keep exports?`,
    `${opening} Could we take 15 minutes on how you'd handle a customer who is grandfathered on the old ladder?`,
    `${opening} The trade-off I can't settle is volume against margin. 15 minutes next week?`,
    'Thank you for your advice about weekly re-slotting: picks per hour rose 8%. I now have a difficult question: how to re-slot when one SKU is fast in one zone and slow in another. Could we speak for 15 minutes?',
    'Your two-screen split took us from 58% to 71%, but now iPhone users drop at the selfie step twice as often. Got 15 min to figure out why?',
    "Your two-shelf rule ended stock-outs, and the area manager wants it in all 40 shops. I'm not sure the rule survives at kiosk size. Could you spare 15 minutes?",
    'Thanks to your advice, the checkout test showed where customers drop. Could I ask for 15 minutes to hear which of our two fixes you would test first?',
    `${opening} I keep structuring the strategy around features instead of bets. Could we take 15 minutes on it?`,
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

describe('vague-question on a problem stated without the listed phrases', () => {
  it.each([
    `${opening} The sticking point now: enterprise buyers refuse annual prepay. 15 minutes next week?`,
    `${opening} Another snag: our resellers keep the first-year margin, so renewals look worse than they are. Could I grab 15 minutes?`,
    `${opening} The latest hurdle is that legal needs a DPA before any pilot starts. Could we take 15 minutes?`,
    `${opening} I'm wrestling with how much of the onboarding to automate for accounts under ten seats. 15 minutes sometime?`,
    `${opening} We keep stalling on the handoff from trial to paid for single-user teams. Could I get 15 minutes?`,
    `${opening} Our CFO is pushing for a price rise in March, right before renewals. Could I borrow 15 minutes?`,
    `${opening} Support wants a hard cap on free seats. 15 minutes this week?`,
    `${opening} We need to cut onboarding to one week, but the security review alone takes ten days. Could we talk for 15 minutes?`,
    `${opening} Do we grandfather the old plan, or move everyone at renewal? 15 minutes would help.`,
    `${opening} Is the dip seasonal, or did the new trial length cause it? 15 minutes?`,
    `${opening} I'd love to watch how you turn customer interviews into a first PRD draft. Could I sit in for 15 minutes?`,
    `${opening} Our ops lead thinks weekly stand-ups are enough; I suspect they hide blockers. 15 minutes?`,
    `${opening} Now our accountant wants quarterly invoices instead of monthly ones. Could I get 15 minutes?`,
    `${opening} Risk: the new flow doubles support tickets in week one. Could we take 15 minutes?`,
    `${opening} Two tiers or three? Could I borrow 15 minutes this week?`,
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it.each([
    [`${opening} Could I get 15 minutes to talk through where the product is going overall?`, ['where the product is going']],
    [`${opening} Would you have 15 minutes to talk through what comes next for us?`, ['what comes next']],
    [`${opening} Could we do 15 minutes on our roadmap as a whole?`, ['as a whole']],
    [`${opening} Could we take 15 minutes to look at our strategy overall?`, ['overall']],
    [`${opening} I'm trying to get better at strategy. Could we do 15 minutes?`, ['get better at']],
    [`${opening} We were trying to fix onboarding for months. Could I get 15 minutes for your general thoughts?`, ['general thoughts']],
    [`${opening} I'd love 20 minutes to see what you'd do next if you were in my shoes.`, ["what you'd do"]],
    [`${opening} Any thoughts or advice? 15 minutes next week?`, ['Any thoughts']],
    [
      `${opening} The bottleneck is gone now. Could we take 15 minutes next week?`,
      [`${opening} The bottleneck is gone now. Could we take 15 minutes next week?`],
    ],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    `${opening} Could I get 15 minutes, or is that too much to ask right now?`,
    `${opening} Would Tuesday or Wednesday afternoon work for a 15-minute call?`,
    `${opening} Could we do 15 or 20 minutes sometime soon, whenever suits you?`,
    `${opening} Quick question: could I grab 15 minutes next week?`,
    `${opening} Now I want to grab 15 minutes with you next week.`,
  ])('reads a choice of when to meet, a polite way out or a bare "question:" as no problem: %j', (text) => {
    expect(spans(text)).toEqual([text]);
  });

  it('passes the overall of a metric, which is no scope', () => {
    expect(spans(`${opening} Could we take 15 minutes on whether overall activation or week-one retention should lead?`)).toEqual([]);
  });
});
