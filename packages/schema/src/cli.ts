/**
 * `kommune-widgets`: command-line tools for the kommune data document (run through bin/kommune-widgets.js).
 *
 *   kommune-widgets validate FILE… [--json] [--lang nb|nn|en|se]
 *   kommune-widgets kostra FILE --kommune NNNN [--year YYYY] [--into kommune.json] [--lang nb|nn|en|se]
 *   kommune-widgets ics kommune.json --out DIR [--base-url URL] [--lang nb|nn|en|se]
 *
 * Every message is in the language of `--lang` (bokmål by default), from the package's message catalog.
 * Exit codes: 0 every file valid, 1 a file is invalid or unreadable, 2 wrong usage.
 */
import { readFile } from 'node:fs/promises';
import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import { msg, str } from '@lit/localize';
import { checkDocumentText, parseJsonText, type JsonSyntaxError, type LocatedIssue } from './document-check.js';
import { describeIssue, describePath } from './issue-messages.js';
import type { SchemaIssue } from './issues.js';
import { locatePath } from './json-paths.js';
import { translations } from './translations.js';
import { templates as cliEn } from './generated/cli-locales/en.js';
import { templates as cliNn } from './generated/cli-locales/nn.js';
import { templates as cliSe } from './generated/cli-locales/se.js';
import type { SectionKey } from './widget-input.js';
import { kostraCommand } from './kostra/command.js';
import { icsCommand } from './ics-command.js';

const LANGS = ['nb', 'nn', 'en', 'se'] as const;
/** A language the command line writes its messages in (`--lang`). */
export type Lang = (typeof LANGS)[number];

/** The command line's own messages (`cli.*`), kept out of the translations the widgets carry (scripts/localize.mjs). */
const cliTranslations = { nn: cliNn, en: cliEn, se: cliSe };

let currentLang: Lang = 'nb';
configureReentrantLocalization({
  sourceLocale: 'nb',
  targetLocales: ['nn', 'en', 'se'],
  getLocale: () => currentLang,
  loadLocaleSync: (locale) => {
    const target = locale as keyof typeof translations;
    return { templates: { ...translations[target], ...cliTranslations[target] } };
  },
});

/** A JSON file read and parsed, or why not (a localized message, with the place of a syntax error). */
export type JsonRead =
  | { ok: true; data: unknown; text: string }
  | { ok: false; error: { kind: 'read' | 'json'; message: string; line?: number; column?: number } };

/** What every command gets: output, and the reading and reporting that `validate` and `kostra --into` share. */
export interface CommandContext {
  /** The language of the messages (`--lang`), for what `msg()` does not format itself, such as lists. */
  lang: Lang;
  out: (line: string) => void;
  err: (line: string) => void;
  readJson(file: string): Promise<JsonRead>;
  /**
   * One `FILE:LINE:COLUMN: json.path: message` line per issue, in the chosen language, placed in `text` (the file's
   * text the issues were found in); without it, `FILE: json.path: message`.
   */
  issueLines(file: string, issues: SchemaIssue[], text?: string): string[];
  /** Prints `message` (if any) and the command's usage line to stderr; returns exit code 2. */
  usageError(message?: string): number;
  /** Prints "Unknown option …" and the usage line; returns exit code 2. */
  unknownOption(option: string): number;
}

export interface Command {
  summary: () => string;
  usage: string;
  run(args: string[], context: CommandContext): Promise<number>;
}

type Io = Pick<CommandContext, 'out' | 'err'>;

const usageLabel = () => msg('Bruk', { id: 'cli.usage' });

/** Why a text is not JSON, in the chosen language, with the place where the engine or the parser found it. */
const syntaxMessage = (where: JsonSyntaxError) =>
  where.line !== undefined
    ? msg(str`ugyldig JSON på linje ${where.line}, kolonne ${where.column}`, { id: 'cli.json-syntax-at' })
    : msg('ugyldig JSON', { id: 'cli.json-syntax' });

async function readText(file: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await readFile(file, 'utf8') };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, message: msg(str`kan ikke lese filen (${reason})`, { id: 'cli.unreadable' }) };
  }
}

async function readJson(file: string): Promise<JsonRead> {
  const read = await readText(file);
  if (!read.ok) return { ok: false, error: { kind: 'read', message: read.message } };
  const parsed = parseJsonText(read.text);
  if (parsed.ok) return { ok: true, data: parsed.data, text: read.text };
  return { ok: false, error: { kind: 'json', message: syntaxMessage(parsed.error), ...parsed.error } };
}

/** `FILE:LINE:COLUMN: path: message`, the form editors and terminals link to the place; without a place, `FILE: …`. */
const issueLine = (file: string, issue: SchemaIssue & { line?: number; column?: number }, message: string) =>
  `${issue.line === undefined ? file : `${file}:${issue.line}:${issue.column}`}: ${describePath(issue.path)}: ${message}`;

const issueLines = (file: string, issues: SchemaIssue[], text?: string) =>
  issues.map((issue) =>
    issueLine(file, { ...issue, ...(text === undefined ? {} : locatePath(text.replace(/^\uFEFF/, ''), issue.path)) }, describeIssue(issue)),
  );

interface FileReport {
  file: string;
  valid: boolean;
  /** The section the file holds alone (as `kommune-widgets kostra` writes it); absent for a whole document. */
  section?: SectionKey;
  /** `read` / `json` for a file that could not be read or parsed; absent otherwise. */
  error?: { kind: 'read' | 'json'; message: string; line?: number; column?: number };
  /** Each with the line and column where its field is written. */
  issues: (LocatedIssue & { message: string })[];
  /** What the file may still say but should not (an old organ kind): printed, but the file stays valid. */
  warnings: (LocatedIssue & { message: string })[];
}

const described = (issues: LocatedIssue[]) => issues.map((issue) => ({ ...issue, message: describeIssue(issue) }));

/** Checks one file the way a widget reads it: a whole document, or one section alone (`checkDocumentText`). */
async function checkFile(file: string): Promise<FileReport> {
  const read = await readText(file);
  if (!read.ok) return { file, valid: false, error: { kind: 'read', message: read.message }, issues: [], warnings: [] };
  const check = checkDocumentText(read.text);
  if (check.syntaxError) {
    const error = { kind: 'json' as const, message: syntaxMessage(check.syntaxError), ...check.syntaxError };
    return { file, valid: false, error, issues: [], warnings: [] };
  }
  const section = check.section ? { section: check.section } : {};
  return { file, valid: check.valid, ...section, issues: described(check.issues), warnings: described(check.warnings) };
}

const validate: Command = {
  summary: () =>
    msg('Sjekk kommunedokumenter, eller én seksjon alene, mot skjemaversjon 1, slik widgetene leser dem.', {
      id: 'cli.validate.summary',
    }),
  usage: 'kommune-widgets validate FILE… [--json] [--lang nb|nn|en|se]',
  async run(args, context) {
    const files: string[] = [];
    let json = false;
    for (const arg of args) {
      if (arg === '--json') json = true;
      else if (arg.startsWith('--')) return context.unknownOption(arg);
      else files.push(arg);
    }
    if (files.length === 0) return context.usageError();
    const reports: FileReport[] = [];
    for (const file of files) reports.push(await checkFile(file));
    if (json) context.out(JSON.stringify(reports, null, 2));
    else
      for (const report of reports) {
        if (report.error) context.out(`${report.file}: ${report.error.message}`);
        for (const issue of report.issues) context.out(issueLine(report.file, issue, issue.message));
        for (const warning of report.warnings) context.out(issueLine(report.file, warning, `${warningLabel()}: ${warning.message}`));
        if (report.valid)
          context.out(`${report.file}: ${report.section ? validSection(report.section) : msg('gyldig', { id: 'cli.valid' })}`);
      }
    return reports.every((r) => r.valid) ? 0 : 1;
  },
};

const warningLabel = () => msg('advarsel', { id: 'cli.warning' });

const validSection = (section: string) => msg(str`gyldig (${section}-seksjonen alene)`, { id: 'cli.valid-section' });

/** What a command gets to read files, report issues and say it was used wrongly. */
function contextFor(command: Command, io: Io): CommandContext {
  const usageError = (message?: string) => {
    const usage = `${usageLabel()}: ${command.usage}`;
    io.err(message ? `${message}\n\n${usage}` : usage);
    return 2;
  };
  return {
    ...io,
    lang: currentLang,
    readJson,
    issueLines,
    usageError,
    unknownOption: (option) => usageError(msg(str`Ukjent valg ${option}`, { id: 'cli.unknown-option' })),
  };
}

/** Subcommands by name; a new one (for example `ics`) is one more entry. */
const COMMANDS: Record<string, Command> = { validate, kostra: kostraCommand, ics: icsCommand };

function help(): string {
  const lines = [`${usageLabel()}: kommune-widgets <command> [options]`, '', `${msg('Kommandoer', { id: 'cli.commands' })}:`];
  for (const [name, command] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(10)} ${command.summary()}`, `             ${command.usage}`);
  lines.push(
    '',
    `${msg('Valg', { id: 'cli.options' })}:`,
    `  --lang     ${msg('Språket meldingene skrives på: nb (standard), nn, en eller se', { id: 'cli.option.lang' })}`,
    `  --help     ${msg('Viser denne hjelpen', { id: 'cli.option.help' })}`,
    '',
    msg('Exit-koder: 0 gyldig, 1 ugyldig eller uleselig fil, 2 feil bruk.', { id: 'cli.exit-codes' }),
  );
  return lines.join('\n');
}

/**
 * Takes `--lang X` / `--lang=X` out of `argv` (it applies to every command) and sets the language.
 * Returns the other arguments, or an error message for an unknown language.
 */
function takeLang(argv: string[]): { rest: string[] } | { error: string } {
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg !== '--lang' && !arg.startsWith('--lang=')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '--lang' ? argv[++i] : arg.slice('--lang='.length);
    if (!LANGS.includes(value as Lang)) {
      const choices = LANGS.join(', ');
      return { error: msg(str`--lang må være en av: ${choices}`, { id: 'cli.lang-choices' }) };
    }
    currentLang = value as Lang;
  }
  return { rest };
}

export async function main(argv: string[], io: Io): Promise<number> {
  currentLang = 'nb';
  const taken = takeLang(argv);
  if ('error' in taken) {
    io.err(taken.error);
    return 2;
  }
  const [name, ...rest] = taken.rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.err : io.out)(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`${msg(str`Ukjent kommando «${name}».`, { id: 'cli.unknown-command' })}\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${usageLabel()}: ${command.usage}\n\n${command.summary()}`);
    return 0;
  }
  return command.run(rest, contextFor(command, io));
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
