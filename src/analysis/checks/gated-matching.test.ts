import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allExampleTexts } from '../../../test/helpers/examples.js';
import { findAll, gatedPatterns, scan } from '../engine/match.js';
import { parseText } from '../engine/text.js';
import './advice/extract-advice.js';
import './ask/check-ask.js';
import './feedback-reply/check-feedback-reply.js';
import './feedback-request/check-feedback-request.js';
import './goal/check-goal.js';
import './shadow/find-shadow.js';
import './skill/classify-skill.js';

/**
 * A regex declared with the words its matches start with is only tried at those words. If a
 * declaration forgot a word, a phrase would silently stop matching; so every declared regex of
 * every check must find exactly what a scan of the whole text finds.
 */
const patterns = gatedPatterns();

function differences(text: string): string[] {
  const doc = parseText(text);
  const out: string[] = [];
  for (const { regex } of patterns) {
    const gated = findAll(doc, regex);
    const whole = scan(doc, regex);
    if (gated.length !== whole.length || gated.some((s, i) => s.start !== whole[i]?.start || s.end !== whole[i]?.end)) {
      out.push(
        `/${regex.source.slice(0, 80)}…/ on ${JSON.stringify(text.slice(0, 80))}: ${JSON.stringify(gated)} ≠ ${JSON.stringify(whole)}`,
      );
    }
  }
  return out;
}

describe('gated phrase matching', () => {
  it('declares the regexes of the checks', () => {
    expect(patterns.length).toBeGreaterThan(50);
  });

  it('finds what a whole scan finds on every labelled example', () => {
    const texts = allExampleTexts();
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.flatMap(differences)).toEqual([]);
  });

  it('finds what a whole scan finds on texts made of the words of the patterns, joined oddly', () => {
    // Every literal word of every pattern, not only the declared leads: a word missing from a
    // declaration is exactly what this has to catch.
    const words = [...new Set(patterns.flatMap((p) => p.regex.source.match(/[a-z0-9][a-z0-9']*/g) ?? []))].sort();
    const glue = ['you', 'your', 'a', 'the', 'to', 'me', 'my', 'for', 'on', 'up', 'call', 'coffee', 'career', 'week', '15', 'minutes'];
    const separators = [' ', ' ', ' ', '-', "'", '/', '.', ', ', '. ', '? ', '\n', '  '];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...words, ...glue), fc.constantFrom(...separators)), { maxLength: 30 }),
        (parts) => differences(parts.map(([w, s]) => w + s).join('')).length === 0,
      ),
      { numRuns: 1500 },
    );
  });
});
