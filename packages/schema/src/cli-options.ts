/** The command line's options: `--name value` or `--name=value` for the names a command takes, the rest are files. */
import type { CommandContext } from './cli.js';

/** What {@link readOptions} found. */
export interface ReadOptions<N extends string> {
  files: string[];
  values: Partial<Record<N, string>>;
}

/**
 * Reads `args` for the options `names`; an unknown `--option` or an option without its value is a usage error,
 * printed here (`needsValue` says which option lacked one, in the command's own words). Returns the exit code then.
 */
export function readOptions<N extends string>(
  args: readonly string[],
  names: readonly N[],
  context: CommandContext,
  needsValue: (name: N) => string,
): ReadOptions<N> | number {
  const files: string[] = [];
  const values: Partial<Record<N, string>> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const option = /^--([^=]+)(?:=(.*))?$/.exec(arg);
    if (!option) {
      files.push(arg);
      continue;
    }
    const name = option[1] as N;
    if (!names.includes(name)) return context.unknownOption(arg);
    const value = option[2] ?? args[++i];
    if (value === undefined) return context.usageError(needsValue(name));
    values[name] = value;
  }
  return { files, values };
}
