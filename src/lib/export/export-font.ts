/**
 * The bundled Noto Sans SC, so exported images show Chinese on machines without a Chinese system font.
 * Only weight 400 ships: titles use synthetic bold rather than doubling the font files in the build.
 * The CSS declares ~100 unicode-range subsets; fonts.load fetches just the ones the given text needs.
 */
const FAMILY = '"Noto Sans SC"';

let css: Promise<unknown> | null = null;

export async function loadExportFont(text: string, boldText = ''): Promise<void> {
  css ??= import('@fontsource/noto-sans-sc/400.css');
  await css;
  await Promise.all([
    document.fonts.load(`16px ${FAMILY}`, text),
    boldText ? document.fonts.load(`bold 16px ${FAMILY}`, boldText) : Promise.resolve([]),
  ]);
}

/** True when every subset the text needs is loaded (text drawn now will not fall back to another font). */
export function fontsReady(text: string): boolean {
  return document.fonts.check(`16px ${FAMILY}`, text);
}
