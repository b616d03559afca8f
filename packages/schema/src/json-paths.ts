/**
 * Where a field of a kommune document is written in its text, for the places a web editor is shown (the CLI and the
 * editors' page). Uses jsonc-parser's syntax tree, so it is kept out of the package's main entry: the widgets never
 * carry it.
 */
import { findNodeAtLocation, parse, parseTree, type ParseError } from 'jsonc-parser';
import { lineAndColumn } from './json-location.js';

/** One step of a JSON path: a property name or an array index. */
export type PathSegment = string | number;

/** `budget.datasets[0]["Å b"]` → `['budget', 'datasets', 0, 'Å b']`: the inverse of `formatPath`. */
export function parsePath(path: string): PathSegment[] {
  const segments: PathSegment[] = [];
  const step = /\.?([\p{L}_$][\p{L}\p{N}_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/uy;
  while (step.lastIndex < path.length) {
    const at = step.lastIndex;
    const match = step.exec(path);
    if (!match || match.index !== at) break;
    const [, name, index, quoted] = match;
    segments.push(name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted!) as string)));
  }
  return segments;
}

/**
 * Where the field at `path` is written in `text` (line and column, 1-based): at its property name, or for an array's
 * item at the item. A field that is missing is placed at the nearest object or list that is there, so a web editor
 * is led to where it should be added. `undefined` when `text` is not JSON.
 */
export function locatePath(text: string, path: string): { line: number; column: number } | undefined {
  const root = parseTree(text);
  if (!root) return undefined;
  const segments = parsePath(path);
  for (let length = segments.length; length >= 0; length--) {
    const node = findNodeAtLocation(root, segments.slice(0, length));
    if (!node) continue;
    // A property's value: point at its name, where an editor looks for it.
    const at = node.parent?.type === 'property' ? node.parent : node;
    return lineAndColumn(text, at.offset);
  }
  return lineAndColumn(text, root.offset);
}

/**
 * Where the first syntax error in `text` is, by a parser that reads the whole text rather than by the engine's
 * message (which not every engine gives a position in). `undefined` when there is none.
 */
export function firstSyntaxError(text: string): { line: number; column: number } | undefined {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  return first ? lineAndColumn(text, first.offset) : undefined;
}
