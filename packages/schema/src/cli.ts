#!/usr/bin/env node
/**
 * `kommune-widgets`: command-line tools for the kommune data document.
 *
 *   kommune-widgets validate FILE… [--lang nb|nn|en|se] [--json]
 *   kommune-widgets kostra FILE --kommune NNNN [--year YYYY]
 *
 * Exit codes: 0 every file valid, 1 a file is invalid or unreadable, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { validateDocument } from './document.js';
import { describeIssue, describePath } from './issue-messages.js';
import type { SchemaIssue } from './issues.js';
import { syntaxErrorLocation } from './json-location.js';
import { translations } from './translations.js';
import { KOSTRA_SUMMARY, KOSTRA_USAGE, runKostra } from './kostra/command.js';

const LANGS = ['nb', 'nn', 'en', 'se'] as const;
type Lang = (typeof LANGS)[number];

let currentLang: Lang = 'nb';
configureReentrantLocalization({
  sourceLocale: 'nb',
  targetLocales: ['nn', 'en', 'se'],
  getLocale: () => currentLang,
  loadLocaleSync: (locale) => ({ templates: translations[locale as keyof typeof translations] }),
});

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

interface Command {
  summary: string;
  usage: string;
  run(args: string[], io: Io): Promise<number>;
}

const TEXTS = {
  nb: {
    unreadable: (reason: string) => `kan ikke lese filen (${reason})`,
    syntax: (where: string, reason: string) => `ugyldig JSON${where}: ${reason}`,
    at: (line: number, column: number) => ` på linje ${line}, kolonne ${column}`,
    valid: 'gyldig',
  },
  nn: {
    unreadable: (reason: string) => `kan ikkje lese fila (${reason})`,
    syntax: (where: string, reason: string) => `ugyldig JSON${where}: ${reason}`,
    at: (line: number, column: number) => ` på linje ${line}, kolonne ${column}`,
    valid: 'gyldig',
  },
  en: {
    unreadable: (reason: string) => `cannot read the file (${reason})`,
    syntax: (where: string, reason: string) => `invalid JSON${where}: ${reason}`,
    at: (line: number, column: number) => ` at line ${line}, column ${column}`,
    valid: 'valid',
  },
  se: {
    unreadable: (reason: string) => `ii sáhte lohkat fiilla (${reason})`,
    syntax: (where: string, reason: string) => `boasttu JSON${where}: ${reason}`,
    at: (line: number, column: number) => ` linjá ${line}, čuolda ${column}`,
    valid: 'gustovaš',
  },
} satisfies Record<Lang, unknown>;

interface FileReport {
  file: string;
  valid: boolean;
  /** `read` / `json` for a file that could not be read or parsed; absent otherwise. */
  error?: { kind: 'read' | 'json'; message: string; line?: number; column?: number };
  issues: (SchemaIssue & { message: string })[];
}

async function checkFile(file: string, lang: Lang): Promise<FileReport> {
  const t = TEXTS[lang];
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { file, valid: false, error: { kind: 'read', message: t.unreadable(reason) }, issues: [] };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const where = syntaxErrorLocation(text, error as Error);
    const reason = (error as Error).message.replace(/\s*in JSON at position \d+.*$/, '');
    const message = t.syntax(where ? t.at(where.line, where.column) : '', reason);
    return { file, valid: false, error: { kind: 'json', message, ...where }, issues: [] };
  }
  const result = validateDocument(data);
  if (result.ok) return { file, valid: true, issues: [] };
  return { file, valid: false, issues: result.issues.map((issue) => ({ ...issue, message: describeIssue(issue) })) };
}

const validate: Command = {
  summary: 'Validate kommune data documents against schema version 1.',
  usage: 'kommune-widgets validate FILE… [--lang nb|nn|en|se] [--json]',
  async run(args, io) {
    const files: string[] = [];
    let json = false;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] as string;
      if (arg === '--json') json = true;
      else if (arg === '--lang' || arg.startsWith('--lang=')) {
        const value = arg === '--lang' ? args[++i] : arg.slice('--lang='.length);
        if (!LANGS.includes(value as Lang)) {
          io.err(`--lang must be one of ${LANGS.join(', ')}`);
          return 2;
        }
        currentLang = value as Lang;
      } else if (arg.startsWith('--')) {
        io.err(`Unknown option ${arg}\n\nUsage: ${this.usage}`);
        return 2;
      } else files.push(arg);
    }
    if (files.length === 0) {
      io.err(`Usage: ${this.usage}`);
      return 2;
    }
    const reports: FileReport[] = [];
    for (const file of files) reports.push(await checkFile(file, currentLang));
    if (json) io.out(JSON.stringify(reports, null, 2));
    else
      for (const report of reports) {
        if (report.error) io.out(`${report.file}: ${report.error.message}`);
        for (const issue of report.issues) io.out(`${report.file}: ${describePath(issue.path)}: ${issue.message}`);
        if (report.valid) io.out(`${report.file}: ${TEXTS[currentLang].valid}`);
      }
    return reports.every((r) => r.valid) ? 0 : 1;
  },
};

const kostra: Command = { summary: KOSTRA_SUMMARY, usage: KOSTRA_USAGE, run: runKostra };

/** Subcommands by name; a new one (for example `kostra`) is one more entry. */
const COMMANDS: Record<string, Command> = { validate, kostra };

function usage(): string {
  const lines = ['Usage: kommune-widgets <command> [options]', '', 'Commands:'];
  for (const [name, command] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(10)} ${command.summary}`, `             ${command.usage}`);
  lines.push('', 'Options:', '  --help     Show this help', '', 'Exit codes: 0 valid, 1 invalid or unreadable file, 2 wrong usage.');
  return lines.join('\n');
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`Usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  return command.run(rest, io);
}

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
process.exitCode = exitCode;
