import { type DocumentQuestion, questionsOf } from '../../analysis/questions/extract-questions.js';
import { guessKind } from '../../analysis/questions/guess-kind.js';
import { AppError } from '../errors.js';
import type { Context } from '../ports.js';
import { createRecord } from '../records/create-record.js';
import { type DocumentFile, type ParsedDocument, parseDocument } from './parse-document.js';
import type { Artifact, ArtifactQuestion } from './schemas.js';

/** What the user says about the documents being added; each may be left out. */
export interface ArtifactDetails {
  title?: string;
  kind?: Artifact['kind'];
  tags?: string[];
  rating?: number | null;
}

/** An artifact as stored, with the questions it answers. */
export type ArtifactWithQuestions = Artifact & { questions: ArtifactQuestion[] };

/** A document as adding it left it: newly stored, or found already in the library (`duplicate`). */
export type AddedArtifact = ArtifactWithQuestions & { duplicate: boolean };

/** The SHA-256 of a document's text, in hex: what makes two documents the same. */
export async function contentHashOf(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Gives documents stored before hashes were kept their hash, so they are found like the others. */
async function hashOlderArtifacts(ctx: Context): Promise<void> {
  for (const artifact of await ctx.ws.table('artifacts').list({ contentHash: null })) {
    await ctx.ws.table('artifacts').update(artifact.id, { contentHash: await contentHashOf(artifact.body) });
  }
}

/** The title of a document: the one given, its own title, or its file name without extension. */
function titleOf(parsed: ParsedDocument, details: ArtifactDetails): string {
  const base = parsed.file.name.split(/[\\/]/).pop() ?? parsed.file.name;
  return (details.title ?? parsed.doc.title ?? base.replace(/\.[^.]+$/, '')).slice(0, 500);
}

/**
 * Stores parsed documents with the questions each stands for (see `questionsOf`), of the kind
 * the user gave or, failing that, the kind its questions suggest; call inside a transaction.
 * A document whose text is already in the library (the same file again, or the same text in
 * another format) is not stored twice: the one there is returned, marked `duplicate`.
 */
export async function storeArtifacts(ctx: Context, parsed: readonly ParsedDocument[], details: ArtifactDetails): Promise<AddedArtifact[]> {
  await hashOlderArtifacts(ctx);
  const stored: AddedArtifact[] = [];
  for (const p of parsed) {
    const contentHash = await contentHashOf(p.doc.text);
    const [existing] = await ctx.ws.table('artifacts').list({ contentHash }, { limit: 1, offset: 0 });
    if (existing) {
      const questions = await ctx.ws.table('artifactQuestions').list({ artifactId: existing.id });
      stored.push({ ...existing, questions, duplicate: true });
      continue;
    }
    const answered = questionsOf(p.questions);
    const kind = details.kind ?? guessKind(answered.map((q) => q.id));
    const artifact = await createRecord(ctx, {
      entity: 'artifacts',
      input: { ...details, kind, title: titleOf(p, details), body: p.doc.text, sourceFile: p.file.name.slice(0, 1_000), contentHash },
    });
    const questions: ArtifactQuestion[] = [];
    for (const q of answered)
      questions.push(await createRecord(ctx, { entity: 'artifactQuestions', input: questionInput(artifact.id, q) }));
    stored.push({ ...artifact, questions, duplicate: false });
  }
  return stored;
}

function questionInput(artifactId: string, q: DocumentQuestion) {
  return {
    artifactId,
    questionId: q.id,
    question: q.question.slice(0, 1_000),
    section: q.section?.slice(0, 1_000) ?? null,
    spanStart: q.start,
    spanEnd: q.end,
  };
}

/**
 * Adds documents to the library (SPEC §1.7): every file is read and analysed first, then all
 * are stored in one transaction, so one unreadable file stores nothing. A document already in
 * the library comes back marked `duplicate` and is not stored again.
 */
export async function addArtifacts(
  ctx: Context,
  options: { files: readonly DocumentFile[]; details?: ArtifactDetails },
): Promise<AddedArtifact[]> {
  if (options.details?.title !== undefined && options.files.length > 1) {
    throw new AppError('invalid_input', 'A title names one document: give it when adding a single file');
  }
  const parsed: ParsedDocument[] = [];
  for (const file of options.files) parsed.push(await parseDocument(file));
  return ctx.ws.transaction((ws) => storeArtifacts({ ...ctx, ws }, parsed, options.details ?? {}));
}
