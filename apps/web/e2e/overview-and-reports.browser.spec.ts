import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import {
  describeInBrowser, launchChromium, newPersonPage, pageProblems, screenshot, seriousA11yViolations, signIn,
} from './support/browser';
import { startWebTestServer, type WebTestServer } from './support/web-test-server';

const DUTCH_DATE = /\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/;
const dutchDate = (iso: string) =>
  new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

describeInBrowser('web app: Landelijk overzicht and Rapportages (real API, embedded store, demo data)', () => {
  let server: WebTestServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startWebTestServer();
    browser = await launchChromium();
    ({ page } = await newPersonPage(browser, server.url));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Landelijk overzicht: every region with its activity, the theme matrix, trends and the lessons that travelled', async () => {
    await signIn(page, 'Landelijk ambassadeur');
    await page.goto('/overzicht');
    await page.getByRole('heading', { level: 1, name: 'Landelijk overzicht' }).waitFor();
    await page.locator('.lk-tile').first().waitFor();
    expect(await page.locator('.lk-tile').count()).toBe(42);
    await expect(page.locator('.lk-lead').textContent()).resolves.toMatch(new RegExp(`^Actuele cijfers van ${DUTCH_DATE.source}\\.$`));
    // Figures the Dutch way: 1.234,5.
    const hours = await page.locator('.lk-totals').getByText(/ van /).textContent();
    expect(hours).toMatch(/^\d{1,3}(\.\d{3})*(,\d)? van \d{1,3}(\.\d{3})*(,\d)?$/);
    expect(await page.locator('table.lk-matrix tbody tr').count()).toBe(42);
    expect(await page.locator('#lk-trends-caption').count()).toBe(1);
    expect(await page.locator('section[aria-labelledby="lk-travel-title"] li').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(1280);
    await screenshot(page, '5-landelijk-overzicht');
  });

  it('Landelijk overzicht: a past date (asOf) shows the figures as they were recorded by the end of that day', async () => {
    // The demo was recorded today (its events carry today's time), so yesterday nothing was known yet.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('Peildatum').fill(yesterday);
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(new RegExp(`peildatum=${yesterday}`));
    await page.locator('.lk-lead').getByText(`De cijfers zoals ze waren aan het eind van ${dutchDate(yesterday)}.`).waitFor();
    await page.getByText('Op die datum was er nog niets vastgelegd.').waitFor();
    expect(await page.locator('.lk-tile').count()).toBe(0);
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Back to today: the figures of now again.
    await page.getByLabel('Peildatum').fill('');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.locator('.lk-lead').getByText(/^Actuele cijfers van/).waitFor();
    expect(await page.locator('.lk-tile').count()).toBe(42);
  });

  it('switches to English and back: texts, dates and numbers follow the language', async () => {
    await page.goto('/overzicht');
    await page.getByRole('button', { name: 'Taal: Nederlands' }).click();
    await page.getByRole('button', { name: /^English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'National overview' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('.lk-lead').textContent()).resolves.toMatch(/^Current figures of \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Language: English' }).click();
    await page.getByRole('button', { name: /^Nederlands/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Landelijk overzicht' }).waitFor();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('nl');
  });

  it('Rapportages: VNG chooses period and regions, previews, and downloads CSV, Excel and PDF', async () => {
    const { context, page: vng } = await newPersonPage(browser, server.url);
    try {
      await signIn(vng, 'VNG-medewerker');
      await vng.waitForURL(/\/rapportages$/);
      await vng.getByRole('heading', { level: 1, name: 'Rapportages' }).waitFor();
      const regions = vng.getByRole('group', { name: 'Regio\'s' });
      await regions.getByRole('checkbox', { name: 'Flevoland', exact: true }).check();
      await regions.getByRole('checkbox', { name: 'Zeeland', exact: true }).check();
      await vng.getByRole('button', { name: 'Voorbeeld tonen' }).click();
      await vng.getByRole('heading', { level: 2, name: 'Voorbeeld' }).waitFor();
      const rows = vng.locator('#lk-report-caption').locator('xpath=..').locator('tbody tr');
      expect(await rows.count()).toBe(2);
      await expect(rows.locator('th').allTextContents()).resolves.toEqual(['Flevoland', 'Zeeland']);
      await expect(vng.locator('section[aria-labelledby="lk-preview-title"] p').first().textContent()).resolves.toMatch(DUTCH_DATE);
      expect(await seriousA11yViolations(vng)).toEqual([]);
      await screenshot(vng, '6-rapportages');

      const files: Record<string, string> = { 'CSV (zip)': 'PK', Excel: 'PK', PDF: '%PDF' };
      for (const [button, magic] of Object.entries(files)) {
        const [download] = await Promise.all([vng.waitForEvent('download'), vng.getByRole('button', { name: button }).click()]);
        expect(download.suggestedFilename()).toMatch(/^leerkring-programmarapportage-.+\.(csv\.zip|zip|xlsx|pdf)$/);
        const content = readFileSync(await download.path());
        expect(content.subarray(0, magic.length).toString('latin1')).toBe(magic);
        await vng.locator('.lk-status').getByText(`${download.suggestedFilename()} is gedownload.`).waitFor();
      }

      // A period that ends before it begins is refused with a message, and the choice stays.
      await vng.getByLabel('Van', { exact: true }).fill('2026-06-30');
      await vng.getByLabel('Tot en met', { exact: true }).fill('2026-04-01');
      await vng.getByRole('button', { name: 'Voorbeeld tonen' }).click();
      await vng.locator('.lk-error-summary').waitFor();
      await expect(vng.getByLabel('Van', { exact: true }).inputValue()).resolves.toBe('2026-06-30');
      await expect(regions.getByRole('checkbox', { name: 'Zeeland', exact: true }).isChecked()).resolves.toBe(true);
      expect(pageProblems(vng).filter((p) => !p.includes('400'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
