import { fileURLToPath, URL } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { contentSecurityPolicy } from './scripts/content-security-policy.ts';
import { PORTABLE_DIR, PORTABLE_FILE, portablePage } from './scripts/portable-build.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig(({ mode }) => {
  // `vite build --mode portable` (npm run build:portable): one self-contained page that opens from a folder.
  const portable = mode === 'portable';
  return {
    // Relative base: the built app works from any sub-path of an intranet server.
    base: './',
    // The policy plugin comes last: in the portable page it hashes the scripts vite-plugin-singlefile inlined.
    plugins: portable
      ? [
          react(),
          portablePage(root),
          viteSingleFile({ outputFileName: PORTABLE_FILE }),
          contentSecurityPolicy({ portable }),
        ]
      : [react(), contentSecurityPolicy({ portable })],
    resolve: {
      alias: {
        '@': src,
        // Bold is synthesised from the regular weight in the portable page, which would otherwise carry the
        // ~100 subsets of the font twice (3.7 MB each, more as base64) in a file meant for e-mail.
        ...(portable
          ? {
              '@fontsource/noto-sans-sc/700.css': fileURLToPath(
                new URL('./scripts/portable-no-bold.css', import.meta.url),
              ),
            }
          : {}),
      },
    },
    // The portable page carries its data itself: public/ (data/, favicon) is not copied beside it.
    publicDir: portable ? false : 'public',
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 1500,
      // Fonts stay files, even the few subsets under 4 KB that Vite would inline as data: URLs, so the
      // Content-Security-Policy keeps `font-src 'self'` (the portable page inlines everything regardless).
      assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
      // dist/.vite/manifest.json: which chunks the entry loads up front, for `npm run bench:size`.
      manifest: !portable,
      ...(portable ? { outDir: PORTABLE_DIR } : {}),
    },
    preview: { port: 4173, strictPort: true },
    test: {
      include: ['src/**/*.test.{ts,tsx}', 'pipeline/**/*.test.ts', 'scripts/**/*.test.ts'],
      environment: 'node',
      // Reading a generated PDF or Word file takes about a second alone and five on a loaded 2-core CI machine.
      testTimeout: 30_000,
    },
  };
});
