import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import type { Locale } from './locale.js';
import { withLocale } from './localize.js';

/**
 * The base of a page's elements (the inbox, the editors' page), as opposed to a widget: the page chooses its
 * language and hands it down, and every `msg()` in `render()` resolves in it. The page loads the catalogues first
 * (`loadLocale`).
 */
export class PageElement<L extends Locale = Locale> extends LitElement {
  /** The language the element speaks. */
  @property() locale = 'nb' as L;

  protected override update(changed: PropertyValues): void {
    withLocale(this.locale, () => super.update(changed));
  }

  /** Runs `fn` with `msg()` speaking this element's language, for texts made outside `render()`. */
  protected speak<T>(fn: () => T): T {
    return withLocale(this.locale, fn);
  }
}

/**
 * The browser's first language among `offered` (`no` read as bokmål), else bokmål. A page's choice lasts the visit:
 * nothing is stored in the browser.
 */
export function preferredLocale<L extends Locale>(offered: readonly L[]): L | 'nb' {
  for (const tag of navigator.languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'no' || primary === 'nb') return 'nb';
    if ((offered as readonly string[]).includes(primary ?? '')) return primary as L;
  }
  return 'nb';
}
