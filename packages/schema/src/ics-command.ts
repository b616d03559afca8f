/**
 * `kommune-widgets ics kommune.json --out DIR [--base-url URL]`: thin wiring around {@link writeFeeds}. Writes one
 * subscribable iCalendar feed per organ and `alle.ics`, from a valid whole document (its `kommune.nummer` makes the
 * UIDs). DTSTAMP is `SOURCE_DATE_EPOCH` when set, else the document's modification time, so running twice on the
 * same file writes the same bytes.
 */
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { msg, str } from '@lit/localize';
import { readOptions } from './cli-options.js';
import type { Command, CommandContext } from './cli.js';
import { validateDocument } from './document.js';
import { ALL_FEED, writeFeeds } from './icalendar/index.js';
import { isRecord, isSafeUrl, localize } from './shared.js';
import { isWholeDocument } from './widget-input.js';

interface Options {
  file: string;
  out: string;
  baseUrl?: string;
}

/** The arguments, or the exit code of a usage error already printed. */
function parseArgs(args: string[], context: CommandContext): Options | number {
  const read = readOptions(args, ['out', 'base-url'] as const, context, (name) =>
    msg(str`--${name} trenger en verdi`, { id: 'cli.ics.option-value' }),
  );
  if (typeof read === 'number') return read;
  const { files, values } = read;
  if (files.length !== 1) {
    return context.usageError(
      files.length === 0
        ? msg('Kommunedokumentet mangler.', { id: 'cli.ics.file-missing' })
        : msg('Gi bare ett kommunedokument.', { id: 'cli.ics.one-file' }),
    );
  }
  const { out, 'base-url': baseUrl } = values;
  if (out === undefined) return context.usageError(msg('--out må være med: mappen strømmene skrives til.', { id: 'cli.ics.out-required' }));
  if (baseUrl !== undefined && !(/^https:\/\//i.test(baseUrl) && isSafeUrl(baseUrl)))
    return context.usageError(
      msg(str`--base-url må være en https-adresse (https://…), ikke «${baseUrl}».`, { id: 'cli.ics.base-url-format' }),
    );
  return { file: files[0] as string, out, ...(baseUrl === undefined ? {} : { baseUrl }) };
}

/** DTSTAMP: `SOURCE_DATE_EPOCH` (seconds) if set, else the file's modification time rounded down to the second. */
async function stampOf(file: string): Promise<Date | string> {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch))
      return msg(str`SOURCE_DATE_EPOCH må være et helt antall sekunder, ikke «${epoch}».`, { id: 'cli.ics.epoch-format' });
    return new Date(Number(epoch) * 1000);
  }
  return new Date(Math.floor((await stat(file)).mtimeMs / 1000) * 1000);
}

/** Exit codes: 0 written, 1 unreadable or invalid document (nothing written), 2 wrong usage. */
async function runIcs(args: string[], context: CommandContext): Promise<number> {
  const options = parseArgs(args, context);
  if (typeof options === 'number') return options;
  const { file, out, baseUrl } = options;
  const read = await context.readJson(file);
  if (!read.ok) {
    context.err(`${file}: ${read.error.message}`);
    return 1;
  }
  if (!isRecord(read.data) || !isWholeDocument(read.data)) {
    context.err(
      msg(str`${file}: er ikke et helt kommunedokument (med «schemaVersion» og «kommune»). Strømmene trenger kommunenummeret.`, {
        id: 'cli.ics.not-document',
      }),
    );
    return 1;
  }
  const result = validateDocument(read.data);
  if (!result.ok) {
    for (const line of context.issueLines(file, result.issues, read.text)) context.err(line);
    return 1;
  }
  const { kommune, meetings } = result.value;
  if (meetings === undefined) {
    context.err(msg(str`${file}: har ingen «meetings»-seksjon, så det er ingen møter å skrive.`, { id: 'cli.ics.no-meetings' }));
    return 1;
  }
  const reserved = meetings.organizations.find((o) => `${o.id}.ics`.toLowerCase() === ALL_FEED);
  if (reserved) {
    const id = reserved.id;
    context.err(
      msg(str`${file}: et organ kan ikke ha id-en «${id}», for ${ALL_FEED} er strømmen med alle organene.`, { id: 'cli.ics.reserved-id' }),
    );
    return 1;
  }
  const dtstamp = await stampOf(file);
  if (typeof dtstamp === 'string') return context.usageError(dtstamp);
  const feeds = writeFeeds(meetings, {
    kommuneNummer: kommune.nummer,
    kommuneNavn: localize(kommune.navn, context.lang),
    dtstamp,
    locale: context.lang,
    ...(baseUrl === undefined ? {} : { baseUrl }),
  });
  await mkdir(out, { recursive: true });
  for (const feed of feeds) {
    const path = join(out, feed.fileName);
    // Written beside the file and renamed over it, so a subscriber never fetches half a feed.
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, feed.ics);
    await rename(temporary, path);
    const organization = meetings.organizations.find((o) => o.id === feed.organization);
    const name = organization ? localize(organization.name, context.lang) : msg('alle organene', { id: 'cli.ics.all-organs' });
    context.out(msg(str`${path}: ${name}`, { id: 'cli.ics.written' }));
  }
  return 0;
}

export const icsCommand: Command = {
  summary: () =>
    msg('Skriv en iCalendar-strøm (.ics) som man kan abonnere på, per politisk organ og én med alle møtene, fra et kommunedokument.', {
      id: 'cli.ics.summary',
    }),
  usage: 'kommune-widgets ics kommune.json --out DIR [--base-url URL] [--lang nb|nn|en|se]',
  run: runIcs,
};
