import { describe, expect, it } from 'vitest';
import { loadExamples } from '../../../test/helpers/examples.js';
import type { Finding } from '../engine/types.js';
import type { AskStage } from './ask/ask-context.js';
import { checkAsk } from './ask/check-ask.js';
import { checkFeedbackReply } from './feedback-reply/check-feedback-reply.js';
import { checkFeedbackRequest } from './feedback-request/check-feedback-request.js';
import { checkGoal } from './goal/check-goal.js';
import { findShadow } from './shadow/find-shadow.js';
import { classifySkill } from './skill/classify-skill.js';

/** One worked example of the framework, with what must hold of the check's answer. */
interface FrameworkCase {
  id: string;
  kind: 'goal' | 'skill' | 'ask' | 'feedback-request' | 'feedback-reply' | 'shadow';
  stage?: AskStage;
  today?: string;
  text: string;
  expect: {
    verdict?: string;
    errors?: string[];
    mustInclude?: string[];
    mustNotInclude?: string[];
    outcome?: Record<string, unknown>;
    category?: string;
    skill?: string;
    strength?: string | null;
  };
  note?: string;
}

/** What a case's check said, in the terms its `expect` speaks. */
function answer(c: FrameworkCase): { verdict?: string; findings?: Finding[]; fields: Record<string, unknown> } {
  switch (c.kind) {
    case 'goal': {
      const r = checkGoal(c.text, { today: c.today ?? '2026-11-27' });
      return { verdict: r.verdict, findings: r.findings, fields: { outcome: r.outcome } };
    }
    case 'ask': {
      const r = checkAsk(c.text, { stage: c.stage ?? 'first-contact' });
      return { verdict: r.verdict, findings: r.findings, fields: {} };
    }
    case 'feedback-request': {
      const r = checkFeedbackRequest(c.text);
      return { verdict: r.verdict, findings: r.findings, fields: {} };
    }
    case 'feedback-reply': {
      const r = checkFeedbackReply(c.text);
      return { verdict: r.verdict, findings: r.findings, fields: {} };
    }
    case 'skill': {
      const r = classifySkill(c.text);
      return { fields: { category: r.category, skill: r.skill } };
    }
    case 'shadow':
      return { fields: { strength: findShadow(c.text).strength } };
  }
}

describe('the framework’s own worked examples', () => {
  for (const c of loadExamples<FrameworkCase>('framework-cases')) {
    it(`${c.id} ${c.kind}: ${c.text.slice(0, 70)}`, () => {
      const got = answer(c);
      const e = c.expect;
      const rules = (got.findings ?? []).map((f) => f.rule);
      const errors = [...new Set((got.findings ?? []).filter((f) => f.severity === 'error').map((f) => f.rule))].sort();
      if (e.verdict !== undefined) expect(got.verdict, 'verdict').toBe(e.verdict);
      if (e.errors !== undefined) expect(errors, 'the exact error set').toEqual([...e.errors].sort());
      for (const rule of e.mustInclude ?? []) expect(rules, `must include ${rule}`).toContain(rule);
      for (const rule of e.mustNotInclude ?? []) expect(rules, `must not include ${rule}`).not.toContain(rule);
      if (e.outcome !== undefined) {
        const outcome = got.fields.outcome as Record<string, unknown>;
        for (const [key, value] of Object.entries(e.outcome)) {
          if (key === 'metric') expect(String(outcome.metric ?? '').toLowerCase(), 'metric').toContain(String(value));
          else expect(outcome[key], key).toEqual(value);
        }
      }
      if (e.category !== undefined) expect(got.fields.category, 'category').toBe(e.category);
      if (e.skill !== undefined) expect(got.fields.skill, 'skill').toBe(e.skill);
      if ('strength' in e) expect(got.fields.strength, 'strength').toBe(e.strength);
    });
  }
});
