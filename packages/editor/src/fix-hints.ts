/**
 * «Slik retter du det»: a short, concrete fix for the problems web editors meet most, worked out from the value that
 * is written (the date turned round, the address with its `s`). The schema's message says what is wrong; this says
 * what to write instead. Only where the fix is clear: most problems have none.
 */
import { msg, str } from '@lit/localize';
import type { SchemaIssue } from '@kommune-widgets/schema';

/** `10.12.2026` or `1.2.2026 kl. 18.00`: a Norwegian date, with a time of day or not. */
const NORWEGIAN_DATE = /^\s*(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})(?:[\s,]+(?:kl\.?\s*)?(\d{1,2})[.:](\d{2}))?\s*$/;

const twoDigits = (value: string) => value.padStart(2, '0');

/** `10.12.2026` → `2026-12-10` (`T18:00` added where a time is written and the field takes one). */
function isoFromNorwegian(value: string, withTime: boolean): string | undefined {
  const match = NORWEGIAN_DATE.exec(value);
  if (!match) return undefined;
  const [, day, month, year, hours, minutes] = match as unknown as [string, string, string, string, string?, string?];
  if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) return undefined;
  const date = `${year}-${twoDigits(month)}-${twoDigits(day)}`;
  return withTime && hours !== undefined && minutes !== undefined ? `${date}T${twoDigits(hours)}:${minutes}` : date;
}

function dateHint(issue: SchemaIssue, value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const format = issue.params['format'];
  const iso = isoFromNorwegian(value, format !== 'date');
  if (iso === undefined) return undefined;
  if (format === 'date-time' && !iso.includes('T')) {
    return msg(str`Skriv datoen år først og ta med klokkeslettet: «${iso}T18:00» for klokka 18.`, { id: 'editor.fix.date-time' });
  }
  return msg(str`Skriv «${iso}»: år, måned og dag med bindestrek mellom, i den rekkefølgen.`, { id: 'editor.fix.date' });
}

function urlHint(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const address = value.trim();
  if (/^http:\/\//i.test(address)) {
    const secure = `https://${address.slice('http://'.length)}`;
    return msg(
      str`Skriv «${secure}», med s. Åpner ikke siden seg med https, må den som har siden rette det: modulene lenker aldri til http.`,
      { id: 'editor.fix.url-http' },
    );
  }
  if (/^www\./i.test(address)) {
    return msg(str`Skriv hele adressen: «https://${address}».`, { id: 'editor.fix.url-www' });
  }
  return undefined;
}

const closedItemHint = () =>
  msg('Skriv hjemmelen i saken, for eksempel "closedReason": "Offl. § 13, jf. fvl. § 13". Er saken likevel åpen, skriv "public": true.', {
    id: 'editor.fix.closed-reason',
  });

/** `"1 200 000"`, `"kr 300,50"`: a number written as text, the way it is written in a letter. */
function numberHint(issue: SchemaIssue, value: unknown): string | undefined {
  if (issue.params['expected'] !== 'number' || issue.params['received'] !== 'string' || typeof value !== 'string') return undefined;
  const digits = value
    .replace(/^\s*(kr\.?|nok)\s*/i, '')
    .replace(/\s*(kr\.?|nok|,-)\s*$/i, '')
    .replace(/[\s\u00a0\u202f.]/g, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(digits)) return undefined;
  return msg(str`Skriv tallet uten anførselstegn, mellomrom og «kr»: ${digits}`, { id: 'editor.fix.number' });
}

/** What to write instead, for `issue` whose field holds `value`; `undefined` where there is no clear fix. */
export function fixHint(issue: SchemaIssue, value: unknown): string | undefined {
  switch (issue.code) {
    case 'invalid_date':
      return dateHint(issue, value);
    case 'invalid_url':
      return urlHint(value);
    case 'closed_item_without_reason':
      return closedItemHint();
    case 'invalid_type':
      return numberHint(issue, value);
    default:
      return undefined;
  }
}
