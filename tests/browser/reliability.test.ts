import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBRIEF_BUILT, SCREENSHOTS, begin, choicesOpen, expectNothingAmiss, startHarness, type Harness } from './harness';
import { atTheVote, finishedRun, savedAt } from './runs';

let harness: Harness;

beforeAll(async () => {
  // Saving, input and late parts: the stage and the service worker are other tests' (stage.test.ts, offline.test.ts).
  harness = await startHarness({ stage: false, serviceWorker: false, reducedMotion: true });
});

afterAll(async () => {
  await harness?.close();
});

/** The saved playthrough's choice ids, straight from the browser's storage. */
async function savedChoices(page: Page): Promise<string[]> {
  return page.evaluate(() => (JSON.parse(localStorage.getItem('lenins-heirs:save') ?? 'null')?.record?.choices as string[]) ?? []);
}

async function takeChoices(page: Page, count: number): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) {
    await page.getByTestId('choice').first().click();
    await choicesOpen(page);
  }
}

describe('input', () => {
  it('a held number key takes one choice, not sixteen', async () => {
    const { page, close } = await harness.open();
    await begin(page);
    await page.keyboard.down('1');
    for (let repeat = 0; repeat < 15; repeat += 1) await page.keyboard.down('1');
    await page.keyboard.up('1');
    await choicesOpen(page);
    expect(await savedChoices(page)).toHaveLength(1);
    await close();
  });

  it('a number key pressed twice in a hurry takes one choice, even once the next choices are up', async () => {
    // The page's clock is Playwright's, stopped and moved on by hand: the second press comes when the new
    // choices are on the page but only 150 ms after the first, however busy this machine is.
    const { page, close } = await harness.open({ fresh: true });
    await page.clock.install();
    await page.reload();
    await begin(page);
    await page.clock.pauseAt(Date.now() + 60_000);
    const first = await page.evaluate(() => document.querySelector('[data-testid="choice"]')?.textContent);
    await page.keyboard.press('1');
    await page.clock.runFor(150);
    const between = await page.evaluate(() => ({
      phase: document.body.dataset.phase,
      choice: document.querySelector('[data-testid="choice"]')?.textContent,
    }));
    expect(between.choice).not.toBe(first);
    expect(between.phase).toBe('choosing');
    await page.keyboard.press('1');
    await page.clock.runFor(1000);
    expect([await page.evaluate(() => document.body.dataset.phase), await savedChoices(page)]).toEqual(['playing', [expect.any(String)]]);
    // A press after that pause is a choice.
    await page.keyboard.press('1');
    await page.clock.runFor(1000);
    expect(await savedChoices(page)).toHaveLength(2);
    await close();
  });

  it('a double click takes one choice', async () => {
    const { page, close } = await harness.open();
    await begin(page);
    await page.getByTestId('choice').first().dblclick();
    await choicesOpen(page);
    expect(await savedChoices(page)).toHaveLength(1);
    await close();
  });
});

describe('nothing lost', () => {
  it('Begin over a save asks first, and the old game can be restored', async () => {
    // A game saved past the vote on the ban, made in Node.
    const { page, close } = await harness.open({ storage: { save: savedAt(atTheVote, { take: 0 }) } });
    const before = await savedChoices(page);
    expect(before).toHaveLength(2);
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => page.locator('#confirm-dialog').isVisible()).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}begin-over-save.png` });
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('choice').first().waitFor();
    expect(await savedChoices(page)).toEqual([]);
    await page.reload();
    await page.getByRole('button', { name: /Earlier games/ }).click();
    await page.getByRole('button', { name: 'Restore' }).first().click();
    await page.getByTestId('choice').first().waitFor();
    expect(await savedChoices(page)).toEqual(before);
    await close();
  });

  it('two tabs notice each other, and neither overwrites the other silently', async () => {
    const { context, page: first } = await harness.open({ fresh: true });
    await begin(first);
    await takeChoices(first, 2);
    const second = await context.newPage();
    await second.goto(first.url());
    await second.getByRole('button', { name: 'Continue' }).click();
    await second.getByTestId('choice').first().waitFor();
    await takeChoices(second, 3);
    const theirs = await savedChoices(second);
    expect(theirs).toHaveLength(5);
    await expect.poll(() => first.locator('#notices').innerText()).toMatch(/another tab/);
    // The player turns back to the first tab (a tab behind another gets no animation frames, which clicks wait for).
    await first.bringToFront();
    await first.screenshot({ path: `${SCREENSHOTS}two-tabs.png` });
    // The first tab does not write over the second's five choices, whatever it does next.
    await first.getByTestId('choice').first().click({ force: true }).catch(() => undefined);
    expect(await savedChoices(first)).toEqual(theirs);
    await first.getByRole('button', { name: 'Load the other tab’s game' }).click();
    await expect.poll(() => first.locator('.chosen').count()).toBe(5);
    await context.close();
  });

  it('a run link opens read-only, and choosing again there asks first and keeps the player’s own game', async () => {
    const { code } = finishedRun();
    // The player's own game, saved past the vote on the ban, made in Node.
    const { page, close } = await harness.open({ storage: { save: savedAt(atTheVote, { take: 0 }) } });
    const mine = await savedChoices(page);
    expect(mine).toHaveLength(2);
    await page.goto(`${harness.url}#run=${code}`);
    await page.locator(DEBRIEF_BUILT).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('lenins-heirs:explored'))).toBeNull();
    expect(await savedChoices(page)).toEqual(mine);
    await page.getByTestId('debrief-entry').first().locator('summary').click();
    await page.getByTestId('replay-from').first().click();
    await expect.poll(() => page.locator('#confirm-dialog').isVisible()).toBe(true);
    await page.getByTestId('confirm-yes').click();
    await page.getByTestId('choice').first().waitFor();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('lenins-heirs:save-backups') ?? '[]').length)).toBe(1);
    await close();
  });

  it('going back and forward between a run and the class board shows one view at a time', async () => {
    const { code } = finishedRun();
    const { page, close } = await harness.open();
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    await page.evaluate((hash) => {
      location.hash = hash;
    }, `#run=${code}`);
    await page.locator(DEBRIEF_BUILT).waitFor();
    const visible = () =>
      page.evaluate(() => ['title-screen', 'story', 'debrief', 'class-view'].filter((id) => !(document.getElementById(id) as HTMLElement).hidden));
    await page.evaluate(() => {
      location.hash = '#class';
    });
    await expect.poll(visible).toEqual(['class-view']);
    await page.goBack();
    await expect.poll(visible).toEqual(['story', 'debrief']);
    await page.goForward();
    await expect.poll(visible).toEqual(['class-view']);
    await page.goBack();
    await page.goBack();
    await expect.poll(visible).toEqual(['title-screen']);
    await close();
  });

  it('a malformed link says so, and the game still starts', async () => {
    const { page, close } = await harness.open({ hash: '#run=%E0%A4%A' });
    await expect.poll(() => page.locator('#notices').innerText()).toMatch(/damaged/);
    await begin(page);
    await close();
  });

  it('the reflection and every reason survive a reload, and are copied', async () => {
    const { context, page } = await harness.open({ fresh: true, storage: { save: finishedRun().save } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('reflection').fill('I wanted to keep the party together.');
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator(DEBRIEF_BUILT).waitFor();
    expect(await page.getByTestId('reflection').inputValue()).toBe('I wanted to keep the party together.');
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('I wanted to keep the party together.');
    await context.close();
  });
});

describe('late parts', () => {
  it('a debrief chunk that fails to load says so and loads on Try again', async () => {
    const { context, page } = await harness.open({ fresh: true, storage: { save: finishedRun().save } });
    let block = true;
    await context.route(/later-views-.*\.js$/, (route) => (block ? route.abort() : route.continue()));
    await page.reload(); // refused from the page's first request on
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByTestId('debrief').innerText()).toMatch(/could not be loaded/);
    await page.screenshot({ path: `${SCREENSHOTS}debrief-failed.png` });
    block = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByTestId('debrief-entry').first().waitFor();
    await context.close();
  });

  it('a story that fails to load says so on the title, and Try again starts the game', async () => {
    const { context, page } = await harness.open({ fresh: true, hash: '#class' });
    let block = true;
    await context.route(/story-.*\.json$/, (route) => (block ? route.abort() : route.continue()));
    await page.goto(harness.url);
    await expect.poll(() => page.locator('#title-status').innerText()).toMatch(/could not be loaded/);
    block = false;
    await page.locator('#title-status').getByRole('button', { name: 'Try again' }).click();
    await begin(page);
    await context.close();
  });
});

describe('the network and the policy', () => {
  it('were asked for nothing but the game’s own files, no page threw, and nothing broke the Content-Security-Policy', () => {
    // The blocked chunk and story above are reported by the page, not thrown.
    expectNothingAmiss(harness);
  });
});
