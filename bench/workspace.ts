import { spawnSync } from 'node:child_process';

const firstNames = ['Ada', 'Bea', 'Cyrus', 'Dana', 'Eli', 'Farah', 'Goran', 'Hana', 'Ivo', 'Jun'];
const lastNames = ['Achebe', 'Brandt', 'Costa', 'Duarte', 'Eriksen', 'Fujita'];
const skills = ['pricing', 'experimentation', 'roadmapping', 'discovery', 'stakeholder management', 'presenting', 'analytics'];
const companies = ['Northwind', 'Globex', 'Initech', 'Umbrella', 'Hooli'];

/**
 * The mentors the bench adds, the same on every database: realistic sizes, every JSON list
 * filled, so a page of 20 costs what a real one does.
 */
export function benchMentors(count: number): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, i) => {
    const first = firstNames[i % firstNames.length] ?? 'Ada';
    const last = lastNames[Math.floor(i / firstNames.length) % lastNames.length] ?? 'Achebe';
    const slug = `${first}.${last}${i}`.toLowerCase();
    return {
      name: `${first} ${last} ${String(i).padStart(2, '0')}`,
      title: i % 3 === 0 ? 'VP Product' : 'Group Product Manager',
      company: companies[i % companies.length],
      expertise: [skills[i % skills.length], skills[(i + 2) % skills.length]],
      whereFound: `Talk at Product Summit ${2020 + (i % 6)}`,
      email: `${slug}@example.com`,
      profileUrl: `https://example.com/in/${slug}`,
      handles: [`@${slug.replace('.', '_')}`],
      personalInterests: ['climbing', i % 2 === 0 ? 'jazz piano' : 'sourdough'],
      excellenceScore: (i % 5) + 1,
      explainingScore: ((i + 2) % 5) + 1,
      notes: `Met after the session on ${skills[i % skills.length]}; prefers short written asks.`,
    };
  });
}

/** Runs the built CLI once (`node bin/understudy.js ...args`) and throws, with its stderr, on failure. */
export function runCli(options: { bin: string; args: string[]; cwd: string; env: NodeJS.ProcessEnv }): string {
  const result = spawnSync(process.execPath, [options.bin, ...options.args], {
    cwd: options.cwd,
    env: options.env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`understudy ${options.args.join(' ')} failed (${result.signal ?? result.status}):\n${result.stderr.trim()}`);
  }
  return result.stdout;
}

/** Adds `mentors` through the running server's API, so every database is seeded by the same code. */
export async function seedMentors(baseUrl: string, mentors: Record<string, unknown>[]): Promise<void> {
  for (const mentor of mentors) {
    const response = await fetch(new URL('api/mentors', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(mentor),
    });
    if (response.status !== 201) throw new Error(`POST /api/mentors answered ${response.status}: ${await response.text()}`);
  }
}

/** What `GET path` answers, with the body parsed; the sanity check before a load test. */
export async function getJson(baseUrl: string, path: string): Promise<{ status: number; text: string; body: unknown }> {
  const response = await fetch(new URL(path, baseUrl));
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, text, body };
}
