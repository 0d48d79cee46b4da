import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatedHostileTexts, hostileTexts } from '../../../test/helpers/hostile-texts.js';
import { extractAdvice } from './advice/extract-advice.js';
import { askStages } from './ask/ask-context.js';
import { checkAsk } from './ask/check-ask.js';
import { checkFeedbackReply } from './feedback-reply/check-feedback-reply.js';
import { checkFeedbackRequest } from './feedback-request/check-feedback-request.js';
import { checkGoal } from './goal/check-goal.js';
import { findShadow } from './shadow/find-shadow.js';
import { classifySkill } from './skill/classify-skill.js';

type Span = { start: number; end: number };

/** Every check, run on one text; each returns the spans it reports. */
const checks: Record<string, (text: string) => Span[]> = {
  ...Object.fromEntries(askStages.map((stage) => [`ask ${stage}`, (t: string) => checkAsk(t, { stage, hasCircleBack: false }).findings])),
  goal: (t) => checkGoal(t, { today: '2026-11-28' }).findings,
  'feedback-request': (t) => checkFeedbackRequest(t).findings,
  'feedback-reply': (t) => checkFeedbackReply(t).findings,
  skill: (t) => classifySkill(t).evidence,
  shadow: (t) => findShadow(t).evidence,
  advice: (t) => extractAdvice(t).advice,
};

const inside = (text: string, spans: Span[]) =>
  spans.every((s) => Number.isInteger(s.start) && s.start >= 0 && s.start <= s.end && s.end <= text.length);

describe('every check on any text', () => {
  for (const [name, run] of Object.entries(checks)) {
    it(`${name}: never throws and keeps offsets inside the text`, () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => inside(text, run(text))),
        { numRuns: 300 },
      );
      fc.assert(
        fc.property(
          fc.array(
            fc.constantFrom(
              'Would',
              'you',
              'mentor',
              'me',
              '?',
              'coffee',
              '15',
              'minutes',
              '%',
              'by',
              'Q2',
              '2027',
              'thanks',
              'but',
              '\n',
              '😀',
              'é',
              'I',
            ),
            { maxLength: 200 },
          ),
          (words) => {
            const text = words.join(' ');
            return inside(text, run(text));
          },
        ),
        { numRuns: 300 },
      );
    });

    it(`${name}: handles 100 KB of hostile text in under 100 ms`, () => {
      const texts = [...Object.entries(hostileTexts), ...generatedHostileTexts(6).map((t, i) => [`generated text ${i + 1}`, t] as const)];
      for (const [label, text] of texts) {
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i < 3; i++) {
          // CPU time of this process, so other test files running beside it do not count.
          const started = process.cpuUsage();
          const spans = run(text);
          const used = process.cpuUsage(started);
          best = Math.min(best, (used.user + used.system) / 1000);
          expect(inside(text, spans), label).toBe(true);
        }
        expect(best, `${label} took ${best.toFixed(1)} ms`).toBeLessThan(100);
      }
    });
  }

  it('handles a random 100 KB Unicode text', () => {
    const text = fc.sample(fc.string({ unit: 'binary', minLength: 100_000, maxLength: 100_000 }), { numRuns: 1, seed: 7 })[0] ?? '';
    for (const run of Object.values(checks)) expect(inside(text, run(text))).toBe(true);
  });
});
