/**
 * The teacher's page (`#teacher`): lesson plans, the content note, running the game for a class, the
 * class board, the document pack, a printable worksheet, and the answer key, which is on the page only
 * in teacher mode. Everything it says is data in story/data/teacher.json; this file only lays it out.
 */
import '../styles/teacher.css';
import type { Settings } from '../config';
import essayErrors from '../../story/data/essay-errors.json';
import guide from '../../story/data/teacher.json';
import { h } from './dom';
import { answerKey } from './teacher-mode';

export type TeacherGuide = typeof guide;
export type LessonPlan = TeacherGuide['plans'][number];
export type SourceDocument = TeacherGuide['documents'][number];

export interface TeacherPageOptions {
  /** The page's settings object; the switch changes `teacherMode` on it. */
  settings: Settings;
  /** Stores the settings, so that teacher mode survives a reload. */
  save: () => void;
}

/** The guide's data, for tests and for anything else that lists it. */
export const TEACHER_GUIDE: TeacherGuide = guide;

function section(id: string, heading: string, ...children: (Node | string | null)[]): HTMLElement {
  return h('section', { class: 'teacher__part', 'aria-labelledby': id }, h('h3', { id }, heading), ...children);
}

function paragraphs(texts: readonly string[]): HTMLElement[] {
  return texts.map((text) => h('p', {}, text));
}

/** "0–5", "5–8": the minutes into the lesson each step runs. */
function renderPlan(plan: LessonPlan): HTMLElement {
  return h(
    'article',
    { class: 'plan', 'data-testid': 'lesson-plan', 'data-plan': plan.id },
    h('h4', {}, plan.title),
    h('p', {}, plan.summary),
    ...plan.lessons.map((lesson) => {
      let clock = 0;
      const rows = lesson.steps.map((step) => {
        const from = clock;
        clock += step.minutes;
        return h(
          'tr',
          {},
          h('td', { class: 'plan__time' }, `${from}–${clock} min`),
          h('th', { scope: 'row' }, step.title),
          h('td', {}, step.detail),
        );
      });
      return h(
        'table',
        { class: 'plan__table' },
        h('caption', {}, `${lesson.title} (${lesson.minutes} minutes)`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Step'), h('th', { scope: 'col' }, 'What happens'))),
        h('tbody', {}, ...rows),
      );
    }),
  );
}

function renderDocument(source: SourceDocument): HTMLElement {
  return h(
    'article',
    { class: 'source', 'data-testid': 'source-document', 'data-document': source.id },
    h('h4', {}, source.title, h('span', { class: 'source__date' }, ` · ${source.date}`)),
    h('p', { class: 'source__context' }, source.context),
    ...source.excerpts.map((excerpt) =>
      excerpt.kind === 'quote'
        ? h('blockquote', { class: 'source__quote' }, `“${excerpt.text}”`, 'note' in excerpt && excerpt.note ? h('span', { class: 'source__note' }, ` ${excerpt.note}`) : null)
        : h('p', { class: 'source__paraphrase' }, h('span', { class: 'source__label' }, 'Paraphrase: '), excerpt.text),
    ),
    h('p', { class: 'source__citation' }, h('span', { class: 'source__label' }, 'Source: '), source.citation),
    h('p', { class: 'source__question' }, h('span', { class: 'source__label' }, 'Ask: '), source.question),
  );
}

/** The printable A4 student worksheet: no answers, space to write. */
function renderWorksheet(): HTMLElement {
  const sheet = guide.worksheet;
  const lines = (count: number) => {
    const space = h('div', { class: 'worksheet__lines' });
    // Set through the CSSOM: a style attribute is refused by the page's Content-Security-Policy.
    space.style.setProperty('--lines', String(count));
    return space;
  };
  return h(
    'div',
    { class: 'worksheet', 'data-testid': 'worksheet' },
    h('h4', { class: 'worksheet__title' }, sheet.title),
    h('p', { class: 'worksheet__who' }, h('span', {}, 'Name'), h('span', {}, 'Class'), h('span', {}, 'Date')),
    h('p', { class: 'worksheet__question' }, sheet.question),
    h('p', { class: 'worksheet__prompt' }, sheet.before),
    lines(2),
    h('p', { class: 'worksheet__prompt' }, sheet.decisionsIntro),
    h(
      'table',
      { class: 'worksheet__table' },
      h('thead', {}, h('tr', {}, ...sheet.columns.map((column) => h('th', { scope: 'col' }, column)))),
      h('tbody', {}, ...sheet.decisions.map((decision) => h('tr', { 'data-decision': decision.id }, h('th', { scope: 'row' }, decision.label), h('td', {}), h('td', {})))),
    ),
    h('p', { class: 'worksheet__prompt' }, sheet.documentTask),
    lines(3),
    h('p', { class: 'worksheet__prompt' }, sheet.essayTask),
    lines(3),
    h('p', { class: 'worksheet__prompt' }, sheet.paragraph),
    lines(7),
    h('p', { class: 'worksheet__prompt worksheet__code' }, sheet.runCode),
    h('p', { class: 'worksheet__credit' }, 'Lenin’s Heirs. The essay “Did Stalin betray Lenin’s legacy?” is by William Anderson, licensed CC BY 4.0.'),
  );
}

function printWorksheet(): void {
  document.body.classList.add('print-worksheet');
  addEventListener('afterprint', () => document.body.classList.remove('print-worksheet'), { once: true });
  print();
}

/** The essay task's answers: built only in teacher mode, so students never have them on the page. */
function renderAnswers(settings: Settings): HTMLElement[] {
  if (!settings.teacherMode) {
    return [h('p', { class: 'teacher__locked' }, 'The answers are hidden in student mode. Switch on teacher mode above to show them here and in the debrief.')];
  }
  return [
    h(
      'ol',
      { class: 'answers' },
      ...essayErrors.map((error) =>
        h(
          'li',
          { 'data-error': error.id },
          h('p', {}, h('span', { class: 'answers__quote' }, `“${error.quote}”`)),
          h('p', {}, h('span', { class: 'source__label' }, 'Task: '), error.task),
          answerKey(settings, () => h('p', { class: 'answers__answer' }, h('span', { class: `status status--${error.status}` }, error.status), ' ', error.answer)),
        ),
      ),
    ),
  ];
}

/** Renders the teacher's page into `host`, and puts the keyboard focus on its heading. */
export function showTeacherPage(host: HTMLElement, options: TeacherPageOptions): void {
  const { settings, save } = options;
  const answers = h('div', { class: 'answers__host' });
  const modeSwitch = h('button', { type: 'button', class: 'teacher__switch', 'data-testid': 'teacher-mode', 'aria-describedby': 'teacher-mode-help' }, 'Teacher mode');
  const showMode = () => {
    modeSwitch.setAttribute('aria-pressed', String(settings.teacherMode));
    answers.replaceChildren(...renderAnswers(settings));
  };
  modeSwitch.addEventListener('click', () => {
    settings.teacherMode = !settings.teacherMode;
    save();
    showMode();
  });
  showMode();

  const print = h('button', { type: 'button', class: 'button button--primary' }, 'Print the worksheet');
  print.addEventListener('click', printWorksheet);

  const heading = h('h2', { id: 'teacher-heading', tabindex: '-1' }, 'For teachers');
  host.replaceChildren(
    h(
      'header',
      { class: 'teacher__head' },
      heading,
      h(
        'div',
        { class: 'teacher__mode' },
        modeSwitch,
        h('p', { id: 'teacher-mode-help' }, 'On this browser only. In teacher mode the debrief shows the answer keys; in student mode (the default) they are not on the page and not in the print. Switch it off before students use this device.'),
      ),
      h('p', {}, h('a', { href: '#', class: 'button' }, 'Back to the game')),
    ),
    ...paragraphs(guide.intro),
    section('teacher-objectives', 'Learning objectives', h('ul', {}, ...guide.objectives.map((objective) => h('li', {}, objective)))),
    section('teacher-skills', 'Historical thinking it trains', h('dl', { class: 'teacher__skills' }, ...guide.skills.flatMap((skill) => [h('dt', {}, skill.name), h('dd', {}, skill.how)]))),
    section('teacher-plans', 'Lesson plans', ...guide.plans.map(renderPlan)),
    section(
      'teacher-content',
      guide.contentNote.heading,
      ...paragraphs(guide.contentNote.paragraphs),
      h('h4', {}, guide.contentNote.holodomorHeading),
      ...paragraphs(guide.contentNote.holodomor),
    ),
    section(
      'teacher-running',
      guide.running.heading,
      ...paragraphs(guide.running.paragraphs),
      h('dl', { class: 'teacher__options' }, ...guide.running.options.flatMap((option) => [h('dt', {}, option.title), h('dd', {}, option.detail)])),
      h('ul', {}, ...guide.running.checks.map((check) => h('li', {}, check))),
    ),
    section('teacher-board', guide.classBoard.heading, ...paragraphs(guide.classBoard.paragraphs), h('p', {}, h('a', { href: '#class' }, 'Open the class board'))),
    section('teacher-documents', 'Document pack', h('p', {}, guide.documentsIntro), ...guide.documents.map(renderDocument)),
    section('teacher-worksheet', 'Student worksheet', h('p', {}, 'Two A4 pages at most, with no answers on it. Print it from here, or print this preview.'), print, renderWorksheet()),
    section('teacher-answers', 'Answer key: the essay task', h('p', {}, guide.answersIntro), answers),
  );
  heading.focus();
}
