import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * A polite live region and the message in it, for what changes without focus moving: "Viser Oppvekst. Antall
 * deler: 2.", "Sendt". The region is drawn from the start (a region added together with its text is not read),
 * and the same message said twice is read twice.
 */
export class AnnouncerController implements ReactiveController {
  /** The message in the region now. */
  message = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Says `message` to screen readers. */
  announce(message: string): void {
    clearTimeout(this.timer);
    if (message === this.message) {
      // Screen readers ignore a region whose text did not change: empty it first.
      this.set('');
      this.timer = setTimeout(() => this.set(message), 100);
      return;
    }
    this.set(message);
  }

  /** Empties the region (new data: the old announcement no longer applies). */
  clear(): void {
    clearTimeout(this.timer);
    this.set('');
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The live region; the host draws it once, always, in its template. */
  render(): TemplateResult {
    return html`<p class="visually-hidden kw-announcer" role="status" aria-live="polite" aria-atomic="true">${this.message}</p>`;
  }

  private set(message: string): void {
    this.message = message;
    this.host.requestUpdate();
  }
}
