import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from './web-build';

export const SCREENSHOTS = join(REPO_ROOT, 'docs/screenshots');

/** Debian's chromium, or the one CHROMIUM_PATH names. */
export function chromiumPath(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path): path is string => Boolean(path) && existsSync(path as string));
}

/**
 * `describe` for browser suites: they run wherever a Chromium is found. Without one they are
 * skipped with a note on a developer's machine, and FAIL in CI (CI=true): CI must never pass
 * browser tests by not running them.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (chromiumPath()) {
    describe(name, suite);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it('has a Chromium to run in', () => {
        throw new Error('CI=true but no Chromium was found: install Debian\'s `chromium` (/usr/bin/chromium) or set CHROMIUM_PATH.');
      });
    });
    return;
  }
  console.warn(`[leerkring] ${name}: no Chromium (CHROMIUM_PATH or /usr/bin/chromium); the browser tests are skipped here, never in CI.`);
  describe.skip(name, suite);
}

/** Headless, offline-friendly, a fresh profile (playwright gives every launch a temporary one). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--lang=nl-NL',
    ],
  });
}

/** A new person at a new browser: own storage, Dutch, Amsterdam time, a desktop window. */
export async function newPersonPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 }, acceptDownloads: true,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  (page as Page & { problems?: string[] }).problems = problems;
  return { context, page };
}

/** Script errors the page logged (a failed request the test provoked shows up here too). */
export const pageProblems = (page: Page): string[] => (page as Page & { problems?: string[] }).problems ?? [];

export type RoleLabel = 'Regio-ambassadeur' | 'Ontwikkelaar' | 'Landelijk ambassadeur' | 'VNG-medewerker' | 'Beheerder';

/** Signs in through the sign-in page with the development issuer, as a person of the demo. */
export async function signIn(page: Page, role: RoleLabel, regionId?: string): Promise<void> {
  await page.goto('/aanmelden');
  await page.getByRole('radio', { name: role, exact: true }).check();
  if (regionId) await page.getByLabel('Regio', { exact: true }).selectOption(regionId);
  await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
  await page.getByRole('button', { name: 'Afmelden' }).waitFor();
}

/** axe-core over the whole page: no serious or critical violation of WCAG 2.1 A/AA. */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
}

/** The screenshot the README shows, written to docs/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Presses Tab until the focused element matches the CSS selector; fails after `max` presses. */
export async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`)) return;
  }
  throw new Error(`Tab never reached ${selector} in ${max} presses`);
}

/** What has the focus, for assertions: tag, accessible text and id. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(`(() => { const e = document.activeElement; return e ? (e.tagName + ' ' + (e.id || '') + ' ' + (e.textContent || '').trim()).trim() : '' })()`) as Promise<string>;
}
