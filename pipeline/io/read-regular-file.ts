import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

function kind(stats: Stats): string | null {
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return null;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

export const formatMb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/**
 * Reads a regular file of at most `maxBytes`. Anything else is refused by its type before a byte is read: a FIFO
 * would block the run forever and a link to /dev/zero would fill memory. A folder keeps the plain
 * "cannot read (EISDIR)" that a user already knows. The type is checked again on the open descriptor, and the
 * open does not block, so a file swapped for a FIFO between the two checks cannot hang the run either.
 */
export function readRegularFile(path: string, maxBytes: number, limitHint = ''): ReadResult {
  let fd: number;
  try {
    const refused = kind(statSync(path));
    if (refused) return { ok: false, reason: `not a regular file (${refused}); refused without reading` };
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. (Windows has no FIFOs.)
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    return { ok: false, reason: `cannot read (${code(e)})` };
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { ok: false, reason: 'cannot read (EISDIR)' };
    const refused = kind(stats);
    if (refused) return { ok: false, reason: `not a regular file (${refused}); refused without reading` };
    if (stats.size > maxBytes) {
      return {
        ok: false,
        reason: `too large (${formatMb(stats.size)}; the limit is ${formatMb(maxBytes)}${limitHint})`,
      };
    }
    // Read up to one byte past the limit, so a file that grows while it is read is still bounded.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > maxBytes) return { ok: false, reason: `too large (grew past ${formatMb(maxBytes)} while read)` };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (e) {
    return { ok: false, reason: `cannot read (${code(e)})` };
  } finally {
    closeSync(fd);
  }
}
