/*
 * The baseline of the API benchmark, run as its own process: `node --import tsx
 * bench/plain-server.ts FILE`. A bare `node:http` handler answers `GET /api/mentors` from the
 * same SQLite file with the same JSON as our server, and nothing else: no framework, no
 * validation library, no query builder, no security headers. It prints its URL once listening.
 */
import { createServer } from 'node:http';
import Database from 'better-sqlite3';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: plain-server.ts SQLITE_FILE\n');
  process.exit(2);
}

const db = new Database(file, { fileMustExist: true });
db.pragma('journal_mode = WAL');
db.pragma('busy_timeout = 5000');
const page = db.prepare('select * from mentors where user_id = ? order by name, id limit ? offset ?');
const jsonColumns = new Set(['expertise', 'handles', 'personal_interests']);
const camel = (name: string) => name.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

function toMentor(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    out[camel(column)] = jsonColumns.has(column) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return out;
}

function integer(text: string | null, fallback: number, min: number, max: number): number | null {
  if (text === null) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= min && n <= max ? n : null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method !== 'GET' || url.pathname !== '/api/mentors') {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"not_found"}}');
    return;
  }
  const limit = integer(url.searchParams.get('limit'), 100, 1, 1000);
  const offset = integer(url.searchParams.get('offset'), 0, 0, Number.MAX_SAFE_INTEGER);
  if (limit === null || offset === null) {
    res.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"code":"invalid_input"}}');
    return;
  }
  const items = (page.all('local', limit, offset) as Record<string, unknown>[]).map(toMentor);
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items, limit, offset }));
});

server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Plain server listening at http://127.0.0.1:${port}/\n`);
});

const stop = () => {
  server.close(() => {
    db.close();
    process.exit(0);
  });
  server.closeAllConnections();
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
