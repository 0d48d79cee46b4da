import type { z } from 'zod';
import type { importResultSchema, restoredSchema } from '../../../../src/contracts/portability.js';
import type { entityPaths } from '../../../../src/contracts/records.js';

/** The records the Data page reads and writes, as the API sends them. */

/** One kind of record of the workspace, as the API names it (`actionItems`). */
export type EntityName = keyof typeof entityPaths;

/** What a contact import did, or on a dry run would do. */
export type ImportResult = z.infer<typeof importResultSchema>;

/** How many records of each entity a restore wrote. */
export type Restored = z.infer<typeof restoredSchema>;

/** What `POST /api/demo` answers. */
export interface DemoLoaded {
  outcomes: number;
  mentors: number;
}

/** Career levels, as `/api/me` takes them. */
export type Level = 'junior' | 'mid' | 'senior' | 'lead' | 'executive';

/** The person whose growth the workspace tracks: `GET /api/me`. */
export interface Me {
  id: string;
  name: string;
  role: string | null;
  level: Level | null;
  createdAt: string;
  updatedAt: string;
}

/** The levels as options of a select. */
export const levelOptions: Array<{ value: Level; label: string }> = [
  { value: 'junior', label: 'Junior' },
  { value: 'mid', label: 'Mid-level' },
  { value: 'senior', label: 'Senior' },
  { value: 'lead', label: 'Lead' },
  { value: 'executive', label: 'Executive' },
];

/** Each entity's name in the CSV export list; every entity the API knows is listed. */
export const entityLabels: Record<EntityName, string> = {
  outcomes: 'Outcomes',
  checkins: 'Check-ins',
  gaps: 'Skill gaps',
  mentors: 'Mentors',
  evidence: 'Evidence for mentor scores',
  giveBacks: 'Give-backs',
  relationships: 'Relationships',
  transitions: 'Stage moves',
  messages: 'Messages',
  advice: 'Advice',
  meetings: 'Meetings',
  actionItems: 'Action items',
  artifacts: 'Library documents',
  artifactQuestions: 'Questions of library documents',
  templates: 'Templates',
  templateQuestions: 'Template questions',
  templateSources: 'Template sources',
  feedbackRequests: 'Feedback requests',
  feedback: 'Feedback',
  feedbackReplies: 'Feedback replies',
};

/** An entity's URL segment and file name stem: `actionItems` → `action-items`. */
export function kebab(name: EntityName): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
