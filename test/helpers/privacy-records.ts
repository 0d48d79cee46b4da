import { expect } from 'vitest';
import { type EntityName, entityNames } from '../../src/core/records/schemas.js';
import type { TeamTestApp, TestMember } from './team-app.js';

/** A word only the owner's records hold (see `markedRecords`), to search for. */
export const MARK = 'Quokkaville';

/** The name of the owner's own template. */
export const MARK_TEMPLATE = `${MARK} experiment template`;

/** What a member's workspace holds, as the privacy sweeps look for it in other members' answers. */
export interface MemberRecords {
  /** Their record ids by entity, from their own backup. */
  ids: Map<EntityName, string[]>;
  /** Every record id, with their account id. */
  allIds: string[];
  /** Lines of their records' texts (20 characters or more), as an answer would quote them. */
  texts: string[];
  /** Their backup as it was read. */
  backup: string;
}

const notText = new Set(['id', 'userId', 'createdAt', 'updatedAt', 'contentHash']);

/** Reads `who`'s whole workspace through `GET /api/backup`. */
export async function readRecords(team: TeamTestApp, who: TestMember): Promise<MemberRecords> {
  const answer = await team.call(who, 'GET', '/api/backup');
  expect(answer.status).toBe(200);
  const backup = await answer.text();
  const doc = JSON.parse(backup) as { entities: Record<EntityName, Array<Record<string, unknown>>> };
  const ids = new Map<EntityName, string[]>();
  const texts = new Set<string>();
  for (const name of entityNames) {
    const rows = doc.entities[name];
    ids.set(
      name,
      rows.map((row) => String(row.id)),
    );
    for (const row of rows) {
      for (const [field, value] of Object.entries(row)) {
        if (typeof value !== 'string' || notText.has(field) || /Id$/.test(field)) continue;
        for (const line of value.split('\n')) {
          const text = line.trim();
          // Quotes and backslashes are escaped differently by JSON and CSV: such lines are left out.
          if (text.length >= 20 && !/["\\]/.test(text)) texts.add(text);
        }
      }
    }
  }
  return { ids, allIds: [who.id, ...[...ids.values()].flat()], texts: [...texts], backup };
}

/**
 * What of `owner`'s records an answer shows: their ids and, with `texts`, the lines of their
 * records, except what the request itself sent (an error may name it back). Empty when none.
 */
export function leaksOf(body: string, owner: MemberRecords, options: { sent?: readonly string[]; texts?: readonly string[] }): string[] {
  const sent = new Set(options.sent ?? []);
  const ids = owner.allIds.filter((id) => !sent.has(id) && body.includes(id)).map((id) => `id ${id}`);
  const texts = (options.texts ?? [])
    .filter((text) => body.includes(text) && ![...sent].some((value) => value.includes(text)))
    .map((text) => `text "${text}"`);
  return [...ids, ...texts];
}

/** An answer with what varies between two members who hold nothing (account id, name, moments) made alike. */
export function normalised(body: string, who: TestMember): string {
  return body
    .replaceAll(who.id, '<member>')
    .replaceAll(who.email, '<email>')
    .replaceAll(who.email.split('@')[0] ?? who.email, '<name>')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<moment>')
    .replace(/\d{8}T\d{6}Z/g, '<moment>');
}

/** Records that only `ada` holds: an outcome, a mentor, a library document and a template, each named with `MARK`. */
export async function markedRecords(team: TeamTestApp, ada: TestMember): Promise<void> {
  const created = async (method: string, path: string, body: unknown) => {
    const answer = await team.call(ada, method, path, body);
    expect(answer.status, `${method} ${path}: ${await answer.clone().text()}`).toBeLessThan(300);
    return (await answer.json()) as unknown;
  };
  await created('POST', '/api/outcomes', { statement: `Raise ${MARK} activation from 20% to 30% by March`, status: 'active' });
  await created('POST', '/api/mentors', { name: `Priya of ${MARK}`, notes: `Met at the ${MARK} product meetup last spring` });
  const form = new FormData();
  const doc = `# ${MARK} pricing memo\n\n## Problem\nTrials at ${MARK} stall at the paywall for most new teams.\n\n## Goals\nLift paid conversion at ${MARK} from 4% to 6%.\n`;
  form.append('file', new File([doc], 'quokkaville-memo.md', { type: 'text/markdown' }));
  const added = (await created('POST', '/api/library', form)) as Array<{ id: string }>;
  await created('POST', '/api/templates', { name: MARK_TEMPLATE, artifactIds: added.map((i) => i.id) });
}
