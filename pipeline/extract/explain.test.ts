import { describe, expect, it } from 'vitest';
import { REJECTIONS } from './candidates';
import { explainRejections } from './explain';

describe('explainRejections', () => {
  it('names the rule that rejected each numeral with a unit, and leaves figures out', () => {
    const lines = explainRejections(
      '第3次推进会上,每月开展学习1次,共开展宣讲120场;未发生1起事故,人均参加学习5次,较去年同期增加20场。',
    );
    expect(lines.map((l) => l.split(':')[0])).toEqual(['ordinal', 'rate', 'negated', 'average', 'change']);
    expect(lines.join('\n')).not.toContain('[120场]');
    expect(lines[1]).toContain('[1次]');
  });

  it('tries the rules in a fixed order, each named once', () => {
    const names = REJECTIONS.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 3)).toEqual(['zero', 'code-or-time', 'ordinal']);
  });
});
