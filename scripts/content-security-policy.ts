import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The page's Content-Security-Policy (ui-contract: "nothing leaves the page … its Content-Security-Policy says
 * so"). Beyond `default-src 'self'`, only what the app is seen to need; every e2e test fails on a violation
 * (e2e/fixtures.ts), so a need that is missing here shows up there.
 */
export function cspDirectives(scriptHashes: readonly string[], opts: { portable: boolean }): string[] {
  const hashes = scriptHashes.map((h) => `'sha256-${h}'`);
  return [
    "default-src 'self'",
    // The page's own bundles, plus the inline scripts it carries by hash only (the file:// notice; in the
    // portable page, the whole app): no 'unsafe-inline', no eval.
    ['script-src', opts.portable ? '' : "'self'", ...hashes].filter(Boolean).join(' '),
    // ECharts writes tooltip HTML with style="" attributes, and index.html's file:// notice is styled inline
    // (no stylesheet can load on file://); the portable page's CSS is an inline <style>. Styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Exports draw charts through data: and blob: images (SVG → <img> → canvas), the print page shows its
    // charts as data: PNGs, and the portable page's favicon is a data: URL.
    "img-src 'self' data: blob:",
    // The portable page carries its bundled fonts as data: URLs; the normal build serves them as files.
    opts.portable ? "font-src 'self' data:" : "font-src 'self'",
    // Nothing to embed, no <base> to redirect relative URLs, no form that posts anywhere.
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ];
}

/** Inline scripts the browser runs (not data blocks such as the portable page's JSON), as CSP sha256 hashes. */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const [, attrs = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(attrs)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (type !== undefined && type !== 'module' && !/^(text|application)\/(java|ecma)script$/.test(type)) continue;
    hashes.push(createHash('sha256').update(body, 'utf8').digest('base64'));
  }
  return [...new Set(hashes)];
}

/**
 * Puts the policy into the built page as a <meta http-equiv> (a static intranet server or a file:// copy sets
 * no headers of its own). Build only: the dev server's React refresh preamble and HMR socket need more.
 * Runs after vite-plugin-singlefile (listed after it, same `post` order), so the portable page's hashes are
 * those of the scripts it inlined.
 */
export function contentSecurityPolicy(opts: { portable: boolean }): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
          const policy = cspDirectives(inlineScriptHashes(html), opts).join('; ');
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
          // Right after <meta charset>: a policy applies only to what comes after it in the document.
          const at = /<meta\s+charset[^>]*>/i.exec(html);
          if (!at) throw new Error(`${file.fileName}: no <meta charset> to put the Content-Security-Policy after`);
          const end = at.index + at[0].length;
          file.source = `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
        }
      },
    },
  };
}
