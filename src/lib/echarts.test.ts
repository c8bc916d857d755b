import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILY } from '@/lib/echarts';

describe('CHART_FONT_FAMILY', () => {
  it('puts the bundled font first, system CJK fonts next and a generic family last', () => {
    const families = CHART_FONT_FAMILY.split(',').map((f) => f.trim().replace(/^"|"$/g, ''));
    expect(families[0]).toBe('Noto Sans SC');
    expect(families.at(-1)).toBe('sans-serif');
    expect(families).toEqual(expect.arrayContaining(['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC']));
    // Names with spaces are quoted, or a canvas font shorthand built from the list would not parse.
    for (const name of CHART_FONT_FAMILY.split(',').slice(0, -1)) expect(name.trim()).toMatch(/^".+"$/);
  });
});
