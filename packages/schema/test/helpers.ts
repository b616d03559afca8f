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
