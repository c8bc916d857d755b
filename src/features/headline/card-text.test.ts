import { describe, expect, it } from 'vitest';
import { cardText } from '@/features/headline/card-text';

describe('cardText', () => {
  it('rounds Chinese totals to 万/亿 with two decimals and says it rounded', () => {
    expect(cardText(166455, 'zh', 'exact')).toEqual({ text: '16.65万', rounded: true });
    expect(cardText(1522690973, 'zh', 'approx')).toEqual({ text: '15.23亿', rounded: true });
    expect(cardText(9999, 'zh', 'exact')).toEqual({ text: '9999', rounded: false });
    expect(cardText(28000, 'zh', 'exact')).toEqual({ text: '2.8万', rounded: false });
  });

  it('never rounds a lower bound up', () => {
    expect(cardText(166459, 'zh', 'atLeast').text).toBe('16.64万');
    expect(cardText(1529999999, 'en', 'atLeast').text).toBe('1.52B');
  });

  it('keeps English totals whole below ten million and compact above', () => {
    expect(cardText(9999999, 'en', 'exact')).toEqual({ text: '9,999,999', rounded: false });
    expect(cardText(1522690973, 'en', 'exact')).toEqual({ text: '1.52B', rounded: true });
    expect(cardText(12345678, 'en', 'approx')).toEqual({ text: '12.35M', rounded: true });
  });
});
