// The lesson route from the title page (issue #10), in the built game.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBRIEF_BUILT, SCREENSHOTS, expectNothingAmiss, playToEnd, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  // The lesson route's story and debrief: the stage and the service worker are other tests' (stage.test.ts, offline.test.ts).
  harness = await startHarness({ stage: false, serviceWorker: false, reducedMotion: true });
});

afterAll(async () => {
  await harness?.close();
});

async function decisions(page: Page): Promise<(string | null)[]> {
  return page.getByTestId('debrief-entry').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-decision')));
}

describe('the title', () => {
  it('offers the full game and the lesson route, each with its length', async () => {
    const { page, close } = await harness.open();
    const full = (await page.getByTestId('route-full').innerText()).replace(/\s+/g, ' ');
    const lesson = (await page.getByTestId('route-lesson').innerText()).replace(/\s+/g, ' ');
    expect([full, lesson]).toEqual([expect.stringMatching(/^Begin.*Full game.*40 minutes/i), expect.stringMatching(/^Lesson route.*15 minutes/i)]);
    await page.screenshot({ path: `${SCREENSHOTS}title-routes.png` });
    await close();
  });
});

describe('the lesson route', () => {
  it('opens on the vote on the ban and plays only the key decisions to an ending and its debrief', async () => {
    const { page, close } = await harness.open();
    await page.getByTestId('route-lesson').click();
    await page.getByTestId('choice').first().waitFor();
    expect(await page.getByTestId('year').innerText()).toMatch(/\b1921\b/);
    expect(await page.locator('[data-testid="choice"].choice--decision').count()).toBe(await page.getByTestId('choice').count());
    await page.screenshot({ path: `${SCREENSHOTS}lesson-first-beat.png` });
    const turns = await playToEnd(page, () => 0, 'mouse');
    await page.locator(DEBRIEF_BUILT).waitFor();
    // Five decisions, and one flavour choice: which passage of Lenin's letter stays with you.
    expect({ turns, decisions: await decisions(page) }).toEqual({ turns: 6, decisions: ['ban', 'testament', 'nep', 'collectivisation', 'terror'] });
    expect(await page.getByTestId('run-code').innerText()).toMatch(/^LH2-L[123]/);
    // The debrief's first screen (a full-page picture of the whole transcript is 30,000 px tall and costs seconds).
    await page.getByTestId('debrief').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}lesson-debrief.png` });
    await close();
    // A whole playthrough and a full-page screenshot: room for a busy two-core machine, not a time limit.
  }, 300_000);

  it('goes on with the lesson route after a reload, here to the Bukharin course', async () => {
    const { page, close } = await harness.open();
    await page.getByTestId('route-lesson').click();
    await page.getByTestId('choice').first().waitFor();
    await page.keyboard.press('1');
    await page.waitForFunction(() => document.querySelectorAll('.chosen').length === 1);
    const choices = await page.getByTestId('choice').allInnerTexts();
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('choice').first().waitFor();
    expect(await page.getByTestId('choice').allInnerTexts()).toEqual(choices);
    await playToEnd(page, (count) => count - 1, 'keyboard');
    await page.locator(DEBRIEF_BUILT).waitFor();
    expect(await decisions(page)).toEqual(['ban', 'testament', 'nep', 'famine', 'terror']);
    await page.screenshot({ path: `${SCREENSHOTS}lesson-bukharin-ending.png` });
    await close();
  }, 300_000);
});

describe('the network and the policy', () => {
  it('were asked for nothing but the game’s own files, no page threw, and nothing broke the Content-Security-Policy', () => {
    expectNothingAmiss(harness);
  });
});
