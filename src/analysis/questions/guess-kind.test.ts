import { describe, expect, it } from 'vitest';
import { guessKind } from './guess-kind.js';

describe('guessKind', () => {
  it.each([
    [['summary', 'incident-timeline', 'root-cause', 'lessons'], 'post-mortem'],
    [['summary', 'problem', 'requirements', 'solution', 'success-metrics'], 'prd'],
    [['vision', 'strategy', 'competition'], 'strategy'],
    [['status', 'lowlights', 'asks'], 'exec-update'],
    [['positioning', 'rollout', 'teaching'], 'launch-email'],
    [['summary', 'references'], 'other'],
    [[], 'other'],
  ])('reads %j as %s', (ids, kind) => {
    expect(guessKind(ids)).toBe(kind);
  });
});
