import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const EXAMPLE_PATH = fileURLToPath(new URL('../../../docs/examples/eksempel-kommune.json', import.meta.url));

/** A fresh copy of the example document. */
export function example(): Record<string, any> {
  return JSON.parse(readFileSync(EXAMPLE_PATH, 'utf8'));
}

/** The smallest valid document. */
export function minimal(): Record<string, any> {
  return { schemaVersion: 1, kommune: { nummer: '9999', navn: 'Eksempel kommune' } };
}

/** A valid participation activity. */
export function activity(overrides: Record<string, unknown> = {}): Record<string, any> {
  return { id: 'a1', step: 'spørre', title: 'Høring', ...overrides };
}

/**
 * Where a web editor is sent for the first line of `file` that holds `needle`: `LINE:COLUMN`, at that line's first
 * character that is not a space (where a property's name starts in a pretty-printed file).
 */
export function placeOf(file: string, needle: string): string {
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`${needle} is not in ${file}`);
  return `${index + 1}:${lines[index]!.search(/\S/) + 1}`;
}
