import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import essayErrors from '../../story/data/essay-errors.json';
import { DEBRIEF_BUILT, SCREENSHOTS, choicesOpen, expectNothingAmiss, playToEnd, startHarness, type Harness } from './harness';
import { savedAt } from './runs';

let harness: Harness;

beforeAll(async () => {
  // The teacher's page and the content note: the stage and the service worker are other tests' (stage.test.ts, offline.test.ts).
  harness = await startHarness({ stage: false, serviceWorker: false });
});

afterAll(async () => {
  await harness?.close();
});

async function openTeacherPage(viewport?: { width: number; height: number }) {
  const opened = await harness.open({ hash: '#teacher', viewport });
  await opened.page.getByRole('heading', { name: 'For teachers' }).waitFor();
  return opened;
}

/** The id or text of the element that has the keyboard focus. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element ? `${element.tagName}:${element.id || element.textContent?.trim().slice(0, 40)}` : '';
  });
}

describe('the teacher page', () => {
  it('shows both lesson plans, the content note and the documents, and no answer in student mode', async () => {
    const { page, close } = await openTeacherPage();
    expect(await page.getByTestId('lesson-plan').count()).toBe(2);
    const text = (await page.getByTestId('teacher-view').textContent()) ?? '';
    expect(text).toContain('One lesson of 50 minutes');
    expect(text).toContain('Two lessons of 50 minutes');
    expect(text).toMatch(/Holodomor/);
    expect(text).toMatch(/build:single/);
    expect(await page.getByTestId('source-document').count()).toBe(6);
    expect(await page.getByTestId('teacher-mode').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('answer').count()).toBe(0);
    // The title screen is not on show behind it.
    expect(await page.locator('#title-screen').isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}teacher-1366.png` });
    await page.getByTestId('lesson-plan').first().screenshot({ path: `${SCREENSHOTS}teacher-plan.png` });
    await page.locator('section[aria-labelledby="teacher-content"]').screenshot({ path: `${SCREENSHOTS}teacher-content-note.png` });
    await page.getByTestId('source-document').nth(1).screenshot({ path: `${SCREENSHOTS}teacher-document.png` });
    await close();

    const phone = await openTeacherPage({ width: 390, height: 844 });
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: `${SCREENSHOTS}teacher-390.png` });
    await phone.page.getByTestId('lesson-plan').first().scrollIntoViewIfNeeded();
    await phone.page.screenshot({ path: `${SCREENSHOTS}teacher-390-plan.png` });
    await phone.close();
  });

  it('keeps teacher mode across a reload, and shows every answer key only in it', async () => {
    const { page, close } = await openTeacherPage();
    const mode = page.getByTestId('teacher-mode');
    await mode.click();
    expect(await mode.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('answer').count()).toBe(essayErrors.length);
    await page.locator('.answers > li').first().screenshot({ path: `${SCREENSHOTS}teacher-answer.png` });
    await page.reload();
    await page.getByRole('heading', { name: 'For teachers' }).waitFor();
    expect(await page.getByTestId('teacher-mode').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('answer').count()).toBe(essayErrors.length);
    await page.getByTestId('teacher-mode').click();
    expect(await page.getByTestId('answer').count()).toBe(0);
    await page.reload();
    await page.getByRole('heading', { name: 'For teachers' }).waitFor();
    expect(await page.getByTestId('teacher-mode').getAttribute('aria-pressed')).toBe('false');
    await close();
  });

  it('prints the student worksheet alone, without answers, on at most two A4 pages', async () => {
    const { page, close } = await openTeacherPage();
    // Teacher mode on: the answers are on the page, and still must not reach the worksheet's print.
    await page.getByTestId('teacher-mode').click();
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByRole('button', { name: 'Print the worksheet' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('worksheet').isVisible()).toBe(true);
    expect(await page.getByTestId('lesson-plan').first().isVisible()).toBe(false);
    expect(await page.getByTestId('answer').first().isVisible()).toBe(false);
    expect(await page.locator('.masthead').isVisible()).toBe(false);
    await page.screenshot({ path: `${SCREENSHOTS}worksheet-print.png`, fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(`${SCREENSHOTS}worksheet.pdf`, pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    await close();
  });

  it('can be reached and used with the keyboard alone', async () => {
    const { page, close } = await harness.open();
    // From the title: Tab to the link, Enter.
    let reached = false;
    for (let press = 0; press < 40 && !reached; press += 1) {
      await page.keyboard.press('Tab');
      reached = (await focused(page)) === 'A:For teachers';
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'For teachers' }).waitFor();
    expect(await focused(page)).toBe('H2:teacher-heading');

    // Every link and button on the page is reached by Tab, in order, and the switch answers to Space.
    const wanted = await page.getByTestId('teacher-view').locator('a, button').count();
    const seen = new Set<string>();
    let switched = false;
    for (let press = 0; press < 60 && seen.size < wanted; press += 1) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => {
        const element = document.activeElement;
        const view = document.getElementById('teacher-view');
        if (!element || !view?.contains(element)) return null;
        return [...view.querySelectorAll('a, button')].indexOf(element);
      });
      if (inside === null || inside < 0) continue;
      seen.add(String(inside));
      if (!switched && (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'teacher-mode') {
        await page.keyboard.press('Space');
        switched = true;
      }
    }
    expect(seen.size).toBe(wanted);
    expect(await page.getByTestId('teacher-mode').getAttribute('aria-pressed')).toBe('true');

    // Back to the game from the keyboard: Shift+Tab to the link, Enter.
    await page.getByRole('link', { name: 'Back to the game' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Begin' }).waitFor();
    expect(await page.locator('#teacher-view').isVisible()).toBe(false);
    await close();
  });
});

describe('the content note', () => {
  it('comes before the famine chapter, holds its text and choices, and is passed with the keyboard', async () => {
    // A game saved one choice before the famine chapter, on the first choices' road (which play.test.ts's
    // keyboard game takes from the start, past this note); from there the keyboard takes it on.
    const { context, page } = await harness.open({ fresh: true, storage: { save: savedAt((beat) => beat.status.chapter === 'famine', { before: true }) } });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('choice').first().waitFor();
    const note = page.getByTestId('content-note');
    for (let turn = 0; turn < 60 && (await note.count()) === 0; turn += 1) {
      const before = await page.getByTestId('story-text').innerText();
      await page.keyboard.press('1');
      await page.waitForFunction((length) => (document.querySelector('[data-testid="story-text"]') as HTMLElement).innerText.length !== length, before.length);
      await choicesOpen(page);
    }
    expect(await note.count()).toBe(1);
    expect(await note.getAttribute('data-note')).toBe('famine');
    expect(await note.isVisible()).toBe(true);
    const chapter = page.getByRole('heading', { name: /The Famine/ });
    expect(await chapter.isVisible()).toBe(false);
    expect(await page.getByTestId('choice').first().isVisible()).toBe(false);
    expect(await focused(page)).toBe('BUTTON:Continue reading');
    await page.screenshot({ path: `${SCREENSHOTS}content-note.png` });

    // A number key takes no hidden choice while the note waits.
    const waiting = await page.getByTestId('story-text').innerText();
    await page.keyboard.press('1');
    expect(await page.getByTestId('story-text').innerText()).toBe(waiting);

    await page.keyboard.press('Enter');
    expect(await note.count()).toBe(0);
    expect(await chapter.isVisible()).toBe(true);
    expect(await page.getByTestId('choice').first().isVisible()).toBe(true);
    expect(await focused(page)).toMatch(/^H3:.*The Famine/);

    // On to the end by keyboard alone: the Terror's note is passed with Enter too, once.
    let terrorNotes = 0;
    await page.exposeFunction('noteSeen', (id: string) => {
      if (id === 'terror') terrorNotes += 1;
    });
    await page.evaluate(() => {
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            for (const note of node instanceof HTMLElement ? node.querySelectorAll('[data-testid="content-note"]') : [])
              void (window as unknown as { noteSeen: (id: string) => void }).noteSeen(note.getAttribute('data-note') ?? '');
      }).observe(document.getElementById('story-text') as HTMLElement, { childList: true, subtree: true });
    });
    await playToEnd(page, () => 0, 'keyboard');
    expect(terrorNotes).toBe(1);
    await page.locator(DEBRIEF_BUILT).waitFor();

    // Every control of the debrief is reached by Tab alone.
    const controls = 'a[href], button, summary, input, textarea';
    // What Tab can reach: shown, and not inside a closed card (a closed <details> offers only its summary).
    // The page marks them, so that the count and the walk below read the same list.
    const mark = () =>
      page.getByTestId('debrief').evaluate((debrief, selector) => {
        const list = [...debrief.querySelectorAll<HTMLElement>(selector)].filter((element) => {
          if (element.offsetParent === null) return false;
          for (let details = element.closest('details'); details; details = details.parentElement?.closest('details') ?? null) {
            if (!details.open && !(element.tagName === 'SUMMARY' && element.parentElement === details)) return false;
          }
          return true;
        });
        (window as unknown as { reachable: HTMLElement[] }).reachable = list;
        return list.length;
      }, controls);
    const wanted = await mark();
    expect(wanted).toBeGreaterThan(3);
    await page.getByTestId('debrief').evaluate((debrief) => {
      const start = debrief.querySelector<HTMLElement>('h2') ?? debrief;
      start.setAttribute('tabindex', '-1');
      start.focus();
    });
    const seen = new Set<number>();
    for (let press = 0; press < 600 && seen.size < wanted; press += 1) {
      await page.keyboard.press('Tab');
      const at = await page.evaluate(() => (window as unknown as { reachable: HTMLElement[] }).reachable.indexOf(document.activeElement as HTMLElement));
      if (at >= 0) seen.add(at);
    }
    expect(seen.size).toBe(wanted);

    // The glossary opens from the keyboard and Escape closes it, with the focus back on its button.
    await page.getByRole('button', { name: 'Glossary' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Glossary' }).waitFor();
    await page.getByText('Holodomor', { exact: true }).waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('#glossary-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(false);
    expect(await focused(page)).toBe('BUTTON:glossary-button');
    await context.close();
    // A whole playthrough and a Tab walk of the debrief, on a loaded two-core machine.
  }, 240_000);
});

describe('the network and the policy', () => {
  it('were asked for nothing but the game’s own files, no page threw, and nothing broke the Content-Security-Policy', () => {
    expectNothingAmiss(harness);
  });
});
