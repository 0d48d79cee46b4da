import { useCallback, useEffect, useState } from 'react';
import { situations } from './situations.js';

/** Where the coach is, and what was entered on the way: enough to come back to the same step. */
export interface CoachProgress {
  step: number;
  situation: string;
  /** The records chosen or saved on the way (their ids: the server keeps the records). */
  outcomeId: string | null;
  gapId: string | null;
  mentorId: string | null;
  /** What was typed and not yet saved. */
  outcomeDraft: string;
  gapDraft: string;
  /** Whether the coach set your level in this run (then it shows what it set, to change it). */
  levelSet: boolean;
}

/** A coach at its first step with nothing entered. */
export const freshProgress: CoachProgress = {
  step: 0,
  situation: situations[0].id,
  outcomeId: null,
  gapId: null,
  mentorId: null,
  outcomeDraft: '',
  gapDraft: '',
  levelSet: false,
};

/** The storage key of one workspace's coach: its user and when that user was created. */
export function coachKey(me: { id: string; createdAt: string }): string {
  return `understudy.coach.${me.id}.${me.createdAt}`;
}

/** Reads saved progress, keeping only fields of the right type (storage may hold anything). */
function read(key: string): CoachProgress {
  try {
    const raw = JSON.parse(window.localStorage.getItem(key) ?? 'null') as Partial<Record<keyof CoachProgress, unknown>> | null;
    if (!raw || typeof raw !== 'object') return freshProgress;
    const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v.slice(0, 10_000) : fallback);
    const id = (v: unknown) => (typeof v === 'string' && v.length <= 64 ? v : null);
    const step = typeof raw.step === 'number' && Number.isInteger(raw.step) ? Math.min(4, Math.max(0, raw.step)) : 0;
    const situation = situations.some((s) => s.id === raw.situation) ? String(raw.situation) : freshProgress.situation;
    return {
      step,
      situation,
      outcomeId: id(raw.outcomeId),
      gapId: id(raw.gapId),
      mentorId: id(raw.mentorId),
      outcomeDraft: text(raw.outcomeDraft, ''),
      gapDraft: text(raw.gapDraft, ''),
      levelSet: raw.levelSet === true,
    };
  } catch {
    return freshProgress;
  }
}

/**
 * The coach's progress, kept in this browser's local storage under a key of the workspace, so
 * leaving for another page (or reloading) comes back to the same step with what was entered.
 * Nothing leaves the machine; `reset` starts over.
 */
export function useCoachProgress(key: string) {
  const [progress, setProgress] = useState<CoachProgress>(() => read(key));
  useEffect(() => {
    try {
      window.localStorage.setItem(key, JSON.stringify(progress));
    } catch {
      // Storage full or disabled: the coach still works, it only forgets on leaving.
    }
  }, [key, progress]);
  const update = useCallback((patch: Partial<CoachProgress>) => setProgress((p) => ({ ...p, ...patch })), []);
  const reset = useCallback(() => setProgress(freshProgress), []);
  return { progress, update, reset };
}
