import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import essayErrors from '../../story/data/essay-errors.json';
import { SCREENSHOTS, expectNothingAmiss, focused, startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  // The teacher's page: the stage and the service worker are other tests' (stage.test.ts, offline.test.ts).
  harness = await startHarness({ stage: false, serviceWorker: false, reducedMotion: true });
});

afterAll(async () => {
  await harness?.close();
});

async function openTeacherPage(viewport?: { width: number; height: number }) {
  const opened = await harness.open({ hash: '#teacher', viewport });
  await opened.page.getByRole('heading', { name: 'For teachers' }).waitFor();
  return opened;
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

describe('the network and the policy', () => {
  it('were asked for nothing but the game’s own files, no page threw, and nothing broke the Content-Security-Policy', () => {
    expectNothingAmiss(harness);
  });
});
