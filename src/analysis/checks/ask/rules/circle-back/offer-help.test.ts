import { describe, expect, it } from 'vitest';
import { parseText } from '../../../../engine/text.js';
import { offerHelp } from './offer-help.js';

const findings = (text: string) => offerHelp.check(parseText(text), { stage: 'circle-back' });

describe('offer-help', () => {
  it.each([
    ['Your ladder idea lifted upgrades 6% on our Pro plan. Thank you!', 'Your ladder idea lifted upgrades 6% on our Pro plan. Thank you!'],
  ])('suggests an offer for %j', (text, span) => {
    const found = findings(text);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([span]);
    expect(found[0]?.message).toMatch(/offer/i);
  });

  it.each([
    "Upgrades rose 6%. Thank you! Happy to share the cohort data if it's useful.",
    'Upgrades rose 6%, thanks. Let me know if I can ever return the favour.',
    'Thanks! If you ever want the raw numbers for a talk, they are yours.',
  ])('stays quiet for %j', (text) => {
    expect(findings(text)).toEqual([]);
  });
});
