import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HEADER_POLICY, META_POLICY } from '../../scripts/csp';
import { DEBRIEF_BUILT, SCREENSHOTS, passContentNote, startHarness, type Harness } from './harness';
import { TEST_DIST } from './build';
import { savedAt } from './runs';

/**
 * The Content-Security-Policy the page ships with. Every page the browser tests open through the
 * harness is watched for violations from its first script on (an init script listens before the game's
 * own code runs, and Chromium's "Refused to …" console lines are counted too), and each of those test
 * files ends by finding none: the stage's whole game (stage.test.ts), whole games by keyboard and mouse
 * (play.test.ts), every debrief, the teacher's page. Here: the policy itself, the parts that only
 * this page turns on (the service worker, sound), and proof that the watch hears a violation.
 */

let harness: Harness;

beforeAll(async () => {
  // Everything the page does, under its policy: the stage and the service worker too.
  harness = await startHarness({ stage: true, serviceWorker: true, reducedMotion: true });
});

afterAll(async () => {
  await harness?.close();
});

/** The directives of the violations the harness's listener heard. */
const heard = () => harness.violations.filter((line) => line.startsWith('securitypolicyviolation: ')).map((line) => line.split(' ')[1]).sort();

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

  it('lets a game be finished with the stage, sound, the service worker, the glossary, the branch map and the class view, and no violation; and it is in force', async () => {
    // The last choice of a game, made in Node; the game's first steps under the policy are the other files' (see above),
    // and so is the stage's WebGL (stage.test.ts): here it draws on Canvas.
    const save = savedAt((beat) => beat.choices.length === 0, { before: true });
    const { context, page } = await harness.open({ fresh: true, webgl: false, storage: { save } });
    await page.locator('#text-larger').click();
    await page.getByTestId('mute').click();
    await page.getByTestId('mute').click();
    await page.getByRole('button', { name: 'Continue' }).click();
    // The last decision's beat opens the Terror's chapter: continued there, it shows its content note again.
    await passContentNote(page, 'mouse');
    await page.getByTestId('choice').first().waitFor();
    await page.locator('[data-testid="stage"] canvas').waitFor();
    await page.getByTestId('choice').first().click();
    await page.locator(DEBRIEF_BUILT).waitFor();
    const code = await page.getByTestId('run-code').innerText();
    expect(code).toMatch(/^LH\d-/);
    // The QR code is drawn when it comes near the screen.
    await page.getByTestId('run-code').scrollIntoViewIfNeeded();
    await page.locator('.qr').waitFor();
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

    expect(harness.violations).toEqual([]);

    // The policy is really in force, and the watch really hears it: an injected inline script and an
    // inline style attribute are both refused and reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true;';
      document.body.append(script);
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      document.body.append(probe);
    });
    await expect.poll(heard).toEqual(['script-src-elem', 'style-src-attr']);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    await context.close();
  });
});
