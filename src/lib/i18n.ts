export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A piece of UI text in both languages; features keep their own messages as records of these. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** Between a label and its value: 来源：… / Source: … */
export const COLON: Bilingual = { zh: '：', en: ': ' };

/**
 * In place of a number no report states (ui-contract.md): cards, charts, tooltips and data tables
 * all say this, never 0, so it is one string for the whole app.
 */
export const NOT_REPORTED: Bilingual = { zh: '未报告', en: 'Not reported' };

/** In place of a detail a report leaves out (its date, its publisher). */
export const NOT_STATED: Bilingual = { zh: '未注明', en: 'Not stated' };

/**
 * Fills {name} placeholders of a message. A placeholder without a value stays as written, so a
 * forgotten value shows up in the page instead of silently leaving a gap in a sentence.
 */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = values[key];
    return value === undefined ? whole : String(value);
  });
}
