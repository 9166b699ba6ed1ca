import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/config';

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const css = readFileSync(new URL('../../src/styles/main.css', import.meta.url), 'utf8');

/** Every text colour on every background it is set on in main.css (normal-size text: AA is 4.5:1). */
const PAIRS: [string, string, string][] = [
  ['story text on paper', PALETTE.ink, PALETTE.paper],
  ['masthead text on ink', PALETTE.paper, PALETTE.ink],
  ['red headings and labels on paper', PALETTE.red, PALETTE.paper],
  ['white on red buttons and keys', '#ffffff', PALETTE.red],
  ['white on the counterfactual badge', '#ffffff', PALETTE.steel],
  ['counterfactual labels on paper', PALETTE.steel, PALETTE.paper],
  ['disputed labels on paper', '#6b4a00', PALETTE.paper],
  ['ink on the disputed badge', PALETTE.ink, '#f3d9a4'],
  ['grey notes on paper', PALETTE.grey, PALETTE.paper],
  ['past story text on paper', '#3a3630', PALETTE.paper],
  ['document text on its card', PALETTE.ink, '#fbf6ea'],
  ['red document titles on their card', PALETTE.red, '#fbf6ea'],
  ['ink on the stage’s backdrop', PALETTE.ink, PALETTE.paperDark],
];

describe('colour contrast', () => {
  it('uses the palette of config.ts in the stylesheet', () => {
    expect(css).toContain(`--paper: ${PALETTE.paper}`);
    expect(css).toContain(`--ink: ${PALETTE.ink}`);
    expect(css).toContain(`--red: ${PALETTE.red}`);
    expect(css).toContain(`--steel: ${PALETTE.steel}`);
    expect(css).toContain(`--grey: ${PALETTE.grey}`);
  });

  it.each(PAIRS)('meets WCAG AA (4.5:1) for %s', (_, text, background) => {
    expect(contrast(text, background)).toBeGreaterThanOrEqual(4.5);
  });

  it('tells a failing pair from a passing one', () => {
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
