import { describe, expect, it } from 'vitest';
import { locateQuote, segmentText } from '@/features/source-view/highlight';

const text = '拉萨市开展党史宣讲1145场次，覆盖近260万人次。共开展党史宣讲1145场次。';

describe('locateQuote', () => {
  it('uses the stored offsets when they hold the quote', () => {
    const start = text.indexOf('覆盖');
    const quote = '覆盖近260万人次';
    expect(locateQuote(text, { quote, start, end: start + quote.length })).toEqual({
      start,
      end: start + quote.length,
      atStoredOffsets: true,
    });
  });

  it('falls back to the occurrence nearest the stored offsets', () => {
    const quote = '开展党史宣讲1145场次';
    const second = text.lastIndexOf(quote);
    const found = locateQuote(text, { quote, start: second - 2, end: second - 2 + quote.length });
    expect(found).toEqual({ start: second, end: second + quote.length, atStoredOffsets: false });
    const first = locateQuote(text, { quote, start: 0, end: quote.length });
    expect(first?.start).toBe(text.indexOf(quote));
  });

  it('returns null when the text does not hold the quote', () => {
    expect(locateQuote(text, { quote: '发放书籍4.63万本', start: 0, end: 10 })).toBeNull();
  });
});

describe('segmentText', () => {
  const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

  it('keeps every character, in order, with the active quote as one piece', () => {
    const active = { start: 3, end: 15 };
    const segments = segmentText(text, active, [{ start: 16, end: 25 }]);
    expect(joined(segments)).toBe(text);
    expect(segments.filter((s) => s.kind === 'active')).toEqual([{ text: text.slice(3, 15), kind: 'active' }]);
    expect(segments.filter((s) => s.kind === 'other')).toEqual([{ text: text.slice(16, 25), kind: 'other' }]);
  });

  it('lets the active quote win where another overlaps it', () => {
    const segments = segmentText(text, { start: 5, end: 10 }, [{ start: 3, end: 12 }]);
    expect(segments.map((s) => s.kind)).toEqual(['plain', 'other', 'active', 'other', 'plain']);
    expect(segments.filter((s) => s.kind === 'active').map((s) => s.text)).toEqual([text.slice(5, 10)]);
    expect(joined(segments)).toBe(text);
  });

  it('ignores ranges outside the text and works without an active quote', () => {
    const segments = segmentText('abc', null, [
      { start: 2, end: 99 },
      { start: 50, end: 60 },
    ]);
    expect(segments).toEqual([
      { text: 'ab', kind: 'plain' },
      { text: 'c', kind: 'other' },
    ]);
  });
});
