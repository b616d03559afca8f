import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The host of a focus controller: a Lit element with a shadow root. */
export type FocusHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** How a {@link RovingFocusController} arranges its elements. */
export interface RovingFocusOptions {
  /** The elements that share the one Tab stop, in reading order. Called after every update. */
  elements: () => HTMLElement[];
  /**
   * `list` (the default): arrows move to the previous and next element. `grid`: the elements are rows of
   * `columns` cells; left and right move within the row, up and down by a row (a month's table of days).
   */
  layout?: 'list' | 'grid';
  /** Cells per row of a grid. */
  columns?: number | (() => number);
  /** Which arrows move in a list: `vertical` (up/down), `horizontal` (left/right) or `both` (the default). */
  orientation?: 'vertical' | 'horizontal' | 'both';
  /** A list wraps from the last element to the first and back. Default false. */
  wrap?: boolean;
  /** The element that should hold the Tab stop now (a selected slice or day); defaults to the last one focused. */
  current?: () => HTMLElement | null | undefined;
  /**
   * Keys that leave the elements on the page: PageUp/PageDown (-1/+1 page) and arrows past the first or last
   * element of a grid. Return true when the host handled it (a calendar turns the month and focuses the day).
   */
  onBeyond?: (step: { key: string; direction: -1 | 1; page: boolean; from: number }) => boolean;
}

/**
 * A roving tabindex over a list or a 2-D grid, as the WAI-ARIA Authoring Practices describe: one Tab stop for the
 * group, arrow keys, Home/End (Ctrl+Home/End in a grid), and PageUp/PageDown handed to the host. The element that
 * holds the Tab stop has `tabindex="0"`, the others `-1`, set after each update (do not bind tabindex in the
 * template). Several controllers may serve one element, each for its own elements.
 */
export class RovingFocusController implements ReactiveController {
  private lastFocused?: HTMLElement;

  constructor(
    private readonly host: FocusHost,
    private readonly options: RovingFocusOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('keydown', this.onKeydown as EventListener);
    this.host.renderRoot.addEventListener('focusin', this.onFocusin as EventListener);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('keydown', this.onKeydown as EventListener);
    this.host.renderRoot.removeEventListener('focusin', this.onFocusin as EventListener);
  }

  hostUpdated(): void {
    this.updateTabStops();
  }

  /** The element that holds the Tab stop now. */
  get tabStop(): HTMLElement | undefined {
    const elements = this.options.elements();
    const wanted = this.options.current?.() ?? this.lastFocused;
    return (wanted && elements.includes(wanted) ? wanted : undefined) ?? elements[0];
  }

  /** Moves focus (and the Tab stop) to the element at `index`. */
  focusIndex(index: number): void {
    const elements = this.options.elements();
    const target = elements[Math.max(0, Math.min(elements.length - 1, index))];
    if (!target) return;
    this.lastFocused = target;
    this.updateTabStops();
    target.focus();
  }

  private updateTabStops(): void {
    const stop = this.tabStop;
    for (const element of this.options.elements()) element.tabIndex = element === stop ? 0 : -1;
  }

  private readonly onFocusin = (event: FocusEvent): void => {
    const target = event.target as HTMLElement;
    if (this.options.elements().includes(target)) {
      this.lastFocused = target;
      this.updateTabStops();
    }
  };

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.metaKey || event.defaultPrevented) return;
    const elements = this.options.elements();
    const from = elements.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const target =
      this.options.layout === 'grid' ? this.gridTarget(event, from, elements.length) : this.listTarget(event, from, elements.length);
    if (target === undefined) return;
    event.preventDefault();
    if (typeof target === 'number') this.focusIndex(target);
  };

  private beyond(key: string, direction: -1 | 1, page: boolean, from: number): 'handled' | undefined {
    return this.options.onBeyond?.({ key, direction, page, from }) ? 'handled' : undefined;
  }

  private rtl(): boolean {
    return getComputedStyle(this.host).direction === 'rtl';
  }

  /** The index to move to in a list, `'handled'`, or undefined for a key the list does not use. */
  private listTarget(event: KeyboardEvent, from: number, count: number): number | 'handled' | undefined {
    const orientation = this.options.orientation ?? 'both';
    const flip = this.rtl() ? -1 : 1;
    let step = 0;
    if (orientation !== 'horizontal' && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) step = event.key === 'ArrowDown' ? 1 : -1;
    else if (orientation !== 'vertical' && (event.key === 'ArrowRight' || event.key === 'ArrowLeft'))
      step = (event.key === 'ArrowRight' ? 1 : -1) * flip;
    else if (event.key === 'Home') return 0;
    else if (event.key === 'End') return count - 1;
    else if (event.key === 'PageUp' || event.key === 'PageDown')
      return this.beyond(event.key, event.key === 'PageDown' ? 1 : -1, true, from);
    else return undefined;
    const next = from + step;
    if (next >= 0 && next < count) return next;
    if (this.options.wrap) return (next + count) % count;
    return this.beyond(event.key, step > 0 ? 1 : -1, false, from) ?? from;
  }

  /** The index to move to in a grid, `'handled'`, or undefined for a key the grid does not use. */
  private gridTarget(event: KeyboardEvent, from: number, count: number): number | 'handled' | undefined {
    const columnsOption = this.options.columns ?? 7;
    const columns = Math.max(1, typeof columnsOption === 'function' ? columnsOption() : columnsOption);
    const rowStart = from - (from % columns);
    const flip = this.rtl() ? -1 : 1;
    let next: number;
    switch (event.key) {
      case 'ArrowRight':
        next = from + flip;
        break;
      case 'ArrowLeft':
        next = from - flip;
        break;
      case 'ArrowDown':
        next = from + columns;
        break;
      case 'ArrowUp':
        next = from - columns;
        break;
      case 'Home':
        return event.ctrlKey ? 0 : rowStart;
      case 'End':
        return event.ctrlKey ? count - 1 : Math.min(count - 1, rowStart + columns - 1);
      case 'PageUp':
      case 'PageDown':
        return this.beyond(event.key, event.key === 'PageDown' ? 1 : -1, true, from);
      default:
        return undefined;
    }
    if (next >= 0 && next < count) return next;
    return this.beyond(event.key, next > from ? 1 : -1, false, from) ?? from;
  }
}
