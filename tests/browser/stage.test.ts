import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, canvasPrint, chosenCount, expectNothingAmiss, movedOn, passContentNote, startHarness, type CanvasPrint, type Harness } from './harness';
import { atTheVote, savedAt } from './runs';

/** The sizes the stage must serve: two projectors, a school laptop, and tablets both ways up. */
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'projector-720p', width: 1280, height: 720 },
  { name: 'projector-1080p', width: 1920, height: 1080 },
  { name: 'laptop', width: 1366, height: 768 },
  { name: 'tablet-portrait', width: 820, height: 1180 },
  { name: 'tablet-landscape', width: 1024, height: 768 },
] as const;

/**
 * Drawing the stage in software is the dearest thing these tests do on a two-core machine, so each
 * describe below starts it once and its tests follow one another on that page, in order; each test
 * says where it expects to stand. Games that start later than the first beat are made in Node.
 */
let harness: Harness;

beforeAll(async () => {
  // The stage is what these tests are about; the service worker is not (offline.test.ts).
  harness = await startHarness({ stage: true, serviceWorker: false, reducedMotion: true });
});

afterAll(async () => {
  await harness?.close();
});

async function begin(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByTestId('choice').first().waitFor();
  await stageDrawn(page, 1);
}

/** Continues the saved game from the title and waits for the stage to draw where it stands. */
async function continueSaved(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Continue' }).click();
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
  const [before, chosen] = await Promise.all([drawnCount(page), chosenCount(page)]);
  await page.getByTestId('choice').nth(index).click();
  await movedOn(page, chosen);
  await stageDrawn(page, before + 1, still);
}

/**
 * Takes choice `index` and reads the canvas as fast as the page answers until the stage says it is
 * still again: the pictures it showed from the one before the choice on (each change once), and the last.
 */
async function watchChoice(page: Page, index: number): Promise<{ pictures: string[]; last: CanvasPrint }> {
  const pictures = [(await canvasPrint(page)).grid];
  await choose(page, index, false);
  for (let print = await canvasPrint(page); ; print = await canvasPrint(page)) {
    if (print.grid !== pictures.at(-1)) pictures.push(print.grid);
    if (print.still) return { pictures, last: print };
  }
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

describe('the stage, from the first beat to the vote on the ban', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    // On WebGL, as a laptop with a graphics card draws it ('the stage elsewhere' draws on Canvas), and with
    // motion, as most players see it: the decision's picture moves.
    ({ context, page } = await harness.open({ graphicsCard: true, reducedMotion: false }));
    await begin(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it('draws the scene and the strip on a canvas that screen readers skip, and says in words what it shows', async () => {
    const canvas = page.getByTestId('stage').locator('canvas');
    expect(await canvas.getAttribute('aria-hidden')).toBe('true');
    expect(await page.getByTestId('stage').getAttribute('data-renderer')).toBe('webgl');
    expect(await canvas.evaluate((element: HTMLCanvasElement) => element.getContext('webgl')?.getContextAttributes()?.antialias)).toBe(true);
    expect(await sceneOf(page)).toBe('CongressScene');
    const print = await canvasPrint(page);
    expect(print.sceneColours).toBeGreaterThan(4);
    expect(print.stripColours).toBeGreaterThan(3);
    const words = await caption(page);
    expect(words).toMatch(/three camps before the vote/);
    expect(words).toMatch(/meters/);
    expect(words).toMatch(/timeline/);
  });

  it('explains the meters on a page of their own, opened from the stage panel', async () => {
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
  });

  it('shows what a decision did, in motion: the picture moves and changes, and the words name the decision and why each meter moved', async () => {
    await toTheVote(page);
    // Vote against the ban: not what the majority did.
    const { pictures, last } = await watchChoice(page, 2);
    // Frames in between the vote's picture and the new one: the decision is animated.
    expect({ changed: last.grid !== pictures[0], moved: pictures.length > 3 }).toEqual({ changed: true, moved: true });
    expect(last.sceneColours).toBeGreaterThan(4);
    const words = await caption(page);
    expect(words).toMatch(/voted against/);
    expect(words).toMatch(/your standing down from \d+ to \d+ \(your stand on the ban on factions, apart from what the majority did\)/);
    expect(words).toMatch(/first broke with the majority in 1921/);
    await page.screenshot({ path: `${SCREENSHOTS}stage-after-decision.png` });
  });

  it('keeps the picture its size when A+ makes the text larger', async () => {
    const widthOf = async (selector: string): Promise<number> => (await page.locator(selector).boundingBox())?.width ?? 0;
    const fontSize = (): Promise<number> => page.getByTestId('story-text').evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = { canvas: await widthOf('[data-testid="stage"] canvas'), text: await fontSize() };
    await page.getByRole('button', { name: 'Larger text' }).click();
    await page.getByRole('button', { name: 'Larger text' }).click();
    await expect.poll(fontSize).toBeGreaterThan(before.text);
    expect(Math.abs((await widthOf('[data-testid="stage"] canvas')) - before.canvas)).toBeLessThan(2);
    expect(Math.abs((await widthOf('[data-testid="stage"] canvas')) - (await widthOf('[data-testid="stage"] > div')))).toBeLessThan(2);
  });
});

describe('the stage through a whole game, with reduced motion', () => {
  it('turns to the scene each beat names and says so in words, never moves, and shows the same picture after a reload from a save', async () => {
    const { context, page } = await harness.open();
    await begin(page);
    const seen = new Set<string>();
    const opening: Record<string, RegExp> = {
      CongressScene: /Tenth Congress|"On Party Unity"/,
      PolitburoScene: /The stage shows the Politburo's table/,
      CountrysideScene: /The stage shows the countryside/,
      PosterScene: /The stage shows a poster/,
    };
    /** Pictures shown between one choice and the stage's rest, for the turns where there were more than the two ends (and one half drawn). */
    const moved: string[] = [];
    let print = await canvasPrint(page);
    for (let turn = 0; turn < 200 && (await page.getByTestId('choice').count()) > 0; turn += 1) {
      const scene = (await sceneOf(page)) ?? '';
      seen.add(scene);
      expect(await caption(page)).toMatch(opening[scene] ?? /^$/);
      expect(print.sceneColours, `turn ${turn}, ${scene}`).toBeGreaterThan(3);
      if (turn === 5) {
        // The game is saved at every step: after a reload it continues with the same picture and words.
        const words = await caption(page);
        await page.reload();
        await continueSaved(page);
        expect([await sceneOf(page), await caption(page), (await canvasPrint(page)).grid]).toEqual([scene, words, print.grid]);
      }
      await passContentNote(page, 'mouse');
      const watched = await watchChoice(page, 0);
      // Still: the picture before, then the new one at once (perhaps once half drawn, if a frame fell between the scene and the strip).
      if (watched.pictures.length > 3) moved.push(`turn ${turn}: ${watched.pictures.length - 1} pictures`);
      print = watched.last;
    }
    expect({ moved, congress: seen.has('CongressScene'), politburo: seen.has('PolitburoScene') }).toEqual({ moved: [], congress: true, politburo: true });
    await context.close();
  });
});

describe('the stage at every size', () => {
  // After the vote against the ban, opened on a phone and then turned to each other size in turn (the
  // stage refits to its box on every resize); the motion is the tests' above.
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const [{ width, height }] = SIZES;
    ({ context, page } = await harness.open({ viewport: { width, height }, storage: { save: savedAt(atTheVote, { take: 2 }) } }));
    await continueSaved(page);
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(SIZES)('fits and reads at $width × $height ($name)', async ({ name, width, height }) => {
    await page.setViewportSize({ width, height });
    // Until the stage has refitted its canvas to the page at this size and drawn it.
    await page.waitForFunction(
      (viewport) => {
        const stage = document.getElementById('stage');
        const canvas = stage?.querySelector('canvas');
        return innerWidth === viewport && !!canvas && stage?.dataset.idle === 'true' && Math.abs(canvas.getBoundingClientRect().width - stage.getBoundingClientRect().width) < 12;
      },
      width,
      { timeout: 30_000 },
    );
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
  });
});

describe('the stage elsewhere', () => {
  it('draws on Canvas where the browser would draw WebGL in software', async () => {
    // Chromium here has no graphics card: its WebGL is SwiftShader's (webgl-context.ts).
    const { page, close } = await harness.open();
    await begin(page);
    expect(await page.getByTestId('stage').getAttribute('data-renderer')).toBe('canvas');
    expect((await canvasPrint(page)).sceneColours).toBeGreaterThan(4);
    await close();
  });

  it('draws on Canvas where WebGL is missing', async () => {
    // The page finds no WebGL at all (withoutWebGL); the harness keeps any error the page throws.
    const { page, close } = await harness.open({ webgl: false });
    await begin(page);
    expect(await page.getByTestId('stage').getAttribute('data-renderer')).toBe('canvas');
    const before = await canvasPrint(page);
    expect(before.sceneColours).toBeGreaterThan(4);
    await toTheVote(page);
    await choose(page, 0);
    expect((await canvasPrint(page)).grid).not.toBe(before.grid);
    await page.screenshot({ path: `${SCREENSHOTS}stage-canvas-renderer.png` });
    await close();
  });

  it('lets the story go on when the stage cannot load', async () => {
    // Its chunk refused, as every page of the other browser tests that are not about the picture has it.
    const { context, page } = await harness.open({ stage: false });
    await page.getByRole('button', { name: 'Begin' }).click();
    await expect.poll(() => page.getByTestId('stage').innerText(), { timeout: 10_000 }).toMatch(/stage could not load/);
    const chosen = await chosenCount(page);
    await page.getByTestId('choice').first().click();
    await movedOn(page, chosen);
    expect(await page.getByTestId('choice').count()).toBeGreaterThan(0);
    // Its words still come: they do not need the stage's code.
    expect(await caption(page)).toMatch(/The stage shows|Tenth Congress/);
    await context.close();
  });
});

describe('the network and the policy', () => {
  it('were asked for nothing but the game’s own files, no page threw, and nothing broke the Content-Security-Policy', () => {
    expectNothingAmiss(harness);
  });
});
