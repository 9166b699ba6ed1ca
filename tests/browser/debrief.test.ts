import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { encodeRunCode, recordOf } from '../../src/narrative/record';
import { catalogue } from '../../src/narrative/catalogue';
import { ENDING_PICKS, play } from '../support/paths';
import { fkGrade, sentencesOf, wordsOf } from '../support/readability';
import { SCREENSHOTS, expectNothingAmiss, openRunCode, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  // The debrief works without the stage, as on a failed load; the stage has its own tests (stage.test.ts).
  harness = await startHarness({ stage: false, serviceWorker: false, reducedMotion: true });
});

afterAll(async () => {
  await harness?.close();
});

/** Run codes for a path to every ending, played through the real story in Node. */
const runs = Object.fromEntries(Object.entries(ENDING_PICKS).map(([ending, pick]) => [ending, encodeRunCode(recordOf(play(pick)))]));

const essayFileLines = readFileSync(new URL('../../story/essay/essay.txt', import.meta.url), 'utf8').replace(/\n$/, '').split('\n');

/**
 * One page for the debriefs: a school's page loaded once, each run opened by its link (`#run=…`), as a
 * teacher going through the class's QR codes would. The harness refuses the stage's chunk, so only the
 * debrief is laid out.
 */
let shared: { context: BrowserContext; page: Page } | undefined;

afterAll(async () => {
  await shared?.context.close();
});

/** Opens the debrief of a run, at 1366×768 on screen, and waits until its own cards are drawn. */
async function openDebrief(ending: string): Promise<Page> {
  shared ??= await harness.open({ fresh: true });
  const { page } = shared;
  const code = runs[ending] ?? '';
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.emulateMedia({ media: 'screen' });
  await openRunCode(page, code);
  return page;
}

/** The page's visible text in the debrief, as a reader sees it. */
const debriefText = (page: Page) => page.getByTestId('debrief').innerText();

/** Whether the first layer, scrolled to its top, lies wholly inside the window. */
async function fitsOneScreen(page: Page): Promise<{ fits: boolean; bottom: number; height: number }> {
  return page.getByTestId('debrief-summary').evaluate((node) => {
    node.scrollIntoView({ block: 'start' });
    const rect = node.getBoundingClientRect();
    return { fits: rect.top >= 0 && rect.bottom <= innerHeight, bottom: rect.bottom, height: innerHeight };
  });
}

const SHOTS = new Set(['history-survivor', 'collective-nep']);

/** The catalogue's hyphenated ids, which no reader should ever see. */
const INTERNAL_IDS = [...catalogue.arguments.keys(), ...catalogue.decisions.keys()].filter((id) => id.includes('-'));

describe('the debrief, on every ending', () => {
  for (const ending of Object.keys(runs)) {
    it(`${ending}: one screen first, then closed cards, within the word budgets, printing to at most 6 A4 pages; no internal id and no text twice with every card open`, async () => {
      const page = await openDebrief(ending);
      const summary = page.getByTestId('debrief-summary');

      // Layer one: one screen at 1366×768, drawn (not a table), ≤ 250 words at grade ≤ 10.
      expect(await fitsOneScreen(page), ending).toMatchObject({ fits: true });
      if (SHOTS.has(ending)) await page.screenshot({ path: `${SCREENSHOTS}debrief-summary-${ending}-1366.png` });
      expect(await summary.locator('svg[role="img"][aria-label]').count()).toBe(1);
      expect(await summary.locator('table').count()).toBe(0);
      const first = await summary.innerText();
      expect(wordsOf(first).length, first).toBeLessThanOrEqual(250);
      expect(fkGrade(first), first).toBeLessThanOrEqual(10);
      expect(first).toMatch(/Your ending:/);
      expect(first).toMatch(/The essay, on what really happened: /);
      expect(first).toMatch(/Talk about it: .+\?/);
      if (ending === 'collective-nep') expect(first).toMatch(/left history at/);

      // Layer two: every card closed; the whole debrief ≤ 2,000 words; each card links to its essay line.
      const words = wordsOf(await debriefText(page)).length;
      console.info(`debrief ${ending}: first layer ${wordsOf(first).length} words, FK ${fkGrade(first).toFixed(1)}; whole, cards closed, ${words} words`);
      expect(words).toBeLessThanOrEqual(2000);
      const cards = await page.getByTestId('debrief-entry').all();
      expect(cards.length).toBeGreaterThan(3);
      for (const card of cards) {
        expect(await card.locator('details').evaluate((node) => (node as HTMLDetailsElement).open)).toBe(false);
        const link = card.getByTestId('essay-link').first();
        const line = Number(await link.getAttribute('data-line'));
        expect(essayFileLines[line - 1]?.trim(), `essay line ${line}`).toBeTruthy();
        expect(await link.getAttribute('href')).toBe(`#essay-L${line}`);
      }
      expect(await page.getByTestId('answer').count()).toBe(0);

      // The printed dossier.
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', path: SHOTS.has(ending) ? `${SCREENSHOTS}debrief-${ending}.pdf` : undefined });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      console.info(`printed dossier ${ending}: ${pages} A4 pages`);
      expect(pages).toBeGreaterThan(0);
      expect(pages).toBeLessThanOrEqual(6);
      await page.emulateMedia({ media: 'screen' });

      // A projector or a small laptop: 1280×720.
      await page.setViewportSize({ width: 1280, height: 720 });
      expect(await fitsOneScreen(page), `${ending} at 1280×720`).toMatchObject({ fits: true });
      if (SHOTS.has(ending)) await page.screenshot({ path: `${SCREENSHOTS}debrief-summary-${ending}-1280.png` });

      // Every card open: no internal id (ids of one plain word, "funeral", "testament", are ordinary
      // words; the hyphenated ones never are) and no sentence of six words or more twice.
      await page.locator('#debrief details').evaluateAll((nodes) => nodes.forEach((node) => ((node as HTMLDetailsElement).open = true)));
      const text = await debriefText(page);
      const seen = new Map<string, number>();
      for (const sentence of sentencesOf(text)) {
        if (wordsOf(sentence).length >= 6) seen.set(sentence, (seen.get(sentence) ?? 0) + 1);
      }
      expect({
        ids: INTERNAL_IDS.filter((id) => new RegExp(`\\b${id}\\b`).test(text)),
        twice: [...seen].filter(([, n]) => n > 1).map(([sentence]) => sentence),
      }).toEqual({ ids: [], twice: [] });
    });
  }
});

describe('the decision cards', () => {
  it('open to the arguments, historians, a question and Choose again from here', async () => {
    const page = await openDebrief('history-survivor');
    const card = page.locator('[data-testid="debrief-entry"][data-decision="terror"]');
    await card.locator('summary').click();
    const text = await card.innerText();
    expect(text).toMatch(/historians/i);
    expect(text).toMatch(/for discussion:/i);
    expect(text).toMatch(/Lenin’s line\?/i);
    expect(await card.getByTestId('replay-from').isVisible()).toBe(true);
    await card.evaluate((node) => node.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SCREENSHOTS}debrief-card-open.png` });
  });
});

describe('the essay', () => {
  it('is in the game, whole and credited, one element per line, and #essay-L<n> shows line n highlighted', async () => {
    const { page, close } = await harness.open({ hash: '#essay-L87', viewport: { width: 1366, height: 768 } });
    const essay = page.getByTestId('essay');
    await essay.waitFor();
    const lines = essay.locator('[data-line]');
    expect(await lines.count()).toBe(essayFileLines.length);
    expect(await lines.nth(16).getAttribute('data-line')).toBe('17');
    expect((await lines.nth(16).innerText()).replace(/^\d+\s*/, '')).toContain(essayFileLines[16]!.slice(0, 40));
    const credit = await page.locator('.essay__credit').innerText();
    for (const needed of ['William Anderson', 'CC BY 4.0', 'What kind of text is this?']) expect(credit).toContain(needed);
    expect(await page.locator('.essay__credit a[rel~="license"]').getAttribute('href')).toBe('https://creativecommons.org/licenses/by/4.0/');
    const target = essay.locator('[data-line="87"]');
    expect(await target.getAttribute('class')).toContain('essay__line--target');
    const inView = await target.evaluate((node) => {
      const rect = node.getBoundingClientRect();
      return rect.top >= 0 && rect.top < innerHeight;
    });
    expect(inView).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}essay-L87.png` });
    await close();
  });

  it('opens from the title and from a card’s essay link, and Back returns to the debrief as it was', async () => {
    const { page, close } = await harness.open();
    await page.getByRole('link', { name: 'Read the essay' }).click();
    await page.getByTestId('essay').waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => page.getByTestId('essay').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Begin' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Credits' }).click();
    const credits = await page.getByTestId('credits').innerText();
    for (const needed of ['MIT License', 'SIL Open Font License', 'generate-audio', 'William Anderson']) expect(credits).toContain(needed);
    await close();

    const debrief = await openDebrief('history-survivor');
    const link = debrief.locator('[data-decision="ban"]').getByTestId('essay-link').first();
    const line = await link.getAttribute('data-line');
    await link.scrollIntoViewIfNeeded();
    const before = await debrief.evaluate(() => {
      // Marked, to tell the same debrief from one built again.
      document.querySelector('[data-testid="debrief-summary"]')?.setAttribute('data-seen', '');
      return scrollY;
    });
    expect(before).toBeGreaterThan(0);
    await link.click();
    await expect.poll(() => debrief.locator(`[data-testid="essay"] [data-line="${line}"].essay__line--target`).count()).toBe(1);
    await debrief.getByRole('button', { name: 'Back' }).click();
    await expect.poll(() => debrief.getByTestId('essay').isVisible()).toBe(false);
    expect(await debrief.locator('[data-testid="debrief-summary"][data-seen]').isVisible()).toBe(true);
    expect(await debrief.evaluate(() => scrollY)).toBe(before);
  });
});

describe('the network and the policy', () => {
  it('were asked for nothing but the game’s own files, no page threw, and nothing broke the Content-Security-Policy', () => {
    expectNothingAmiss(harness);
  });
});
