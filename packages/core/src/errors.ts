import type { SchemaIssue } from '@kommune-widgets/schema';

/** What went wrong while getting a widget its data. */
export type DataErrorKind = 'network' | 'parse' | 'schema' | 'render';

/** Details of a data error, as dispatched in `kommune-data-error` and shown in the widget. */
export interface DataErrorDetail {
  /**
   * `network`: the file could not be fetched; `parse`: it could not be read (not JSON, not iCalendar);
   * `schema`: it does not follow the schema; `render`: the widget itself failed to draw valid data (a bug).
   */
  kind: DataErrorKind;
  /** The address that was fetched, when the data came from `src`. */
  url?: string;
  /** The HTTP status, for a `network` error with an answer. */
  status?: number;
  /** True when a `network` error was a time-out. */
  timedOut?: boolean;
  /** True when the browser refused a cross-origin answer: the server does not allow the page's origin (CORS). */
  cors?: boolean;
  /** True when the browser was offline. */
  offline?: boolean;
  /** True for a `network` error because no data was given at all (no `src`, `.data` or inline JSON). */
  missing?: boolean;
  /** True for a `parse` error because the address answered a web page (`text/html`), not a data file. */
  html?: boolean;
  /** Where a `parse` error is in the file (1-based), when the parser says. */
  line?: number;
  column?: number;
  /** Every schema issue, each with its JSON path, for a `schema` error. */
  issues?: SchemaIssue[];
  /** A technical description in English, for developers and the console. */
  message: string;
}

/** A data error carried through promise rejections. */
export class DataError extends Error {
  constructor(readonly detail: DataErrorDetail) {
    super(detail.message);
    this.name = 'DataError';
  }
}
