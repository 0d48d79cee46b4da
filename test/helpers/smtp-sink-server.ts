import { SMTPServer } from 'smtp-server';

/*
 * A real SMTP server for tests, run in a process of its own: it listens on 127.0.0.1 on a free
 * port, accepts any account (or none) without TLS, and writes one JSON line on standard output
 * when it listens (`{"listening": PORT}`) and one per message it received (`{"from", "to",
 * "user", "raw"}`: the envelope, the account it signed in with, and the message as sent).
 */

const write = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);

const server = new SMTPServer({
  authOptional: true,
  allowInsecureAuth: true,
  disabledCommands: ['STARTTLS'],
  logger: false,
  onAuth(auth, _session, callback) {
    callback(null, { user: auth.username ?? 'anyone' });
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      write({
        from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user ?? null,
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      callback();
    });
  },
});

server.listen(0, '127.0.0.1', () => {
  const address = server.server.address();
  write({ listening: typeof address === 'object' && address ? address.port : null });
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
