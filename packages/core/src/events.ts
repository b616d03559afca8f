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
 * Dispatches a bubbling, composed `CustomEvent` from `target`, the way every kommune widget event travels.
 * Returns false when a listener called `preventDefault()` on a cancelable event.
 */
export function emit<T>(target: EventTarget, type: string, detail: T, { cancelable = false } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kommune-data-load': CustomEvent<DataLoadDetail>;
    'kommune-data-error': CustomEvent<DataErrorDetail>;
  }
}
