/**
 * The portable build (scripts/portable-build.ts) puts the data into the page itself, because a page opened from
 * a folder (file://) may not fetch files beside it. The loaders read it from there before fetching.
 */
export const INLINE_FIGURES_ID = 'dataset-figures';
/** JSON object: each report text by its path relative to the page (data/texts/r-….txt). */
export const INLINE_TEXTS_ID = 'dataset-texts';

const inlineJson = (id: string): string | null =>
  typeof document === 'undefined' ? null : (document.getElementById(id)?.textContent ?? null);

/** The figures file's text where the page carries it; null for the normal build. */
export const inlineFigures = (): string | null => inlineJson(INLINE_FIGURES_ID);

let texts: Map<string, string> | null = null;

/** A report text the page carries, by its absolute URL (as the source view resolves it); undefined where none. */
export function inlineText(url: string): string | undefined {
  if (!texts) {
    const json = inlineJson(INLINE_TEXTS_ID);
    const byPath = json ? (JSON.parse(json) as Record<string, string>) : {};
    texts = new Map(Object.entries(byPath).map(([path, text]) => [new URL(path, document.baseURI).href, text]));
  }
  return texts.get(url);
}
