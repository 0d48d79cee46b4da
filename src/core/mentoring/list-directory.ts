import type { Colleague, Context } from '../ports.js';
import { type Capacity, capacityOf, monthStart } from './capacity.js';
import type { MentorOffer, OfferEvidence } from './schemas.js';

/** A piece of an offer's evidence, with the title of the shared document it names (null when it is no longer shared). */
export type DirectoryEvidence = OfferEvidence & { title: string | null };

/** One member who offers to mentor, as the directory shows them. */
export interface DirectoryEntry {
  colleague: Colleague;
  /** True for the reader's own offer. */
  you: boolean;
  offer: Omit<MentorOffer, 'evidence'> & { evidence: DirectoryEvidence[] };
  capacity: Capacity;
}

/** The offers with their capacity this month and their evidence's document titles. */
export async function describeOffers(ctx: Context, offers: ReadonlyArray<MentorOffer & { name: string }>): Promise<DirectoryEntry[]> {
  const today = ctx.clock.today();
  const used = await ctx.ws.mentoring.asksReceived(
    offers.map((o) => o.userId),
    monthStart(today),
  );
  const named = new Set(offers.flatMap((o) => o.evidence.map((e) => e.artifactId).filter((a): a is string => a !== null)));
  const shared = await ctx.ws.team.sharedTitles([...named]);
  // A document counts as evidence only while its owner, the mentor, shares it.
  const titleOf = (artifactId: string, owner: string) => {
    const found = shared.get(artifactId);
    return found && found.ownerId === owner ? found.title : null;
  };
  return offers.map(({ name, ...offer }) => ({
    colleague: { id: offer.userId, name },
    you: offer.userId === ctx.ws.userId,
    offer: {
      ...offer,
      evidence: offer.evidence.map((e) => ({ ...e, title: e.artifactId ? titleOf(e.artifactId, offer.userId) : null })),
    },
    capacity: capacityOf(offer, used.get(offer.userId) ?? 0, today),
  }));
}

/**
 * The team's directory of mentors: every member who offers to mentor, by name, with their skills,
 * evidence, office hours and capacity this month; with `skill`, only those offering it.
 */
export async function listDirectory(ctx: Context, options: { skill?: string | undefined } = {}): Promise<DirectoryEntry[]> {
  const offers = await ctx.ws.mentoring.offers();
  const wanted = options.skill ? offers.filter((o) => (o.skills as readonly string[]).includes(options.skill as string)) : offers;
  return describeOffers(ctx, wanted);
}
