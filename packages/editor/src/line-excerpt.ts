/** How many characters of a long line are shown on each side of the place (a document on one line is common). */
const CONTEXT = 36;

/** A JSON string with its quotes, an opening brace or bracket, or else a bare word (number, `true`, `null`). */
const TOKEN = /"(?:[^"\\]|\\.)*"?|[{[]|[^\s,:\]}{[]+/y;

/** The line of a text around a place, cut to fit, with the token at the place picked out. */
export interface LineExcerpt {
  /** The 1-based line number. */
  line: number;
  /** What comes before the token (after `…` when cut). */
  before: string;
  /** The token that starts at the place: the property name, the value or the bracket. */
  token: string;
  /** What comes after it (before `…` when cut). */
  after: string;
  /** Whether the line was cut at its start or end. */
  cutStart: boolean;
  cutEnd: boolean;
}

/** The excerpt of `text` at `line` and `column` (both 1-based); `undefined` past the end of the text. */
export function excerptAt(text: string, line: number, column: number): LineExcerpt | undefined {
  const source = text.replace(/^\uFEFF/, '').split(/\r?\n/)[line - 1];
  if (source === undefined) return undefined;
  const at = Math.min(Math.max(column - 1, 0), source.length);
  TOKEN.lastIndex = at;
  const token = TOKEN.exec(source)?.[0] ?? source.slice(at, at + 1);
  const shownToken = token.length > 2 * CONTEXT ? `${token.slice(0, 2 * CONTEXT)}…` : token;
  const end = at + token.length;
  const lineStart = source.search(/\S|$/);
  const start = Math.max(lineStart, at - CONTEXT);
  const stop = Math.min(source.length, end + CONTEXT);
  return {
    line,
    before: source.slice(start, at),
    token: shownToken,
    after: token.length > 2 * CONTEXT ? '' : source.slice(end, stop),
    cutStart: start > lineStart,
    cutEnd: stop < source.length || token.length > 2 * CONTEXT,
  };
}
