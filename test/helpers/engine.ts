/**
 * What differs between the three engines the browser tests run in (docs/decisions/0004-three-engines.md), and
 * commands that work in all three where `@web/test-runner-commands` has them for Playwright and Puppeteer only.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** One of the engines `npm test` runs the browser tests in. */
export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine running this test, from its user agent. */
export const ENGINE: Engine = / Firefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /Chrome\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/**
 * Whether this engine's driver can emulate media features (print, forced colours, reduced motion): Playwright's
 * Chromium can; WebDriver and Puppeteer's WebDriver BiDi for Firefox cannot. Tests of those features skip elsewhere.
 */
export const CAN_EMULATE_MEDIA = ENGINE === 'chromium';

/**
 * Sizes the viewport. Where the engine's window cannot be that narrow (WebKitGTK's stops at about 450 px), the
 * page's root is held to the width instead: a column, which the widgets' container queries see as they would see a
 * phone. Measure the page's width with {@link pageWidth}.
 */
export async function setViewport(size: { width: number; height: number }): Promise<void> {
  await executeServerCommand('kommune-set-viewport', size);
  const root = document.documentElement;
  if (window.innerWidth > size.width) root.style.inlineSize = `${size.width}px`;
  else root.style.removeProperty('inline-size');
}

/**
 * How far to the right the page's content reaches (px), for "no sideways scroll": the document's scroll width, or
 * where {@link setViewport} had to use a column, the right edge of the farthest box drawn on the page, shadow roots
 * included and what scroll containers clip left out (WebKit counts clipped, visually hidden text in a body's scroll
 * width, though nothing is drawn there).
 */
export function pageWidth(): number {
  const root = document.documentElement;
  if (!root.style.inlineSize) return root.scrollWidth;
  let right = 0;
  // What a scroll container or an SVG viewport holds is clipped to it: only its own box counts.
  const visit = (element: Element) => {
    const box = element.getBoundingClientRect();
    if (box.width > 1 || box.height > 1) right = Math.max(right, box.right + window.scrollX);
    if (getComputedStyle(element).overflowX !== 'visible') return;
    for (const child of element.children) visit(child);
    if (element.shadowRoot) for (const child of element.shadowRoot.children) visit(child);
  };
  visit(document.body);
  return Math.ceil(right);
}

/** Presses the last key while holding the others, as a reader does Ctrl+End: `pressChord('Control', 'End')`. */
export async function pressChord(...keys: string[]): Promise<void> {
  await executeServerCommand('kommune-press-chord', { keys });
}

const NORWEGIAN_TAGS: Record<'nb' | 'nn', string[]> = { nb: ['nb-NO', 'no-NO'], nn: ['nn-NO', 'nb-NO', 'no-NO'] };

/**
 * A kroner amount as this engine's `Intl` writes it in bokmål or nynorsk, with plain spaces (as the tests' `plain()`
 * leaves text): `nok('400 mill.')` is «400 mill. kr» in Chromium and Firefox and «kr 400 mill.» in WebKit;
 * `nok('−5 mill.')` «−5 mill. kr» or «−kr 5 mill.».
 */
export function nok(figure: string, locale: 'nb' | 'nn' = 'nb'): string {
  // Engines place the unit and the minus sign by notation: WebKit writes «kr −5 000 000» but «−kr 5 mill.».
  const compact = /mill\.|mrd\./.test(figure);
  const order = new Intl.NumberFormat(NORWEGIAN_TAGS[locale], {
    style: 'currency',
    currency: 'NOK',
    ...(compact ? { notation: 'compact' } : {}),
  })
    .formatToParts(-5_000_000)
    .map((part) => part.type);
  if (order.indexOf('currency') > order.indexOf('integer')) return `${figure} kr`;
  if (!figure.startsWith('−')) return `kr ${figure}`;
  return order.indexOf('minusSign') < order.indexOf('currency') ? `−kr ${figure.slice(1)}` : `kr ${figure}`;
}
