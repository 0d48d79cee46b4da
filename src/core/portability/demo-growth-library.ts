import { addArtifacts } from '../library/add-artifacts.js';
import { createTemplate } from '../library/create-template.js';
import type { DocumentFile } from '../library/parse-document.js';
import type { DemoCalendar } from './demo-calendar.js';
import { type DemoDocument, demoLibrary } from './demo-library.js';

const fileOf = (doc: DemoDocument): DocumentFile => ({ name: doc.file, bytes: new TextEncoder().encode(doc.body) });
const detailsOf = (doc: DemoDocument) => ({ title: doc.title, kind: doc.kind, tags: doc.tags, rating: doc.rating });

/**
 * The Artifact method of worked example (a), through the library's own use-cases (as
 * `library add` and `template create` do), so every document has its questions and is found
 * by search: two gold-standard pricing-experiment documents studied after Maya's reply, the
 * template built from them, and the user's partial draft of the next test, stored after the
 * office-hours meeting that asked for it. Checking that draft against the template shows
 * what it does not answer yet.
 */
export async function demoGrowthLibrary(cal: DemoCalendar): Promise<void> {
  const studied: string[] = [];
  for (const doc of demoLibrary.goldStandard) {
    const [added] = await addArtifacts(cal.on(-45), { files: [fileOf(doc)], details: detailsOf(doc) });
    if (added) studied.push(added.id);
  }
  await createTemplate(cal.on(-44), { name: demoLibrary.template, artifactIds: studied });
  await addArtifacts(cal.on(-5), { files: [fileOf(demoLibrary.draft)], details: detailsOf(demoLibrary.draft) });
}
