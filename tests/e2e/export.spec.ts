// "Exporter" on the results list: files built on the device in the national schema, offline too.
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { FIELDS } from '../../src/export/national-schema';
import { waitForWholeShell, waitForWorker } from './offline-helpers';
import { expectNoAxeViolations } from './support/axe';
import { toSchemaRow } from '../../src/export/to-schema-row';
import { manifest, placeById } from './support/finder-data';

const LIST_URL = '/?commune=02408';
const items = (page: Page) => page.locator('[data-place-id]');
const shownIds = (page: Page) => items(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-place-id')!));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const text = async (d: Download) => readFileSync((await d.path())!, 'utf8');

async function openExport(page: Page) {
  await expect(items(page).first()).toBeVisible();
  await page.getByText('Exporter cette liste (CSV ou JSON)').click();
  await expect(page.getByRole('button', { name: 'Télécharger en CSV' })).toBeVisible();
}

async function download(page: Page, name: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return file;
}

/** The CSV rows plus the places the page says it refused add up to the list shown. */
async function expectCsvOfList(page: Page, csv: string) {
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual([...FIELDS]);
  const ids = await shownIds(page);
  // The places the page says it left out are exactly those the mapping refuses, each with its reason.
  const refused = ids.map((id) => placeById(id)!).filter((p) => !toSchemaRow(p, () => undefined).ok);
  await expect(page.getByTestId('export-refused').locator('li')).toHaveText(refused.map((p) => new RegExp(`^${escape(p.name)} : (adresse|code postal) manquante?$`)));
  expect(parsed.data.length + refused.length).toBe(ids.length);
  // Same places, same order: the list's ids less the refused ones.
  const rowIds = parsed.data.map((r) => r.id);
  expect(rowIds.every((id) => ids.includes(id))).toBe(true);
  expect(rowIds).toEqual(ids.filter((id) => rowIds.includes(id)));
  return parsed.data;
}

test.describe('export of the result list', () => {
  test('CSV: a download of the national schema, one row per place of the list, with its LISEZMOI', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(LIST_URL);
    await openExport(page);
    // The export code is not part of the page until it is used.
    expect(requests.some((p) => /export-files/.test(p))).toBe(false);
    await expect(page.getByText(/elles sont dans LISEZMOI\.txt, à garder avec le fichier CSV/)).toBeVisible();

    const csvFile = await download(page, 'Télécharger en CSV');
    expect(csvFile.suggestedFilename()).toMatch(/^repere-lieux-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await text(csvFile);
    expect(csv.startsWith('"id","pivot","nom"')).toBe(true);
    expect(csv).toContain('\r\n');
    const rows = await expectCsvOfList(page, csv);
    expect(rows.length).toBeGreaterThan(0);
    await expect(page.getByTestId('export-status')).toHaveText(new RegExp(`^${rows.length} lieux? exportés? dans repere-lieux-`));
    expect(requests.some((p) => /export-files/.test(p))).toBe(true);
    const row = rows[0]!;
    expect(row.pivot).toBe('00000000000000');
    expect(row.date_maj).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row.commune).toBeTruthy();

    const readme = await download(page, 'Télécharger LISEZMOI.txt (licence et sources)');
    expect(readme.suggestedFilename()).toBe(csvFile.suggestedFilename().replace(/\.csv$/, '-LISEZMOI.txt'));
    const txt = await text(readme);
    for (const s of ['Licence Ouverte 2.0', 'standard-mediation-num v1.0.2', 'Attribution à reprendre', `${csvFile.suggestedFilename()} (${rows.length} lieux)`]) expect(txt).toContain(s);
    await expect(page.getByTestId('export-status')).toHaveText(/^Licence, attribution et sources enregistrées dans .*-LISEZMOI\.txt\.$/);
    await expectNoAxeViolations(page);
  });

  test('JSON: the same rows, and the licence, sources, date and schema in its metadata', async ({ page }) => {
    await page.goto(LIST_URL);
    await openExport(page);
    const file = await download(page, 'Télécharger en JSON');
    expect(file.suggestedFilename()).toMatch(/^repere-lieux-\d{4}-\d{2}-\d{2}\.json$/);
    const json = JSON.parse(await text(file));
    const ids = await shownIds(page);
    const m = json.metadata;
    expect(m.schema).toMatchObject({ name: 'standard-mediation-num', version: 'v1.0.2' });
    expect(m.licence).toMatchObject({ name: 'Licence Ouverte 2.0', id: 'etalab-2.0' });
    expect(m.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.dataDate).toBe(manifest().generatedAt);
    expect(m.count).toBe(json.data.length);
    expect(json.data.length + m.refused.length).toBe(ids.length);
    const known = new Map(manifest().sources.map((s) => [s.id, s]));
    expect(m.sources.length).toBeGreaterThan(1);
    for (const s of m.sources) expect(s).toMatchObject({ publisher: known.get(s.id)!.publisher, date: known.get(s.id)!.date });
    expect(m.attribution).toContain('Licence Ouverte 2.0');
  });

  test('keyboard only: Tab to "Exporter", Enter to open, Tab to the CSV button, Enter to download', async ({ page }) => {
    await page.goto(LIST_URL);
    await expect(items(page).first()).toBeVisible();
    const summary = page.locator('.export__summary');
    for (let i = 0; i < 400 && !(await summary.evaluate((e) => e === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Télécharger en CSV' })).toBeFocused();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    await expectCsvOfList(page, await text(file));
  });

  test('a longer list exports all its places; the message about the shorter one goes', async ({ page }) => {
    await page.goto(LIST_URL);
    await openExport(page);
    const first = await expectCsvOfList(page, await text(await download(page, 'Télécharger en CSV')));
    const before = await items(page).count();
    await page.getByRole('button', { name: 'Afficher plus de lieux' }).click();
    await expect.poll(() => items(page).count()).toBeGreaterThan(before);
    await expect(page.getByTestId('export-status')).toHaveText('');
    const more = await expectCsvOfList(page, await text(await download(page, 'Télécharger en CSV')));
    expect(more.length).toBeGreaterThan(first.length);
  });

  test('not on a kiosk: nothing may be left on a shared screen', async ({ page }) => {
    await page.goto('/?mode=kiosk&near=49.5641,3.6199&label=Laon');
    await expect(items(page).first()).toBeVisible();
    await expect(page.getByTestId('export')).toHaveCount(0);
  });

  test('English labels', async ({ page }) => {
    await page.goto(`${LIST_URL}&lang=en`);
    await expect(items(page).first()).toBeVisible();
    await page.getByText('Export this list (CSV or JSON)').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    await expect(page.getByTestId('export-status')).toHaveText(/places? exported to repere-lieux-/);
  });
});

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });

  test('after one visit, the export works with no network at all', async ({ page, context }) => {
    await page.goto(LIST_URL);
    await waitForWorker(page);
    await expect(items(page).first()).toBeVisible();
    // The exporter is a screen loaded on demand: kept once the link was free (second stage).
    await waitForWholeShell(page);
    const online = await shownIds(page);
    await context.setOffline(true);
    await page.reload();
    await expect(items(page).first()).toBeVisible();
    expect(await shownIds(page)).toEqual(online);
    const outside: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('blob:') && new URL(r.url()).origin !== new URL(page.url()).origin) outside.push(r.url());
    });
    await openExport(page);
    const file = await download(page, 'Télécharger en CSV');
    await expectCsvOfList(page, await text(file));
    const json = JSON.parse(await text(await download(page, 'Télécharger en JSON')));
    expect(json.metadata.licence.name).toBe('Licence Ouverte 2.0');
    expect(outside).toEqual([]);
    await expectNoAxeViolations(page);
  });
});
