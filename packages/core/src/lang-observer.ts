/** Something that re-resolves its language when a `lang` attribute on the page changes. */
export interface LangListener {
  langChanged(): void;
}

const listeners = new Set<LangListener>();
let observer: MutationObserver | undefined;

/**
 * Tells `listener` whenever any `lang` attribute in the document changes (an ancestor's or `<html>`'s),
 * through one shared observer for every widget on the page.
 */
export function observeLang(listener: LangListener): void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((l) => l.langChanged()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
}

/** Stops telling `listener`; the observer goes when the last widget leaves the page. */
export function unobserveLang(listener: LangListener): void {
  listeners.delete(listener);
  if (listeners.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}
