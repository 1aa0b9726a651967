import type { Browser, Page } from 'playwright-core';
import {
  describeInBrowser, launchChromium, newPersonPage, pageProblems, screenshot, seriousA11yViolations, signIn,
} from './support/browser';
import { startWebTestServer, type WebTestServer } from './support/web-test-server';

/** Flevoland's ontwikkelaar runs a circle; Zeeland takes its lesson over; a landelijk ambassadeur lifts it. */
const DEVELOPER_REGION = 'JZ08';
const OTHER_REGION = 'JZ38';
const CIRCLE = 'Omdenken rond de wachtlijst jeugd-ggz';
const LEARNING = 'Wachttijden verkorten door samen casussen te omdenken';

describeInBrowser('web app: Cirkels and Lessen (real API, embedded store, demo data)', () => {
  let server: WebTestServer;
  let browser: Browser;
  let developer: Page;
  let learningPath: string;

  beforeAll(async () => {
    server = await startWebTestServer();
    browser = await launchChromium();
    ({ page: developer } = await newPersonPage(browser, server.url));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Cirkels: an ontwikkelaar sees the circles of the region and starts one', async () => {
    await signIn(developer, 'Ontwikkelaar', DEVELOPER_REGION);
    await developer.waitForURL(/\/cirkels$/);
    await developer.getByRole('heading', { level: 2, name: 'Flevoland' }).waitFor();
    expect(await developer.locator('#lk-circles-caption').textContent()).toBe('Cirkels in Flevoland');
    expect(await developer.locator('table tbody tr').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(developer)).toEqual([]);
    await screenshot(developer, '3-cirkels');

    await developer.getByLabel('Titel').fill(CIRCLE);
    await developer.getByRole('checkbox', { name: 'Wachttijden' }).check();
    await developer.getByLabel('Beschrijving (niet verplicht)').fill('Professionals van jeugd-ggz, wijkteams en onderwijs leren van elkaars casussen.');
    await developer.getByRole('button', { name: 'Cirkel starten' }).click();
    await developer.waitForURL(/\/cirkels\/[0-9a-f-]{36}$/);
    await developer.getByRole('heading', { level: 1, name: CIRCLE }).waitFor();
  });

  it('Cirkels: adds a participant, records a session and captures a learning', async () => {
    await developer.getByLabel('Naam', { exact: true }).fill('Sanne de Vries');
    await developer.getByLabel('Organisatie').fill('Jeugd-ggz Flevoland');
    await developer.getByLabel('Functie').fill('Gedragswetenschapper');
    await developer.getByLabel('Sector').selectOption('GGZ');
    await developer.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await developer.locator('.lk-status').getByText('Sanne de Vries is toegevoegd.').waitFor();
    await developer.getByRole('rowheader', { name: 'Sanne de Vries' }).waitFor();

    await developer.getByLabel('Vorm').selectOption('OMDENKSESSIE');
    await developer.getByLabel('Aantal aanwezigen').fill('14');
    await developer.getByRole('group', { name: 'Aanwezige sectoren' }).getByRole('checkbox', { name: 'GGZ' }).check();
    await developer.getByLabel('Samenvatting').fill('Drie casussen omgedacht; de wachtlijst is een gedeeld probleem.');
    await developer.getByRole('button', { name: 'Bijeenkomst vastleggen' }).click();
    await developer.locator('.lk-story').getByText(/Omdenksessie · 14 aanwezig/).waitFor();
    await expect(developer.locator('.lk-story').textContent()).resolves.toMatch(/\d{1,2} [a-z]+ \d{4} · Omdenksessie/);
    expect(await seriousA11yViolations(developer)).toEqual([]);
    await screenshot(developer, '3-cirkel');

    await developer.getByLabel('Titel').fill(LEARNING);
    await developer.getByLabel('Inzicht').fill('Wie de wachtlijst samen bespreekt, vindt vaker een passende plek dichterbij huis.');
    await developer.getByLabel('Succesfactoren (één per regel, niet verplicht)').fill('Vaste tafel met jeugd-ggz en wijkteam\nEén casus per keer');
    await developer.getByRole('button', { name: 'Les vastleggen' }).click();
    await developer.waitForURL(/\/lessen\/[0-9a-f-]{36}$/);
    learningPath = new URL(developer.url()).pathname;
    await developer.getByRole('heading', { level: 1, name: LEARNING }).waitFor();
    await developer.locator('.lk-story').getByText('Vastgelegd in Flevoland').waitFor();
    expect(pageProblems(developer)).toEqual([]);
  });

  it('Lessen: another region searches in Dutch (wachttijd finds wachttijden) and filters by theme', async () => {
    const { context, page } = await newPersonPage(browser, server.url);
    try {
      await signIn(page, 'Regio-ambassadeur', OTHER_REGION);
      await page.goto('/lessen');
      await page.getByLabel('Zoekwoorden').fill('wachttijd');
      await page.getByLabel('Thema').selectOption('WACHTTIJDEN');
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.waitForURL(/zoek=wachttijd&thema=WACHTTIJDEN/);
      const ours = page.getByRole('link', { name: LEARNING });
      await ours.waitFor();
      await expect(page.locator('#lk-results-title').textContent()).resolves.toMatch(/lessen (gevonden|getoond)/);
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, '4-lessen');

      // The learning's page: its story, and what Zeeland may do with Flevoland's lesson.
      await ours.click();
      await page.getByRole('heading', { level: 1, name: LEARNING }).waitFor();
      await page.getByText('U handelt namens Zeeland.').first().waitFor();
      await page.getByLabel('Toelichting (niet verplicht)').fill('Herkenbaar: ook bij ons lopen de wachttijden op.');
      await page.getByRole('button', { name: 'Les onderschrijven' }).click();
      await page.locator('.lk-story').getByText('Onderschreven door Zeeland').waitFor();
      await page.getByText('Uw regio onderschrijft deze les al.').waitFor();

      await page.getByLabel('Hoe past uw regio de les toe?').fill('We beginnen met een vaste tafel in twee gemeenten.');
      await page.getByRole('button', { name: 'Les overnemen' }).click();
      await page.locator('.lk-story').getByText('Overgenomen door Zeeland').waitFor();
      await page.getByText('Uw regio heeft deze les al overgenomen.').waitFor();
      expect(await seriousA11yViolations(page)).toEqual([]);
      await screenshot(page, '4-les');
      expect(pageProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Lessen: a landelijk ambassadeur lifts it for the whole country, and it shows among the promoted', async () => {
    const { context, page } = await newPersonPage(browser, server.url);
    try {
      await signIn(page, 'Landelijk ambassadeur');
      await page.goto(learningPath);
      await page.getByRole('heading', { level: 1, name: LEARNING }).waitFor();
      // Endorsing is open to this role, adopting is not (DESIGN.md 5).
      await page.getByRole('button', { name: 'Les onderschrijven' }).waitFor();
      expect(await page.getByRole('button', { name: 'Les overnemen' }).count()).toBe(0);
      await page.getByLabel('Waarom moet heel Nederland dit weten?').fill('Laat zien hoe regio’s wachttijden samen aanpakken.');
      await page.getByRole('button', { name: 'Les landelijk uitlichten' }).click();
      await page.locator('.lk-story').getByText('Landelijk uitgelicht').waitFor();

      await page.goto('/lessen');
      await page.getByRole('checkbox', { name: 'Alleen landelijk uitgelicht' }).check();
      await page.getByRole('button', { name: 'Zoeken', exact: true }).click();
      await page.waitForURL(/uitgelicht=1/);
      await page.getByRole('link', { name: LEARNING }).waitFor();
      expect(await page.locator('.lk-result').count()).toBe(await page.locator('.lk-result .lk-badge--promoted').count());
    } finally {
      await context.close();
    }
  });
});
