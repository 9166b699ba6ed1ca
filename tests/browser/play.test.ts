import type { Page } from 'playwright-core';
import type { Beat } from '../../src/narrative/beat';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEBRIEF_BUILT, SCREENSHOTS, begin, expectNothingAmiss, focused, openRunCode, passContentNote, playToEnd, pressChoice, startHarness, type Harness } from './harness';
import notes from '../../story/data/content-notes.json';
import { finishedRun, savedAt, savedBeforeTheEnd } from './runs';

/** The chapters the famine's content note comes before, and a beat that opens one of them. */
const FAMINE_CHAPTERS = notes.notes.find((note) => note.id === 'famine')?.chapters ?? [];
const opensFamine = (beat: Beat): boolean => beat.lines.some((line) => FAMINE_CHAPTERS.includes(line.chapter ?? ''));

/** The beat that asks the Terror's vote, the last decision on the first choices' road. */
const atTheTerror = (beat: Beat): boolean => beat.choices.some((choice) => choice.decision === 'terror');

let harness: Harness;

beforeAll(async () => {
  // These tests play the story and read the debrief; the stage is tested in stage.test.ts, whose whole game
  // checks the picture at every step. Here the stage's chunk is refused (the game plays on without it, as
  // stage.test.ts shows), which spares a shared machine the software-drawn WebGL on every step, and reduced
  // motion keeps the one page that shows the stage still.
  harness = await startHarness({ stage: false, serviceWorker: false, reducedMotion: true });
});

afterAll(async () => {
  await harness?.close();
});

/**
 * How far below the top of the view the newest beat begins, less the page's scroll padding (a phone's
 * stage band), in CSS pixels, once its fade-in is over and the browser has drawn it twice: 0 where the
 * page scrolled it to.
 */
async function settledBeatOffset(page: Page): Promise<number> {
  await page.waitForFunction(() => document.getAnimations().length === 0);
  return page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const beat = document.querySelector('#story-text > section:last-of-type');
            const padding = Number.parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
            resolve(Math.round((beat?.getBoundingClientRect().top ?? Number.NaN) - padding));
          }),
        ),
      ),
  );
}

/** Whether the newest beat begins with its content note, and the note is in view. */
function noteAtTopOfBeat(page: Page): Promise<{ first: boolean; inView: boolean }> {
  return page.evaluate(() => {
    const beat = document.querySelector('#story-text > section:last-of-type');
    const note = beat?.querySelector('[data-testid="content-note"]');
    const box = note?.getBoundingClientRect();
    return { first: note !== undefined && beat?.firstElementChild === note, inView: box !== undefined && box.top >= 0 && box.bottom <= innerHeight };
  });
}

/** The debrief's decision cards, once they are drawn. */
async function entries(page: Page): Promise<{ decision: string | null; option: string | null; args: string[] }[]> {
  await page.getByTestId('debrief-entry').first().waitFor();
  return page.getByTestId('debrief-entry').evaluateAll((nodes) =>
    nodes.map((node) => ({
      decision: node.getAttribute('data-decision'),
      option: node.getAttribute('data-option'),
      args: [...node.querySelectorAll('[data-arg]')].map((arg) => arg.getAttribute('data-arg') ?? ''),
    })),
  );
}

describe('a new visitor', () => {
  it('sees the title, begins, and reads the first story text with its choices, year and record', async () => {
    // With the stage, for the screenshot of what a class sees first.
    const { page, close } = await harness.open({ stage: true });
    await expect(page.getByRole('heading', { name: 'Lenin’s Heirs' })).toBeTruthy();
    await page.screenshot({ path: `${SCREENSHOTS}title.png` });
    await begin(page);
    const text = await page.getByTestId('story-text').innerText();
    expect(text.length).toBeGreaterThan(200);
    expect(text).toMatch(/Kronstadt/);
    expect(await page.getByTestId('year').innerText()).toMatch(/\b1921\b/);
    expect((await page.getByTestId('record-label').innerText()).toLowerCase()).toContain('history');
    expect(await page.getByTestId('choice').count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${SCREENSHOTS}first-beat.png` });
    await close();
  });

  it('scrolls each new beat to the top of the view, where it stays, with motion, on a laptop and a phone', async () => {
    for (const viewport of [{ width: 1366, height: 768 }, { width: 390, height: 844 }]) {
      const { page, close } = await harness.open({ reducedMotion: false, viewport });
      await begin(page);
      const offsets: number[] = [];
      for (let step = 0; step < 4; step += 1) {
        await pressChoice(page, '1');
        offsets.push(await settledBeatOffset(page));
      }
      // Within a pixel, for the browser's rounding.
      expect({ viewport, off: offsets.filter((offset) => Math.abs(offset) > 1) }).toEqual({ viewport, off: [] });
      await close();
    }
  });
});

describe('a whole game by keyboard alone', () => {
  // One game, played by keys from the title to the debrief; the tests follow one another on its page, in
  // order, each from where the one before left it.
  let page: Page;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ page, close } = await harness.open());
  });

  afterAll(async () => {
    await close?.();
  });

  it('begins from the title with Enter', async () => {
    // Begin says it is loading until the game can start (aria-disabled); a keyboard user waits for that too.
    await page.waitForFunction(() => document.getElementById('begin-button')?.getAttribute('aria-disabled') !== 'true');
    await page.getByRole('button', { name: 'Begin' }).focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('choice').first().waitFor();
    expect(await page.getByTestId('choice').count()).toBeGreaterThan(1);
  });

  it('puts a new beat on the page in parts with the story text marked busy, and offers its choices once it is whole', async () => {
    await page.evaluate(() => {
      const text = document.getElementById('story-text') as HTMLElement;
      const seen: string[] = [];
      (window as unknown as { busySeen: string[] }).busySeen = seen;
      const choices = () => document.querySelectorAll('[data-testid="choice"]').length;
      new MutationObserver(() => seen.push(`${text.getAttribute('aria-busy') ?? 'whole'}, ${choices()} choices`)).observe(text, {
        attributes: true,
        attributeFilter: ['aria-busy'],
      });
    });
    await pressChoice(page, '1');
    await page.getByTestId('choice').first().waitFor();
    // Busy from the key's own task, with no choice to take; whole, with its choices, in a later one.
    expect(await page.evaluate(() => (window as unknown as { busySeen: string[] }).busySeen)).toEqual([
      'true, 0 choices',
      expect.stringMatching(/^whole, [1-9] choices$/),
    ]);
  });

  it('comes to the famine chapter held behind its content note, which takes no number key and is passed with Enter', async () => {
    const note = page.getByTestId('content-note');
    for (let turn = 0; turn < 60 && (await note.count()) === 0; turn += 1) await pressChoice(page, '1');
    expect(await note.count()).toBe(1);
    expect(await note.getAttribute('data-note')).toBe('famine');
    expect(await note.isVisible()).toBe(true);
    // The note heads the beat it holds back, where the page has scrolled: in view, before any of its text.
    expect(await noteAtTopOfBeat(page)).toEqual({ first: true, inView: true });
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
    // Reading goes on from the first line the note held back (what the choice led to), in view.
    expect(
      await page.evaluate(() => {
        const first = document.querySelector('#story-text > section:last-of-type .beat__held')?.firstElementChild;
        const top = first?.getBoundingClientRect().top ?? -1;
        return { focused: first !== undefined && document.activeElement === first, inView: top >= 0 && top < innerHeight };
      }),
    ).toEqual({ focused: true, inView: true });
  });

  it('passes the Terror’s note once, with Enter, on to the debrief, which cites the essay for the vote', async () => {
    let terrorNotes = 0;
    await page.exposeFunction('noteSeen', (id: string) => {
      if (id === 'terror') terrorNotes += 1;
    });
    await page.evaluate(() => {
      const NOTE = '[data-testid="content-note"]';
      new MutationObserver((records) => {
        for (const record of records)
          for (const node of record.addedNodes)
            // The note comes in inside its beat's section, or on its own as one of the beat's parts.
            for (const note of node instanceof HTMLElement ? [node, ...node.querySelectorAll(NOTE)].filter((element) => element.matches(NOTE)) : [])
              void (window as unknown as { noteSeen: (id: string) => void }).noteSeen(note.getAttribute('data-note') ?? '');
      }).observe(document.getElementById('story-text') as HTMLElement, { childList: true, subtree: true });
    });
    await playToEnd(page, () => 0, 'keyboard');
    expect(terrorNotes).toBe(1);
    await page.locator(DEBRIEF_BUILT).waitFor();
    const found = await entries(page);
    expect(found.map((entry) => entry.decision)).toContain('ban');
    const ban = found.find((entry) => entry.decision === 'ban');
    expect(ban?.args.length).toBeGreaterThan(0);
    expect(await page.getByTestId('run-code').innerText()).toMatch(/^LH2-/);
    // The debrief's first screen (a full-page picture of the whole transcript is 30,000 px tall and costs seconds).
    await page.getByTestId('debrief').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SCREENSHOTS}debrief-keyboard.png` });
  });

  it('reaches every control of the debrief by Tab, and opens and closes the glossary from the keyboard', async () => {
    const controls = 'a[href], button, summary, input, textarea';
    // What Tab can reach: shown, and not inside a closed card (a closed <details> offers only its summary).
    // The page marks them, so that the count and the walk below read the same list.
    const wanted = await page.getByTestId('debrief').evaluate((debrief, selector) => {
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
  });
});

describe('playing to the debrief', () => {
  it('works by mouse, and another road gives another debrief', async () => {
    // The last option at every decision, made in Node up to its last eight choices, which the mouse takes
    // (stage.test.ts clicks a whole game through, with the picture beside the choices).
    const { page, close } = await harness.open({ storage: { save: savedBeforeTheEnd(1, 8) } });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('choice').first().waitFor();
    expect(await playToEnd(page, (count) => count - 1, 'mouse')).toBe(8);
    await page.locator(DEBRIEF_BUILT).waitFor();
    const last = await entries(page);
    // The other road, always the first choice (the keyboard test's), made in Node and opened by its run code.
    await openRunCode(page, finishedRun(0).code);
    const first = await entries(page);
    expect(last.find((e) => e.decision === 'ban')?.option).not.toBe(first.find((e) => e.decision === 'ban')?.option);
    await close();
  });

  it('returns to a decision from the debrief to choose again, keeping the decisions before it', async () => {
    // A finished game on the keyboard test's road, as the browser keeps it.
    const { page, close } = await harness.open({ storage: { save: finishedRun(0).save } });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator(DEBRIEF_BUILT).waitFor();
    const taken = await entries(page);
    // Choose again from here sits inside each card, which is closed until opened: the last decision's, so
    // that the game played on from there is short.
    await page.getByTestId('debrief-entry').last().locator('summary').click();
    await page.getByTestId('replay-from').last().click();
    await expect.poll(() => page.getByTestId('debrief').isHidden()).toBe(true);
    const choices = await page.getByTestId('choice').count();
    expect(choices).toBeGreaterThan(1);
    await page.getByTestId('choice').nth(choices - 1).click();
    await playToEnd(page, () => 0, 'keyboard');
    await page.locator(DEBRIEF_BUILT).waitFor();
    const again = await entries(page);
    expect(taken.length).toBeGreaterThan(3);
    expect(again.slice(0, -1)).toEqual(taken.slice(0, -1));
    expect(again.at(-1)?.decision).toBe(taken.at(-1)?.decision);
    expect(again.at(-1)?.option).not.toBe(taken.at(-1)?.option);
    await close();
  });
});

describe('the debrief as a dossier', () => {
  it('shows the reason given at a decision, prints to PDF and offers the essay task', async () => {
    // A game at its last decision, the vote at the plenum, made in Node; the keyboard test plays up to it.
    const { page, close } = await harness.open({ storage: { save: savedAt(atTheTerror) } });
    await page.getByRole('button', { name: 'Continue' }).click();
    // The vote's beat opens the Terror's chapter: a game continued there shows its content note again.
    await passContentNote(page, 'mouse');
    await page.locator('.choice--decision').first().click();
    // The reason field of the decision just taken, after those of the decisions before it.
    await page.getByTestId('reason').last().fill('Unity above all, even now.');
    await page.getByTestId('reason').last().press('Tab');
    await playToEnd(page, () => 0, 'keyboard');
    await page.locator(DEBRIEF_BUILT).waitFor();
    await expect.poll(() => page.locator('[data-testid="debrief-entry"][data-decision="terror"]').innerText()).toContain('Unity above all, even now.');
    expect(await page.locator('.further .task').count()).toBeGreaterThan(10);
    // The QR code is drawn when it comes near the screen, or for printing.
    expect(await page.locator('.qr').count()).toBe(0);
    await page.getByTestId('run-code').scrollIntoViewIfNeeded();
    await page.locator('.qr').waitFor();
    expect(await page.locator('.qr').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SCREENSHOTS}debrief-print.png`, fullPage: false });
    const pdf = await page.pdf({ format: 'A4', path: `${SCREENSHOTS}debrief.pdf` });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(20_000);
    await close();
  });
});

describe('saving', () => {
  it('continues after a reload exactly where the player was, with the beat they were reading in view', async () => {
    const { page, close } = await harness.open();
    await begin(page);
    await pressChoice(page, '1');
    await pressChoice(page, '1');
    const text = await page.getByTestId('story-text').innerText();
    const choices = await page.getByTestId('choice').allInnerTexts();
    await page.reload();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('choice').first().waitFor();
    expect(await page.getByTestId('story-text').innerText()).toBe(text);
    expect(await page.getByTestId('choice').allInnerTexts()).toEqual(choices);
    expect([Math.abs(await settledBeatOffset(page)) <= 1, await page.evaluate(() => scrollY > 0)]).toEqual([true, true]);
    await close();
  });

  it('shows a content note not yet passed again after a reload, at the top of its beat, with the focus on it', async () => {
    const { page, close } = await harness.open({ storage: { save: savedAt(opensFamine) } });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByTestId('content-note').waitFor();
    expect([await noteAtTopOfBeat(page), await focused(page)]).toEqual([{ first: true, inView: true }, 'BUTTON:Continue reading']);
    expect(await page.getByTestId('choice').first().isVisible()).toBe(false);
    await close();
  });

  it('sets a corrupt save aside with a clear message and still plays', async () => {
    const { page, close } = await harness.open();
    await page.evaluate(() => localStorage.setItem('lenins-heirs:save', '{"game":"lenins-heirs","format":1,"steps":[{"ind'));
    await page.reload();
    await expect.poll(() => page.locator('#notices').innerText()).toMatch(/damaged.*Earlier games/);
    expect(await page.getByRole('button', { name: 'Continue' }).isHidden()).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('lenins-heirs:save-backups'))).toContain('\\"ind');
    expect(await page.getByRole('button', { name: 'Earlier games (1)' }).isVisible()).toBe(true);
    await begin(page);
    await close();
  });

  it('starts with sound off, runs no audio while it is off, and keeps the mute setting across a reload', async () => {
    const { page, close } = await harness.open();
    const mute = page.getByTestId('mute');
    // A classroom default: thirty laptops start silent.
    expect(await mute.getAttribute('aria-pressed')).toBe('true');
    // A first gesture with sound off fetches the sound code, but not Howler: no AudioContext runs.
    const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name.replace(/^.*\/assets\//, '').replace(/-[\w-]+\.js$/, '')));
    await page.keyboard.press('Tab');
    await expect.poll(fetched).toContain('audio');
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(await fetched()).not.toContain('howler');
    const context = () => page.evaluate(() => (window as unknown as { Howler?: { ctx?: AudioContext } }).Howler?.ctx?.state ?? 'none');
    expect(await context()).toBe('none');
    await mute.click();
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    await expect.poll(context).toBe('running');
    // Sound off again: the context's clock stops, and stays stopped through the next key, which Howler
    // takes to unlock audio by starting the clock.
    await mute.click();
    await expect.poll(context).toBe('suspended');
    await page.keyboard.press('Shift');
    await expect.poll(() => page.evaluate(() => (window as unknown as { Howler: { _audioUnlocked: boolean } }).Howler._audioUnlocked)).toBe(true);
    await expect.poll(context).toBe('suspended');
    await mute.click();
    await expect.poll(context).toBe('running');
    await page.reload();
    expect(await page.getByTestId('mute').getAttribute('aria-pressed')).toBe('false');
    await page.getByTestId('mute').click();
    await page.reload();
    expect(await page.getByTestId('mute').getAttribute('aria-pressed')).toBe('true');
    await close();
  });
});

describe('the branch map', () => {
  it('draws every course as a lane and fills in what this browser has explored', async () => {
    const { page, close } = await harness.open({ storage: { save: finishedRun(1).save } });
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: /map/i }).click();
    const map = page.getByTestId('branch-map');
    await map.locator('.map-lane').first().waitFor();
    expect(await map.locator('.map-lane').evaluateAll((lanes) => lanes.map((lane) => lane.getAttribute('data-course')))).toEqual([
      'history',
      'oppositionist',
      'collective',
      'bukharin',
      'kirov',
    ]);
    const ban = map.locator('[data-course="history"] [data-decision="ban"]');
    expect(await ban.locator('[data-explored="true"]').getAttribute('data-option')).toBe('permanent');
    expect(await ban.locator('[data-actual="true"]').getAttribute('data-option')).toBe('for');
    await close();
  });
});

describe('the class board', () => {
  it('tallies pasted codes with names, shows every option with history’s marked, projects and exports', async () => {
    const runs = [finishedRun(0), finishedRun(1), finishedRun(1)];
    const { page, close } = await harness.open({ hash: '#class' });
    const pasted = [`Ana, ${runs[0]!.code}`, `Ben ${runs[1]!.code}`, runs[2]!.code, 'Cai, LH2-F2000003-XXX'].join('\n');
    await page.getByTestId('class-codes').fill(pasted);
    await page.getByRole('button', { name: /show/i }).click();
    await expect.poll(() => page.getByTestId('class-results').innerText()).toMatch(/3 of 4 run codes read/);
    expect(await page.getByTestId('class-results').innerText()).toMatch(/Cai: The run code .* typing mistake/);
    const ban = page.locator('[data-testid="class-decision"][data-decision="ban"]');
    const options = await ban.getByTestId('class-option').evaluateAll((nodes) =>
      nodes.map((node) => ({ option: node.getAttribute('data-option'), count: Number(node.getAttribute('data-count')), actual: node.hasAttribute('data-actual') })),
    );
    expect(options.length).toBeGreaterThanOrEqual(3);
    expect(options.reduce((sum, option) => sum + option.count, 0)).toBe(3);
    expect(options.filter((option) => option.actual).map((option) => option.option)).toEqual(['for']);
    expect(options.filter((option) => option.count === 0).length).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('class-board.csv');
    await page.getByTestId('projector').click();
    const first = await page.locator('.projector h4').innerText();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.projector h4').innerText()).not.toBe(first);
    await page.screenshot({ path: `${SCREENSHOTS}projector.png` });
    await page.keyboard.press('Escape');
    expect(await page.locator('.projector').count()).toBe(0);
    await close();
  });
});

describe('the network and the policy', () => {
  it('were asked for nothing but the game’s own files, no page threw, and nothing broke the Content-Security-Policy', () => {
    expectNothingAmiss(harness);
  });
});
