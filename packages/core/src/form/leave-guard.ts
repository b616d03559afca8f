import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** {@link LeaveGuardController}'s options. */
export interface LeaveGuardOptions {
  /** True while the form holds input that has not been sent. */
  isDirty: () => boolean;
}

/**
 * Asks before the page is left (closed, reloaded, navigated away) while the form holds unsent input, and never
 * otherwise. The browser shows its own question; the listener is there only while the host is connected.
 */
export class LeaveGuardController implements ReactiveController {
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    if (!this.options.isDirty()) return;
    event.preventDefault();
    // Older browsers ask only when returnValue is set.
    event.returnValue = true;
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly options: LeaveGuardOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('beforeunload', this.onBeforeUnload);
  }

  hostDisconnected(): void {
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }
}
