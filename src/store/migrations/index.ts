import type { Migration } from 'kysely';
import * as initial from './20261128000000-initial.js';
import * as artifactSearch from './20261128120000-artifact-search.js';
import * as loopPlan from './20261128150000-loop-plan.js';
import * as outcomeGoalFields from './20261129000000-outcome-goal-fields.js';
import * as artifactContentHash from './20261129010000-artifact-content-hash.js';
import * as feedbackMentor from './20261130000000-feedback-mentor.js';
import * as adviceLoopFields from './20261207000000-advice-loop-fields.js';
import * as teamAccounts from './20261208000000-team-accounts.js';
import * as sharedItems from './20261209000000-shared-items.js';
import * as loopPlanMirror from './20261209010000-loop-plan-mirror.js';
import * as teamMentoring from './20261210000000-team-mentoring.js';
import * as mailSettings from './20261210010000-mail-settings.js';

/**
 * Every migration, by name. Names are timestamps, so their order is the order they run in;
 * a landed migration is never edited, only followed by a new one.
 */
export const migrations: Readonly<Record<string, Migration>> = {
  '20261128000000-initial': initial,
  '20261128120000-artifact-search': artifactSearch,
  '20261128150000-loop-plan': loopPlan,
  '20261129000000-outcome-goal-fields': outcomeGoalFields,
  '20261129010000-artifact-content-hash': artifactContentHash,
  '20261130000000-feedback-mentor': feedbackMentor,
  '20261207000000-advice-loop-fields': adviceLoopFields,
  '20261208000000-team-accounts': teamAccounts,
  '20261209000000-shared-items': sharedItems,
  '20261209010000-loop-plan-mirror': loopPlanMirror,
  '20261210000000-team-mentoring': teamMentoring,
  '20261210010000-mail-settings': mailSettings,
};
