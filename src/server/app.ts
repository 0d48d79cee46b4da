import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import type { Workspaces } from '../boot/open-workspace.js';
import { docsRoutes } from './docs.js';
import type { ServerEnv } from './env.js';
import { handleError, sendError } from './errors.js';
import { actionRoutes } from './routes/actions.js';
import { adviceRoutes } from './routes/advice.js';
import { checkRoutes } from './routes/checks.js';
import { demoRoutes } from './routes/demo.js';
import { doctorRoutes } from './routes/doctor.js';
import { isUploadRequest, libraryRoutes } from './routes/library.js';
import { mailRoutes } from './routes/mail.js';
import { meRoutes } from './routes/me.js';
import { meetingRoutes } from './routes/meetings.js';
import { mentoringRoutes } from './routes/mentoring.js';
import { mentoringOfficeHoursRoutes } from './routes/mentoring-office-hours.js';
import { mentorRoutes } from './routes/mentors.js';
import { mirrorRoutes } from './routes/mirror.js';
import { portabilityRoutes } from './routes/portability.js';
import { recordRoutes } from './routes/records.js';
import { relationshipRoutes } from './routes/relationships.js';
import { stageRoutes } from './routes/stages.js';
import { teamRoutes } from './routes/team.js';
import { teamLibraryRoutes } from './routes/team-library.js';
import { hostAndOriginGuard } from './security.js';
import { authRoutes, type TeamServing, workspaceOfRequest } from './team-session.js';
import { findWebRoot, webRoutes } from './web.js';

/** What the app needs: the open workspaces, who acts on a request, and the request guard's hosts. */
export interface AppOptions {
  /** The open database; each API request opens the workspace of the actor making it. */
  workspaces: Workspaces;
  /** Team mode: accounts and sessions; without it, solo mode's one person makes every request. */
  team?: (TeamServing & { publicUrl: string }) | undefined;
  version: string;
  /** Host header values to accept, `host:port` as `normalizeHost` writes them (see security.ts). */
  hosts: () => ReadonlySet<string>;
  /** The built web app to serve (default: the package's `dist/web`). */
  webRoot?: string | undefined;
  /** Print the stack of an unexpected error on the server's terminal, not only its message. */
  debug?: boolean | undefined;
}

/** The largest request body accepted (a gold-standard document fits easily). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;

/**
 * Builds the HTTP app: security guards first, then the JSON API, its docs and the web page.
 * Validation failures and thrown errors all leave as `{error: {code, message}}`.
 */
export function createApp(options: AppOptions): OpenAPIHono<ServerEnv> {
  const app = new OpenAPIHono<ServerEnv>({
    defaultHook: (result, c) => {
      if (result.success) return;
      const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      const text = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
      return sendError(c, 400, 'invalid_input', `Invalid request: ${text}`, { issues });
    },
  });
  app.onError((error, c) => handleError(error, c, { debug: options.debug ?? false }));
  app.notFound((c) => sendError(c, 404, 'not_found', `No route ${c.req.method} ${new URL(c.req.url).pathname}`));
  app.use('*', hostAndOriginGuard(options.hosts, 'http:', new Set(options.team ? [options.team.publicUrl] : [])));
  // Scripts only from this server, never inline. The component library sets its theme as inline
  // style (CSS variables), which style-src must allow; styles cannot run code.
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  // Only requests that carry a body pay for the limit: reading the body stream is not free.
  // Document uploads have larger limits of their own (routes/library.ts).
  const limit = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => sendError(c, 413, 'too_large', `Request bodies are limited to ${MAX_BODY_BYTES / 1024 / 1024} MB`),
  });
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' || isUploadRequest(c.req.method, c.req.path) ? next() : limit(c, next),
  );
  // PostgreSQL text cannot hold U+0000 and no name or id has one: refused alike on both databases.
  app.use('/api/*', async (c, next) => {
    if (c.req.url.includes('%00')) return sendError(c, 400, 'invalid_input', 'A URL cannot contain the NUL character (%00)');
    await next();
  });
  const { workspaces, team } = options;
  // `today` is the reference date the server judges by (`--today`), which the web app's checks use.
  app.get('/api/health', (c) =>
    c.json({ ok: true, version: options.version, database: workspaces.dialect, today: workspaces.clock.today(), team: team !== undefined }),
  );
  if (team) authRoutes(app, team);
  app.use('/api/*', workspaceOfRequest(workspaces, team));
  meRoutes(app);
  relationshipRoutes(app);
  stageRoutes(app);
  actionRoutes(app);
  doctorRoutes(app);
  mentorRoutes(app);
  adviceRoutes(app);
  meetingRoutes(app);
  portabilityRoutes(app);
  libraryRoutes(app);
  checkRoutes(app);
  demoRoutes(app);
  mirrorRoutes(app);
  teamRoutes(app, team, team?.publicUrl);
  teamLibraryRoutes(app);
  mentoringRoutes(app, team?.notices);
  mentoringOfficeHoursRoutes(app, team && { accounts: team.accounts, notices: team.notices });
  mailRoutes(app, team, workspaces);
  recordRoutes(app);
  docsRoutes(app, options.version);
  webRoutes(app, options.webRoot ?? findWebRoot());
  return app;
}
