import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'zod';
import { getMenteeRecord } from '../core/relationships/get-mentee-record.js';
import { getMentorHistory, type MentorHistory } from '../core/relationships/get-mentor-history.js';
import { relationshipForMentor } from '../core/relationships/relationship-for-mentor.js';
import type { Stage } from '../core/relationships/schemas.js';
import { protocolError } from './errors.js';
import { frameworkSummary } from './framework.js';
import type { McpSession } from './session.js';
import { workspaceSummary } from './workspace-summary.js';

const situations = {
  'new-domain':
    'I am entering a new domain (Growth, Monetization or another area) and need its craft fast. Most gaps here are IQ, learned in 3–6 months from the documents of people who do it well.',
  leadership:
    'I am moving into leadership (senior or lead PM). What holds people back here is mostly EQ — how I come across, align stakeholders, give feedback — a muscle built over a year or more with feedback from others.',
  stagnant:
    'Things are fine but I am not growing. Help me pick the one outcome that would prove the next level, then the one skill that blocks it.',
} as const;

/** What the next message to a mentor is, by the relationship's stage. */
const nextStep: Record<Stage, string> = {
  prospect: 'a first smallest ask (check_ask stage "first-contact")',
  dormant: 'a fresh smallest ask about something new they made or said (check_ask stage "first-contact")',
  asked: 'no new ask: wait for the reply, and after 10 days send at most one short, guilt-free follow-up (check_ask stage "follow-up")',
  replied: 'no new ask: apply their advice first (apply_advice), then circle back',
  applied: 'no new ask: circle back on the advice applied (the prepare_circle_back prompt)',
  'circled-back':
    'an escalation: about 15 minutes on one specific, nuanced problem, citing the earlier advice and its result (check_ask stage "escalation")',
  escalated: 'office hours: a recurring short slot, if the escalation went well',
  'office-hours': 'keep the agreed office hours; prepare one specific problem for the next slot',
  declined: 'nothing: they declined; thank them and let it be',
};

/** A prompt's text with the data it is about, as one user message. */
const userMessage = (text: string) => ({ messages: [{ role: 'user' as const, content: { type: 'text' as const, text } }] });

/** What the user knows about a mentor's work, to tie an ask to something they made or said. */
function mentorFacts(h: MentorHistory): string {
  const m = h.mentor;
  const lines = [
    `Name: ${m.name}${m.title ? `, ${m.title}` : ''}${m.company ? ` at ${m.company}` : ''}`,
    m.expertise.length ? `Excellent at: ${m.expertise.join(', ')}` : '',
    m.whereFound ? `Where I found them: ${m.whereFound}` : '',
    ...h.evidence.map((e) => `Evidence (${e.criterion}): ${[e.url, e.note].filter(Boolean).join(' — ')}`),
    m.personalInterests.length ? `Personal interests: ${m.personalInterests.join(', ')}` : '',
    h.giveBacks.length ? `What I have given back: ${h.giveBacks.map((g) => g.description).join('; ')}` : '',
    m.notes ? `My notes: ${m.notes}` : '',
  ];
  return lines.filter(Boolean).join('\n');
}

async function draftAsk(session: McpSession, mentorId: string, gapId: string | undefined): Promise<string> {
  const { ctx } = session;
  const history = await getMentorHistory(ctx, { mentorId });
  // The relationship named, or the only one; a mentor without one is still a prospect.
  const chosen = history.relationships.length > 0 ? (await relationshipForMentor(ctx, { mentorId, gapId })).id : null;
  const rel = history.relationships.find((r) => r.relationship.id === chosen);
  const gap = rel?.relationship.gapId ? await ctx.ws.table('gaps').get(rel.relationship.gapId) : undefined;
  const stage = rel?.relationship.stage ?? 'prospect';
  return [
    `Help me draft my smallest ask to ${history.mentor.name}.`,
    '',
    mentorFacts(history),
    gap ? `What I want to get better at: ${gap.statement} (${gap.skill}, ${gap.category.toUpperCase()})` : '',
    rel?.outcome ? `The outcome it serves: ${rel.outcome.statement}` : '',
    `Our relationship is at stage "${stage}", so the next message is ${nextStep[stage]}.`,
    '',
    'The rules of a smallest ask: one specific question they can answer in under two minutes, tied to something specific they made or said (a talk, post, article, podcast, framework or product); no request for mentorship, a call, coffee, their career path, a review, an intro or an ongoing commitment; no apologies or hedging; more about them than about me; under 100 words, in plain words.',
    'If nothing above names a specific piece of their work, ask me for one before drafting.',
    `Then run the check_ask tool on the draft${stage === 'prospect' || stage === 'dormant' ? ' with stage "first-contact"' : ' at the stage above'} and revise until its verdict is pass. Show me the final draft and any warnings left.`,
    'Do not log it for me: I send it myself, then log it with log_message.',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

async function circleBack(session: McpSession, mentorId: string, gapId: string | undefined): Promise<string> {
  const { ctx } = session;
  const rel = await relationshipForMentor(ctx, { mentorId, gapId });
  const [mentor, record] = await Promise.all([ctx.ws.table('mentors').get(mentorId), getMenteeRecord(ctx, { relationshipId: rel.id })]);
  const name = mentor?.name ?? 'my mentor';
  const ready = record.advice.filter((a) => a.appliedOn !== null && a.circledBackOn === null);
  const notApplied = record.advice.filter((a) => a.appliedOn === null);
  const lines = [`Help me prepare my circle-back to ${name}.`, ''];
  if (ready.length === 0) {
    lines.push(
      notApplied.length > 0
        ? `I have not applied any of their advice yet, so there is nothing to circle back on. The advice waiting: ${notApplied.map((a) => `"${a.text}" (id ${a.id})`).join('; ')}. Help me pick one and plan where to apply it; record it with apply_advice.`
        : 'No advice from them is applied and waiting for a circle-back. If they replied, log the reply with log_message and capture its advice with capture_advice first.',
    );
    return lines.join('\n');
  }
  lines.push('The advice I applied and have not circled back on yet:');
  for (const a of ready) {
    lines.push(
      `- id ${a.id}: "${a.text}" — applied ${a.appliedOn} in: ${a.appliedContext ?? '(where not recorded)'}; result: ${a.result ?? 'NOT RECORDED YET'}`,
    );
  }
  if (ready.some((a) => a.result === null)) {
    lines.push(
      '',
      'Some advice has no result yet: ask me what happened (a number, an outcome or a learning) and record it with record_advice_result first.',
    );
  }
  lines.push(
    '',
    'A circle-back holds four specific parts: the advice I applied (name it), where I applied it, the result, and thanks. Placeholders like "your framework" or "my project" count as missing. It makes no new request; end by offering to help them back.',
    'Draft it, run the check_ask tool with stage "circle-back" and revise until its verdict is pass. Show me the final draft.',
    `After I send it, log it with log_message (kind "circle-back", mentorId ${mentorId}, adviceIds [${ready.map((a) => a.id).join(', ')}]).`,
  );
  return lines.join('\n');
}

/** A coaching brief from the workspace as it stands. */
async function coach(session: McpSession, situation: keyof typeof situations | undefined): Promise<string> {
  const summary = await workspaceSummary(session);
  return [
    'Coach me through the Understudy loop, one step at a time.',
    ...(situation ? [situations[situation]] : []),
    '',
    frameworkSummary,
    '## Where I stand now',
    '```json',
    JSON.stringify(summary, null, 2),
    '```',
    '',
    'Start from the first step that is missing or due: a concrete outcome (check it with check_goal), the skill gap that blocks it (classify_skill), a mentor who is excellent at it and can explain how, the smallest ask, applying the advice, the circle-back. Overdue next actions and pitfalls come first. Check every goal and message I write with the matching tool before I use it, and ask me before you write anything to my workspace.',
  ].join('\n');
}

/** A prompt's answer: its text as one user message; errors go through `protocolError`. */
const answerWith =
  <A>(session: McpSession, build: (args: A) => Promise<string>) =>
  async (args: A) => {
    try {
      return userMessage(await build(args));
    } catch (error) {
      throw protocolError(error, session.debug);
    }
  };

const relationshipArgs = {
  mentorId: z.string().describe('The mentor (see list_mentors)'),
  gapId: z.string().optional().describe('Which relationship, when the mentor has several'),
};

/** Registers the three prompts; a prompt about an unknown mentor is a protocol error. */
export function registerPrompts(server: McpServer, session: McpSession): void {
  server.registerPrompt(
    'coach_loop',
    {
      title: 'Coach me through the loop',
      description: 'Start or continue the mentorship loop from where the workspace stands: outcome, gap, mentor, ask, apply, circle back.',
      argsSchema: { situation: z.enum(['new-domain', 'leadership', 'stagnant']).optional().describe('Why I am seeking mentorship now') },
    },
    answerWith(session, ({ situation }) => coach(session, situation)),
  );
  server.registerPrompt(
    'draft_smallest_ask',
    {
      title: 'Draft my smallest ask',
      description: 'Draft the smallest possible ask to a mentor, tied to their work, and check it until it passes.',
      argsSchema: relationshipArgs,
    },
    answerWith(session, ({ mentorId, gapId }) => draftAsk(session, mentorId, gapId)),
  );
  server.registerPrompt(
    'prepare_circle_back',
    {
      title: 'Prepare my circle-back',
      description: 'Prepare the circle-back to a mentor on the advice applied: advice, context, result, thanks — checked until it passes.',
      argsSchema: relationshipArgs,
    },
    answerWith(session, ({ mentorId, gapId }) => circleBack(session, mentorId, gapId)),
  );
}
