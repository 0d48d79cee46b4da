import type { Workspace } from '../ports.js';
import { getRecord } from '../records/get-record.js';
import type { ArtifactWithQuestions } from './add-artifacts.js';

/** One artifact with its text and the questions it answers, in document order. */
export async function getArtifact(ctx: { ws: Workspace }, options: { id: string }): Promise<ArtifactWithQuestions> {
  const artifact = await getRecord(ctx, { entity: 'artifacts', id: options.id });
  const questions = await ctx.ws.table('artifactQuestions').list({ artifactId: artifact.id });
  return { ...artifact, questions };
}
