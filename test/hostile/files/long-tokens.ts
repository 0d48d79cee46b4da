import { hostileTexts } from '../../helpers/hostile-texts.js';
import { ms, percentile, proofAssert } from '../../proof/proof.js';
import type { ServerProcess } from '../../proof/server-process.js';
import { assertHealthHeld, costLine, costOf } from './server-watch.js';

/** The bars of issue 18: the ask check of a 10 KB token within 100 ms, and health never waiting longer while it is logged. */
const MAX_CHECK_MS = 100;
const MAX_HEALTH_MS = 100;
/** Checks and logs of the token measured (after a first, cold check); of the checks, the median is held to the bar. */
const REPEATS = 7;
/**
 * No call may take longer than this: the first check of a text of this shape runs cold
 * (regular expressions compiled, code not yet optimised) and a pause of the collector can fall
 * on any call, but a matcher that is not linear took over 60 s on this token.
 */
const MAX_ANY_CHECK_MS = 1_000;

/** A pasted tracking URL of 10 KB: one token of many parts joined by `.`, `-`, `/`, `?`, `&`, `%`. */
export const TRACKING_URL_10KB = (hostileTexts['a tracking URL'] ?? '').slice(0, 10_000);

/** Sends `body` as JSON to `path` and returns the status and the parsed answer. */
async function post<T>(server: ServerProcess, path: string, body: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(120_000),
  });
  return { status: response.status, json: (await response.json()) as T };
}

/** One `POST /api/checks/ask` of the 10 KB token, timed; fails unless it answers 200 with a verdict. */
async function timedCheck(server: ServerProcess): Promise<number> {
  const started = performance.now();
  const answer = await post<{ verdict?: string }>(server, '/api/checks/ask', { text: TRACKING_URL_10KB, stage: 'first-contact' });
  const took = performance.now() - started;
  proofAssert(answer.status === 200 && typeof answer.json.verdict === 'string', `check ask answered ${answer.status}`);
  return took;
}

/**
 * `POST /api/checks/ask` of the 10 KB token: a first, cold call, then `REPEATS` more, each
 * answered with a verdict; the median of these under 100 ms, and no call over a second.
 */
export async function proveLongTokenCheck(server: ServerProcess): Promise<string> {
  proofAssert(TRACKING_URL_10KB.length === 10_000 && !/\s/.test(TRACKING_URL_10KB), 'the tracking URL is not one 10 KB token');
  const cold = await timedCheck(server);
  const times: number[] = [];
  const cost = await costOf(server, async () => {
    for (let i = 0; i < REPEATS; i++) times.push(await timedCheck(server));
  });
  const median = percentile(times, 50);
  const slowest = Math.max(cold, ...times);
  const figures = `median ${ms(median)} (first call ${ms(cold)}, then ${times.map((t) => t.toFixed(0)).join(', ')} ms); ${costLine(cost)}`;
  proofAssert(median < MAX_CHECK_MS, `check ask of a 10 KB token took ${ms(median)} (median), over ${MAX_CHECK_MS} ms; ${figures}`);
  proofAssert(slowest < MAX_ANY_CHECK_MS, `a check of a 10 KB token took ${ms(slowest)}, over ${MAX_ANY_CHECK_MS} ms; ${figures}`);
  return figures;
}

/**
 * Logs the 10 KB token as an ask through `POST /api/messages` (the check runs before the write),
 * `REPEATS` times on one relationship, while another connection polls `/api/health` every
 * 10 ms: every message stored with its check result, the slowest health answer under 100 ms.
 * It runs after `proveLongTokenCheck` on the same server, so the check is warm; the first, cold
 * check of such a text holds the server's loop longer, as that row's first call shows.
 */
export async function proveLongTokenLogging(server: ServerProcess): Promise<string> {
  const opened = await post<{ relationship?: { id: string } }>(server, '/api/mentors/with-relationship', {
    mentor: { name: 'Long Token' },
  });
  const relationshipId = opened.json.relationship?.id;
  proofAssert(opened.status === 201 && relationshipId, `adding a mentor answered ${opened.status}`);
  const times: number[] = [];
  const cost = await costOf(server, async () => {
    for (let i = 0; i < REPEATS; i++) {
      const started = performance.now();
      const logged = await post<{ message?: { checkVerdict: string | null } }>(server, '/api/messages', {
        relationshipId,
        kind: 'ask',
        body: TRACKING_URL_10KB,
      });
      times.push(performance.now() - started);
      proofAssert(logged.status === 201, `logging the message answered ${logged.status}: ${JSON.stringify(logged.json).slice(0, 200)}`);
      proofAssert(logged.json.message?.checkVerdict, 'the logged message has no check result');
    }
  });
  const figures = `logs ${times.map((t) => t.toFixed(0)).join(', ')} ms; ${costLine(cost)}`;
  await assertHealthHeld(server, cost, MAX_HEALTH_MS, figures);
  return figures;
}
