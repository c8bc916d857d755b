import type { Qualifier } from '@/lib/figures-schema';

interface Marker {
  text: string;
  qualifier: Exclude<Qualifier, 'exact'>;
  /** Only before a bare multiplier: 上千人, 上万名. */
  bareOnly?: boolean;
  /** Characters that, right before the marker, make it part of another word (签约, 最近). */
  notAfter?: string;
}

/** Longest first, so 将近 wins over 近 and 超过 over 超. */
const PREFIXES: readonly Marker[] = [
  { text: '不少于', qualifier: 'atLeast' },
  { text: '不低于', qualifier: 'atLeast' },
  { text: '将近', qualifier: 'approx' },
  { text: '接近', qualifier: 'approx' },
  { text: '大约', qualifier: 'approx' },
  { text: '大概', qualifier: 'approx' },
  { text: '超过', qualifier: 'atLeast' },
  { text: '突破', qualifier: 'atLeast' },
  { text: '多于', qualifier: 'atLeast' },
  { text: '至少', qualifier: 'atLeast' },
  { text: '不下', qualifier: 'atLeast' },
  { text: '近', qualifier: 'approx', notAfter: '最附邻靠临贴亲就走挨' },
  { text: '约', qualifier: 'approx', notAfter: '签预制节契邀履违公条' },
  { text: '逾', qualifier: 'atLeast' },
  { text: '超', qualifier: 'atLeast', notAfter: '赶' },
  { text: '上', qualifier: 'atLeast', bareOnly: true },
];

const SUFFIXES: readonly Marker[] = [
  { text: '以上', qualifier: 'atLeast' },
  { text: '之多', qualifier: 'atLeast' },
  { text: '左右', qualifier: 'approx' },
  { text: '上下', qualifier: 'approx' },
];

export interface QualifierMatch {
  qualifier: Exclude<Qualifier, 'exact'>;
  /** Start (prefix) or end (suffix) of the marker in the text. */
  at: number;
  text: string;
}

/** The qualifier written right before a numeral that starts at `pos` (近3万, 超过2000), if any. */
export function prefixQualifier(text: string, pos: number, bare: boolean): QualifierMatch | null {
  for (const m of PREFIXES) {
    const start = pos - m.text.length;
    if (start < 0 || (m.bareOnly && !bare)) continue;
    if (!text.startsWith(m.text, start)) continue;
    if (m.notAfter && start > 0 && m.notAfter.includes(text.charAt(start - 1))) continue;
    return { qualifier: m.qualifier, at: start, text: m.text };
  }
  return null;
}

/** The qualifier written right after a unit that ends at `pos` (2000人以上, 300人左右), if any. */
export function suffixQualifier(text: string, pos: number): QualifierMatch | null {
  for (const m of SUFFIXES) {
    if (text.startsWith(m.text, pos)) return { qualifier: m.qualifier, at: pos + m.text.length, text: m.text };
  }
  return null;
}

/** A prefix (近3万, 超过2000) wins, then 余/多 inside the numeral (2万余), then a suffix (2000人以上). */
export function combineQualifier(
  prefix: QualifierMatch | null,
  atLeast: boolean,
  suffix: QualifierMatch | null,
): Qualifier {
  return prefix?.qualifier ?? (atLeast ? 'atLeast' : (suffix?.qualifier ?? 'exact'));
}
