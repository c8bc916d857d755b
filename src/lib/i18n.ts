export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A piece of UI text in both languages; features keep their own messages as records of these. */
export interface Bilingual {
  zh: string;
  en: string;
}

export function pick(lang: Lang, text: Bilingual): string {
  return text[lang];
}
