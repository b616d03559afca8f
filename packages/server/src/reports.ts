/**
 * `POST /api/v1/reports`: first what costs no write (type, size, origin, key, body: the body is at most 64 KB, so
 * reading and validating it is cheap), then ONE storage write that counts the rate limits, looks the idempotency key
 * up and stores the report with its answer; `201` only after that write's commit.
 */
import { createHash } from 'node:crypto';
import type { BlockList } from 'node:net';
import type { Context } from 'hono';
import { describeIssue, reportSubmissionSchema, toSchemaIssues, type ReportSubmission } from '@kommune-widgets/schema';
import { readJsonSubmission } from './body.js';
import { clientAddress } from './client-address.js';
import type { KommuneConfig, RateLimit } from './config.js';
import { problemResponse, type ProblemIssue } from './problem.js';
import type { NewMail, SavedReport, Storage, StoredResponse } from './storage/types.js';

/** Less time than this between opening the form and sending it marks a report as possible spam. */
export const MIN_FORM_TIME_MS = 3000;

/** What the report route needs from the app. */
export interface ReportRouteOptions {
  storage: Storage;
  kommuner: ReadonlyMap<string, KommuneConfig>;
  limits: { perIp: RateLimit; perKommune: RateLimit };
  /** Salt for the hashed client address used as rate-limit key (client addresses are never stored). */
  addressSalt: string;
  /** The service's own proxies, whose `X-Forwarded-For` names the client (see client-address.ts). */
  trustedProxies?: BlockList;
  now: () => number;
  /** The notices to enqueue with a new report, in the same write (none when omitted). */
  notices?: (kommune: KommuneConfig, report: ReportSubmission) => NewMail[];
  /** Called after a new report (and its notices) was stored: the mail worker sends them soon. */
  onStored?: () => void;
}

/** Hex SHA-256 (request fingerprints, hashed client addresses). */
export const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** The `Idempotency-Key` value (a bare token or an sf-string), or undefined when missing or malformed. */
export function idempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const value = /^"(.*)"$/.exec(header.trim())?.[1] ?? header.trim();
  return /^[\x21-\x7e]{1,255}$/.test(value) ? value : undefined;
}

/** Whether the report was caught by the spam trap: a filled honeypot, or sent less than 3 s after the form opened. */
export function isPossibleSpam(report: ReportSubmission, receivedAt: number): boolean {
  if (report.website.trim() !== '') return true;
  const started = Date.parse(report.startedAt);
  return Number.isNaN(started) || receivedAt - started < MIN_FORM_TIME_MS;
}

/** A `Retry-After` header for a wait of `ms` (whole seconds, at least 1). */
export function retryAfter(ms: number): Record<string, string> {
  return { 'Retry-After': String(Math.max(1, Math.ceil(ms / 1000))) };
}

/** A stored (or fresh) JSON answer that holds report data: never cached. */
export function storedAnswer(response: StoredResponse): Response {
  return new Response(response.body, {
    status: response.status,
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
  });
}

/** The `201` answer for a stored report, also stored with its idempotency key. */
const created = (saved: SavedReport): StoredResponse => ({
  status: 201,
  body: JSON.stringify({ receipt: saved.receipt, kommune: saved.kommune, receivedAt: saved.receivedAt }),
});

/** The handler for `POST /api/v1/reports`. */
export function reportHandler(options: ReportRouteOptions) {
  const { storage, kommuner, limits, now } = options;
  const check = (key: string, limit: RateLimit) => ({ key, windowMs: limit.windowSeconds * 1000, limit: limit.max });

  return async (c: Context): Promise<Response> => {
    const submission = await readJsonSubmission(c.req.raw, 'report');
    if (!submission.ok) return submission.response;
    const { bytes, json } = submission;

    const nummer = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)['kommune'] : undefined;
    const kommune = typeof nummer === 'string' ? kommuner.get(nummer) : undefined;
    const origin = c.req.header('origin');
    if (origin !== undefined && !kommune?.origins.includes(origin))
      return problemResponse(403, 'origin-not-allowed', { detail: 'This page may not send reports to this kommune.' });

    const key = idempotencyKey(c.req.header('idempotency-key'));
    if (key === undefined)
      return problemResponse(400, 'validation', { detail: 'The Idempotency-Key header is required: one random key (a UUID) per report.' });

    const parsed = reportSubmissionSchema.safeParse(json, { reportInput: true });
    const issues: ProblemIssue[] = parsed.success
      ? []
      : toSchemaIssues(parsed.error.issues).map((issue) => ({ path: issue.path, code: issue.code, message: describeIssue(issue) }));
    if (parsed.success && !kommune)
      issues.push({
        path: 'kommune',
        code: 'unknown_reference',
        message: `Serveren tar ikke imot meldinger for kommune «${parsed.data.kommune}».`,
      });
    if (!parsed.success || issues.length > 0 || !kommune) return problemResponse(400, 'validation', { issues });
    const report = parsed.data;

    const result = await storage.submitReport({
      kommune: kommune.nummer,
      limits: [
        check(`ip:${sha256(options.addressSalt + clientAddress(c, options.trustedProxies)).slice(0, 32)}`, limits.perIp),
        check(`kommune:${kommune.nummer}`, limits.perKommune),
      ],
      idempotency: { key, fingerprint: sha256(bytes) },
      report: { body: report, possibleSpam: isPossibleSpam(report, now()), attachments: report.attachments },
      respond: created,
      notify: options.notices?.(kommune, report) ?? [],
    });
    switch (result.outcome) {
      case 'created':
        options.onStored?.();
        return storedAnswer(result.response);
      case 'done':
        return storedAnswer(result.response);
      case 'rate-limited':
        return problemResponse(429, 'rate-limited', { headers: retryAfter(result.resetMs) });
      case 'mismatch':
        return problemResponse(422, 'idempotency-mismatch', { detail: 'Use a new Idempotency-Key for a different report.' });
      case 'in-flight':
        return problemResponse(409, 'idempotency-in-flight', { headers: { 'Retry-After': '1' } });
      case 'attachments-unavailable':
        // Checked where they are linked, in the report's own write, so two reports can never claim one file.
        return problemResponse(400, 'validation', {
          issues: result.indexes.map((index) => ({
            path: `attachments[${index}]`,
            code: 'unknown_reference',
            message: `Finner ikke vedlegget «${report.attachments[index]}»: det er ukjent, utløpt eller brukt i en annen melding. Last det opp på nytt.`,
          })),
        });
    }
  };
}
