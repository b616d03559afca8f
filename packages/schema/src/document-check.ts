/**
 * `@kommune-widgets/schema/check`: a kommune document's text checked the way the widgets read it, each problem with
 * the line and column where it is written. One check for the `kommune-widgets validate` command and the editors'
 * page, so both name the same problems at the same places. Messages are not made here: the caller describes each
 * issue (`describeIssue`) in the language it speaks, when it shows it.
 */
import type { ZodMiniType } from 'zod/mini';
import { validateDocument } from './document.js';
import type { SchemaIssue } from './issues.js';
import { syntaxErrorLocation } from './json-location.js';
import { firstSyntaxError, locatePath } from './json-paths.js';
import { isWholeDocument, type SectionKey, type WidgetInput } from './widget-input.js';
import { participationInput } from './participation.js';
import { budgetInput } from './budget.js';
import { meetingsInput } from './meetings.js';
import { reportInput } from './report.js';
import { pledgeInput } from './pledge.js';
import { isRecord } from './shared.js';
import { findWarnings } from './warnings.js';

export { locatePath, parsePath, firstSyntaxError, type PathSegment } from './json-paths.js';

/** A {@link SchemaIssue} with the place in the text where its field is written (1-based). */
export interface LocatedIssue extends SchemaIssue {
  line: number;
  column: number;
}

/** Where a text that is not JSON stops being JSON (absent when no parser could say). */
export interface JsonSyntaxError {
  line?: number;
  column?: number;
}

/** The outcome of {@link checkDocumentText}. */
export interface DocumentCheck {
  /** Whether a widget would read the text without complaint (warnings do not make it invalid). */
  valid: boolean;
  /** Set when the text is not JSON at all; then there are no issues. */
  syntaxError?: JsonSyntaxError;
  /** The parsed JSON, when the text is JSON (valid or not). */
  data?: unknown;
  /** The section the text holds alone (as `kommune-widgets kostra` writes one); absent for a whole document. */
  section?: SectionKey;
  /** What a widget would refuse, in document order. */
  issues: LocatedIssue[];
  /** What the document may still say but should not (an old organ kind): shown, but the text stays valid. */
  warnings: LocatedIssue[];
}

/** The sections a text may hold alone, as the widgets accept them. */
const SECTION_INPUTS: WidgetInput<SectionKey, ZodMiniType>[] = [participationInput, budgetInput, meetingsInput, reportInput, pledgeInput];

/**
 * The section a text that is not a whole document holds: the one whose fields it uses most (a budget has `datasets`,
 * the meetings `meetings` and `organizations` …). `undefined` when it uses none: it is then checked as a document.
 */
function sectionOf(input: Record<string, unknown>): WidgetInput<SectionKey, ZodMiniType> | undefined {
  let best: WidgetInput<SectionKey, ZodMiniType> | undefined;
  let bestCount = 0;
  for (const section of SECTION_INPUTS) {
    const fields = Object.keys((section.schema as { shape?: object }).shape ?? {});
    const count = Object.keys(input).filter((key) => fields.includes(key)).length;
    if (count > bestCount) [best, bestCount] = [section, count];
  }
  return best;
}

/** Parses `text` as JSON (a leading byte-order mark allowed), or says where it is not. */
export function parseJsonText(text: string): { ok: true; data: unknown } | { ok: false; error: JsonSyntaxError } {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, data: JSON.parse(body) };
  } catch (error) {
    // The engine's own place first (it decided); a full parse where its message names none (JavaScriptCore).
    const where = syntaxErrorLocation(body, error as Error) ?? firstSyntaxError(body);
    return { ok: false, error: where ?? {} };
  }
}

/** Issues placed in `text` and put in the order they are written, so a list of them reads top to bottom. */
function located(text: string, issues: SchemaIssue[]): LocatedIssue[] {
  return issues
    .map((issue) => ({ ...issue, ...(locatePath(text, issue.path) ?? { line: 1, column: 1 }) }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * Checks a kommune document's text the way a widget reads it: a whole document, or one section alone. Pure: reads
 * nothing and sends nothing anywhere.
 */
export function checkDocumentText(text: string): DocumentCheck {
  const parsed = parseJsonText(text);
  if (!parsed.ok) return { valid: false, syntaxError: parsed.error, issues: [], warnings: [] };
  const { data } = parsed;
  const body = text.replace(/^\uFEFF/, '');
  const section = isRecord(data) && !isWholeDocument(data) ? sectionOf(data) : undefined;
  const result = section ? section.parse(data) : validateDocument(data);
  return {
    valid: result.ok,
    data,
    ...(section ? { section: section.key } : {}),
    issues: result.ok ? [] : located(body, result.issues),
    warnings: located(body, findWarnings(data)),
  };
}
