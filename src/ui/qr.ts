import qrcode from 'qrcode-generator';

const SVG = 'http://www.w3.org/2000/svg';

/** The QR codes not drawn yet, by their slot: all are drawn if the page is printed first. */
const undrawn = new Map<HTMLElement, () => void>();
addEventListener('beforeprint', () => {
  for (const draw of [...undrawn.values()]) draw();
});

/**
 * A place for the QR code of `text`, drawn when it comes near the screen or the page is printed: working
 * the code out takes long on a slow laptop (the library tries eight masks), and the debrief that holds it
 * is built while the story's last picture is still moving. A square of the code's size holds its place.
 */
export function lazyQr(text: string, label: string): HTMLElement {
  const slot = document.createElement('div');
  slot.className = 'qr-slot';
  let observer: IntersectionObserver | null = null;
  const draw = (): void => {
    observer?.disconnect();
    undrawn.delete(slot);
    if (!slot.hasChildNodes()) slot.append(qrSvg(text, label));
  };
  // A debrief drawn again (a new game, the reasons put in the code) leaves its old slots behind.
  for (const old of undrawn.keys()) if (!old.isConnected) undrawn.delete(old);
  undrawn.set(slot, draw);
  if (typeof IntersectionObserver === 'undefined') draw();
  else {
    observer = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && draw(), { rootMargin: '300px' });
    observer.observe(slot);
  }
  return slot;
}

/** A QR code for `text` as an SVG element built node by node (no markup strings), labelled for screen readers. */
function qrSvg(text: string, label: string): SVGSVGElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const size = qr.getModuleCount();
  const margin = 2;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size + margin * 2} ${size + margin * 2}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size + margin * 2));
  background.setAttribute('height', String(size + margin * 2));
  background.setAttribute('fill', '#ffffff');
  svg.append(background);
  // One path for all dark modules keeps the element count small.
  let d = '';
  for (let row = 0; row < size; row += 1) {
    for (let col = 0; col < size; col += 1) if (qr.isDark(row, col)) d += `M${col + margin} ${row + margin}h1v1h-1z`;
  }
  const modules = document.createElementNS(SVG, 'path');
  modules.setAttribute('d', d);
  modules.setAttribute('fill', '#161616');
  svg.append(modules);
  return svg;
}
