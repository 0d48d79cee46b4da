import type { FileHandle } from 'node:fs/promises';
import { AppError } from '../core/errors.js';

/** The largest read the caller allows, and its message for a file over it (given the size in bytes). */
interface Limit {
  bytes: number;
  message: (size: number) => string;
  /** The error code of a file over the limit: `invalid_input` unless the caller's contract says otherwise. */
  code?: 'invalid_input' | 'usage';
}

/**
 * Reads a regular file whole, refusing anything else in one line: a folder, a device such as
 * `/dev/zero`, a FIFO or a socket (which a size check alone lets through, and which may never
 * end). With `limit`, a file over it is refused before it is read, and reading stops there even
 * when the file grows meanwhile. `noun` names what was expected ("a document").
 */
export async function readRegularFile(path: string, options: { noun: string; limit?: Limit }): Promise<Buffer> {
  const { open, constants } = await import('node:fs/promises');
  const { noun, limit } = options;
  let handle: FileHandle | undefined;
  try {
    // Non-blocking, so that opening a FIFO with no writer returns at once and is then refused.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    if (info.isDirectory()) throw new AppError('usage', `${path} is a folder, not ${noun}`);
    if (!info.isFile()) throw new AppError('usage', `${path} is not a regular file (a device, FIFO or socket); give ${noun}`);
    if (limit && info.size > limit.bytes) throw new AppError(limit.code ?? 'invalid_input', limit.message(info.size));
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(Buffer.alloc(1024 * 1024), 0, 1024 * 1024, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (limit && length > limit.bytes) throw new AppError(limit.code ?? 'invalid_input', limit.message(length));
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('usage', `Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  } finally {
    await handle?.close();
  }
}
