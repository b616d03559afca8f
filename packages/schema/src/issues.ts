/**
 * Our own issue model: a JSON path, a stable code and the parameters a message
 * needs. zod's issues are converted here; messages are in `issue-messages.ts`.
 */
import { DATE_OR_DATE_TIME_PATTERN, DATE_PATTERN, DATE_TIME_PATTERN, ID_PATTERN, URL_PATTERN } from './shared.js';
import { KOMMUNENUMMER_PATTERN } from './kommune.js';

/** Stable issue codes. New codes may be added in minor versions; existing ones never change meaning. */
export type IssueCode =
  | 'required'
  | 'invalid_type'
  | 'invalid_url'
  | 'invalid_date'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'unrecognized_keys'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'date_order'
  | 'closed_item_without_reason'
  | 'unsupported_version'
  | 'deprecated_value'
  | 'ignored_retention'
  | 'ignored_lists'
  | 'invalid';

/** One problem in a document. */
export interface SchemaIssue {
  /** JSON path such as `budget.datasets[0].items[3].amount`; `''` is the document (or section) itself. */
  path: string;
  code: IssueCode;
  /** What the message needs (see the README for each code). */
  params: Record<string, string | number>;
}

/** The outcome of validating a whole document. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: SchemaIssue[] };

type Segment = PropertyKey;

/** `['budget', 'datasets', 0, 'amount']` → `budget.datasets[0].amount`. */
export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else {
      const key = String(segment);
      if (key === '') continue;
      out += /^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(key) ? (out ? `.${key}` : key) : `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** A JSON type name for `value`: string, number, boolean, null, array, object. */
export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const t = typeof value;
  return t === 'bigint' ? 'number' : t === 'function' || t === 'symbol' ? 'object' : t;
}

/** A short, printable form of a primitive value for a message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The subset of zod's issue shape we read (zod/mini's `$ZodIssue`, loosely). */
interface RawIssue {
  code: string;
  path: Segment[];
  input?: unknown;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  format?: string;
  pattern?: string;
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  divisor?: number;
  params?: Record<string, unknown>;
  errors?: RawIssue[][];
}

const FORMAT_BY_PATTERN: Record<string, [IssueCode, string]> = {
  [String(URL_PATTERN)]: ['invalid_url', 'url'],
  [String(DATE_PATTERN)]: ['invalid_date', 'date'],
  [String(DATE_TIME_PATTERN)]: ['invalid_date', 'date-time'],
  [String(DATE_OR_DATE_TIME_PATTERN)]: ['invalid_date', 'date-or-date-time'],
  [String(ID_PATTERN)]: ['invalid_format', 'id'],
  [String(KOMMUNENUMMER_PATTERN)]: ['invalid_format', 'kommunenummer'],
};

const EXPECTED_NAMES: Record<string, string> = {
  int: 'integer',
  nan: 'number',
  undefined: 'nothing',
};

/** The issue for input that is not a JSON object at all (an array, a string, null …). */
export function notAnObjectIssue(input: unknown): SchemaIssue {
  return { path: '', code: 'invalid_type', params: { expected: 'object', received: typeOf(input) } };
}

/**
 * Convert zod issues to {@link SchemaIssue}s, each path prefixed with `prefix`.
 * Zod issues must come from a parse with `reportInput: true` (a missing `input`
 * then means a missing field).
 */
export function toSchemaIssues(issues: readonly unknown[], prefix: readonly Segment[] = []): SchemaIssue[] {
  const out: SchemaIssue[] = [];
  for (const issue of issues) convert(issue as RawIssue, prefix, out);
  return out;
}

function convert(issue: RawIssue, prefix: readonly Segment[], out: SchemaIssue[]): void {
  const segments = [...prefix, ...issue.path];
  const path = formatPath(segments);
  const push = (code: IssueCode, params: Record<string, string | number> = {}): void => {
    out.push({ path, code, params });
  };
  const last = segments.at(-1);
  const isSchemaVersion = segments.length === 1 && last === 'schemaVersion';

  switch (issue.code) {
    case 'invalid_type': {
      if (!('input' in issue) || issue.input === undefined) {
        return push('required', {
          key: typeof last === 'number' ? `[${last}]` : String(last ?? ''),
        });
      }
      const expected = EXPECTED_NAMES[issue.expected ?? ''] ?? issue.expected ?? 'value';
      return push('invalid_type', { expected, received: typeOf(issue.input) });
    }
    case 'invalid_value': {
      if (issue.input === undefined) return push('required', { key: String(last ?? '') });
      if (isSchemaVersion)
        return push('unsupported_version', {
          version: shown(issue.input),
          supported: 1,
        });
      const values = (issue.values ?? []).map((v) => shown(v));
      return push('invalid_value', {
        values: values.join(', '),
        count: values.length,
        value: shown(issue.input),
      });
    }
    case 'invalid_format': {
      const known = issue.pattern ? FORMAT_BY_PATTERN[issue.pattern] : undefined;
      if (known?.[0] === 'invalid_url') return push('invalid_url', { value: shown(issue.input) });
      if (known?.[0] === 'invalid_date')
        return push('invalid_date', {
          format: known[1],
          value: shown(issue.input),
        });
      return push('invalid_format', {
        format: known?.[1] ?? issue.format ?? 'regex',
        value: shown(issue.input),
      });
    }
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      return push(issue.code, {
        origin: issue.origin ?? 'value',
        [issue.code === 'too_small' ? 'minimum' : 'maximum']: Number(bound),
        inclusive: issue.inclusive === false ? 'false' : 'true',
      });
    }
    case 'not_multiple_of':
      return Number(issue.divisor) === 1
        ? push('invalid_type', { expected: 'integer', received: 'number' })
        : push('invalid', { divisor: Number(issue.divisor) });
    case 'unrecognized_keys': {
      const keys = issue.keys ?? [];
      return push('unrecognized_keys', {
        keys: keys.join(', '),
        count: keys.length,
      });
    }
    case 'invalid_union':
      return convertUnion(issue, segments, out);
    case 'custom': {
      const { kw, ...rest } = issue.params ?? {};
      const params: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(rest)) if (typeof v === 'string' || typeof v === 'number') params[k] = v;
      if (kw === 'invalid_url' || kw === 'invalid_date' || kw === 'invalid_format') params['value'] = shown(issue.input);
      const code = typeof kw === 'string' && KNOWN_CUSTOM.has(kw) ? (kw as IssueCode) : 'invalid';
      return push(code, params);
    }
    default:
      return push('invalid');
  }
}

const KNOWN_CUSTOM = new Set<string>([
  'required',
  'invalid_format',
  'invalid_url',
  'invalid_date',
  'duplicate_id',
  'unknown_reference',
  'date_order',
  'closed_item_without_reason',
  'unsupported_version',
]);

/**
 * A union failed. Report the branch whose type matched (for `LocalizedText`
 * given an object: the object branch's issues); if none matched, one
 * `invalid_type` naming every expected type (`string|object` is "text").
 */
function convertUnion(issue: RawIssue, segments: Segment[], out: SchemaIssue[]): void {
  const branches = issue.errors ?? [];
  const typeMismatch = (b: RawIssue[]) => b.length === 1 && b[0]?.code === 'invalid_type' && b[0].path.length === 0;
  const matched = branches.filter((b) => !typeMismatch(b));
  if (matched.length > 0) {
    const best = matched.reduce((a, b) => (b.length < a.length ? b : a));
    for (const sub of best) convert(sub, segments, out);
    return;
  }
  if (issue.input === undefined) {
    const last = segments.at(-1);
    out.push({
      path: formatPath(segments),
      code: 'required',
      params: { key: String(last ?? '') },
    });
    return;
  }
  const expected = [...new Set(branches.map((b) => EXPECTED_NAMES[b[0]?.expected ?? ''] ?? b[0]?.expected ?? 'value'))].sort().join('|');
  out.push({
    path: formatPath(segments),
    code: 'invalid_type',
    params: {
      expected: expected === 'object|string' ? 'text' : expected,
      received: typeOf(issue.input),
    },
  });
}
