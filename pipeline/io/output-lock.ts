import { closeSync, mkdirSync, openSync, readFileSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { PipelineError } from '../pipeline-error';

/**
 * One extraction at a time per output file: a lock file beside it, created with O_EXCL (`wx`) and holding the
 * owner's pid and host. A lock whose process is gone (a run killed with kill -9 or by a power cut) is taken over.
 *
 * Not proper-lockfile: it judges staleness by an mtime the owner refreshes on a timer, and this pipeline is
 * synchronous for minutes at a time, so its timer would not fire and a live run's lock would look stale.
 * A pid is what tells here. A pid reused by another process after a crash keeps the lock held; the message says
 * how to remove it then.
 */
export interface OutputLock {
  path: string;
  /** Lines for stderr about the lock, such as a stale one taken over. */
  notes: string[];
  release: () => void;
}

interface Owner {
  pid: number;
  host: string;
  since: string;
}

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? (e as Error).message;

function readOwner(path: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(path, 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number'
      ? { pid: owner.pid, host: String(owner.host), since: String(owner.since) }
      : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to another user.
    return code(e) === 'EPERM';
  }
}

/** Between creating the lock and writing its owner a lock is empty for microseconds; seconds mean a crash. */
const EMPTY_LOCK_GRACE_MS = 10_000;

function isFresh(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < EMPTY_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

function tryCreate(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if (code(e) === 'EEXIST') return false;
    throw new PipelineError([`${path}: cannot write (${code(e)})`]);
  }
  try {
    writeSync(fd, `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Takes the lock for `output` or throws a PipelineError naming the lock and its owner. */
export function lockOutput(output: string): OutputLock {
  const path = `${output}.lock`;
  const dir = dirname(output);
  let madeDir: string | undefined;
  try {
    madeDir = mkdirSync(dir, { recursive: true });
  } catch (e) {
    // mkdir says EEXIST where a file stands in the folder's place.
    throw new PipelineError([`${dir}: cannot write (${code(e) === 'EEXIST' ? 'ENOTDIR' : code(e)})`]);
  }
  const notes: string[] = [];
  // Twice at most: once as found, once more after removing a dead owner's lock.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (tryCreate(path)) {
      return {
        path,
        notes,
        release: () => {
          rmSync(path, { force: true });
          // A folder made only for this run's lock goes with it (a failed run leaves nothing); rmdir refuses a
          // folder with anything in it, which is what a successful run leaves.
          try {
            if (madeDir) rmdirSync(madeDir);
          } catch {
            // Not empty: the output was written.
          }
        },
      };
    }
    const owner = readOwner(path);
    if (owner ? owner.host !== hostname() || isAlive(owner.pid) : isFresh(path)) {
      if (!owner) throw new PipelineError([`${path}: another extraction is starting to write ${output}; try again`]);
      throw new PipelineError([
        `${path}: another extraction (pid ${owner.pid} on ${owner.host}, since ${owner.since}) is writing ${output}; ` +
          'wait for it to finish, or delete the lock file if no extraction is running',
      ]);
    }
    // A dead process's lock, or an old one without an owner (killed between creating and writing it).
    notes.push(
      `took over ${path} left by ${owner ? `pid ${owner.pid}, which is no longer running` : 'an unknown process'}`,
    );
    rmSync(path, { force: true });
  }
  throw new PipelineError([`${path}: another extraction took the lock at the same moment; try again`]);
}
