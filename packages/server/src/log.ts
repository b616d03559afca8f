/** Structured logs: one JSON object per line on stdout. Never a request body, a header value or personal data. */

/** Writes one log record. */
export type Logger = (record: Record<string, string | number | boolean>) => void;

/** The default logger: a JSON line with a timestamp on stdout. */
export const jsonLineLogger: Logger = (record) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), ...record })}\n`);
};

/** A logger that drops everything (tests). */
export const silentLogger: Logger = () => undefined;
