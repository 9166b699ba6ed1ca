import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, SCREENSHOTS, passContentNote, startHarness, type Harness } from './harness';

/** The sizes the stage must serve: two projectors, a school laptop, and tablets both ways up. */
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector-720p', width: 1280, height: 720 },
  { name: 'projector-1080p', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'tablet-portrait', width: 820, height: 1180 },
  { name: 'tablet-landscape', width: 1024, height: 768 },
] as const;

/** The share of the canvas's height the scene takes; the strip of meters and timeline is beneath it. */
const SCENE_SHARE = 540 / 780;

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

interface Print {
  grid: string;
  colours: number;
  sceneColours: number;
  stripColours: number;
}

/** A fingerprint of the stage's canvas: a coarse grid of its pixels, and how many colours each part holds. */
async function canvasPrint(page: Page): Promise<Print> {
  return page.evaluate((share) => {
    const canvas = document.querySelector('[data-testid="stage"] canvas') as HTMLCanvasElement;
    const copy = document.createElement('canvas');
    copy.width = 96;
    copy.height = 78;
    const context = copy.getContext('2d') as CanvasRenderingContext2D;
    context.drawImage(canvas, 0, 0, copy.width, copy.height);
    const data = context.getImageData(0, 0, copy.width, copy.height).data;
    const all = new Set<string>();
    const scene = new Set<string>();
    const strip = new Set<string>();
    let grid = '';
    for (let i = 0; i < data.length; i += 4) {
      const key = `${data[i]! >> 4},${data[i + 1]! >> 4},${data[i + 2]! >> 4}`;
      all.add(key);
      const row = Math.floor(i / 4 / copy.width);
      (row < copy.height * share ? scene : strip).add(key);
      grid += key + ';';
    }
    return { grid, colours: all.size, sceneColours: scene.size, stripColours: strip.size };
  }, SCENE_SHARE);
}

async function begin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByTestId('choice').first().waitFor();
  await stageDrawn(page, 1);
}

/**
 * Waits until the stage has drawn at least `count` beats and, with `still`, until its animations are
 * over and its loop asleep (the director's `data-idle`).
 */
async function stageDrawn(page: Page, count: number, still = true): Promise<void> {
  await page.waitForFunction(
    ({ n, still }) => {
      const stage = document.getElementById('stage');
      return Number(stage?.dataset.drawn ?? 0) >= n && (!still || stage?.dataset.idle === 'true');
    },
    { n: count, still },
    { timeout: 30_000 },
  );
}

async function drawnCount(page: Page): Promise<number> {
  return page.evaluate(() => Number(document.getElementById('stage')?.dataset.drawn ?? 0));
}

/** Takes choice `index` and waits for the story and then the stage to move on. */
async function choose(page: Page, index: number, still = true): Promise<void> {
  // A content note before the famine or the Terror holds the choices: read on past it first.
  await passContentNote(page, 'mouse');
  const before = await drawnCount(page);
  const text = await page.getByTestId('story-text').innerText();
  await page.getByTestId('choice').nth(index).click();
  await page.waitForFunction((length) => (document.querySelector('[data-testid="story-text"]') as HTMLElement).innerText.length !== length, text.length);
  await stageDrawn(page, before + 1, still);
}

/** Takes the first choice until the ban vote is offered. */
async function toTheVote(page: Page): Promise<void> {
  for (let turn = 0; turn < 20 && (await page.locator('.choice--decision').count()) === 0; turn += 1) await choose(page, 0, false);
  expect(await page.locator('.choice--decision').count()).toBeGreaterThan(1);
}

async function caption(page: Page): Promise<string> {
  return page.locator('#stage-caption').innerText();
}

const sceneOf = (page: Page): Promise<string | undefined> => page.evaluate(() => document.getElementById('stage')?.dataset.scene);

describe('the stage', () => {
  it('draws the scene and the strip on a canvas that screen readers skip, and says in words what it shows', async () => {
    const { context, page } = await harness.open();
    await begin(page);
    const canvas = page.getByTestId('stage').locator('canvas');
    expect(await canvas.getAttribute('aria-hidden')).toBe('true');
    expect(await page.getByTestId('stage').getAttribute('data-renderer')).toBe('webgl');
    expect(await sceneOf(page)).toBe('CongressScene');
    const print = await canvasPrint(page);
    expect(print.sceneColours).toBeGreaterThan(4);
    expect(print.stripColours).toBeGreaterThan(3);
    const words = await caption(page);
    expect(words).toMatch(/three camps before the vote/);
    expect(words).toMatch(/meters/);
    expect(words).toMatch(/timeline/);
    await context.close();
  });

  it('shows what a decision did: the picture changes, and the words name the decision and why each meter moved', async () => {
    const { context, page } = await harness.open();
    await begin(page);
    await toTheVote(page);
    const before = await canvasPrint(page);
    // Vote against the ban: not what the majority did.
    await choose(page, 2);
    const after = await canvasPrint(page);
    expect(after.grid).not.toBe(before.grid);
    expect(after.sceneColours).toBeGreaterThan(4);
    const words = await caption(page);
    expect(words).toMatch(/voted against/);
    expect(words).toMatch(/your standing down from \d+ to \d+ \(your stand on the ban on factions, apart from what the majority did\)/);
    expect(words).toMatch(/first broke with the majority in 1921/);
    await page.screenshot({ path: `${SCREENSHOTS}stage-after-decision.png` });
    await context.close();
  });

  it('shows the same picture after a reload from a save', async () => {
    const { context, page } = await harness.open({ reducedMotion: true });
    await begin(page);
    await toTheVote(page);
    await choose(page, 1);
    await choose(page, 0);
    const saved = await canvasPrint(page);
    const words = await caption(page);
    const scene = await sceneOf(page);
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await stageDrawn(page, 1);
    expect(await sceneOf(page)).toBe(scene);
    expect(await caption(page)).toBe(words);
    expect((await canvasPrint(page)).grid).toBe(saved.grid);
    await context.close();
  });

  it('turns to the scene each beat names, and its words always describe the scene on the canvas', async () => {
    const { context, page } = await harness.open({ reducedMotion: true });
    await begin(page);
    const seen = new Set<string>();
    const opening: Record<string, RegExp> = {
      CongressScene: /Tenth Congress|"On Party Unity"/,
      PolitburoScene: /The stage shows the Politburo's table/,
      CountrysideScene: /The stage shows the countryside/,
      PosterScene: /The stage shows a poster/,
    };
    for (let turn = 0; turn < 200 && (await page.getByTestId('choice').count()) > 0; turn += 1) {
      const scene = (await sceneOf(page)) ?? '';
      seen.add(scene);
      expect(await caption(page)).toMatch(opening[scene] ?? /^$/);
      const print = await canvasPrint(page);
      expect(print.sceneColours, `turn ${turn}, ${scene}`).toBeGreaterThan(3);
      await choose(page, 0);
    }
    expect(seen.has('CongressScene')).toBe(true);
    expect(seen.has('PolitburoScene')).toBe(true);
    await context.close();
  });

  it('keeps still under prefers-reduced-motion, and animates a decision otherwise', async () => {
    const frames = async (reducedMotion: boolean): Promise<boolean> => {
      const { context, page } = await harness.open({ reducedMotion });
      await begin(page);
      await toTheVote(page);
      const before = await drawnCount(page);
      await page.getByTestId('choice').nth(2).click();
      await page.waitForFunction((n) => Number(document.getElementById('stage')?.dataset.drawn ?? 0) > n, before);
      await page.waitForTimeout(60);
      const first = await canvasPrint(page);
      await page.waitForTimeout(160);
      const second = await canvasPrint(page);
      await context.close();
      return first.grid !== second.grid;
    };
    expect(await frames(true)).toBe(false);
    expect(await frames(false)).toBe(true);
  });

  it('draws on Canvas where WebGL is missing', async () => {
    const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, '--disable-webgl', '--disable-3d-apis'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(harness.url);
      await begin(page);
      expect(await page.getByTestId('stage').getAttribute('data-renderer')).toBe('canvas');
      const before = await canvasPrint(page);
      expect(before.sceneColours).toBeGreaterThan(4);
      await toTheVote(page);
      await choose(page, 0);
      expect((await canvasPrint(page)).grid).not.toBe(before.grid);
      await page.screenshot({ path: `${SCREENSHOTS}stage-canvas-renderer.png` });
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('explains the meters on a page of their own, opened from the stage panel', async () => {
    const { context, page } = await harness.open();
    await begin(page);
    await page.getByRole('button', { name: 'What the meters show' }).click();
    const help = page.getByRole('dialog', { name: 'What the meters show' });
    await help.waitFor();
    // The page's own words, whatever the stylesheet does to their case.
    const text = (await help.textContent()) ?? '';
    expect(text).toMatch(/a model, not a measurement/i);
    for (const label of ["Stalin's power", 'Debate in the party', 'Repression', "The peasants' lot", 'Industry', 'Your standing', 'Your safety']) {
      expect(text).toContain(label);
    }
    expect(text.match(/What it leaves out/g)?.length).toBe(7);
    await help.getByRole('button', { name: 'Close' }).click();
    expect(await help.isVisible()).toBe(false);
    await context.close();
  });

  it('lets the story go on when the stage cannot load', async () => {
    const { context, page } = await harness.open();
    await page.route(/\/assets\/stage-[^/]*\.js$/, (route) => route.abort());
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => page.getByTestId('stage').innerText(), { timeout: 10_000 }).toMatch(/stage could not load/);
    const text = await page.getByTestId('story-text').innerText();
    await page.getByTestId('choice').first().click();
    await page.waitForFunction((length) => (document.querySelector('[data-testid="story-text"]') as HTMLElement).innerText.length !== length, text.length);
    expect(await page.getByTestId('choice').count()).toBeGreaterThan(0);
    // Its words still come: they do not need the stage's code.
    expect(await caption(page)).toMatch(/The stage shows|Tenth Congress/);
    await context.close();
  });

  it('keeps the picture its size when A+ makes the text larger', async () => {
    const { context, page } = await harness.open();
    await begin(page);
    const widthOf = async (selector: string): Promise<number> => (await page.locator(selector).boundingBox())?.width ?? 0;
    const fontSize = (): Promise<number> => page.getByTestId('story-text').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = { canvas: await widthOf('[data-testid="stage"] canvas'), text: await fontSize() };
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(fontSize).toBeGreaterThan(before.text);
    expect(Math.abs((await widthOf('[data-testid="stage"] canvas')) - before.canvas)).toBeLessThan(2);
    expect(Math.abs((await widthOf('[data-testid="stage"] canvas')) - (await widthOf('[data-testid="stage"] > div')))).toBeLessThan(2);
    await context.close();
  });

  it.each(SIZES)('fits and reads at $width × $height ($name)', async ({ name, width, height }) => {
    const { context, page } = await harness.open({ viewport: { width, height } });
    await begin(page);
    await toTheVote(page);
    await choose(page, 2);
    const box = await page.getByTestId('stage').locator('canvas').boundingBox();
    const host = await page.getByTestId('stage').boundingBox();
    expect(box && host).toBeTruthy();
    if (!box || !host) return;
    // The canvas fills its box (no letterbox bands), keeps its shape, and lies within the page's width.
    expect(Math.abs(box.width / box.height - 960 / 780)).toBeLessThan(0.02);
    expect(box.width).toBeGreaterThan(host.width - 12);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    // On a projector the meters' labels read from the back of the room: 14 px at least.
    const labelUnits = Number(await page.getByTestId('stage').locator('canvas').getAttribute('data-label-size'));
    if (width >= 1280) expect((box.width / 960) * labelUnits).toBeGreaterThanOrEqual(14);
    // Read down to the last choice: the whole picture is still on screen, and lies over no choice.
    const last = page.getByTestId('choice').last();
    await last.scrollIntoViewIfNeeded();
    const picture = await page.getByTestId('stage').locator('canvas').boundingBox();
    const choice = await last.boundingBox();
    expect(picture && choice).toBeTruthy();
    if (!picture || !choice) return;
    expect(picture.y).toBeGreaterThanOrEqual(-1);
    expect(picture.y + picture.height).toBeLessThanOrEqual(height + 1);
    expect(choice.y + choice.height).toBeLessThanOrEqual(height + 1);
    const apart = choice.y >= picture.y + picture.height - 1 || choice.x >= picture.x + picture.width - 1 || choice.x + choice.width <= picture.x + 1;
    expect(apart).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}stage-${name}-${width}x${height}.png` });
    await context.close();
  });
});

describe('the network', () => {
  it('was asked for nothing but the game’s own files, and no page threw', () => {
    expect(harness.foreignRequests).toEqual([]);
    expect(harness.pageErrors).toEqual([]);
  });
});
