import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { chartFigures, figureTitle, openDashboard, pngFacts, saveDownload, titleMatch } from './export-helpers';

// A browser that sees only DejaVu and Liberation: no system font has Chinese glyphs, so only the bundled
// Noto Sans SC can draw them (this machine has Noto CJK installed, which would hide a missing web font).
const fontsConf = '/tmp/export-e2e/fonts-no-cjk.conf';
mkdirSync('/tmp/export-e2e', { recursive: true });
writeFileSync(
  fontsConf,
  `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
<dir>/usr/share/fonts/truetype</dir><cachedir>/tmp/export-e2e/fc-cache</cachedir>
<include ignore_missing="yes">/etc/fonts/conf.d</include></fontconfig>`,
);
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
    env: { ...process.env, FONTCONFIG_FILE: fontsConf },
  },
});

test('without a Chinese system font the PNG title is drawn in the bundled font, not as boxes', async ({ page }) => {
  const fontFiles: string[] = [];
  page.on('request', (r) => {
    if (/noto-sans-sc.*\.woff2?$/.test(r.url())) fontFiles.push(r.url());
  });
  await openDashboard(page);
  const hasSystemCjk = await page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = '40px serif';
    const cjk = ctx.measureText('党史学习').width;
    ctx.font = '40px monospace';
    return Math.abs(cjk - ctx.measureText('党史学习').width) < 0.5 && cjk > 100 ? 'maybe' : 'no';
  });
  test.info().annotations.push({ type: 'system CJK font', description: hasSystemCjk });
  const figure = (await chartFigures(page))[0]!;
  const title = await figureTitle(figure);
  const { bytes } = await saveDownload(page, () =>
    figure.getByRole('button', { name: '导出PNG', exact: true }).click(),
  );
  const { png } = pngFacts(bytes);
  expect(fontFiles.length).toBeGreaterThan(0);
  const bundled = await titleMatch(page, png, title, '"Noto Sans SC"');
  // The same text in a font without Chinese glyphs: how the title would look if the bundled font were missing.
  const boxes = await titleMatch(page, png, title, '"DejaVu Sans"');
  test.info().annotations.push({
    type: 'title ink match',
    description: `bundled font ${bundled.match.toFixed(3)}, boxes ${boxes.match.toFixed(3)}`,
  });
  expect(bundled.match).toBeGreaterThan(0.85);
  expect(bundled.match - boxes.match).toBeGreaterThan(0.2);
});
