import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from './fixtures';
import { readDataset } from './table-helpers';

/** The value a card states (data-value holds the exact sum behind the rounded text). */
async function cardValue(page: Page, metric: string): Promise<number> {
  const value = page.locator(`.card[data-metric="${metric}"] .card-value`);
  await expect(value).toBeVisible({ timeout: 60_000 });
  return Number(await value.getAttribute('data-value'));
}

/** Values of the lines a sources dialog lists. */
async function listedValues(dialog: Locator): Promise<number[]> {
  return dialog
    .locator('button[data-figure-id]')
    .evaluateAll((buttons) => buttons.map((b) => Number(b.getAttribute('data-value'))));
}

test('a card lists the figures it adds up, and each opens its source', async ({ page }) => {
  await page.goto('./?level=all');
  const total = await cardValue(page, 'sessions');
  const button = page.getByRole('button', { name: /^开展场次的来源（\d+条）$/ });
  await button.click();
  const dialog = page.getByRole('dialog', { name: '开展场次的来源' });
  await expect(dialog).toBeVisible();

  const values = await listedValues(dialog);
  expect(values.length).toBeGreaterThan(1);
  expect(values.reduce((a, b) => a + b, 0)).toBe(total);
  await expect(button).toHaveAccessibleName(`开展场次的来源（${values.length}条）`);
  // Plans are left out and the list says so.
  await expect(dialog).toContainText('计划数不计入');

  // The data file's own done sessions figures are exactly the ones listed (no filters are set), less the
  // sub-counts (partOf) whose done total already holds them.
  const data = await readDataset(page);
  const done = data.figures.filter((f) => f.status === 'done');
  const doneIds = new Set(done.map((f) => f.id));
  const expected = done
    .filter((f) => f.metric === 'sessions' && !(f.partOf !== undefined && doneIds.has(f.partOf)))
    .map((f) => f.id);
  const listed = await dialog
    .locator('button[data-figure-id]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-figure-id')));
  expect([...listed].sort()).toEqual([...expected].sort());

  // Each approximate value keeps its 余/近 (or 不少于…) as the report wrote it. Chosen from the data file, not
  // from the dialog: a dialog that lost its qualifiers must fail here, not skip the check.
  const approximate = done.filter((f) => expected.includes(f.id) && f.qualifier !== 'exact');
  for (const f of approximate) {
    await expect(dialog.locator(`button[data-figure-id="${f.id}"]`)).toContainText(f.valueText);
  }

  const line = dialog.locator('button[data-figure-id]').first();
  const figureId = await line.getAttribute('data-figure-id');
  const figure = data.figures.find((f) => f.id === figureId);
  await line.click();
  const source = page.getByRole('dialog', { name: /^原文/ });
  await expect(source).toBeVisible();
  expect(figure).toBeDefined();
  await expect(source.locator('mark')).toHaveText(figure?.quote ?? '');

  // Esc closes the source, back to the list with focus on the line; Esc again closes the list.
  await page.keyboard.press('Escape');
  await expect(source).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(line).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the keyboard opens and closes a card’s sources in English', async ({ page }) => {
  await page.goto('./?lang=en');
  const total = await cardValue(page, 'personTimes');
  const button = page.getByRole('button', { name: /^Participants \(person-times\): sources \(\d+\)$/ });
  await button.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Sources of Participants (person-times)' });
  await expect(dialog).toBeVisible();
  expect((await listedValues(dialog)).reduce((a, b) => a + b, 0)).toBe(total);
  await expect(dialog).toContainText('Planned figures are not counted');
  await page.keyboard.press('Tab');
  await expect(dialog.locator(':focus')).toHaveCount(1);
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the rate card lists the regions whose reports pair collected and resolved problems, and divides only the pairs', async ({
  page,
}) => {
  await page.goto('./?lang=en');
  const rate = await cardValue(page, 'rate');
  const data = await readDataset(page);
  const done = data.figures.filter((f) => f.status === 'done');
  const has = (metric: string) => new Set(done.filter((f) => f.metric === metric).map((f) => f.regionCode));
  const collected = has('problemsCollected');
  const both = [...has('problemsResolved')].filter((code) => collected.has(code));

  await page.getByRole('button', { name: /^Resolution rate: sources/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Sources of Resolution rate' });
  const regions = await dialog
    .locator('[data-region]')
    .evaluateAll((sections) => sections.map((s) => s.getAttribute('data-region')));
  expect([...regions].sort()).toEqual([...both].sort());

  // Resolved ÷ collected over the paired lines gives the card's rate; the unpaired ones are listed apart.
  const sumOf = (metric: string) =>
    dialog.locator('[data-region] > .hs-list button[data-figure-id]').evaluateAll(
      (buttons, ids) =>
        buttons
          .filter((b) => ids.includes(b.getAttribute('data-figure-id') ?? ''))
          .reduce((a, b) => a + Number(b.getAttribute('data-value')), 0),
      done.filter((f) => f.metric === metric).map((f) => f.id),
    );
  expect((await sumOf('problemsResolved')) / (await sumOf('problemsCollected'))).toBeCloseTo(rate, 10);
  // Every problem figure of a listed region is on the list, paired or not: none silently dropped.
  const listed = await dialog
    .locator('button[data-figure-id]')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-figure-id')));
  const ofListed = done.filter(
    (f) => (f.metric === 'problemsCollected' || f.metric === 'problemsResolved') && regions.includes(f.regionCode),
  );
  expect([...listed].sort()).toEqual(ofListed.map((f) => f.id).sort());
});
