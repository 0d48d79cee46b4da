import { afterAll, beforeAll, expect, it } from 'vitest';
import { entityNames } from '../src/core/records/schemas.js';
import { describeEachDialect } from './helpers/dialects.js';
import { expectPairKept, type MentoringPair, mentoringPair, sweepOffer } from './helpers/privacy-mentoring.js';
import { leaksOf, MARK, MARK_TEMPLATE, type MemberRecords, markedRecords, normalised, readRecords } from './helpers/privacy-records.js';
import {
  entityOfField,
  entityOfPath,
  fillPath,
  isColleagueField,
  minimalForm,
  minimalValue,
  type Operation,
  openApiPath,
  readApiRoutes,
  SWEEP_TODAY,
  teamRefOfPath,
} from './helpers/privacy-sweep.js';
import { createTeamTestApp, type TeamTestApp, type TestMember } from './helpers/team-app.js';

/*
 * Private by construction, proven route by route. Member A's workspace holds records of every
 * entity; member B (empty) and member D (a workspace of their own) try every route of the API
 * as the app documents it, with A's ids in the path, the body and the query. Each answers 404
 * or what an empty workspace (member C) is answered, never a trace of A's records, and nothing
 * of A's (or D's) workspace changes. A route added later is in the sweep without a word here.
 * A is also the mentee of a colleague, E, in the app: their conversation, messages and booking
 * are reached by those two only, and the team's own rows are swept in the store as well.
 */

const routes = await readApiRoutes();
const withParams = routes.operations.filter((op) => op.params.length > 0);
/** The calendar feed, whose path holds a secret token rather than an id (test/team-calendar-feed.test.ts). */
const feedRoutes = withParams.filter((op) => op.params.includes('file'));
/** Routes whose path names a record: they must answer 404 for another member's ids. */
const idRoutes = withParams.filter((op) => !op.params.includes('entity') && !op.params.includes('file') && !teamRefOfPath(op.path));
/** Team mentoring's routes whose path names what two members hold together, or a colleague: 404 to anyone else. */
const teamIdRoutes = withParams.filter((op) => teamRefOfPath(op.path));
/** Routes whose path names an entity (the CSV export): they answer the caller's own records. */
const entityRoutes = withParams.filter((op) => op.params.includes('entity'));
/** Reads without a path parameter: lists, search, next actions, the doctor, exports. */
const reads = routes.operations.filter((op) => op.method === 'GET' && op.params.length === 0);
/** Every reference to a record a JSON body can carry, route by route. */
const bodyRefs = routes.operations.flatMap((op) =>
  Object.keys(op.json?.properties ?? {})
    .filter((field) => entityOfField(field))
    .map((field) => ({ ...op, field })),
);
/** Every field of a team route's body that names a colleague's account. */
const colleagueRefs = routes.operations.flatMap((op) =>
  Object.keys(op.json?.properties ?? {})
    .filter((field) => isColleagueField(op.path, field))
    .map((field) => ({ ...op, field })),
);

/** An id no record has, on anyone's side. */
const NOBODYS = '01900000-0000-7000-8000-000000000000';

/** Fields a body needs beyond its schema's required ones (a refinement the schema does not show). */
const bodyExtras: Record<string, Record<string, unknown>> = {
  'POST /api/evidence': { note: 'Gave the clearest talk on pricing at the meetup' },
  // Only a circle-back reports on advice.
  'POST /api/messages': { kind: 'circle-back' },
  // Past its check, which would hold a plain sentence back before its gap is read.
  'POST /api/team/messages': { sendAnyway: true },
};

/** The smallest valid JSON body of `op`. */
const jsonOf = (op: Operation): Record<string, unknown> => ({
  ...(minimalValue(op.json ?? { type: 'object' }) as Record<string, unknown>),
  ...bodyExtras[`${op.method} ${op.path}`],
});

const bodyOf = (op: Operation): unknown => (op.json ? jsonOf(op) : op.multipart ? minimalForm(op.multipart) : undefined);

it('sweeps every routed path with a parameter, as the router holds them', () => {
  const documented = new Set(withParams.map((op) => `${op.method} ${op.path}`));
  // The docs' static files are the only parameterised routes outside the workspace.
  const undocumented = routes.routedWithParams.filter((r) => !documented.has(openApiPath(r)) && r !== 'GET /api/docs/assets/:file');
  expect(undocumented).toEqual([]);
  expect(idRoutes.length + teamIdRoutes.length + entityRoutes.length + feedRoutes.length).toBe(withParams.length);
  expect(teamIdRoutes.length).toBeGreaterThanOrEqual(7);
  expect(colleagueRefs.map((r) => `${r.method} ${r.path} ${r.field}`)).toEqual(
    expect.arrayContaining(['POST /api/team/messages to', 'POST /api/team/bookings mentorUserId']),
  );
  expect(routes.routedWithParams.length).toBe(withParams.length + 1);
  expect(withParams.length).toBeGreaterThanOrEqual(57);
  expect(bodyRefs.length).toBeGreaterThanOrEqual(29);
  expect(reads.length).toBeGreaterThanOrEqual(30);
  console.info(`The privacy sweep covers ${withParams.length} routes with a path parameter:\n${[...documented].join('\n')}`);
  console.info(`… ${teamIdRoutes.length} of them team mentoring's:\n${teamIdRoutes.map((r) => `${r.method} ${r.path}`).join('\n')}`);
  console.info(`… ${bodyRefs.length} record references in bodies:\n${bodyRefs.map((r) => `${r.method} ${r.path} ${r.field}`).join('\n')}`);
  console.info(`… and ${reads.length} reads without a path parameter:\n${reads.map((r) => r.path).join('\n')}`);
});

describeEachDialect('a member reaches none of another member’s records, by any route', (_dialect, newDatabase) => {
  let team: TeamTestApp;
  let ada: TestMember;
  let bee: TestMember;
  let cee: TestMember;
  let dee: TestMember;
  let eve: TestMember;
  let a: MemberRecords;
  let d: MemberRecords;
  let pair: MentoringPair;

  beforeAll(async () => {
    team = await createTeamTestApp(await newDatabase(), { today: SWEEP_TODAY });
    ada = await team.member('member-a@example.com');
    bee = await team.member('member-b@example.com');
    cee = await team.member('member-c@example.com');
    dee = await team.member('member-d@example.com');
    eve = await team.member('member-e@example.com');
    for (const who of [ada, dee]) expect((await team.call(who, 'POST', '/api/demo')).status).toBe(201);
    await markedRecords(team, ada);
    pair = await mentoringPair(team, ada, eve);
    // D asks E too: D's inbox holds a conversation of their own.
    const own = { to: eve.id, body: 'Which one pricing page of yours would you copy first, Eve?', sendAnyway: true };
    expect((await team.call(dee, 'POST', '/api/team/messages', own)).status).toBe(201);
    const records = await readRecords(team, ada);
    // What A and E hold together is A's too: none of it may reach anyone else.
    a = { ...records, allIds: [...records.allIds, ...pair.ids] };
    d = await readRecords(team, dee);
  }, 120_000);
  afterAll(async () => {
    await team?.close();
  });

  it('A and D hold records of every entity, and B none', async () => {
    for (const name of entityNames) {
      expect(a.ids.get(name)?.length, `A's ${name}`).toBeGreaterThan(0);
      expect(d.ids.get(name)?.length, `D's ${name}`).toBeGreaterThan(0);
    }
    expect(a.texts.some((t) => t.includes(MARK))).toBe(true);
    expect((await readRecords(team, bee)).allIds).toEqual([bee.id]);
  });

  it('answers 401 to every route of a workspace without a session', async () => {
    const open = (op: Operation) => op.path.startsWith('/api/auth/') || op.path === '/api/invitations/accept';
    const values = Object.fromEntries(
      ['id', 'ref', 'entity', 'file'].map((p) => [p, p === 'entity' ? 'outcomes' : (a.ids.get('outcomes')?.[0] as string)]),
    );
    for (const op of routes.operations.filter((o) => !open(o))) {
      const answer = await team.call(null, op.method, fillPath(op.path, values), bodyOf(op));
      expect(answer.status, `${op.method} ${op.path}`).toBe(401);
    }
    expect((await team.call(null, 'GET', '/api/health')).status).toBe(200);
  });

  it.each(idRoutes)('$method $path answers 404 to other members for each of A’s ids', async (op) => {
    const entity = entityOfPath(op.path);
    if (!entity) throw new Error(`The sweep does not know which records ${op.path} names: teach entityOfPath`);
    const values = [...(a.ids.get(entity) ?? [])];
    // A template is also found by its name.
    if (entity === 'templates') values.push(MARK_TEMPLATE);
    // The ids are real: A reads each of them by the same route. The team library shows only
    // what was shared, and A shared nothing here (test/team-sharing.test.ts shares).
    if (op.method === 'GET') {
      const own = op.path.startsWith('/api/team/') ? 404 : 200;
      for (const value of values) {
        const path = fillPath(op.path, Object.fromEntries(op.params.map((p) => [p, value])));
        expect((await team.call(ada, 'GET', path)).status, `GET ${path} as A`).toBe(own);
      }
    }
    const pathWith = (value: string) => fillPath(op.path, Object.fromEntries(op.params.map((p) => [p, value])));
    for (const who of [bee, dee]) {
      // A's record is answered as a record nobody has: B cannot even tell that it exists.
      const nobodys = (await (await team.call(who, op.method, pathWith(NOBODYS), bodyOf(op))).text()).replaceAll(NOBODYS, '<id>');
      for (const value of values) {
        const path = pathWith(value);
        const answer = await team.call(who, op.method, path, bodyOf(op));
        const text = await answer.text();
        const why = `${op.method} ${path} as ${who.email}: ${text}`;
        expect(answer.status, why).toBe(404);
        const error = (JSON.parse(text) as { error: { code: string; message: string } }).error;
        expect(error.code, why).toBe('not_found');
        expect(error.message, why).toContain(value);
        expect(text.replaceAll(encodeURIComponent(value), '<id>').replaceAll(value, '<id>'), why).toBe(nobodys);
        expect(leaksOf(text, a, { sent: [value], texts: who === bee ? a.texts : [MARK] }), why).toEqual([]);
      }
    }
  });

  it.each(teamIdRoutes)('$method $path answers 404 to members outside the pair, as for an id nobody has', async (op) => {
    const ref = teamRefOfPath(op.path);
    const pathWith = (value: string) => fillPath(op.path, Object.fromEntries(op.params.map((p) => [p, value])));
    const values =
      ref === 'conversations'
        ? [pair.conversationId]
        : ref === 'bookings'
          ? [pair.bookingId]
          : [ada.id, bee.id, ...pair.ids, ...(a.ids.get('mentors') ?? [])];
    if (op.method === 'GET' && ref === 'colleagues') {
      // The route answers for a colleague who offers: E's slots are the team's, and never say who booked one.
      for (const who of [bee, dee]) {
        const answer = await team.call(who, 'GET', pathWith(eve.id));
        const text = await answer.text();
        expect(answer.status, text).toBe(200);
        expect(leaksOf(text, a, { texts: a.texts }), text).toEqual([]);
      }
    } else if (op.method === 'GET') {
      // The ids are real: one of the two reads each by the same route.
      for (const value of values) {
        const statuses = await Promise.all([ada, eve].map(async (who) => (await team.call(who, 'GET', pathWith(value))).status));
        expect(statuses, `GET ${pathWith(value)} as A and E`).toContain(200);
      }
    }
    for (const who of [bee, dee]) {
      const nobodys = (await (await team.call(who, op.method, pathWith(NOBODYS), bodyOf(op))).text()).replaceAll(NOBODYS, '<id>');
      for (const value of values) {
        const path = pathWith(value);
        const answer = await team.call(who, op.method, path, bodyOf(op));
        const text = await answer.text();
        const why = `${op.method} ${path} as ${who.email}: ${text}`;
        expect(answer.status, why).toBe(404);
        expect((JSON.parse(text) as { error: { code: string; message: string } }).error.message, why).toContain(value);
        expect(text.replaceAll(value, '<id>'), why).toBe(nobodys);
        expect(leaksOf(text, a, { sent: [value], texts: who === bee ? a.texts : [MARK] }), why).toEqual([]);
      }
    }
  });

  it.each(feedRoutes)('$method $path answers 404 to everyone, A included, for each of A’s ids', async (op) => {
    for (const value of a.allIds) {
      for (const who of [ada, bee, dee]) {
        const answer = await team.call(who, op.method, fillPath(op.path, { file: `${value}.ics` }));
        expect(answer.status, `${op.method} ${op.path} ${value} as ${who.email}`).toBe(404);
        expect(leaksOf(await answer.text(), a, { sent: [value], texts: a.texts }), value).toEqual([]);
      }
    }
  });

  it.each(colleagueRefs)('$method $path with A’s ids as $field answers 404 to D, as for an id nobody has', async (op) => {
    const attempt = async (id: string) => {
      const answer = await team.call(dee, op.method, op.path, { ...jsonOf(op), [op.field]: id });
      return { status: answer.status, text: await answer.text() };
    };
    const nobodys = (await attempt(NOBODYS)).text.replaceAll(NOBODYS, '<id>');
    for (const value of [ada.id, bee.id, ...pair.ids, ...(a.ids.get('mentors') ?? [])]) {
      const { status, text } = await attempt(value);
      const why = `${op.method} ${op.path} ${op.field}=${value}: ${text}`;
      expect(status, why).toBe(404);
      expect(text, why).toContain(value);
      expect(text.replaceAll(value, '<id>'), why).toBe(nobodys);
      expect(leaksOf(text, a, { sent: [value], texts: [MARK] }), why).toEqual([]);
    }
  });

  it.each(bodyRefs)('$method $path with A’s $field answers 404 to D, as for an id nobody has', async (op) => {
    const entity = entityOfField(op.field);
    if (!entity) throw new Error(`unreachable: ${op.field}`);
    const foreign = a.ids.get(entity)?.[0] as string;
    const own = (name: string) => d.ids.get(name as never)?.[0] as string;
    const pathEntity = entityOfPath(op.path);
    const path = fillPath(op.path, Object.fromEntries(op.params.map((p) => [p, pathEntity ? own(pathEntity) : ''])));
    const attempt = async (id: string) => {
      const body = jsonOf(op);
      // D's own records wherever the body needs one, so that the id tried is the only one refused.
      for (const field of op.json?.required ?? []) {
        const target = entityOfField(field);
        if (target && field !== op.field) body[field] = field.endsWith('Ids') ? [own(target)] : own(target);
        // A colleague who offers to mentor wherever the body names one.
        if (isColleagueField(op.path, field)) body[field] = eve.id;
      }
      // A list holds the id after as many of D's own as it needs (merging advice takes two).
      const before = Math.max(0, (op.json?.properties?.[op.field]?.minItems ?? 1) - 1);
      body[op.field] = op.field.endsWith('Ids') ? [...Array.from({ length: before }, () => own(entity)), id] : id;
      const answer = await team.call(dee, op.method, path, body);
      return { body, status: answer.status, text: await answer.text() };
    };
    const nobodys = await attempt(NOBODYS);
    const { body, status, text } = await attempt(foreign);
    const why = `${op.method} ${path} ${JSON.stringify(body)}: ${text}`;
    expect(status, why).toBe(404);
    expect(text, why).toContain(foreign);
    expect(text.replaceAll(foreign, '<id>'), why).toBe(nobodys.text.replaceAll(NOBODYS, '<id>'));
    expect(leaksOf(text, a, { sent: [foreign], texts: [MARK] }), why).toEqual([]);
  });

  it.each(reads)('GET $path shows B what an empty workspace sees, and D nothing of A’s', async (op) => {
    const queries: Array<Record<string, string>> = [{}];
    for (const { name } of op.query) {
      const entity = entityOfField(name);
      if (entity) queries.push({ [name]: a.ids.get(entity)?.[0] as string });
      if (name === 'q') queries.push({ q: MARK }, { q: 'pricing experiment' });
    }
    for (const query of queries) {
      const path = `${op.path}${Object.keys(query).length > 0 ? `?${new URLSearchParams(query)}` : ''}`;
      const [b, c, dd] = await Promise.all(
        [bee, cee, dee].map(async (who) => {
          const answer = await team.call(who, 'GET', path);
          return { status: answer.status, text: await answer.text() };
        }),
      );
      if (!b || !c || !dd) throw new Error('unreachable');
      const why = `GET ${path}: ${b.text.slice(0, 500)}`;
      expect(b.status, why).toBe(c.status);
      expect(normalised(b.text, bee), why).toBe(normalised(c.text, cee));
      expect(leaksOf(b.text, a, { sent: Object.values(query), texts: a.texts }), why).toEqual([]);
      expect(leaksOf(dd.text, a, { sent: Object.values(query), texts: [MARK] }), why).toEqual([]);
    }
  });

  it.each(entityRoutes.flatMap((op) => entityNames.map((entity) => ({ ...op, entity }))))(
    '$method $path of $entity shows B what an empty workspace sees, and D nothing of A’s',
    async (op) => {
      const path = fillPath(op.path, { entity: op.entity });
      const [b, c, dd] = await Promise.all([bee, cee, dee].map(async (who) => (await team.call(who, op.method, path)).text()));
      expect(normalised(b as string, bee), path).toBe(normalised(c as string, cee));
      expect(leaksOf(b as string, a, { texts: a.texts }), path).toEqual([]);
      expect(leaksOf(dd as string, a, { texts: [MARK] }), path).toEqual([]);
    },
  );

  it('keeps A and E’s conversation, messages and booking from every other member in the store itself', async () => {
    await expectPairKept(team, pair, {
      mentee: ada,
      mentor: eve,
      others: [bee, dee],
      leaks: (text) => leaksOf(text, a, { texts: a.texts }),
    });
    expect((await team.store.workspace(eve.id).mentoring.ownOffer())?.officeHours).toEqual(sweepOffer.officeHours);
  });

  it('refuses B a restore of A’s backup (its ids are taken), showing nothing of A’s', async () => {
    const answer = await team.call(bee, 'POST', '/api/restore', JSON.parse(a.backup));
    const text = await answer.text();
    expect(answer.status, text).toBe(409);
    expect(leaksOf(text, a, { texts: a.texts }), text).toEqual([]);
    expect(((await (await team.call(bee, 'GET', '/api/me')).json()) as { name: string }).name).toBe('member-b');
  });

  it('left A’s and D’s workspaces exactly as they were, and B’s empty; D’s account goes with none of A’s records', async () => {
    expect((await readRecords(team, ada)).backup).toBe(a.backup);
    expect((await readRecords(team, dee)).backup).toBe(d.backup);
    expect((await readRecords(team, bee)).allIds).toEqual([bee.id]);
    // The loop's kept plan of D's mentors goes with the account too, not only the records.
    const planRows = async () => {
      let rows = 0;
      for (const table of ['loopPlan', 'loopStale', 'loopPlanVersion'] as const) {
        rows += (await team.store.db.selectFrom(table).select('userId').where('userId', '=', dee.id).execute()).length;
      }
      return rows;
    };
    await team.call(dee, 'GET', '/api/next-actions');
    expect(await planRows()).toBeGreaterThan(0);
    expect((await team.call(dee, 'DELETE', '/api/account', { confirmEmail: dee.email })).status).toBe(200);
    expect((await team.call(dee, 'GET', '/api/backup')).status).toBe(401);
    expect(await planRows()).toBe(0);
    expect((await readRecords(team, ada)).backup).toBe(a.backup);
  });
});
