import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Kommune, SchemaIssue } from '@kommune-widgets/schema';
import { DataError, type DataErrorDetail } from '../errors.js';
import { emit, type DataSource } from '../events.js';
import { fetchWithTimeout, FetchFailure } from './http.js';
import { chooseReader, parseJson, type DataReader } from './readers.js';

/** The life of a widget's data: waiting for it, showing it, showing that there is none, or showing what went wrong. */
export type DataState = 'loading' | 'ready' | 'empty' | 'error';

/** What a widget's section parser answers (see `@kommune-widgets/schema`). */
export type SectionParseResult<T> = { ok: true; section: T; kommune?: Kommune } | { ok: false; issues: SchemaIssue[] };

/** Reads a widget's own section from either the whole kommune document or the section alone. */
export interface SectionInput<T> {
  parse(input: unknown): SectionParseResult<T>;
}

/** The element a {@link DataController} serves: it carries the three sources and the time-out. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  /** The data as an object; wins over inline JSON and `src`. */
  data?: unknown;
  /** Address of the data file. */
  src?: string | undefined;
  /** Milliseconds to wait for `src`. */
  timeout: number;
}

/** How a {@link DataController} reads and judges its data. */
export interface DataControllerOptions<T> {
  /** The schema parser of the widget's section. */
  input: SectionInput<T>;
  /** True when valid data holds nothing to show. */
  isEmpty?: (section: T) => boolean;
  /**
   * Readers besides JSON (the default), chosen by `Content-Type` and then by content. A function is asked when a
   * file arrives, so a host may return readers it keeps in its own fields.
   */
  readers?: readonly DataReader[] | (() => readonly DataReader[]);
  /**
   * True while the host must not announce a successful load yet (the base class holds it while a render failed, so
   * a page never hears `kommune-data-load` for a widget that then shows an error).
   */
  holdLoad?: () => boolean;
}

/**
 * The page has loaded: its scripts have run, also module scripts that awaited a fetch before setting `.data`
 * (`DOMContentLoaded` comes before those finish).
 */
const waitForPage = (): Promise<void> =>
  document.readyState === 'complete'
    ? Promise.resolve()
    : new Promise((resolve) => addEventListener('load', () => resolve(), { once: true }));
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Gets a widget its data, as a reactive controller: from `.data`, else an inline `<script type="application/json">`
 * child, else `src` (fetched with a time-out, aborted when the source changes or the element leaves the page, read
 * by the reader its `Content-Type` or content calls for); validates it with the widget's section parser; and keeps
 * the state (`loading`, `ready`, `empty`, `error`). Dispatches `kommune-data-load` after the host has drawn the
 * data, and `kommune-data-error` (logged once to the console) when it fails. Never throws into the page.
 */
export class DataController<T> implements ReactiveController {
  /** The current state. */
  state: DataState = 'loading';
  /** The validated section, once ready or empty. */
  value?: T;
  /** The kommune the document describes, when the whole document was given. */
  kommune?: Kommune;
  /** What went wrong, in the error state. */
  error?: DataErrorDetail;

  private readonly options: DataControllerOptions<T>;
  private abort?: AbortController;
  private generation = 0;
  private reloadRequested = true;
  private lastData?: unknown;
  private lastSrc?: string | undefined;
  private pendingLoad?: { source: DataSource; url?: string };
  /** True once the element has waited for a page script that sets `.data` after it upgraded. */
  private waitedForLateData = false;

  constructor(
    private readonly host: DataHost,
    options: DataControllerOptions<T>,
  ) {
    this.options = options;
    host.addController(this);
  }

  /** Loads the data again (the retry button does this). */
  reload(): void {
    this.reloadRequested = true;
    this.host.requestUpdate();
  }

  hostConnected(): void {
    // Moved in the page while loading: leaving it cancelled the request, so start again.
    if (this.state === 'loading' || this.state === 'error') this.reload();
  }

  hostDisconnected(): void {
    this.generation++;
    this.abort?.abort();
    this.abort = undefined;
  }

  hostUpdate(): void {
    this.sync();
  }

  /**
   * Starts loading when the sources changed (or a reload was asked for). Runs before each host update; a host that
   * reads `value` in its own `willUpdate` calls it first, so data given inline or as a property is drawn at once.
   * Calling it again in the same update does nothing.
   */
  sync(): void {
    if (this.reloadRequested || this.host.data !== this.lastData || this.host.src !== this.lastSrc) {
      this.reloadRequested = false;
      this.lastData = this.host.data;
      this.lastSrc = this.host.src;
      void this.load();
    }
  }

  hostUpdated(): void {
    const loaded = this.pendingLoad;
    if (loaded && !this.options.holdLoad?.()) {
      this.pendingLoad = undefined;
      emit(this.host, 'kommune-data-load', loaded);
    }
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    const generation = ++this.generation;
    const current = () => generation === this.generation;
    try {
      let found = this.readLocal();
      if (!found && !this.host.src && !this.waitedForLateData) {
        // A page's script may set `.data` after the element upgraded: wait quietly until the page has loaded and
        // one task more before calling the data missing.
        this.setState('loading');
        await waitForPage();
        await nextTask();
        this.waitedForLateData = true;
        if (!current()) return;
        found = this.readLocal();
      }
      if (found) return this.accept(found.raw, found.source);
      const src = this.host.src;
      if (!src) {
        throw new DataError({
          kind: 'network',
          missing: true,
          message: 'No data: set the src attribute, the data property or an inline <script type="application/json"> child.',
        });
      }
      const url = new URL(src, document.baseURI).href;
      this.setState('loading');
      const raw = await this.fetchData(url, abort.signal);
      // Reading a large file and validating it are two tasks, not one long one: the page can answer in between.
      await nextTask();
      if (current()) this.accept(raw, 'src', url);
    } catch (error) {
      if (!current()) return;
      this.fail(
        error instanceof DataError
          ? error.detail
          : { kind: 'network', ...(this.host.src ? { url: this.host.src } : {}), message: String(error) },
      );
    }
  }

  /** `.data`, else inline JSON, else nothing (then `src` is fetched). */
  private readLocal(): { raw: unknown; source: DataSource } | undefined {
    const data = this.host.data;
    if (data !== undefined && data !== null) return { raw: data, source: 'property' };
    const inline = this.host.querySelector(':scope > script[type="application/json"]');
    if (inline) return { raw: parseJson(inline.textContent ?? ''), source: 'inline' };
    return undefined;
  }

  private async fetchData(url: string, signal: AbortSignal): Promise<unknown> {
    let response: Response;
    try {
      response = await fetchWithTimeout(url, {
        timeout: this.host.timeout,
        signal,
        headers: { accept: this.acceptHeader() },
      });
    } catch (error) {
      if (!(error instanceof FetchFailure)) throw error;
      throw new DataError({
        kind: 'network',
        url,
        ...(error.kind === 'timeout' ? { timedOut: true } : {}),
        ...(error.kind === 'cors' ? { cors: true } : {}),
        ...(error.kind === 'offline' ? { offline: true } : {}),
        message: error.message,
      });
    }
    if (!response.ok) {
      throw new DataError({
        kind: 'network',
        url,
        status: response.status,
        message: `GET ${url} answered ${response.status} ${response.statusText}`,
      });
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch (error) {
      // The body stopped coming: the time-out (or the connection) ended it while it was read.
      if (signal.aborted) throw error;
      const timedOut = (error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError';
      throw new DataError({
        kind: 'network',
        url,
        ...(timedOut ? { timedOut: true } : {}),
        message: `GET ${url}: the answer broke off: ${String(error)}`,
      });
    }
    const contentType = response.headers.get('content-type');
    if (/^\s*text\/html\b/i.test(contentType ?? '')) {
      // A CMS answering a wrong address with a web page (status 200): no reader can make sense of it.
      throw new DataError({ kind: 'parse', url, html: true, message: `GET ${url} answered a web page (text/html), not a data file` });
    }
    const reader = chooseReader(this.readers(), contentType, bytes);
    const read = await reader.load();
    try {
      return await read(bytes, url);
    } catch (error) {
      if (error instanceof DataError) throw error;
      throw new DataError({ kind: 'parse', url, message: `Could not read ${url} as ${reader.name}: ${String(error)}` });
    }
  }

  private readers(): readonly DataReader[] {
    const { readers = [] } = this.options;
    return typeof readers === 'function' ? readers() : readers;
  }

  private acceptHeader(): string {
    const types = this.readers().flatMap((r) => r.contentTypes);
    return ['application/json', ...types.map((t) => `${t};q=0.9`)].join(', ');
  }

  private accept(raw: unknown, source: DataSource, url?: string): void {
    const result = this.options.input.parse(raw);
    if (!result.ok) {
      throw new DataError({
        kind: 'schema',
        ...(url ? { url } : {}),
        issues: result.issues,
        message: `The data does not follow the kommune-widgets schema: ${result.issues.map((i) => `${i.path || '(root)'}: ${i.code}`).join('; ')}`,
      });
    }
    this.value = result.section;
    this.kommune = result.kommune;
    this.error = undefined;
    this.pendingLoad = { source, ...(url ? { url } : {}) };
    this.setState(this.options.isEmpty?.(result.section) ? 'empty' : 'ready');
  }

  /** Shows an error: in the widget, once on the console, and as `kommune-data-error`. */
  fail(detail: DataErrorDetail): void {
    this.error = detail;
    this.value = undefined;
    this.kommune = undefined;
    this.pendingLoad = undefined;
    this.setState('error');
    console.error(`[kommune-widgets] <${this.host.localName}> ${detail.message}`, detail);
    emit(this.host, 'kommune-data-error', detail);
  }

  private setState(state: DataState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
