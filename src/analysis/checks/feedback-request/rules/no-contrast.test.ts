import { describe, expect, it } from 'vitest';
import { parseText } from '../../../engine/text.js';
import { noContrast } from './no-contrast.js';

const findings = (text: string) => noContrast.check(parseText(text), undefined);
const spans = (text: string) => findings(text).map((f) => text.slice(f.start, f.end));

describe('no-contrast', () => {
  it.each([
    ['Did I seem nervous in the demo yesterday?', ['nervous']],
    ['Did I seem confident in the pitch, or not?', ['confident']],
    ['In the sync today, how did my tone land?', ['tone']],
  ])('flags %j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    'Did I come across as confident or defensive?',
    'In the retro, did I give the team space, or did I steamroll them?',
    'At the offsite, did I seem calm rather than rattled?',
    'Did my answer sound honest or like an excuse?',
  ])('passes %j', (text) => {
    expect(spans(text)).toEqual([]);
  });

  it('is a warning that suggests the opposite trait', () => {
    const [finding] = findings("In Tuesday's roadmap review, did I come off as pushy?");
    expect(finding?.severity).toBeUndefined();
    expect(noContrast.severity).toBe('warning');
    expect(finding?.suggestion).toBe("During Tuesday's roadmap review, did I come across as pushy or firm?");
  });
});
