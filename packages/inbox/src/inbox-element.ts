import { property } from 'lit/decorators.js';
import { PageElement } from '@kommune-widgets/core';
import type { InboxApi } from './api.js';
import type { InboxLocale } from './inbox-locale.js';

/**
 * What every page of the inbox shares: the language it speaks (every `msg()` in its render resolves in it) and the
 * API client of the signed-in session, both handed down by `<kw-inbox-app>`.
 */
export class InboxElement extends PageElement<InboxLocale> {
  /** The API client of the session. */
  @property({ attribute: false }) api!: InboxApi;

  /** Tells the app to show `path` (`#/meldinger/…`). */
  protected navigate(path: string): void {
    this.dispatchEvent(new CustomEvent('kw-navigate', { detail: { path }, bubbles: true, composed: true }));
  }

  /** Tells the app that the session ended (a 401), so it shows the sign-in page. */
  protected sessionEnded(): void {
    this.dispatchEvent(new CustomEvent('kw-session-ended', { bubbles: true, composed: true }));
  }

  /** Tells the app to announce `text` to screen readers. */
  protected announce(text: string): void {
    this.dispatchEvent(new CustomEvent('kw-announce', { detail: { text }, bubbles: true, composed: true }));
  }
}
