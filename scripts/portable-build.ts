import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { INLINE_FIGURES_ID, INLINE_TEXTS_ID } from '../src/app/inline-dataset.ts';

/** Where `npm run build:portable` writes its one file. */
export const PORTABLE_DIR = 'dist-portable';
export const PORTABLE_FILE = 'dangshi-dashboard.html';

/** index.html's notice for a normal build opened from a folder; the portable page works there, so drops it. */
const FILE_NOTICE = /<!-- file-notice -->[\s\S]*?<!-- \/file-notice -->\s*/;

/** JSON inside <script type="application/json">: `<` as \u003c, so no `</script>` or `<!--` in the data ends it. */
const forScript = (json: string) => json.replace(/</g, '\\u003c');

/**
 * The pieces of the portable page that vite-plugin-singlefile does not inline: the dataset (public/data,
 * figures.json and every report text it points to) as JSON elements the loaders read (src/app/inline-dataset.ts),
 * and the favicon as a data: URL.
 */
export function portablePage(root: string): Plugin {
  const dataDir = join(root, 'public/data');
  return {
    name: 'portable-page',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const figures = readFileSync(join(dataDir, 'figures.json'), 'utf8');
        const { reports } = JSON.parse(figures) as { reports: { textPath: string }[] };
        const texts = Object.fromEntries(
          reports.map((r) => [`data/${r.textPath}`, readFileSync(join(dataDir, r.textPath), 'utf8')]),
        );
        const favicon = readFileSync(join(root, 'public/favicon.svg')).toString('base64');
        const json = (id: string, text: string) => ({
          tag: 'script',
          attrs: { type: 'application/json', id },
          children: forScript(text),
          injectTo: 'head' as const,
        });
        return {
          html: html
            .replace(FILE_NOTICE, '')
            .replace('href="./favicon.svg"', `href="data:image/svg+xml;base64,${favicon}"`),
          tags: [json(INLINE_FIGURES_ID, figures), json(INLINE_TEXTS_ID, JSON.stringify(texts))],
        };
      },
    },
  };
}
