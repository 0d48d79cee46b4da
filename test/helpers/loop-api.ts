import { afterEach, beforeEach, expect } from 'vitest';
import { createTestApp, testBase } from './app.js';
import type { NewDatabase } from './dialects.js';
import { openTestWorkspace, type TestWorkspace } from './workspace.js';

/** The first ask to Maya, which passes the ask check. */
export const ask =
  'Hi Maya, I read your post on the annual-plan price test at Fernway. You mentioned anchoring the annual price against the monthly one. Is there a specific product you think is the best example of that approach in practice?';
/** Maya's reply, with two pieces of advice. */
export const reply = 'Thanks for asking! Try showing the annual price as a monthly figure. You should also test a decoy plan. Good luck.';

const stackTrace = /at .*\.(ts|js):\d+/;

/** The body of an error response. */
export interface ErrorBody {
  error: { code: string; message: string };
}
/** A next action as the API sends it. */
export interface Action {
  id: string;
  kind: string;
  dueOn: string;
  reason: string;
  mentorId?: string;
}
/** A piece of advice as the API sends it. */
export interface Advice {
  id: string;
  text: string;
  appliedOn: string | null;
  result: string | null;
  resultExpectedOn: string | null;
  circledBackOn: string | null;
}
/** A relationship as the API sends it. */
export interface Relationship {
  id: string;
  stage: string;
}

type App = ReturnType<typeof createTestApp>;

/**
 * A fresh workspace on 2026-11-28 and its app for each test of the loop's routes, with helpers
 * that send requests to it. Every body the app sends is checked afterwards for stack traces.
 * Call it inside a `describeEachDialect` body.
 */
export function useLoopApi(newDatabase: NewDatabase) {
  let t: TestWorkspace;
  let app: App;
  const bodies: string[] = [];
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    app = createTestApp(t.store);
    bodies.length = 0;
  });
  afterEach(async () => {
    for (const text of bodies) expect(text).not.toMatch(stackTrace);
    await t.close();
  });

  /** Sends a request to `target` (default: this test's app) and keeps the body to check it for stack traces. */
  const send = async (method: string, path: string, body?: FormData | object, target: App = app) => {
    const response = await target.request(`${testBase}${path}`, {
      method,
      headers: body === undefined || body instanceof FormData ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await response.text();
    bodies.push(text);
    return { status: response.status, headers: response.headers, text, json: <T>() => JSON.parse(text) as T };
  };
  /** The JSON answer of a request that must succeed with `status`. */
  const ok = async <T>(method: string, path: string, body?: FormData | object, status = 200): Promise<T> => {
    const response = await send(method, path, body);
    expect(response.status, response.text).toBe(status);
    return response.json<T>();
  };
  /** The status and error of a request that must fail. */
  const refused = async (method: string, path: string, body?: FormData | object) => {
    const response = await send(method, path, body);
    return { status: response.status, ...response.json<ErrorBody>().error };
  };
  /** The next actions for a query string such as `days=7`. */
  const actions = async (query: string) => (await ok<{ actions: Action[] }>('GET', `/api/next-actions?${query}`)).actions;

  /** Adds Maya and opens the relationship, as of the app's today (2026-11-28). */
  const addMaya = async () =>
    ok<{ mentor: { id: string }; relationship: Relationship }>(
      'POST',
      '/api/mentors/with-relationship',
      { mentor: { name: 'Maya Lindqvist' } },
      201,
    );
  /** Logs a message of `kind` in the relationship. */
  const logMessage = async (relationshipId: string, kind: string, body: string) =>
    (await ok<{ message: { id: string } }>('POST', '/api/messages', { relationshipId, kind, body }, 201)).message;
  /** Maya's reply to an ask, captured as two pieces of advice. */
  const capturedAdvice = async () => {
    const { mentor, relationship } = await addMaya();
    await logMessage(relationship.id, 'ask', ask);
    const message = await logMessage(relationship.id, 'reply', reply);
    const captured = await ok<{ advice: Advice[]; created: number }>('POST', '/api/advice/capture', { messageId: message.id }, 201);
    return {
      mentorId: mentor.id,
      relationshipId: relationship.id,
      messageId: message.id,
      advice: captured.advice,
      created: captured.created,
    };
  };
  /** Checks that each route is in the OpenAPI document with a tag and a summary. */
  const expectDocumented = async (routes: ReadonlyArray<readonly [string, string]>) => {
    const doc = await ok<{ paths: Record<string, Record<string, { tags?: string[]; summary?: string }>> }>('GET', '/api/openapi.json');
    for (const [method, path] of routes) {
      const route = doc.paths[path]?.[method];
      expect(route?.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      expect(route?.summary, `${method} ${path}`).toMatch(/\w/);
    }
  };

  return { send, ok, refused, actions, addMaya, logMessage, capturedAdvice, expectDocumented };
}
