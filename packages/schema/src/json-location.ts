/** Line and column (1-based) of a character offset in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where `JSON.parse` gave up on `text`, from its error: V8 says "at position N" (or "line L column C" in newer
 * versions), SpiderMonkey "at line L column C"; an early end is the end of the text (V8's "end of JSON input",
 * JavaScriptCore's "Unexpected EOF"). `undefined` when the message says neither, as JavaScriptCore's other messages.
 */
export function syntaxErrorLocation(text: string, error: Error): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(error.message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(error.message);
  if (pos) return lineAndColumn(text, Number(pos[1]));
  if (/end of JSON input|Unexpected EOF/i.test(error.message)) return lineAndColumn(text, text.length);
  const offset = unexpectedTokenOffset(text, error.message);
  return offset === undefined ? undefined : lineAndColumn(text, offset);
}

/** V8 quotes this many characters on each side of an unexpected token (`JsonParser::ReportUnexpectedToken`). */
const V8_CONTEXT = 10;

/**
 * Newer V8 gives no position for an unexpected token, only the text around it:
 * `Unexpected token '}', ..."ities": [ }" is not valid JSON`. With a leading `...` the token is the 11th
 * character of the quoted context; without, the context starts the file and the token is its first occurrence there.
 */
function unexpectedTokenOffset(text: string, message: string): number | undefined {
  const match = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON$/.exec(message);
  if (!match) return undefined;
  const [, token, cut, context] = match as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(context);
  if (start === -1) return undefined;
  if (cut) return start + V8_CONTEXT;
  const at = context.indexOf(token);
  return at === -1 ? undefined : start + at;
}
