import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';

/**
 * How many processes a list shows before its "Vis alle (N)" button: enough for what is open now, few enough that
 * the widget's height, and so the page below it, does not depend on how many processes the kommune has.
 */
export const ACTIVITIES_SHOWN = 5;

/**
 * The entries a list shows: all of them once the reader asked for all, or when the selected process would
 * otherwise be hidden; else the first {@link ACTIVITIES_SHOWN}.
 */
export function shownEntries<T extends { activity: { id: string } }>(entries: readonly T[], expanded: boolean, selected?: string): T[] {
  const selectedIndex = selected === undefined ? -1 : entries.findIndex((entry) => entry.activity.id === selected);
  return expanded || selectedIndex >= ACTIVITIES_SHOWN ? [...entries] : entries.slice(0, ACTIVITIES_SHOWN);
}

/** The button under a shortened list that shows the rest, with the whole count on it. */
export function renderShowAll(total: number, shown: number, listId: string, onShowAll: () => void): TemplateResult | typeof nothing {
  if (shown >= total) return nothing;
  return html`<button type="button" class="show-all kw-button" part="show-all-button" aria-controls=${listId} @click=${onShowAll}>
    ${msg(str`Vis alle (${total})`, { id: 'ladder.showAll' })}
  </button>`;
}
