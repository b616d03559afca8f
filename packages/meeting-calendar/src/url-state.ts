/**
 * With `url-state`, the calendar keeps its view, organ, month and open meeting in the page's address
 * (`?kw-meeting=…`), so a link to one meeting can be shared and the back button of a reload lands in the same place.
 */

/** The parameters the calendar reads and writes. */
export const URL_PARAMS = {
  view: 'kw-view',
  organization: 'kw-organization',
  month: 'kw-month',
  meeting: 'kw-meeting',
} as const;

export type UrlStateKey = keyof typeof URL_PARAMS;
export type UrlState = Partial<Record<UrlStateKey, string>>;

/** What the page's address says. */
export function readUrlState(href = location.href): UrlState {
  const params = new URL(href).searchParams;
  const state: UrlState = {};
  for (const [key, name] of Object.entries(URL_PARAMS) as [UrlStateKey, string][]) {
    const value = params.get(name);
    if (value) state[key] = value;
  }
  return state;
}

/** The page's address with `state` in it (other parameters and the fragment kept). */
export function urlWithState(state: UrlState, href = location.href): string {
  const url = new URL(href);
  for (const [key, name] of Object.entries(URL_PARAMS) as [UrlStateKey, string][]) {
    const value = state[key];
    if (value) url.searchParams.set(name, value);
    else url.searchParams.delete(name);
  }
  return url.href;
}

/** Writes `state` into the address without a new history entry. */
export function writeUrlState(state: UrlState): void {
  const next = urlWithState(state);
  if (next !== location.href) history.replaceState(history.state, '', next);
}
