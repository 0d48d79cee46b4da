import { beforeAll, describe, expect, it } from 'vitest';
import { openTestWorkspace } from '../../../test/helpers/workspace.js';
import { isAppError } from '../errors.js';
import { backupWorkspace, serializeBackup } from './backup-workspace.js';
import { loadDemo } from './load-demo.js';
import { validateBackup } from './validate-backup.js';

type Row = Record<string, unknown>;
type Doc = { user: Row; entities: Record<string, Row[]> };

/** Row `index` of `entity` in a parsed backup (the test fails when there is none). */
function row(doc: Doc, entity: string, index = 0): Row {
  const found = doc.entities[entity]?.[index];
  if (!found) throw new Error(`no ${entity}[${index}] in the backup`);
  return found;
}

/** Each way a backup can be wrong, what is changed, and the message that must name it. */
const corruptions: Array<[string, (doc: Doc) => void, RegExp]> = [
  [
    'a timestamp that is not one',
    (doc) => {
      row(doc, 'mentors', 1).createdAt = 'not a date';
    },
    /^Invalid backup \(mentors\[1\], row [\w-]+, field createdAt\): "not a date" must be a timestamp written like 2026-11-28T09:30:00\.000Z$/,
  ],
  [
    "the user's timestamp",
    (doc) => {
      doc.user.updatedAt = 'yesterday';
    },
    /^Invalid backup \(user, field updatedAt\): "yesterday" must be a timestamp/,
  ],
  [
    'a timestamp with a time zone offset',
    (doc) => {
      row(doc, 'outcomes').updatedAt = '2026-11-28T10:00:00+01:00';
    },
    /\(outcomes\[0\], row [\w-]+, field updatedAt\): "2026-11-28T10:00:00\+01:00" must be a timestamp/,
  ],
  [
    'a date that is not on the calendar',
    (doc) => {
      row(doc, 'checkins', 2).date = '2026-02-30';
    },
    /\(checkins\[2\], row [\w-]+, field date\): "2026-02-30" must be a date written YYYY-MM-DD/,
  ],
  [
    'a value outside its enum',
    (doc) => {
      row(doc, 'messages').kind = 'gossip';
    },
    /\(messages\[0\], row [\w-]+, field kind\): "gossip" must be one of ask, follow-up/,
  ],
  [
    'a number of the wrong type',
    (doc) => {
      row(doc, 'checkins').confidence = 'very';
    },
    /\(checkins\[0\], row [\w-]+, field confidence\): "very" must be a number/,
  ],
  [
    'a check result that is not one',
    (doc) => {
      row(doc, 'messages').checkResult = 'great';
    },
    /\(messages\[0\], row [\w-]+, field checkResult\): "great" must be an object/,
  ],
  [
    "a check result's finding of an unknown severity",
    (doc) => {
      // Every message of the demo passes its check, so the finding is added whole.
      const result = row(doc, 'messages', 3).checkResult as { findings: Row[] };
      result.findings[0] = { rule: 'too-long', severity: 'fatal', message: 'Too long.', start: 0, end: 1 };
    },
    /\(messages\[3\], row [\w-]+, field checkResult\.findings\.0\.severity\): "fatal" must be one of error, warning, info/,
  ],
  [
    'a list kept as JSON that is not a list',
    (doc) => {
      row(doc, 'mentors').expertise = 'pricing';
    },
    /\(mentors\[0\], row [\w-]+, field expertise\): "pricing" must be a list/,
  ],
  [
    'a lone surrogate in a name',
    (doc) => {
      row(doc, 'mentors').name = 'Ana \uD800';
    },
    /\(mentors\[0\], row [\w-]+, field name\): cannot contain a lone surrogate \(U\+D800\)/,
  ],
  [
    'a NUL character in a note',
    (doc) => {
      row(doc, 'transitions', 2).note = 'a\u0000b';
    },
    /\(transitions\[2\], row [\w-]+, field note\): cannot contain the NUL character/,
  ],
  [
    'a relationship whose mentor is missing',
    (doc) => {
      row(doc, 'relationships').mentorId = 'gone';
    },
    /\(relationships\[0\], row [\w-]+, field mentorId\): points to mentor gone, which is not in the backup/,
  ],
  [
    'advice whose relationship is missing',
    (doc) => {
      row(doc, 'advice').relationshipId = 'nope';
    },
    /\(advice\[0\], row [\w-]+, field relationshipId\): points to relationship nope, which is not in the backup/,
  ],
  [
    'a stage its history does not reach',
    (doc) => {
      row(doc, 'relationships').stage = 'declined';
    },
    /\(relationships\[0\], row [\w-]+, field stage\): "declined" does not match its stage history, whose last move \([\w-]+, on 2026-11-21\) ends at "office-hours"/,
  ],
  [
    'a stage date other than its last move',
    (doc) => {
      row(doc, 'relationships').stageSince = '2026-11-20';
    },
    /\(relationships\[0\], row [\w-]+, field stageSince\): "2026-11-20" does not match the date of its last stage move/,
  ],
  [
    'a stage history with a move missing',
    (doc) => {
      doc.entities.transitions?.splice(3, 1);
    },
    /\(transitions\[3\], row [\w-]+, field fromStage\): "applied" does not follow the relationship's history: the move before it \([\w-]+, on 2026-10-13\) ended at "replied"/,
  ],
  [
    'a first move from somewhere',
    (doc) => {
      row(doc, 'transitions').fromStage = 'declined';
    },
    /\(transitions\[0\], row [\w-]+, field fromStage\): "declined" does not follow .*it is the first move of relationship [\w-]+, so it must start from null/,
  ],
  [
    'a relationship without any stage move',
    (doc) => {
      if (doc.entities.transitions) doc.entities.transitions = [];
    },
    /\(relationships\[0\], row [\w-]+, field stage\): has no stage history/,
  ],
  [
    'a row that is not an object',
    (doc) => {
      doc.entities.gaps?.push([] as unknown as Row);
    },
    /\(gaps\[2\]\): not an object/,
  ],
  [
    'a row with an unknown field',
    (doc) => {
      row(doc, 'mentors').salary = 1;
    },
    /\(mentors\[0\], row [\w-]+, field salary\): is not a known field/,
  ],
  [
    'a row with a missing field',
    (doc) => {
      delete row(doc, 'messages').checkResult;
    },
    /\(messages\[0\], row [\w-]+, field checkResult\): missing/,
  ],
  [
    'a row of another user',
    (doc) => {
      row(doc, 'outcomes').userId = 'someone-else';
    },
    /\(outcomes\[0\], row [\w-]+, field userId\): belongs to another user/,
  ],
  [
    'a duplicated id',
    (doc) => {
      doc.entities.outcomes?.push({ ...row(doc, 'outcomes') });
    },
    /\(outcomes\[2\], row [\w-]+, field id\): appears twice/,
  ],
  [
    'a derived field out of step',
    (doc) => {
      const gap = row(doc, 'gaps');
      gap.category = gap.category === 'iq' ? 'eq' : 'iq';
    },
    /\(gaps\[0\], row [\w-]+, field category\): "(iq|eq)" must be "(iq|eq)" to match the other fields/,
  ],
];

describe('validateBackup', () => {
  let good: string;
  beforeAll(async () => {
    const source = await openTestWorkspace(':memory:');
    try {
      await loadDemo(source.ctx);
      good = serializeBackup(await backupWorkspace(source.ctx));
    } finally {
      await source.close();
    }
  });

  it('accepts the backup of a real workspace, as text or parsed', () => {
    // Maya's seven stages, and Sam's three (prospect, asked, replied).
    expect(validateBackup(good).entities.transitions).toHaveLength(10);
    expect(serializeBackup(validateBackup(JSON.parse(good)))).toBe(good);
  });

  it.each(corruptions)('refuses %s, naming the record, the field and the value', (_name, corrupt, message) => {
    const doc = JSON.parse(good) as Doc;
    corrupt(doc);
    // Through JSON text, as a file or a request body brings it (a lone surrogate survives as \ud800).
    const error = (() => {
      try {
        validateBackup(JSON.stringify(doc));
      } catch (e) {
        return e;
      }
      return null;
    })();
    expect(isAppError(error) && error.code).toBe('invalid_input');
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toMatch(/\n/);
  });

  it('keeps what the message names in the details, for programs', () => {
    const doc = JSON.parse(good) as Doc;
    row(doc, 'mentors', 1).createdAt = 'not a date';
    try {
      validateBackup(doc);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error) && error.details).toMatchObject({
        entity: 'mentors',
        index: 1,
        id: row(doc, 'mentors', 1).id,
        field: 'createdAt',
      });
    }
  });

  it('cuts a long bad value short in the message', () => {
    const doc = JSON.parse(good) as Doc;
    row(doc, 'checkins').confidence = 'x'.repeat(10_000);
    expect(() => validateBackup(doc)).toThrow(/field confidence\): "x{58}… must be a number$/);
  });

  it('reads moves made on the same day in the order they were written', () => {
    const doc = JSON.parse(good) as Doc;
    for (const move of doc.entities.transitions ?? []) move.date = '2026-11-21';
    for (const relationship of doc.entities.relationships ?? []) relationship.stageSince = '2026-11-21';
    doc.entities.transitions?.reverse();
    expect(validateBackup(doc).entities.relationships[0]?.stage).toBe('office-hours');
  });
});
