/**
 * Index of the last match of a global regex in `text` that `accept` (default: any) takes, or -1. Resets
 * lastIndex first, so a shared module-level regex is safe to reuse.
 */
export function lastMatchIndex(
  global: RegExp,
  text: string,
  accept: (m: RegExpExecArray) => boolean = () => true,
): number {
  global.lastIndex = 0;
  let last = -1;
  for (let m = global.exec(text); m; m = global.exec(text)) if (accept(m)) last = m.index;
  return last;
}
