import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { canonicalQuestions } from '../analysis/data/questions.js';
import { strengths } from '../analysis/data/strengths.js';
import { protocolError } from './errors.js';
import { frameworkSummary } from './framework.js';
import type { McpSession } from './session.js';
import { workspaceSummary } from './workspace-summary.js';

/** One resource: its address, what it is, and how to read it now. */
interface ResourceSpec {
  name: string;
  uri: string;
  title: string;
  description: string;
  mimeType: 'text/markdown' | 'application/json';
  read(session: McpSession): Promise<string> | string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** The framework, the two catalogues and the workspace at a glance. */
export const resources: readonly ResourceSpec[] = [
  {
    name: 'framework',
    uri: 'understudy://framework',
    title: 'The Understudy framework',
    description: 'The mentorship loop, its timings and rules, and which tool checks each step.',
    mimeType: 'text/markdown',
    read: () => frameworkSummary,
  },
  {
    name: 'questions-catalogue',
    uri: 'understudy://catalog/questions',
    title: 'Questions product documents answer',
    description: 'The canonical questions of the Artifact method (id, question, the headings that name it).',
    mimeType: 'application/json',
    read: () => json(canonicalQuestions.map((q) => ({ id: q.id, question: q.question, aliases: q.aliases }))),
  },
  {
    name: 'strengths-catalogue',
    uri: 'understudy://catalog/strengths',
    title: 'Strengths and their shadow sides',
    description: 'Each strength, how it shows when overdone (its shadow) and the counter-behaviour.',
    mimeType: 'application/json',
    read: () => json(strengths.map((s) => ({ id: s.id, strength: s.strength, shadow: s.shadow, counter: s.counter }))),
  },
  {
    name: 'workspace-summary',
    uri: 'understudy://workspace/summary',
    title: 'Your workspace at a glance',
    description:
      'Outcomes with their latest check-in, skill gaps, mentors and their stages, what is due this week, and the pitfalls found.',
    mimeType: 'application/json',
    read: async (session) => json(await workspaceSummary(session)),
  },
];

/** Registers the resources; a failure to read one is a protocol error through `protocolError`. */
export function registerResources(server: McpServer, session: McpSession): void {
  for (const r of resources) {
    server.registerResource(r.name, r.uri, { title: r.title, description: r.description, mimeType: r.mimeType }, async (uri) => {
      try {
        return { contents: [{ uri: uri.href, mimeType: r.mimeType, text: await r.read(session) }] };
      } catch (error) {
        throw protocolError(error, session.debug);
      }
    });
  }
}
