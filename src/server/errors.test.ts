import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { describe, expect, it, vi } from 'vitest';
import { AppError, type AppErrorCode } from '../core/errors.js';
import { handleError } from './errors.js';

/** What a client gets when a route throws `error`. */
async function answer(error: unknown): Promise<{ status: number; body: unknown }> {
  const app = new Hono();
  app.onError((e, c) => handleError(e, c, { debug: false }));
  app.get('/', () => {
    throw error;
  });
  const response = await app.request('/');
  return { status: response.status, body: await response.json() };
}

describe('the server’s error mapping', () => {
  it.each<[AppErrorCode, number]>([
    ['invalid_input', 400],
    ['usage', 400],
    ['http_error', 400],
    ['unauthorized', 401],
    ['forbidden', 403],
    ['not_found', 404],
    ['illegal_transition', 409],
    ['conflict', 409],
    ['too_large', 413],
    ['rate_limited', 429],
    ['internal', 500],
    ['db_corrupt', 500],
    ['db_too_new', 500],
  ])('answers AppError %s with %i and {error: {code, message}}', async (code, status) => {
    expect(await answer(new AppError(code, 'what went wrong'))).toEqual({ status, body: { error: { code, message: 'what went wrong' } } });
  });

  it('keeps the status of an HTTPException thrown by the framework, with the same codes', async () => {
    expect(await answer(new HTTPException(413, { message: 'too big' }))).toEqual({
      status: 413,
      body: { error: { code: 'too_large', message: 'too big' } },
    });
    expect(await answer(new HTTPException(400, { message: 'Malformed JSON in request body' }))).toMatchObject({
      status: 400,
      body: { error: { code: 'invalid_input' } },
    });
    expect(await answer(new HTTPException(415))).toEqual({
      status: 415,
      body: { error: { code: 'http_error', message: 'Request refused' } },
    });
  });

  it('answers anything else with 500 internal and a message that gives nothing away', async () => {
    const terminal = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    try {
      expect(await answer(new Error('secret detail'))).toEqual({
        status: 500,
        body: { error: { code: 'internal', message: 'Something went wrong on the server; nothing was changed' } },
      });
      expect(String(terminal.mock.calls[0]?.[0])).toContain('secret detail');
    } finally {
      terminal.mockRestore();
    }
  });
});
