/**
 * `kommune-widgets kostra FILE --kommune NNNN [--year YYYY] [--into kommune.json]`: thin wiring around
 * {@link readJsonStat} and {@link toBudget}. Without `--into` the `budget` section goes to stdout; with it, the dataset
 * is written into the document's `budget` (replacing a dataset with the same id), and only a valid result is saved.
 */
import { rename, writeFile } from 'node:fs/promises';
import { msg, str } from '@lit/localize';
import { readOptions } from '../cli-options.js';
import type { Budget } from '../budget.js';
import type { Command, CommandContext } from '../cli.js';
import { validateDocument } from '../document.js';
import { isRecord } from '../shared.js';
import { isWholeDocument } from '../widget-input.js';
import { readJsonStat } from './json-stat.js';
import { KostraError } from './problem.js';
import { describeKostraProblem } from './problem-messages.js';
import { toBudget } from './to-budget.js';

interface Options {
  file: string;
  kommune: string;
  year?: string;
  into?: string;
}

/** The arguments, or the exit code of a usage error already printed. */
function parseArgs(args: string[], context: CommandContext): Options | number {
  const read = readOptions(args, ['kommune', 'year', 'into'] as const, context, (name) =>
    msg(str`--${name} trenger en verdi`, { id: 'cli.kostra.option-value' }),
  );
  if (typeof read === 'number') return read;
  const { files, values } = read;
  const { kommune, year, into } = values;
  if (files.length !== 1) {
    return context.usageError(
      files.length === 0
        ? msg('Filen med svaret fra SSB mangler.', { id: 'cli.kostra.file-missing' })
        : msg('Gi bare én fil med svar fra SSB.', { id: 'cli.kostra.one-file' }),
    );
  }
  if (kommune === undefined) return context.usageError(msg('--kommune må være med.', { id: 'cli.kostra.kommune-required' }));
  if (!/^\d{4}$/.test(kommune))
    return context.usageError(
      msg(str`--kommune må være et firesifret kommunenummer, ikke «${kommune}».`, { id: 'cli.kostra.kommune-format' }),
    );
  if (year !== undefined && !/^\d{4}$/.test(year))
    return context.usageError(msg(str`--year må være et firesifret år, ikke «${year}».`, { id: 'cli.kostra.year-format' }));
  return { file: files[0] as string, kommune, ...(year === undefined ? {} : { year }), ...(into === undefined ? {} : { into }) };
}

/** The document's keys in the order the schema lists them, for putting a new `budget` where a reader expects it. */
const DOCUMENT_ORDER = ['$schema', 'schemaVersion', 'kommune', 'participation', 'budget', 'meetings', 'report', 'pledge'];

/** `document` with `budget`'s datasets added to its own `budget` section (a dataset with the same id is replaced). */
function withBudget(document: Record<string, unknown>, budget: Budget): Record<string, unknown> {
  const existing = document['budget'];
  if (isRecord(existing)) {
    const datasets = Array.isArray(existing['datasets']) ? [...existing['datasets']] : [];
    for (const dataset of budget.datasets) {
      const at = datasets.findIndex((d) => isRecord(d) && d['id'] === dataset.id);
      if (at >= 0) datasets[at] = dataset;
      else datasets.push(dataset);
    }
    return { ...document, budget: { currency: budget.currency, ...existing, datasets } };
  }
  const after = DOCUMENT_ORDER.indexOf('budget');
  const entries = Object.entries(document);
  let at = entries.findIndex(([key]) => DOCUMENT_ORDER.indexOf(key) > after);
  if (at < 0) at = entries.length;
  entries.splice(at, 0, ['budget', budget]);
  return Object.fromEntries(entries);
}

/** Writes the budget into the document at `into`; only a document that is still valid is saved. */
async function writeInto(into: string, budget: Budget, context: CommandContext): Promise<number> {
  const read = await context.readJson(into);
  if (!read.ok) {
    context.err(`${into}: ${read.error.message}`);
    return 1;
  }
  if (!isRecord(read.data) || !isWholeDocument(read.data)) {
    context.err(
      msg(str`${into}: er ikke et helt kommunedokument (med «schemaVersion» og «kommune»). --into skriver inn i et slikt dokument.`, {
        id: 'cli.kostra.into-not-document',
      }),
    );
    return 1;
  }
  const document = withBudget(read.data, budget);
  const result = validateDocument(document);
  if (!result.ok) {
    context.err(msg(str`${into}: ikke endret, for med de nye tallene ville dokumentet vært ugyldig:`, { id: 'cli.kostra.into-invalid' }));
    for (const line of context.issueLines(into, result.issues)) context.err(line);
    return 1;
  }
  const indent = /^[ \t]+/m.exec(read.text)?.[0] ?? 2;
  // Written beside the file and renamed over it, so an interrupted run never leaves half a document.
  const temporary = `${into}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(document, null, indent)}\n`);
  await rename(temporary, into);
  for (const dataset of budget.datasets) {
    const id = dataset.id;
    context.out(msg(str`${into}: datasettet «${id}» er skrevet inn i «budget».`, { id: 'cli.kostra.into-written' }));
  }
  return 0;
}

/** Exit codes: 0 written, 1 unreadable or unusable answer (or, with --into, document), 2 wrong usage. */
async function runKostra(args: string[], context: CommandContext): Promise<number> {
  const options = parseArgs(args, context);
  if (typeof options === 'number') return options;
  const { file, kommune, year, into } = options;
  const read = await context.readJson(file);
  if (!read.ok) {
    context.err(`${file}: ${read.error.message}`);
    return 1;
  }
  let budget: Budget;
  try {
    budget = toBudget(readJsonStat(read.data), year === undefined ? { kommune } : { kommune, year });
  } catch (error) {
    if (!(error instanceof KostraError)) throw error;
    const reason = describeKostraProblem(error.problem, context.lang);
    context.err(msg(str`${file}: kan ikke bruke svaret fra SSB: ${reason}`, { id: 'cli.kostra.unusable' }));
    return 1;
  }
  if (into !== undefined) return writeInto(into, budget, context);
  context.out(JSON.stringify(budget, null, 2));
  return 0;
}

export const kostraCommand: Command = {
  summary: () =>
    msg('Gjør et KOSTRA-svar fra SSB (JSON-stat 2.0, for eksempel tabell 12362) om til en budget-seksjon.', { id: 'cli.kostra.summary' }),
  usage: 'kommune-widgets kostra FILE --kommune NNNN [--year YYYY] [--into kommune.json] [--lang nb|nn|en|se]',
  run: runKostra,
};
