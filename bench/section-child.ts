/*
 * One benchmark section in a process of its own, started with `--no-regexp-tier-up` on the
 * command line as the `understudy` process runs (decision 0002). Turning the flag on at run
 * time, after regexes have been compiled, can crash V8. Progress goes to standard error; the
 * figures, as JSON, to standard output.
 */
import { runHttpChecksSection } from './checks/http-checks-section.js';
import { runHostileDocumentsSection } from './hostile-documents/hostile-documents-section.js';
import { runLibrarySection } from './library/library-section.js';
import { runLoadSection } from './load/load-section.js';
import { runTeamSection } from './load/team-section.js';
import { runLoopSection } from './loop/loop-section.js';
import { runMcpSection } from './mcp/mcp-section.js';
import { runWebSection } from './web/web-section.js';

const sections = {
  'checks-http': runHttpChecksSection,
  library: runLibrarySection,
  documents: runHostileDocumentsSection,
  loop: runLoopSection,
  web: runWebSection,
  mcp: runMcpSection,
  load: runLoadSection,
  team: runTeamSection,
};
const [name, repoRoot, workDir, postgresAdminUrl] = process.argv.slice(2);
const run = sections[name as keyof typeof sections];
if (!run || !repoRoot || !workDir || !postgresAdminUrl) {
  process.stderr.write(`usage: section-child ${Object.keys(sections).join('|')} REPO_ROOT WORK_DIR POSTGRES_ADMIN_URL\n`);
  process.exit(2);
}
const figures = await run({ repoRoot, workDir, postgresAdminUrl, say: (line) => process.stderr.write(`${line}\n`) });
process.stdout.write(JSON.stringify(figures));
