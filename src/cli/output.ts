/** How a command prints: JSON for scripts, aligned text for people. */
export interface Output {
  json: boolean;
  /** Prints `data` as JSON, or the human text `human()` builds. */
  print(data: unknown, human: () => string): void;
}

/** Builds the output of one command run. */
export function createOutput(json: boolean, write: (text: string) => void = (t) => process.stdout.write(t)): Output {
  return {
    json,
    print(data, human) {
      const text = json ? JSON.stringify(data, null, 2) : human();
      write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}

/** Formats rows as aligned columns under a header; long cells are cut with an ellipsis. */
export function table(header: string[], rows: Array<Array<string | number | null | undefined>>, max = 60): string {
  if (rows.length === 0) return '';
  const cells = [header, ...rows.map((r) => r.map((c) => cut(c == null ? '' : String(c), max)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells
    .map((r) =>
      r
        .map((c, i) => (c ?? '').padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Formats a record as `label: value` lines, skipping empty values. */
export function fields(pairs: Array<[string, unknown]>): string {
  const shown = pairs.filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
  const width = Math.max(0, ...shown.map(([k]) => k.length));
  return shown.map(([k, v]) => `${`${k}:`.padEnd(width + 1)} ${Array.isArray(v) ? v.join(', ') : String(v)}`).join('\n');
}

function cut(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** A count with its noun, singular for one: "1 sentence", "3 sentences", "2 pieces of advice". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/**
 * Makes a reader that stops early (`understudy export --format json | head`) a normal end:
 * the rest of the output is dropped quietly, with no stack trace and the exit code unchanged.
 * Any other failure to write is one line on standard error and exit code 2.
 */
export function quietOnBrokenPipe(stream: NodeJS.WriteStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
      stream.destroy();
      return;
    }
    process.stderr.write(`understudy: cannot write the output: ${error.code ?? error.message}\n`);
    process.exitCode = 2;
    stream.destroy();
  });
}
