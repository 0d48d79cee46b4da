/*
 * Keeps the rules, their tests and their doc pages in step: every rule of every check has a
 * `<rule-id>.test.ts` beside its module and a page `docs/rules/<check>/<rule-id>.md` whose
 * title names its id, check and severity; no page describes a rule that does not exist; and no
 * rule id is used by two checks (or two stages of the ask check) unless SPEC §1.5 does so.
 * Run in CI (`npm run lint`); exits 1 with the list of what is out of step.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { askRules } from '../src/analysis/checks/ask/check-ask.js';
import { feedbackReplyRules } from '../src/analysis/checks/feedback-reply/feedback-reply-rules.js';
import { feedbackRequestRules } from '../src/analysis/checks/feedback-request/feedback-request-rules.js';
import { goalRules } from '../src/analysis/checks/goal/goal-rules.js';
import type { Rule } from '../src/analysis/engine/types.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const problems: string[] = [];

/** The ask rules that run at every stage; they live once, in `rules/every-stage/`. */
const everyStage: readonly string[] = readdirSync(join(root, 'src/analysis/checks/ask/rules/every-stage'))
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
for (const stage of ['first-contact', 'follow-up', 'circle-back', 'escalation'] as const) {
  for (const id of everyStage)
    if (!askRules[stage].some((r) => r.id === id)) problems.push(`rules/every-stage/${id}.ts: not run at stage ${stage}`);
}

/** Each rule set: the check and stage it belongs to, where its modules and pages live. */
const sets: Array<{ check: string; rules: readonly Rule<never>[]; code: string; docs: string }> = [
  ...(['first-contact', 'follow-up', 'circle-back', 'escalation'] as const).map((stage) => ({
    check: 'ask',
    rules: (askRules[stage] as readonly Rule<never>[]).filter((r) => !everyStage.includes(r.id)),
    code: `src/analysis/checks/ask/rules/${stage}`,
    docs: `docs/rules/ask/${stage}`,
  })),
  {
    check: 'ask',
    rules: askRules['first-contact'].filter((r) => everyStage.includes(r.id)) as readonly Rule<never>[],
    code: 'src/analysis/checks/ask/rules/every-stage',
    docs: 'docs/rules/ask/every-stage',
  },
  { check: 'goal', rules: goalRules as readonly Rule<never>[], code: 'src/analysis/checks/goal/rules', docs: 'docs/rules/goal' },
  {
    check: 'feedback-request',
    rules: feedbackRequestRules as readonly Rule<never>[],
    code: 'src/analysis/checks/feedback-request/rules',
    docs: 'docs/rules/feedback-request',
  },
  {
    check: 'feedback-reply',
    rules: feedbackReplyRules as readonly Rule<never>[],
    code: 'src/analysis/checks/feedback-reply/rules',
    docs: 'docs/rules/feedback-reply',
  },
];

/** Pages of the classifiers, which have no rules of their own. */
const classifierPages = ['docs/rules/skill/classification.md', 'docs/rules/shadow/shadow-side.md', 'docs/rules/advice/advice-capture.md'];

for (const set of sets) {
  const ids = set.rules.map((r) => r.id);
  if ([...ids].sort().join() !== ids.join()) problems.push(`${set.code}: the registry is not sorted by id (${ids.join(', ')})`);
  for (const rule of set.rules) {
    if (!existsSync(join(root, set.code, `${rule.id}.ts`)))
      problems.push(`${set.code}/${rule.id}.ts: no module named after rule ${rule.id}`);
    if (!existsSync(join(root, set.code, `${rule.id}.test.ts`)))
      problems.push(`${set.code}/${rule.id}.test.ts: rule ${rule.id} has no test`);
    const page = join(root, set.docs, `${rule.id}.md`);
    if (!existsSync(page)) {
      problems.push(`${set.docs}/${rule.id}.md: rule ${rule.id} has no doc page`);
      continue;
    }
    const title = readFileSync(page, 'utf8').split('\n')[0] ?? '';
    const expected = `# ${rule.id} (${set.check} · ${rule.severity})`;
    if (title.trim() !== expected) problems.push(`${relative(root, page)}: title should be "${expected}", is "${title}"`);
  }
  const dir = join(root, set.docs);
  if (existsSync(dir)) {
    for (const file of readdirSync(dir)) {
      if (!statSync(join(dir, file)).isFile()) continue;
      if (!ids.includes(file.replace(/\.md$/, '')))
        problems.push(`${set.docs}/${file}: no rule ${file.replace(/\.md$/, '')} in ${set.check}`);
    }
  }
}
for (const page of classifierPages) if (!existsSync(join(root, page))) problems.push(`${page}: missing`);

/**
 * The rule ids SPEC §1.5 gives to more than one check or stage, and where: these repeats are
 * meant, every other repeat is a mistake. The SPEC is not kept in this repository, so its
 * repeats are copied here; change this list only with the SPEC.
 */
const repeatedBySpec: Readonly<Record<string, readonly string[]>> = {
  'vague-question': ['ask/first-contact', 'ask/escalation'],
  'too-long': ['ask/first-contact', 'ask/follow-up'],
  gratitude: ['ask/circle-back', 'feedback-reply'],
};
const placesOf = new Map<string, string[]>();
for (const set of sets) {
  const place = set.docs.replace(/^docs\/rules\//, '');
  for (const rule of set.rules) placesOf.set(rule.id, [...(placesOf.get(rule.id) ?? []), place]);
}
for (const [id, places] of placesOf) {
  if (places.length < 2) continue;
  const allowed = repeatedBySpec[id] ?? [];
  if ([...places].sort().join() !== [...allowed].sort().join())
    problems.push(
      `rule ${id} is used in ${places.join(', ')}; SPEC §1.5 repeats ${allowed.length > 0 ? `it only in ${allowed.join(', ')}` : 'no such id'}`,
    );
}

if (problems.length > 0) {
  process.stderr.write(`Rules, tests and docs are out of step:\n${problems.map((p) => `- ${p}`).join('\n')}\n`);
  process.exit(1);
}
const count = sets.reduce((n, s) => n + s.rules.length, 0);
process.stdout.write(`Rule docs in step: ${count} rules, each with a test and a page.\n`);
