import { constants, createInflate, createInflateRaw, deflateRawSync, deflateSync } from 'node:zlib';

/** Compresses `data` with zlib: raw DEFLATE or in a zlib wrapper, at a level and with a strategy. */
export function deflated(data: Uint8Array, options: { raw: boolean; level: number; strategy: number }): Uint8Array {
  const { level, strategy } = options;
  return new Uint8Array(options.raw ? deflateRawSync(data, { level, strategy }) : deflateSync(data, { level, strategy }));
}

/** The zlib strategies, for generated streams of every block type. */
export const zlibStrategies = [
  constants.Z_DEFAULT_STRATEGY,
  constants.Z_FILTERED,
  constants.Z_HUFFMAN_ONLY,
  constants.Z_RLE,
  constants.Z_FIXED,
] as const;

/**
 * How many bytes zlib inflates `data` to before it stops, at its end or at its first error (the
 * output before an error counts: a reader may keep it).
 */
export function zlibInflatedLength(data: Uint8Array, raw: boolean): Promise<number> {
  return new Promise((resolve) => {
    const inflate = raw ? createInflateRaw() : createInflate();
    let length = 0;
    inflate.on('data', (chunk: Buffer) => {
      length += chunk.length;
    });
    inflate.once('error', () => resolve(length));
    inflate.once('end', () => resolve(length));
    inflate.end(data);
  });
}
