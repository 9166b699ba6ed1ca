import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_POLICY, META_POLICY } from '../../scripts/csp';
import { SCREENSHOTS, playToEnd, startHarness, type Harness } from './harness';
import { TEST_DIST } from './build';

/**
 * The Content-Security-Policy the page ships with: a whole game under it, title to debrief, with the
 * stage, sound, fonts, the glossary, the branch map and the class view, raises not one violation.
 * Each page counts violations from its first script on (an init script listens before the game's
 * own code runs), and Chromium's "Refused to …" console lines are counted too.
 */

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

declare global {
  interface Window {
    __violations: string[];
  }
}

async function watchViolations(context: BrowserContext, refused: string[]): Promise<void> {
  await context.addInitScript(() => {
    window.__violations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) => window.__violations.push(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
      true,
    );
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
}

const violations = (page: Page) => page.evaluate(() => window.__violations);

describe('the Content-Security-Policy', () => {
  it('is the one scripts/csp.ts defines, in the built page and in the README for hosts', () => {
    const built = readFileSync(new URL(`../../${TEST_DIST}/index.html`, import.meta.url), 'utf8');
    expect(built).toContain(`<meta http-equiv="Content-Security-Policy" content="${META_POLICY}"`);
    // Before any script or stylesheet, or it would not cover them.
    expect(built.indexOf('Content-Security-Policy')).toBeLessThan(built.search(/<script|<link rel="stylesheet"/));
    expect(built).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(built).not.toMatch(/<style|\sstyle="/); // no inline style
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`);
    expect(readme).toContain(`Header always set Content-Security-Policy "${HEADER_POLICY}"`);
  });

  it('lets a whole game be played, with the glossary, the branch map and the class view, and no violation', async () => {
    const refused: string[] = [];
    const { context, page } = await harness.open();
    await watchViolations(context, refused);
    await page.reload(); // the init script now watches from the page's first script on
    await page.locator('#text-larger').click();
    await page.getByRole('button', { name: 'Begin' }).click();
    await page.getByTestId('choice').first().waitFor();
    await page.locator('[data-testid="stage"] canvas').waitFor();
    await page.getByTestId('mute').click();
    await page.getByTestId('mute').click();
    await playToEnd(page, (count, turn) => (turn % 2 === 0 ? count - 1 : 0), 'keyboard');
    await page.getByTestId('debrief').waitFor();
    const code = await page.getByTestId('run-code').innerText();
    expect(code).toMatch(/^LH\d-/);
    expect(await page.locator('.qr').count()).toBe(1);
    expect(await page.locator('.stage__fallback').count()).toBe(0);

    await page.getByRole('button', { name: 'Glossary' }).click();
    await page.locator('#glossary-dialog[open]').waitFor();
    expect(await page.locator('#glossary-list dt').count()).toBeGreaterThan(5);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /map/i }).first().click();
    await page.getByTestId('branch-map').waitFor();
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => [...document.fonts].some((face) => face.status === 'loaded'))).toBe(true);
    await page.evaluate(async () => navigator.serviceWorker.ready);

    const teacher = await context.newPage();
    await teacher.goto(`${harness.url}#class`);
    await teacher.getByTestId('class-codes').fill(code);
    await teacher.getByRole('button', { name: /show/i }).click();
    await expect.poll(() => teacher.getByTestId('class-results').innerText()).toMatch(/1 of 1 run codes? read/);
    await teacher.screenshot({ path: `${SCREENSHOTS}csp-class.png` });

    expect(await violations(page)).toEqual([]);
    expect(await violations(teacher)).toEqual([]);
    expect(refused).toEqual([]);

    // The policy is really in force, and the listener really hears it: an injected inline script
    // and an inline style attribute are both refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.body.append(script);
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
    });
    await expect.poll(async () => (await violations(page)).map((line) => line.split(' ')[0]).sort()).toEqual(['script-src-elem', 'style-src-attr']);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await context.close();
  }, 300_000); // a whole game with full motion on a shared two-core machine: a ceiling, not a budget
});
