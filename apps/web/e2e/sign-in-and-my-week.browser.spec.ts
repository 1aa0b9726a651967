import type { Browser, Page } from 'playwright-core';
import {
  describeInBrowser, focused, launchChromium, newPersonPage, pageProblems, screenshot, seriousA11yViolations, signIn, tabTo,
} from './support/browser';
import { startWebTestServer, type WebTestServer } from './support/web-test-server';

/** Zeeland's regio-ambassadeur logs and corrects; Drenthe's logs with the keyboard only. */
const REGION = 'JZ38';
const KEYBOARD_REGION = 'JZ04';
const PRIVACY_REFLECTION = 'Moeder van de jongere belde terug via jan.devries@example.nl, dat liep goed.';

describeInBrowser('web app: Aanmelden and Mijn week (real API, embedded store, demo data)', () => {
  let server: WebTestServer;
  let browser: Browser;
  let page: Page;
  /** The week logged in the first test and corrected in the next, as "Week 45". */
  let loggedWeek: string;

  beforeAll(async () => {
    server = await startWebTestServer();
    browser = await launchChromium();
    ({ page } = await newPersonPage(browser, server.url));
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('Aanmelden: an unsigned visitor lands on the sign-in page and signs in with the development issuer', async () => {
    await page.goto('/mijn-week');
    await page.waitForURL(/\/aanmelden\?verder=%2Fmijn-week/);
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getByRole('radio').count()).toBe(5);
    expect(await page.getByLabel('Regio', { exact: true }).locator('option').count()).toBe(42);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await screenshot(page, '1-aanmelden');

    await page.getByRole('radio', { name: 'Regio-ambassadeur', exact: true }).check();
    await page.getByLabel('Regio', { exact: true }).selectOption(REGION);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    // Back to where the visitor was going, as the demo's ambassador of that region.
    await page.waitForURL(/\/mijn-week$/);
    await page.getByRole('heading', { level: 1, name: 'Mijn week' }).waitFor();
    await expect(page.locator('.lk-who__role').textContent()).resolves.toContain(`Regio-ambassadeur · ${REGION}`);
    expect(await page.title()).toBe('Mijn week · Leerkring');
  });

  it('Mijn week: the last 12 weeks at a glance with the gaps marked', async () => {
    const rows = page.locator('table.lk-weeks tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(12);
    const gaps = await page.locator('.lk-week--gap').count();
    expect(gaps).toBeGreaterThan(0);
    await expect(page.locator('#lk-weeks-caption').textContent()).resolves.toContain(`${gaps} week of weken ontbreken`);
    // The current week is never in the demo's logs: the form opens on it.
    await page.getByRole('heading', { level: 2, name: /^Week \d+ vastleggen$/ }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('Mijn week: a privacy-guard refusal is said next to the reflection and keeps everything typed', async () => {
    const gap = page.locator('.lk-week--gap').first();
    loggedWeek = (await gap.getByRole('button').textContent())?.match(/^Week \d+/)?.[0] ?? '';
    await gap.getByRole('button', { name: `${loggedWeek} vastleggen` }).click();
    await page.getByRole('heading', { level: 2, name: `${loggedWeek} vastleggen` }).waitFor();

    await page.getByLabel('Uren').fill('7,5');
    await page.getByLabel('Omschrijving activiteit 1').fill('Kerngroep wachttijden voorbereid met de gemeente');
    await page.getByLabel('Aantal bereikte partners').fill('4');
    await page.getByRole('checkbox', { name: 'Gemeente' }).check();
    await page.getByRole('checkbox', { name: 'Onderwijs' }).check();
    await page.getByLabel('Reflectie').fill(PRIVACY_REFLECTION);
    await page.getByRole('button', { name: 'Week opslaan' }).click();

    const reflection = page.locator('#veld-reflectie');
    const message = reflection.locator('.utrecht-form-field-error-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/e-mailadres/);
    // The message is linked to the field it is about, and the summary above took the focus.
    const describedBy = (await reflection.locator('textarea').getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await message.getAttribute('id'));
    await expect(reflection.locator('textarea').getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await focused(page)).toContain('Er is iets niet goed');
    await screenshot(page, '2-mijn-week-privacy-geweigerd');
    expect(await seriousA11yViolations(page)).toEqual([]);

    // Nothing typed was lost.
    await expect(page.getByLabel('Uren').inputValue()).resolves.toBe('7,5');
    await expect(page.getByLabel('Omschrijving activiteit 1').inputValue()).resolves.toBe('Kerngroep wachttijden voorbereid met de gemeente');
    await expect(page.getByLabel('Aantal bereikte partners').inputValue()).resolves.toBe('4');
    await expect(page.getByRole('checkbox', { name: 'Gemeente' }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: 'Onderwijs' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Reflectie').inputValue()).resolves.toBe(PRIVACY_REFLECTION);

    // Without the address it is stored.
    await page.getByLabel('Reflectie').fill('De moeder van de jongere belde terug, dat liep goed.');
    await page.getByRole('button', { name: 'Week opslaan' }).click();
    await page.getByRole('status').filter({ hasText: `${loggedWeek} is opgeslagen.` }).waitFor();
    const row = page.locator('table.lk-weeks tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${loggedWeek}\\b`) }) });
    await row.getByText('Vastgelegd').waitFor();
    await expect(row.locator('td').first().textContent()).resolves.toBe('7,5');
  });

  it('Mijn week: corrects a logged week, with what changed', async () => {
    await page.getByRole('button', { name: `${loggedWeek} corrigeren` }).click();
    await page.getByRole('heading', { level: 2, name: `${loggedWeek} corrigeren` }).waitFor();
    await expect(page.getByLabel('Uren').inputValue()).resolves.toBe('7,5');
    await page.getByLabel('Uren').fill('8,25');
    await page.getByLabel('Wat verandert de correctie, en waarom?').fill('Een uur voorbereiding vergeten.');
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    await page.getByRole('status').filter({ hasText: `${loggedWeek} is opgeslagen.` }).waitFor();
    const row = page.locator('table.lk-weeks tbody tr').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${loggedWeek}\\b`) }) });
    await row.getByText('Gecorrigeerd').waitFor();
    await expect(row.locator('td').first().textContent()).resolves.toBe('8,25');
    await screenshot(page, '2-mijn-week');
  });

  it('Mijn week: a rule of the domain is said at its field too (hours not in quarter hours)', async () => {
    await page.getByLabel('Uren').fill('8,1');
    await page.getByLabel('Wat verandert de correctie, en waarom?').fill('Toch anders.');
    await page.getByRole('button', { name: 'Correctie opslaan' }).click();
    const message = page.locator('#veld-uren .utrecht-form-field-error-message');
    await message.waitFor();
    await expect(message.textContent()).resolves.toMatch(/kwartier/);
    await expect(page.getByLabel('Wat verandert de correctie, en waarom?').inputValue()).resolves.toBe('Toch anders.');
  });

  it('Mijn week: works with the keyboard only, from the skip link to a saved week', async () => {
    const { context, page: keyboard } = await newPersonPage(browser, server.url);
    try {
      await signIn(keyboard, 'Regio-ambassadeur', KEYBOARD_REGION);
      await keyboard.goto('/mijn-week');
      const title = keyboard.getByRole('heading', { level: 2, name: /^Week (\d+) vastleggen$/ });
      const week = (await title.textContent())?.match(/Week \d+/)?.[0] ?? '';

      await keyboard.keyboard.press('Tab');
      expect(await focused(keyboard)).toBe('A  Naar de inhoud');
      await keyboard.keyboard.press('Enter');
      expect(await focused(keyboard)).toMatch(/^MAIN inhoud/);

      await tabTo(keyboard, '#veld-uren input');
      await keyboard.keyboard.press('Control+A');
      await keyboard.keyboard.type('6,5');
      await tabTo(keyboard, '#veld-activiteit-0-tekst input');
      await keyboard.keyboard.type('Netwerkoverleg jeugdhulp en onderwijs');
      await tabTo(keyboard, '#veld-partners input');
      await keyboard.keyboard.press('Control+A');
      await keyboard.keyboard.type('3');
      await tabTo(keyboard, '#veld-sectoren input[value="JEUGDHULP"]');
      await keyboard.keyboard.press('Space');
      await tabTo(keyboard, '#veld-reflectie textarea');
      await keyboard.keyboard.type('Veel energie bij de scholen.');
      await tabTo(keyboard, 'button[type="submit"]');
      await keyboard.keyboard.press('Enter');

      await keyboard.getByRole('status').filter({ hasText: `${week} is opgeslagen.` }).waitFor();
      const row = keyboard.locator('table.lk-weeks tbody tr').filter({ has: keyboard.getByRole('rowheader', { name: new RegExp(`^${week}\\b`) }) });
      await row.getByText('Vastgelegd').waitFor();
      // The form now corrects the saved week, holding what was saved.
      await keyboard.getByRole('heading', { level: 2, name: `${week} corrigeren` }).waitFor();
      await expect(keyboard.getByRole('checkbox', { name: 'Jeugdhulp' }).isChecked()).resolves.toBe(true);
      await expect(row.locator('td').first().textContent()).resolves.toBe('6,5');
      expect(pageProblems(keyboard)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
