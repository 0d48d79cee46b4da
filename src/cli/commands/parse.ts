import { InvalidArgumentError } from 'commander';

/** Option parsers shared by commands: each refuses bad values with a one-line reason. */
/** A plain decimal number such as `40`, `-2.5` or `4.41`. */
export function number(value: string): number {
  if (!/^-?\d+(\.\d+)?$/.test(value)) throw new InvalidArgumentError('must be a number such as 40 or 4.41');
  return Number(value);
}

/** A whole number such as `30`. */
export function integer(value: string): number {
  const n = number(value);
  if (!Number.isInteger(n)) throw new InvalidArgumentError('must be a whole number');
  return n;
}

/** Splits a comma-separated list, dropping empty items. */
export function list(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}

/** Drops options that were not given, so they do not overwrite stored values. */
export function given(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
}
