/**
 * `kommune-widgets kostra FILE --kommune NNNN [--year YYYY]`: thin wiring
 * around {@link readJsonStat} and {@link toBudget}.
 */
import { readFile } from 'node:fs/promises';
import { KostraError, readJsonStat } from './json-stat.js';
import { toBudget } from './to-budget.js';

export const KOSTRA_USAGE = 'kommune-widgets kostra FILE --kommune NNNN [--year YYYY]';
export const KOSTRA_SUMMARY = 'Turn an SSB KOSTRA answer (JSON-stat 2.0, e.g. table 12362) into a budget section.';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Exit codes: 0 written to stdout, 1 unreadable or unusable answer, 2 wrong usage. */
export async function runKostra(args: string[], io: Io): Promise<number> {
  const files: string[] = [];
  let kommune: string | undefined;
  let year: string | undefined;
  const usageError = (message: string) => {
    io.err(`${message}\n\nUsage: ${KOSTRA_USAGE}`);
    return 2;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const option = /^--(kommune|year)(?:=(.*))?$/.exec(arg);
    if (option) {
      const value = option[2] ?? args[++i];
      if (value === undefined) return usageError(`--${option[1]} needs a value`);
      if (option[1] === 'kommune') {
        if (!/^\d{4}$/.test(value)) return usageError(`--kommune must be a four-digit kommune number, not "${value}"`);
        kommune = value;
      } else {
        if (!/^\d{4}$/.test(value)) return usageError(`--year must be a four-digit year, not "${value}"`);
        year = value;
      }
    } else if (arg.startsWith('--')) return usageError(`Unknown option ${arg}`);
    else files.push(arg);
  }
  if (files.length !== 1) return usageError(files.length === 0 ? 'FILE is missing' : 'Give exactly one FILE');
  if (kommune === undefined) return usageError('--kommune is required');
  const file = files[0] as string;

  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    io.err(`${file}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return 1;
  }
  try {
    let data: unknown;
    try {
      data = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new KostraError(`invalid JSON: ${(error as Error).message}`);
    }
    const budget = toBudget(readJsonStat(data), year === undefined ? { kommune } : { kommune, year });
    io.out(JSON.stringify(budget, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof KostraError) {
      io.err(`${file}: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
