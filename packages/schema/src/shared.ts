/**
 * Building blocks shared by every section: texts in several languages, safe
 * URLs, ISO 8601 dates and ids, plus the helpers the cross-checks use.
 */
import * as z from 'zod/mini';

/** Languages a {@link LocalizedText} object may carry: bokmål, nynorsk, English, nordsamisk, lulesamisk, sørsamisk. */
export const TEXT_LOCALES = ['nb', 'nn', 'en', 'se', 'smj', 'sma'] as const;

/** A string with at least one character. */
export const NonEmptyString = z.string().check(z.minLength(1));

const localeText = (description: string) => z.optional(NonEmptyString.check(z.describe(description)));

/**
 * A text in one or more languages: either a plain (bokmål) string, or an
 * object with a required `nb` and optional `nn`, `en`, `se`, `smj`, `sma`.
 */
export const LocalizedText = z
  .union([
    NonEmptyString,
    z.strictObject({
      nb: NonEmptyString.check(z.describe('Bokmål (påkrevd).')),
      nn: localeText('Nynorsk.'),
      en: localeText('English.'),
      se: localeText('Davvisámegiella (nordsamisk).'),
      smj: localeText('Julevsámegiella (lulesamisk).'),
      sma: localeText('Åarjelsaemien gïele (sørsamisk).'),
    }),
  ])
  .check(z.describe('Tekst: en streng (bokmål) eller et objekt med språkversjoner { "nb": "…", "nn"?, "en"?, "se"?, "smj"?, "sma"? }.'));
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * The text in the requested language, else bokmål, else any language present.
 * `lang` may be a tag like `nn-NO`; only its primary subtag is used.
 */
export function localize(text: LocalizedText, lang: string): string {
  return localizeWithLanguage(text, lang).text;
}

/**
 * {@link localize}, and the language the text is really in: the requested one, or the one it fell back to
 * (`nb` for a plain string, which the schema reads as bokmål), so a page can mark it (WCAG 3.1.2).
 */
export function localizeWithLanguage(text: LocalizedText, lang: string): { text: string; lang: string } {
  if (typeof text === 'string') return { text, lang: 'nb' };
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  const wanted = primary === 'no' ? 'nb' : primary;
  const record = text as Partial<Record<string, string>>;
  for (const candidate of [wanted, 'nb', ...TEXT_LOCALES]) {
    const value = record[candidate];
    if (typeof value === 'string') return { text: value, lang: candidate };
  }
  return { text: '', lang: wanted };
}

// Characters never allowed anywhere in a URL: whitespace, C0/C1 controls, DEL and
// backslash (browsers strip tabs/newlines and read `\` as `/`, the classic bypasses).
const BAD = String.raw`\s\u0000-\u001f\u007f-\u009f\\`;
/**
 * `https://host[:port][/path][?query][#fragment]`, or a relative reference whose
 * first segment holds no `:` (so it cannot be a scheme) and that does not start
 * with `//` (protocol-relative).
 */
export const URL_PATTERN = new RegExp(
  String.raw`^(?:[Hh][Tt][Tt][Pp][Ss]://(?:[^${BAD}/?#@:\[\]]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?(?:[/?#][^${BAD}]*)?` +
    String.raw`|(?!//)(?:[^${BAD}:/?#]+(?:[/?#][^${BAD}]*)?|[/?#][^${BAD}]*))$`,
);

/** Whether `value` is an allowed URL: `https:` absolute or relative (see {@link Url}). */
export function isSafeUrl(value: string): boolean {
  if (!URL_PATTERN.test(value)) return false;
  if (!/^https:/i.test(value)) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * A URL that is safe to put in `href`/`src`: an absolute `https:` URL or a
 * relative one (`/x`, `./x`, `../x`, `x/y`, `#frag`, `?q`). Every other scheme
 * (`javascript:`, `data:`, `vbscript:`, `http:`, …), `//host`, backslashes,
 * whitespace and control characters are rejected.
 */
export const Url = z.string().check(
  z.regex(URL_PATTERN),
  // Only what the pattern lets through; never `abort`, which would stop every cross-check above.
  z.refine((s) => !URL_PATTERN.test(s) || isSafeUrl(s), { params: { kw: 'invalid_url' } }),
  z.describe(
    'Adresse: absolutt https-adresse (https://…) eller relativ adresse (/side, ./side, #anker). http:, javascript:, data: og andre skjema er ikke tillatt.',
  ),
);

const DATE = String.raw`[0-9]{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01])`;
const TIME = String.raw`T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,9})?)?(?:Z|[+-](?:[01][0-9]|2[0-3]):[0-5][0-9])?`;

/** `YYYY-MM-DD`. */
export const DATE_PATTERN = new RegExp(`^${DATE}$`);
/** `YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]`. */
export const DATE_TIME_PATTERN = new RegExp(`^${DATE}${TIME}$`);
/** Either of the two above. */
export const DATE_OR_DATE_TIME_PATTERN = new RegExp(`^${DATE}(?:${TIME})?$`);

/** Whether the `YYYY-MM-DD` at the start of `value` exists in the calendar (no 30 February). */
export function isRealDate(value: string): boolean {
  const y = Number(value.slice(0, 4));
  const m = Number(value.slice(5, 7));
  const d = Number(value.slice(8, 10));
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return m >= 1 && m <= 12 && d >= 1 && d <= (days[m - 1] ?? 0);
}

const dateString = (pattern: RegExp, format: string, description: string) =>
  z.string().check(
    z.regex(pattern),
    z.refine((s) => !pattern.test(s) || isRealDate(s), { params: { kw: 'invalid_date', format } }),
    z.describe(description),
  );

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = dateString(DATE_PATTERN, 'date', 'Dato, ÅÅÅÅ-MM-DD (for eksempel 2026-12-01).');

/**
 * An ISO 8601 date and time, `YYYY-MM-DDThh:mm`, optionally with seconds and an
 * offset (`Z`, `+01:00`). A time without an offset is local time in Europe/Oslo.
 */
export const IsoDateTime = dateString(
  DATE_TIME_PATTERN,
  'date-time',
  'Dato og klokkeslett, ÅÅÅÅ-MM-DDTtt:mm[:ss][Z|+tt:mm] (for eksempel 2026-12-10T18:00). Uten tidssone gjelder norsk tid (Europe/Oslo).',
);

/** A date (`YYYY-MM-DD`, the whole day) or a date and time (see {@link IsoDateTime}). */
export const IsoDateOrDateTime = dateString(
  DATE_OR_DATE_TIME_PATTERN,
  'date-or-date-time',
  'Dato (ÅÅÅÅ-MM-DD) eller dato og klokkeslett (ÅÅÅÅ-MM-DDTtt:mm, uten tidssone norsk tid).',
);

/** No whitespace: ids end up in attributes and URL fragments. */
export const ID_PATTERN = /^\S+$/;

/** An id: no whitespace, at most 100 characters, unique within its list. */
export const Id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(100),
    z.regex(ID_PATTERN),
    z.describe('Id: uten mellomrom, unik i sin liste (for eksempel "budsjett-2027").'),
  );

/**
 * A whole number. (`multipleOf(1)` rather than `z.int()`: a failed `z.int()`
 * aborts the parse, which would also silence every cross-check above it.)
 */
export const Int = z.number().check(z.multipleOf(1));

/** An e-mail address. */
export const Email = z.string().check(z.email(), z.describe('E-postadresse.'));

/* ---------- helpers for cross-checks ---------- */

/** The context a cross-check reports through (zod's check payload). */
export interface CheckContext {
  issues: unknown[];
}

type PathSegment = string | number;

/** Report one of our own issues (a zod `custom` issue whose `params.kw` names our code). */
export function report(
  ctx: { issues: unknown[] },
  value: unknown,
  path: PathSegment[],
  kw: string,
  params: Record<string, string | number> = {},
): void {
  ctx.issues.push({
    code: 'custom',
    path,
    input: value,
    message: kw,
    params: { kw, ...params },
    continue: true,
  });
}

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A check on an object or array that runs even when its children have issues
 * (so a typo elsewhere does not hide a duplicate id), but only on an object/array.
 * The callback gets `unknown`-typed data: it must tolerate malformed input.
 */
export function crossCheck(fn: (value: unknown, ctx: { issues: unknown[] }) => void) {
  return z.superRefine((value: unknown, ctx) => fn(value, ctx as unknown as { issues: unknown[] }), {
    when: (payload) => typeof payload.value === 'object' && payload.value !== null,
  });
}

/**
 * Report every item of `list` whose `id` was seen before, at `[...base, index, 'id']`.
 */
export function checkUniqueIds(
  ctx: { issues: unknown[] },
  list: unknown,
  base: PathSegment[],
  seen: Map<string, PathSegment[]> = new Map(),
): Map<string, PathSegment[]> {
  if (!Array.isArray(list)) return seen;
  list.forEach((item, index) => {
    if (!isRecord(item) || typeof item['id'] !== 'string') return;
    const id = item['id'];
    const path = [...base, index, 'id'];
    if (seen.has(id)) report(ctx, id, path, 'duplicate_id', { id });
    else seen.set(id, path);
  });
  return seen;
}

/** The ids of the items in `list` (items without a string id are skipped). */
export function idsOf(list: unknown): Set<string> {
  const ids = new Set<string>();
  if (Array.isArray(list)) for (const item of list) if (isRecord(item) && typeof item['id'] === 'string') ids.add(item['id']);
  return ids;
}

/** Offset of Europe/Oslo from UTC in minutes at the given UTC instant (EU summer-time rule). */
function osloOffsetMinutes(utcMillis: number): number {
  const year = new Date(utcMillis).getUTCFullYear();
  const lastSunday = (month: number) => {
    const d = new Date(Date.UTC(year, month + 1, 0, 1));
    return d.getTime() - d.getUTCDay() * 86_400_000;
  };
  return utcMillis >= lastSunday(2) && utcMillis < lastSunday(9) ? 120 : 60;
}

/**
 * The instant (ms since epoch) an ISO date or date-time stands for, for ordering
 * only. A bare date is the start of the day, or with `endOfDay` its last millisecond; no offset means Europe/Oslo. `undefined` for anything else.
 */
export function instantOf(value: unknown, endOfDay = false): number | undefined {
  if (typeof value !== 'string' || !DATE_OR_DATE_TIME_PATTERN.test(value) || !isRealDate(value)) return undefined;
  const [y, mo, d] = [Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))];
  if (value.length === 10) {
    const local = Date.UTC(y, mo - 1, d + (endOfDay ? 1 : 0));
    return local - osloOffsetMinutes(local - 60 * 60_000) * 60_000 - (endOfDay ? 1 : 0);
  }
  const m = /T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!m) return undefined;
  const ms = Math.round(Number(`0.${m[4] ?? '0'}`) * 1000);
  const local = Date.UTC(y, mo - 1, d, Number(m[1]), Number(m[2]), Number(m[3] ?? 0), ms);
  const zone = m[5];
  if (zone === 'Z') return local;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    return local - sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
  }
  return local - osloOffsetMinutes(local - 60 * 60_000) * 60_000;
}

/**
 * Report `date_order` at `[...base, endKey]` when `item[endKey]` lies before `item[startKey]`.
 */
export function checkDateOrder(ctx: { issues: unknown[] }, item: unknown, base: PathSegment[], startKey: string, endKey: string): void {
  if (!isRecord(item)) return;
  const start = instantOf(item[startKey]);
  const end = instantOf(item[endKey], true);
  if (start !== undefined && end !== undefined && end < start) {
    report(ctx, item[endKey], [...base, endKey], 'date_order', {
      field: endKey,
      value: String(item[endKey]),
      startField: startKey,
      startValue: String(item[startKey]),
    });
  }
}
