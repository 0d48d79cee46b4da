import { expect, it } from 'vitest';
import { userSchema } from '../users/schemas.js';
import { entityDef } from './entities.js';
import { fieldLabel, fieldLabels } from './field-labels.js';
import { entityNames } from './schemas.js';

it('gives every field of every record a label', () => {
  const fields = new Set(Object.keys(userSchema.shape));
  for (const name of entityNames) {
    const schema = entityDef(name).schema as unknown as { shape: Record<string, unknown> };
    for (const field of Object.keys(schema.shape)) fields.add(field);
  }
  expect([...fields].filter((f) => !Object.hasOwn(fieldLabels, f))).toEqual([]);
});

it('labels a path, with the item of a list', () => {
  expect(fieldLabel(['excellenceScore'])).toBe('Proven Excellence');
  expect(fieldLabel(['expertise', 2])).toBe('Expertise (item 3)');
  expect(fieldLabel(['somethingNew'])).toBe('somethingNew');
  expect(fieldLabel([])).toBe('');
});
