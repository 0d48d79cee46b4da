import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { parseInput } from '../records/parse-input.js';
import { type MentorOffer, mentorOfferInput, mentorOfferSchema } from './schemas.js';

/** Team mentoring needs a team: in solo mode there is no one to offer to. */
export function requireTeam(teamMode: boolean): void {
  if (!teamMode) throw new AppError('not_found', 'This server runs in solo mode: mentoring colleagues needs a team server');
}

/**
 * Makes or replaces the acting member's offer to mentor colleagues: skills, tags, evidence,
 * capacity, office hours and backstage requests. A document named as evidence must be one the
 * member shared with the team, so colleagues can read it.
 */
export async function offerToMentor(ctx: Context, options: { input: unknown }): Promise<MentorOffer> {
  const input = parseInput(mentorOfferInput, options.input, 'offer');
  for (const piece of input.evidence) {
    if (!piece.artifactId) continue;
    const document = await ctx.ws.team.getArtifact(piece.artifactId);
    if (!document || document.owner.id !== ctx.ws.userId) {
      throw new AppError(
        'invalid_input',
        `Evidence names a document you have not shared with the team (${piece.artifactId}): share it first`,
        {
          artifactId: piece.artifactId,
        },
      );
    }
  }
  const now = ctx.clock.now();
  const existing = await ctx.ws.mentoring.ownOffer();
  const offer = parseInput(
    mentorOfferSchema,
    { ...input, userId: ctx.ws.userId, createdAt: existing?.createdAt ?? now, updatedAt: now },
    'offer',
  );
  await ctx.ws.mentoring.saveOffer(offer);
  return offer;
}

/** The acting member's offer; `not_found` when they offer nothing. */
export async function getOwnOffer(ctx: Context): Promise<MentorOffer> {
  const offer = await ctx.ws.mentoring.ownOffer();
  if (!offer) throw new AppError('not_found', 'You do not offer to mentor yet');
  return offer;
}

/** Withdraws the acting member's offer: they leave the directory; conversations under way go on. */
export async function withdrawOffer(ctx: Context): Promise<void> {
  if (!(await ctx.ws.mentoring.removeOffer())) throw new AppError('not_found', 'You do not offer to mentor yet');
}
