import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/helpers/dialects.js';
import { openTestWorkspace, type TestWorkspace } from '../../../test/helpers/workspace.js';
import { backupWorkspace, serializeBackup } from '../portability/backup-workspace.js';
import { restoreWorkspace } from '../portability/restore-workspace.js';
import { addMentor } from '../relationships/add-mentor.js';
import { adoptCounterBehaviour } from './adopt-counter-behaviour.js';
import { getMirrorHistory } from './get-mirror-history.js';
import { logFeedback } from './log-feedback.js';
import { replyToFeedback } from './reply-to-feedback.js';
import { requestFeedback } from './request-feedback.js';

const specific =
  "Sam, during Tuesday's roadmap review, when the CFO challenged our churn numbers, did I come across as confident or defensive?";
const silence = 'When you get stressed by a hard question, you stop talking and look down while you think; it makes you look disengaged.';
const grateful = "Thank you, Sam, that's really helpful. Next time I'll say I am taking ten seconds to think.";

describeEachDialect('the Mirror: requests, feedback, replies and adoption', (_dialect, newDatabase) => {
  let t: TestWorkspace;
  let mentorId: string;
  beforeEach(async () => {
    t = await openTestWorkspace(await newDatabase(), '2026-11-28');
    mentorId = (await addMentor(t.on('2026-10-01'), { input: { name: 'Sam Okafor' } })).mentor.id;
  });
  afterEach(() => t.close());

  const counts = async () => ({
    requests: (await t.ctx.ws.table('feedbackRequests').list()).length,
    feedback: (await t.ctx.ws.table('feedback').list()).length,
    replies: (await t.ctx.ws.table('feedbackReplies').list()).length,
  });
  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: { code: string }) => e.code,
    );

  it('keeps the check with each request, generic ones too, named after the mentor asked', async () => {
    const asked = await requestFeedback(t.ctx, { mentorId, body: specific, event: "Tuesday's roadmap review", sentOn: '2026-11-01' });
    expect(asked).toMatchObject({ giverName: 'Sam Okafor', mentorId, checkVerdict: 'specific', sentOn: '2026-11-01' });
    expect(asked.checkResult).toMatchObject({ verdict: 'specific', findings: expect.any(Array) });
    const vague = await requestFeedback(t.ctx, { giverName: 'Priya', body: 'Any feedback?' });
    expect(vague).toMatchObject({ giverName: 'Priya', mentorId: null, checkVerdict: 'generic', sentOn: '2026-11-28' });
    const rules = (vague.checkResult as { findings: Array<{ rule: string }> }).findings.map((f) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(['no-event', 'no-focus', 'not-subjective']));
  });

  it('passes the mentor of a request to the feedback on it, with the shadow side its text points to', async () => {
    const request = await requestFeedback(t.ctx, { mentorId, body: specific, sentOn: '2026-11-01' });
    const { feedback, shadow } = await logFeedback(t.ctx, { requestId: request.id, body: silence, receivedOn: '2026-11-02' });
    expect(feedback).toMatchObject({ mentorId, giverName: 'Sam Okafor', requestId: request.id, strengthId: 'thoughtful', adopted: null });
    expect(shadow?.strengthName).toBe('Thoughtful');
    const none = await logFeedback(t.ctx, { giverName: 'Lena', body: 'The weather was nice.' });
    expect(none).toMatchObject({ feedback: { mentorId: null, strengthId: null }, shadow: null });
  });

  it('stores a reply with its check, and the counter-behaviour it adopts on the day of the reply', async () => {
    const { feedback } = await logFeedback(t.ctx, { mentorId, body: silence, receivedOn: '2026-11-02' });
    const defensive = await replyToFeedback(t.ctx, { feedbackId: feedback.id, body: 'Thanks, but actually the slides were not loading.' });
    expect(defensive.reply.checkVerdict).toBe('revise');
    expect(defensive.feedback.adopted).toBeNull();
    const replied = await replyToFeedback(t.ctx, {
      feedbackId: feedback.id,
      body: grateful,
      sentOn: '2026-11-03',
      adopt: 'Say I take ten seconds',
    });
    expect(replied.reply).toMatchObject({ checkVerdict: 'grateful', sentOn: '2026-11-03' });
    expect(replied.feedback).toMatchObject({ adopted: 'Say I take ten seconds', adoptedOn: '2026-11-03' });
    const adopted = await adoptCounterBehaviour(t.ctx, { feedbackId: feedback.id, counter: 'Name the pause out loud', on: '2026-11-10' });
    expect(adopted).toMatchObject({ adopted: 'Name the pause out loud', adoptedOn: '2026-11-10' });
  });

  it('shows one mentor’s requests, feedback and replies, newest first, including feedback on their request logged without a mentor', async () => {
    const first = await requestFeedback(t.ctx, { mentorId, body: specific, sentOn: '2026-11-01' });
    const second = await requestFeedback(t.ctx, { mentorId, body: specific, sentOn: '2026-11-20' });
    await requestFeedback(t.ctx, { giverName: 'Priya', body: 'Any feedback?' });
    const older = await logFeedback(t.ctx, { requestId: first.id, body: silence, receivedOn: '2026-11-02' });
    // As feedback was stored before it named its mentor: only the request knows him.
    await t.ctx.ws.table('feedback').update(older.feedback.id, { mentorId: null });
    const newer = await logFeedback(t.ctx, { mentorId, body: 'You interrupted the designer twice.', receivedOn: '2026-11-21' });
    await logFeedback(t.ctx, { giverName: 'Lena', body: silence });
    await replyToFeedback(t.ctx, { feedbackId: older.feedback.id, body: grateful, sentOn: '2026-11-03' });

    const mine = await getMirrorHistory(t.ctx, { mentorId });
    expect(mine.requests.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(mine.feedback.map((f) => f.id)).toEqual([newer.feedback.id, older.feedback.id]);
    expect(mine.replies.map((r) => r.feedbackId)).toEqual([older.feedback.id]);
    const all = await getMirrorHistory(t.ctx);
    expect([all.requests.length, all.feedback.length, all.replies.length]).toEqual([3, 3, 1]);
    await expect(getMirrorHistory(t.ctx, { mentorId: 'nobody' })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses bad input and writes nothing', async () => {
    const request = await requestFeedback(t.ctx, { mentorId, body: specific, sentOn: '2026-11-10' });
    const { feedback } = await logFeedback(t.ctx, { requestId: request.id, body: silence, receivedOn: '2026-11-12' });
    const other = (await addMentor(t.ctx, { input: { name: 'Ana' } })).mentor.id;
    const before = await counts();
    const refused = await Promise.all([
      codeOf(requestFeedback(t.ctx, { body: specific })),
      codeOf(requestFeedback(t.ctx, { mentorId: 'nobody', body: specific })),
      codeOf(requestFeedback(t.ctx, { giverName: 'Sam', body: '   ' })),
      codeOf(requestFeedback(t.ctx, { giverName: 'Sam', body: 'a'.repeat(100_001) })),
      codeOf(requestFeedback(t.ctx, { giverName: 'Sam', body: specific, sentOn: '2026-12-01' })),
      codeOf(logFeedback(t.ctx, { requestId: 'nothing', body: silence })),
      codeOf(logFeedback(t.ctx, { requestId: request.id, mentorId: other, body: silence })),
      codeOf(logFeedback(t.ctx, { requestId: request.id, body: silence, receivedOn: '2026-11-09' })),
      codeOf(logFeedback(t.ctx, { giverName: 'Sam', body: silence, strengthId: 'made-up' })),
      codeOf(replyToFeedback(t.ctx, { feedbackId: 'nothing', body: grateful })),
      codeOf(replyToFeedback(t.ctx, { feedbackId: feedback.id, body: grateful, adopt: '  ' })),
      codeOf(replyToFeedback(t.ctx, { feedbackId: feedback.id, body: grateful, sentOn: '2026-11-11' })),
      codeOf(adoptCounterBehaviour(t.ctx, { feedbackId: feedback.id, counter: 'x', on: '2026-11-11' })),
      codeOf(adoptCounterBehaviour(t.ctx, { feedbackId: feedback.id, counter: ' ' })),
    ]);
    expect(refused).toEqual([
      'invalid_input',
      'not_found',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'not_found',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'not_found',
      'invalid_input',
      'invalid_input',
      'invalid_input',
      'invalid_input',
    ]);
    expect(await counts()).toEqual(before);
    expect((await t.ctx.ws.table('feedback').get(feedback.id))?.adopted).toBeNull();
  });

  it('carries the mentor and the adoption date through a backup, and restores an older backup without them', async () => {
    const request = await requestFeedback(t.ctx, { mentorId, body: specific, sentOn: '2026-11-01' });
    const { feedback } = await logFeedback(t.ctx, {
      requestId: request.id,
      body: silence,
      receivedOn: '2026-11-02',
      adopted: 'Pause out loud',
    });
    const backup = await backupWorkspace(t.ctx);
    expect(backup.entities.feedback).toEqual([expect.objectContaining({ mentorId, adoptedOn: '2026-11-02' })]);

    const fresh = await openTestWorkspace(await newDatabase());
    try {
      await restoreWorkspace(fresh.ctx, { backup: serializeBackup(backup) });
      expect(await fresh.ctx.ws.table('feedback').get(feedback.id)).toMatchObject({ mentorId, adoptedOn: '2026-11-02' });
    } finally {
      await fresh.close();
    }

    const older = JSON.parse(serializeBackup(backup)) as { entities: { feedback: Array<Record<string, unknown>> } };
    for (const row of older.entities.feedback) {
      delete row.mentorId;
      delete row.adoptedOn;
    }
    const again = await openTestWorkspace(await newDatabase());
    try {
      await restoreWorkspace(again.ctx, { backup: older });
      expect(await again.ctx.ws.table('feedback').get(feedback.id)).toMatchObject({
        mentorId: null,
        adoptedOn: null,
        adopted: 'Pause out loud',
      });
      // The request still names the mentor, so the feedback shows on their page.
      expect((await getMirrorHistory(again.ctx, { mentorId })).feedback.map((f) => f.id)).toEqual([feedback.id]);
    } finally {
      await again.close();
    }
  });
});
