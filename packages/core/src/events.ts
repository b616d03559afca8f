import type { DataErrorDetail } from './errors.js';

/** Where an element took its data from. */
export type DataSource = 'property' | 'inline' | 'src';

/** Detail of `kommune-data-load`. */
export interface DataLoadDetail {
  /** Where the data came from. */
  source: DataSource;
  /** The address, when the data came from `src`. */
  url?: string;
}

/**
 * Every kommune widget event and the type of its `detail`. Widget packages add theirs by declaration merging:
 * `declare module '@kommune-widgets/core' { interface KommuneEventMap { 'kommune-step-select': StepSelectDetail } }`,
 * and the same name in `GlobalEventHandlersEventMap`, so `addEventListener` knows the detail.
 */
export interface KommuneEventMap {
  'kommune-data-load': DataLoadDetail;
  'kommune-data-error': DataErrorDetail;
}

/**
 * Dispatches a bubbling, composed `CustomEvent` named in {@link KommuneEventMap} from `target`, the way every
 * kommune widget event travels, with a detail of the declared type.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<K extends keyof KommuneEventMap>(
  target: EventTarget,
  type: K,
  detail: KommuneEventMap[K],
  { cancelable = false } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kommune-data-load': CustomEvent<DataLoadDetail>;
    'kommune-data-error': CustomEvent<DataErrorDetail>;
  }
}
