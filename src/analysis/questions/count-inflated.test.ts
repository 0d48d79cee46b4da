import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deflated, zlibInflatedLength, zlibStrategies } from '../../../test/helpers/zlib-streams.js';
import { countInflated } from './count-inflated.js';

const far = () => performance.now() + 60_000;
const count = (bytes: Uint8Array, zlibHeader: boolean, pdfjsStoredBlocks = false, limit = 1e12) =>
  countInflated(bytes, { start: 0, zlibHeader, pdfjsStoredBlocks, limit, deadline: far() });

/** Data zlib compresses in every way: runs, repeated phrases, text and noise, mixed. */
const data = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 3000 }),
      fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 70_000 })).map(([byte, n]) => new Uint8Array(n).fill(byte)),
      fc
        .tuple(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 2000 }))
        .map(([s, n]) => new TextEncoder().encode(s.repeat(n))),
    ),
    { maxLength: 6 },
  )
  .map((parts) => {
    const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
    let at = 0;
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
    return out;
  });
const settings = fc.record({ raw: fc.boolean(), level: fc.integer({ min: 0, max: 9 }), strategy: fc.constantFrom(...zlibStrategies) });

describe('countInflated', () => {
  it('counts exactly what zlib inflates, for every level, strategy and block type', () => {
    fc.assert(
      fc.property(data, settings, (bytes, options) => {
        const stream = deflated(bytes, options);
        const counted = count(stream, !options.raw);
        expect(counted.size).toBe(bytes.length);
        expect(counted.end).toBeLessThanOrEqual(stream.length);
      }),
      { numRuns: 150 },
    );
  });

  it('never counts less than zlib inflates from damaged or cut streams', async () => {
    await fc.assert(
      fc.asyncProperty(
        data,
        settings,
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 4 }),
        fc.nat(),
        async (bytes, options, flips, cut) => {
          const stream = deflated(bytes, options).slice();
          for (const [at, byte] of flips) stream[at % stream.length] = byte;
          const broken = stream.subarray(0, stream.length - (cut % Math.max(1, stream.length)));
          const zlib = await zlibInflatedLength(broken, options.raw);
          expect(count(broken, !options.raw).size).toBeGreaterThanOrEqual(zlib);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a zlib header as pdf.js checks it, and counts nothing behind a bad one', () => {
    const stream = deflated(new TextEncoder().encode('Hello, hello, hello'), { raw: false, level: 9, strategy: 0 });
    expect(count(stream, true).size).toBe(19);
    expect(count(new Uint8Array([0x78, 0x9b, ...stream.subarray(2)]), true).size).toBe(0); // bad check bits
    expect(count(new Uint8Array([0x79, 0x5e, ...stream.subarray(2)]), true).size).toBe(0); // not DEFLATE
    expect(count(new Uint8Array([0x78, 0xbb, ...stream.subarray(2)]), true).size).toBe(0); // a preset dictionary
    expect(count(new TextEncoder().encode('BT /F1 12 Tf ET'), true).size).toBe(0);
  });

  it('stops past the limit at once, and when the deadline passes', () => {
    const bomb = deflated(new Uint8Array(200 * 1024 * 1024), { raw: true, level: 9, strategy: 0 });
    const start = performance.now();
    const counted = count(bomb, false, false, 1024 * 1024);
    expect(counted.size).toBeGreaterThan(1024 * 1024);
    expect(counted.size).toBeLessThan(1024 * 1024 + 300);
    expect(counted.end).toBeLessThan(bomb.length / 50);
    expect(performance.now() - start).toBeLessThan(100);
    expect(count(bomb, false).size).toBe(200 * 1024 * 1024);
    const late = countInflated(bomb, {
      start: 0,
      zlibHeader: false,
      pdfjsStoredBlocks: false,
      limit: 1e12,
      deadline: performance.now() - 1,
    });
    expect(late).toMatchObject({ size: 0, timedOut: true });
  });

  it('counts stored blocks alike in both readings when no lookahead is held', () => {
    const stored = deflated(new TextEncoder().encode('abc'.repeat(30_000)), { raw: true, level: 0, strategy: 0 });
    for (const pdfjs of [false, true]) expect(count(stored, false, pdfjs).size).toBe(90_000);
  });
});
