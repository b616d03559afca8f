import type { ReactiveController } from 'lit';
import type { FocusHost } from './roving-focus.js';

/** Finds the element to focus once the host has drawn its next update. */
export type FocusTarget = () => HTMLElement | SVGElement | null | undefined;

/**
 * Moves focus to an element after the host's next update (a panel that opened, the slice of the level one went
 * up to, the button that opened a panel that closed) — but only when focus is inside the widget when asked, so a
 * later update never pulls focus away from where the reader is on the page.
 */
export class FocusAfterUpdateController implements ReactiveController {
  private waiting?: { target: FocusTarget; fallback?: FocusTarget };

  constructor(private readonly host: FocusHost) {
    host.addController(this);
  }

  /**
   * Focuses `target` (else `fallback`) after the next update, if focus is in the widget now — or always, with
   * `byUser`, for the reader's own click on a control in the widget (Safari does not focus a clicked button).
   * Returns whether it will.
   */
  request(target: FocusTarget, fallback?: FocusTarget, { byUser = false } = {}): boolean {
    if (!byUser && !this.host.matches(':focus-within')) return false;
    this.waiting = { target, ...(fallback ? { fallback } : {}) };
    this.host.requestUpdate();
    return true;
  }

  /** True while a focus move waits for the next update. */
  get pending(): boolean {
    return this.waiting !== undefined;
  }

  hostUpdated(): void {
    const pending = this.waiting;
    if (!pending) return;
    this.waiting = undefined;
    const element = pending.target() ?? pending.fallback?.();
    // After this update has finished: a focus handler that sets state then starts a new update instead of
    // scheduling one from inside this one (Lit's change-in-update).
    if (element) queueMicrotask(() => element.focus());
  }
}
