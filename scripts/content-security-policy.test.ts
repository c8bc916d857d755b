import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspDirectives, inlineScriptHashes } from './content-security-policy';

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

describe('inlineScriptHashes', () => {
  it('hashes inline classic and module scripts exactly as written, not data blocks or external scripts', () => {
    const html = [
      '<script>\n  if (x) y();\n</script>',
      '<script type="module">import "./a.js";</script>',
      '<script type="application/json" id="d">{"a":1}</script>',
      '<script type="module" src="./main.js"></script>',
    ].join('\n');
    expect(inlineScriptHashes(html)).toEqual([sha('\n  if (x) y();\n'), sha('import "./a.js";')]);
  });
});

describe('cspDirectives', () => {
  it('allows the page’s own scripts and the hashed inline ones, never eval or inline script', () => {
    const policy = cspDirectives(['abc='], { portable: false }).join('; ');
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'sha256-abc='");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
  });

  it('gives the portable page (opened from file://) only its hashed scripts and data: fonts', () => {
    const policy = cspDirectives(['abc='], { portable: true }).join('; ');
    expect(policy).toContain("script-src 'sha256-abc='");
    expect(policy).toContain("font-src 'self' data:");
  });
});
