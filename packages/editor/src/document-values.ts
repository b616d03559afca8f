import { parsePath } from '@kommune-widgets/schema/check';

/** The value at a JSON path (`meetings.meetings[0].start`) of parsed `data`; `undefined` where nothing is written. */
export function valueAt(data: unknown, path: string): unknown {
  let value = data;
  for (const segment of parsePath(path)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}
