import { formatMb } from './io/read-regular-file';

export interface ProgressOptions {
  /** Where lines go (stderr in the command line). */
  write: (line: string) => void;
  /** Milliseconds before the first line: a short run says nothing until its summary. */
  quietFor?: number;
  /** Milliseconds between lines. */
  every?: number;
  now?: () => number;
}

export interface Progress {
  /** One more item of `total` done, of `bytes` bytes, in the named step. */
  tick: (step: string, total: number, bytes: number) => void;
}

/**
 * Progress of a long run on stderr: files done of the total and the throughput, per step, once a second after
 * the first few seconds. The pipeline is synchronous, so this is called from its loops rather than a timer.
 */
export function progress({ write, quietFor = 3000, every = 1000, now = Date.now }: ProgressOptions): Progress {
  const started = now();
  let lastLine = started;
  let step = '';
  let stepStarted = started;
  let lastTick = started;
  let done = 0;
  let bytes = 0;
  return {
    tick(name, total, size) {
      const t = now();
      if (name !== step) {
        // A step runs from the end of the one before (its first item's time included).
        step = name;
        stepStarted = lastTick;
        done = 0;
        bytes = 0;
      }
      lastTick = t;
      done++;
      bytes += size;
      if (t - started < quietFor || (t - lastLine < every && done < total)) return;
      lastLine = t;
      const seconds = Math.max(t - stepStarted, 1) / 1000;
      write(`${step} ${done}/${total} reports, ${formatMb(bytes)}, ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`);
    },
  };
}
