import { afterEach, expect, it } from 'vitest';
import { describeEachDialect } from './helpers/dialects.js';
import { ask } from './helpers/loop-api.js';
import { closedPort, type ReceivedMail, smtpSinkForSuite } from './helpers/smtp-sink.js';
import { createTeamTestApp, type TeamTestApp, type TestMember, teamBase } from './helpers/team-app.js';
import { askInApp, offerToMentor, replyInApp } from './helpers/team-asks.js';

/** An outcome of each member, named after them, with a check-in that makes one due this week. */
const outcomeOf = (who: string) => `${who}: lift the trial-to-paid rate from 4% to 6% by 2027-03-31`;

/** The member's outcome and an old check-in: a next action ("Check in on …") falls due on 2026-12-12. */
async function dueCheckin(team: TeamTestApp, who: TestMember, name: string): Promise<void> {
  const outcome = await team.call(who, 'POST', '/api/outcomes', { statement: outcomeOf(name), status: 'active' });
  expect(outcome.status).toBe(201);
  const { id } = (await outcome.json()) as { id: string };
  expect((await team.call(who, 'POST', '/api/checkins', { outcomeId: id, date: '2026-11-28', value: 4 })).status).toBe(201);
}

/** Everything a reader of the mail sees, decoded: subject, text and HTML. */
const seen = (mail: ReceivedMail | undefined) => `${mail?.subject}\n${mail?.text}\n${mail?.html}`;

const byRecipient = (mails: ReceivedMail[]) => [...mails].sort((a, b) => (a.to[0] ?? '').localeCompare(b.to[0] ?? ''));

describeEachDialect('mail for a team: digests, notices and reset links through a real SMTP server', (_dialect, newDatabase) => {
  const sink = smtpSinkForSuite();
  const opened: TeamTestApp[] = [];
  const open = async (url: string, options: Parameters<typeof createTeamTestApp>[1] = {}) => {
    const team = await createTeamTestApp(url, { today: '2026-12-08', ...options });
    opened.push(team);
    return team;
  };
  const put = async (team: TeamTestApp, who: TestMember, body: unknown) => {
    const answer = await team.call(who, 'PUT', '/api/team/mail-settings', body);
    expect(answer.status, await answer.clone().text()).toBe(200);
    return (await answer.json()) as { mailConfigured: boolean; digest: string; notices: boolean; email: string };
  };

  afterEach(async () => {
    for (const team of opened.splice(0)) await team.close();
    sink.clear();
  });

  it('sends each digest to the member who chose it, with their own next actions, once a period whoever runs it', async () => {
    const url = await newDatabase();
    const team = await open(url, { smtp: sink.config() });
    const ada = await team.member('ada@example.com');
    const bo = await team.member('bo@example.com');
    const cy = await team.member('cy@example.com');
    for (const [who, name] of [
      [ada, 'Ada'],
      [bo, 'Bo'],
      [cy, 'Cy'],
    ] as const)
      await dueCheckin(team, who, name);
    // A claim from October: its period is long over, and the first run forgets it.
    expect(await team.store.mail.claimDigest(ada.id, '2026-10-01', '2026-10-01T06:00:00.000Z')).toBe(true);
    // Nothing leaves until a member chooses: a member who never chose has no digest.
    expect(await team.mailing.sendDueDigests()).toEqual({ sent: 0, empty: 0, failed: 0, claimedElsewhere: 0 });
    expect((await put(team, ada, { digest: 'daily' })).digest).toBe('daily');
    await put(team, bo, { digest: 'weekly' });
    await put(team, cy, { digest: 'off', notices: false });

    expect(await team.mailing.sendDueDigests()).toEqual({ sent: 2, empty: 0, failed: 0, claimedElsewhere: 0 });
    expect(await team.store.mail.claimDigest(ada.id, '2026-10-01', '2026-12-08T06:00:00.000Z')).toBe(true);
    const [toAda, toBo] = byRecipient(await sink.waitFor(2));
    expect(toAda?.to).toEqual(['ada@example.com']);
    expect(toBo?.to).toEqual(['bo@example.com']);
    expect(toAda?.from).toBe('understudy@team.example');
    expect(toAda?.user).toBe('understudy');
    expect(toAda?.subject).toBe('Understudy: 1 next action for 2026-12-08');
    expect(toBo?.subject).toBe('Understudy: your week from 2026-12-08, 1 next action');
    expect(toAda?.text).toContain(`2026-12-12: Check in on “${outcomeOf('Ada')}”`);
    expect(toAda?.html).toContain('Check in on');
    expect(toAda?.text).toContain(`${teamBase}/mail`);
    for (const other of ['Bo', 'Cy']) expect(seen(toAda)).not.toContain(`${other}: lift`);
    expect(toBo?.text).toContain(outcomeOf('Bo'));
    for (const other of ['Ada', 'Cy']) expect(seen(toBo)).not.toContain(`${other}: lift`);

    // Again in the same period, from this process and from a second one on the database: nothing more.
    const second = await open(url, { smtp: sink.config() });
    const again = await Promise.all([team.mailing.sendDueDigests(), second.mailing.sendDueDigests()]);
    expect(again.map((r) => r.sent)).toEqual([0, 0]);
    // The next day, the daily digest is due again; the weekly one waits for next week (Monday 2026-12-14).
    const nextDay = await Promise.all([1, 2].map(() => open(url, { smtp: sink.config(), today: '2026-12-09' })));
    const racing = await Promise.all(nextDay.map((t) => t.mailing.sendDueDigests()));
    // Exactly one of the two sends it; the other either finds it claimed or, had it started
    // after the first was done, no longer sees it as due.
    expect(racing.map((r) => r.sent).sort()).toEqual([0, 1]);
    expect(racing.map((r) => r.failed)).toEqual([0, 0]);
    expect(racing.every((r) => r.sent + r.claimedElsewhere <= 1)).toBe(true);
    // The claim itself: a period claimed once is refused to every later claimer until released.
    expect(await team.store.mail.claimDigest(ada.id, '2026-12-10', '2026-12-10T06:00:00Z')).toBe(true);
    expect(await second.store.mail.claimDigest(ada.id, '2026-12-10', '2026-12-10T06:00:01Z')).toBe(false);
    await team.store.mail.releaseDigest(ada.id, '2026-12-10');
    expect(await second.store.mail.claimDigest(ada.id, '2026-12-10', '2026-12-10T06:00:02Z')).toBe(true);
    const monday = await open(url, { smtp: sink.config(), today: '2026-12-14' });
    expect(await monday.mailing.sendDueDigests()).toMatchObject({ sent: 2 });
    const all = await sink.waitFor(5);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await sink.received()).length).toBe(5);
    expect(all.map((m) => m.to[0]).sort()).toEqual([
      'ada@example.com',
      'ada@example.com',
      'ada@example.com',
      'bo@example.com',
      'bo@example.com',
    ]);
  });

  it('tells the mentor an ask arrived and the mentee a reply did, no one else, and never what the message says', async () => {
    const team = await open(await newDatabase(), { smtp: sink.config() });
    const ada = await team.member('ada@example.com');
    const bo = await team.member('bo@example.com');
    const cy = await team.member('cy@example.com');
    await offerToMentor(team, ada);
    const conversation = { id: await askInApp(team, bo, ada) };
    const [notice] = await sink.waitFor(1);
    expect(notice?.to).toEqual(['ada@example.com']);
    expect(notice?.subject).toBe('bo sent you an ask in Understudy');
    expect(notice?.text).toContain(`${teamBase}/inbox/${conversation.id}`);
    expect(seen(notice)).not.toContain('annual-plan price test');
    expect(seen(notice)).not.toContain('Maya');

    await replyInApp(team, ada, conversation.id);
    const [, replied] = await sink.waitFor(2);
    expect(replied?.to).toEqual(['bo@example.com']);
    expect(replied?.subject).toBe('ada replied to you in Understudy');
    expect(seen(replied)).not.toContain('decoy plan');

    // A member who turned notices off gets none; the ask is delivered in the app all the same.
    await put(team, ada, { notices: false });
    await askInApp(team, cy, ada);
    await team.mailing.idle();
    const all = await sink.received();
    expect(all.flatMap((m) => m.to)).toEqual(['ada@example.com', 'bo@example.com']);
    const inbox = (await (await team.call(ada, 'GET', '/api/team/inbox')).json()) as { items: unknown[] };
    expect(inbox.items).toHaveLength(2);
  });

  it('reminds a mentor in their digest of the mentees waiting for an answer, without what they wrote, until they answer', async () => {
    const url = await newDatabase();
    const team = await open(url, { smtp: sink.config() });
    const ada = await team.member('ada@example.com');
    const bo = await team.member('bo@example.com');
    await offerToMentor(team, ada);
    await put(team, ada, { digest: 'daily', notices: false });
    const conversation = { id: await askInApp(team, bo, ada) };

    expect(await team.mailing.sendDueDigests()).toMatchObject({ sent: 1 });
    const [digest] = await sink.waitFor(1);
    expect(digest?.to).toEqual(['ada@example.com']);
    expect(digest?.text).toContain(
      `Mentees waiting for your answer\n- bo waits for your answer since 2026-12-08: ${teamBase}/inbox/${conversation.id}`,
    );
    expect(seen(digest)).not.toContain('annual-plan price test');

    // Answered, nothing is waiting: the next day's digest has nothing in it and is not sent.
    await replyInApp(team, ada, conversation.id);
    const nextDay = await open(url, { smtp: sink.config(), today: '2026-12-09' });
    expect(await nextDay.mailing.sendDueDigests()).toMatchObject({ sent: 0, empty: 1 });
  });

  it('sends nothing without SMTP, and says so in the settings', async () => {
    const team = await open(await newDatabase());
    const ada = await team.member('ada@example.com');
    const bo = await team.member('bo@example.com');
    await dueCheckin(team, ada, 'Ada');
    const settings = await team.call(ada, 'GET', '/api/team/mail-settings');
    expect(await settings.json()).toEqual({ mailConfigured: false, digest: 'off', notices: true, email: 'ada@example.com' });
    expect((await put(team, ada, { digest: 'daily' })).mailConfigured).toBe(false);
    await offerToMentor(team, ada);
    await askInApp(team, bo, ada);
    expect(team.mailing.notices).toBeUndefined();
    await expect(team.mailing.sendDueDigests()).rejects.toThrow(/Mail is not configured/);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await sink.received()).toEqual([]);
  });

  it('delivers the ask when the SMTP server is down, and says why the notice did not go on the terminal only', async () => {
    const lines: string[] = [];
    const team = await open(await newDatabase(), {
      smtp: sink.config({ port: await closedPort() }),
      mailLog: (line) => lines.push(line),
    });
    const ada = await team.member('ada@example.com');
    const bo = await team.member('bo@example.com');
    await offerToMentor(team, ada);
    const sent = await team.call(bo, 'POST', '/api/team/messages', { to: ada.id, body: ask });
    expect(sent.status).toBe(201);
    expect(await sent.text()).not.toMatch(/ECONNREFUSED|mail/i);
    await team.mailing.idle();
    expect(lines).toEqual([expect.stringMatching(/^Mail: the notice to ada@example\.com was not sent \(.*ECONNREFUSED.*\)$/)]);

    await dueCheckin(team, ada, 'Ada');
    await put(team, ada, { digest: 'daily' });
    expect(await team.mailing.sendDueDigests()).toMatchObject({ sent: 0, failed: 1 });
    expect(lines[1]).toMatch(/^Mail: the daily digest to ada@example\.com was not sent \(.*\); it is tried again at the next run$/);
    // The failed digest was released: the next run tries it again.
    expect(await team.mailing.sendDueDigests()).toMatchObject({ failed: 1 });
  });

  it('mails a password reset link to the account’s owner, and nothing for an unknown email', async () => {
    const team = await open(await newDatabase(), { smtp: sink.config() });
    await team.member('ada@example.com');
    for (const email of ['ada@example.com', 'nobody@example.com']) {
      const answer = await team.call(null, 'POST', '/api/auth/request-password-reset', { email, redirectTo: '/' });
      expect(answer.status).toBe(200);
    }
    await team.mailing.idle();
    const mails = await sink.waitFor(1);
    expect(mails.map((m) => m.to)).toEqual([['ada@example.com']]);
    expect(mails[0]?.subject).toBe('Reset your Understudy password');
    expect(mails[0]?.text).toMatch(new RegExp(`${teamBase}/api/auth/reset-password/[\\w-]+`));
  });
});
