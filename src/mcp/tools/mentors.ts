import { z } from 'zod';
import { listMentorsWithStages } from '../../core/mentors/list-mentors-with-stages.js';
import { dropUndefined } from '../../core/records/create-record.js';
import { addMentor } from '../../core/relationships/add-mentor.js';
import { getMenteeRecord } from '../../core/relationships/get-mentee-record.js';
import { getMentorHistory } from '../../core/relationships/get-mentor-history.js';
import { moveRelationship } from '../../core/relationships/move-relationship.js';
import { relationshipForMentor } from '../../core/relationships/relationship-for-mentor.js';
import { stages } from '../../core/relationships/schemas.js';
import { dateArg, defineTool, idArg } from '../define-tool.js';
import { core } from '../modules.js';

const labels = (what: string) => z.array(z.string().max(100)).max(100).describe(what);
const score = (what: string) => z.number().int().min(1).max(5).describe(what);

/** Mentors, the relationship with each and its history, and stage moves along the loop. */
export const mentorTools = [
  defineTool({
    name: 'list_mentors',
    title: 'List mentors',
    description: 'List the user’s mentors with their scores, expertise and each relationship’s stage in the loop.',
    kind: 'read',
    input: {},
    run: async (_args, { ctx }) => ({ mentors: await listMentorsWithStages(ctx) }),
  }),
  defineTool({
    name: 'shortlist_mentors',
    title: 'Shortlist mentors for a gap',
    description: 'Rank the user’s mentors for a skill gap by proven excellence, explaining power and fit, with the reasons for each rank.',
    kind: 'read',
    input: {
      gapId: idArg('The skill gap (see list_gaps)'),
      limit: z.number().int().min(1).max(100).optional().describe('How many mentors (default 10)'),
    },
    run: async ({ gapId, limit }, { ctx }) => ({
      shortlist: await (await core.shortlistMentors()).shortlistMentors(ctx, { gapId, limit }),
    }),
  }),
  defineTool({
    name: 'relationship_history',
    title: 'A mentor’s history',
    description:
      'Everything about one mentor: evidence, give-backs, and for each relationship its stages, messages, advice, meetings and the user’s record as a mentee (open loops, whether to escalate).',
    kind: 'read',
    input: { mentorId: idArg('The mentor (see list_mentors)') },
    run: async ({ mentorId }, { ctx }) => {
      const history = await getMentorHistory(ctx, { mentorId });
      const relationships = [];
      for (const r of history.relationships) {
        const { relationship: _same, advice: _sameAdvice, ...record } = await getMenteeRecord(ctx, { relationshipId: r.relationship.id });
        relationships.push({ ...r, menteeRecord: record });
      }
      return { ...history, relationships };
    },
  }),
  defineTool({
    name: 'add_mentor',
    title: 'Add a mentor',
    description:
      'Add someone excellent at a skill who can explain how they do it; opens the relationship at stage prospect, tied to a skill gap and outcome when given.',
    kind: 'write',
    input: {
      name: z.string().max(200).describe('Their name'),
      title: z.string().max(300).optional().describe('Their role'),
      company: z.string().max(300).optional(),
      expertise: labels('Skills they are excellent at, e.g. ["pricing", "experimentation"]').optional(),
      whereFound: z.string().max(1_000).optional().describe('Where the user found them: a talk, post, podcast…'),
      email: z.string().max(320).optional(),
      profileUrl: z.string().max(2_000).optional(),
      personalInterests: labels('Their personal interests, so the relationship is not transactional').optional(),
      excellenceScore: score('Proven excellence at this skill, 1–5').optional(),
      explainingScore: score('Explaining power (can say how they do it), 1–5').optional(),
      notes: z.string().max(20_000).optional(),
      gapId: idArg('The skill gap they can help with').optional(),
      outcomeId: idArg('The outcome the relationship serves').optional(),
    },
    run: ({ gapId, outcomeId, ...input }, { ctx }) => addMentor(ctx, { input: dropUndefined(input), gapId, outcomeId }),
  }),
  defineTool({
    name: 'move_stage',
    title: 'Move a relationship’s stage',
    description:
      'Move the relationship with a mentor to another stage of the loop (prospect → asked → replied → applied → circled-back → escalated → office-hours, or dormant/declined); illegal moves are refused.',
    kind: 'write',
    input: {
      mentorId: idArg('The mentor'),
      stage: z.enum(stages).describe('The stage to move to'),
      gapId: idArg('Which relationship, when the mentor has several (one per skill gap)').optional(),
      date: dateArg('Date of the move, YYYY-MM-DD (default today)').optional(),
      note: z.string().max(5_000).optional().describe('Why'),
    },
    run: async ({ mentorId, stage, gapId, date, note }, { ctx }) => {
      const rel = await relationshipForMentor(ctx, { mentorId, gapId });
      return { relationship: await moveRelationship(ctx, { relationshipId: rel.id, to: stage, date, note }) };
    },
  }),
];
