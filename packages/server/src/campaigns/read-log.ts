/**
 * The request log for the public list of signatures, summed: a campaign gone viral is read thousands of times a
 * second, and a line per read would cost a quarter of the server's time per read (measured with
 * `npm run bench -- --pledges`). Reads are counted per status and written as one line a second while they go on:
 * `{ method, route, status, count, msMax }`.
 */
import type { Logger } from '../log.js';

/** How often a summary line is written while reads go on. */
export const READ_LOG_INTERVAL_MS = 1000;

/** Counts reads of one route and writes them as a summary line per interval. */
export class ReadLog {
  private readonly counts = new Map<number, { count: number; msMax: number }>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly log: Logger,
    private readonly route: string,
  ) {}

  /** Counts one read answered with `status` in `ms`. */
  add(status: number, ms: number): void {
    const entry = this.counts.get(status);
    if (entry) {
      entry.count++;
      if (ms > entry.msMax) entry.msMax = ms;
    } else {
      this.counts.set(status, { count: 1, msMax: ms });
    }
    this.timer ??= setTimeout(() => this.flush(), READ_LOG_INTERVAL_MS).unref();
  }

  /** Writes what was counted since the last line. */
  flush(): void {
    this.timer = undefined;
    for (const [status, { count, msMax }] of this.counts)
      this.log({ method: 'GET', route: this.route, status, count, msMax: Math.round(msMax * 10) / 10 });
    this.counts.clear();
  }
}
