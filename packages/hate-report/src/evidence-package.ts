/**
 * The evidence package the person keeps after sending: the report, its links and screenshots as ONE self-contained
 * HTML file that opens on a phone without the site, and prints. Made on the person's own device, sent nowhere.
 *
 * Everything that comes from the draft passes through {@link escapeHtml} (the `h` template below escapes every value
 * it is given), the file carries no script at all, and its Content-Security-Policy allows only its own inline style
 * (by hash) and `data:` images.
 */
import { msg, str } from '@lit/localize';
import { formatDate, formatDateTime, normalizeLocale, parseKommuneDate, singleStops, withLocale, type Locale } from '@kommune-widgets/core';
import { helpLabel, kindLabel, platformLabel, roleLabel, targetLabel } from './labels.js';
import { linkLines, type ReportDraft } from './report-draft.js';

/** What {@link buildEvidencePackage} makes the file from. */
export interface EvidenceInput {
  /** The server's receipt number. */
  receipt: string;
  /** When the server received the report (ISO 8601). */
  receivedAt: string;
  kommuneName?: string;
  /** The contact person the report went to. */
  contactName: string;
  /** The report as the person wrote it. */
  draft: ReportDraft;
  /** The language of the file (`nb`, `nn`, `en`, `se`). */
  lang: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML content and quoted attribute values: `& < > " '` become entities. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Markup already made by {@link h}: inserted as it is. */
class Markup {
  constructor(readonly value: string) {}
}

function piece(value: unknown): string {
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(piece).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** A template that escapes every value it is given, except markup made by itself. */
function h(strings: TemplateStringsArray, ...values: unknown[]): Markup {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += piece(value) + (strings[i + 1] ?? '');
  });
  return new Markup(out);
}

/** The file's one style sheet; its SHA-256 goes into the Content-Security-Policy. */
export const EVIDENCE_STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1e2b3c; background: #fff; margin: 0; padding: 1em; overflow-wrap: anywhere; }
main { max-width: 44em; margin: 0 auto; }
h1 { font-size: 1.5em; margin: 0 0 0.5em; }
h2 { font-size: 1.2em; margin: 1.5em 0 0.5em; border-bottom: 1px solid #6b7685; }
dl { margin: 0; }
dt { font-weight: bold; margin-top: 0.75em; }
dd { margin: 0; }
.note { background: #f1f4f8; border-left: 0.3em solid #0062ba; padding: 0.75em 1em; }
.description { white-space: pre-wrap; }
a { color: #0062ba; }
figure { margin: 1em 0; break-inside: avoid; }
img { max-width: 100%; height: auto; border: 1px solid #6b7685; }
figcaption { font-size: 0.9em; color: #4b5563; }
@media print { body { padding: 0; } a { color: inherit; } .note { border-color: #000; } }
`;

/** One attachment read for the file: its name, what its bytes are, and the bytes as a `data:` URL. */
interface ReadAttachment {
  name: string;
  kind: 'image' | 'pdf' | 'other';
  dataUrl?: string;
  sent: boolean;
}

/** What the first bytes say a file is (the name and the browser's type may lie): PNG, JPEG, WebP, PDF, or other. */
function sniff(bytes: Uint8Array): { kind: ReadAttachment['kind']; type?: string } {
  const starts = (...values: number[]) => values.every((v, i) => bytes[i] === v);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return { kind: 'image', type: 'image/png' };
  if (starts(0xff, 0xd8, 0xff)) return { kind: 'image', type: 'image/jpeg' };
  if (starts(0x52, 0x49, 0x46, 0x46) && [0x57, 0x45, 0x42, 0x50].every((v, i) => bytes[8 + i] === v))
    return { kind: 'image', type: 'image/webp' };
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return { kind: 'pdf', type: 'application/pdf' };
  return { kind: 'other' };
}

function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'));
    reader.readAsDataURL(blob);
  });
}

async function readAttachment(file: File, sent: boolean): Promise<ReadAttachment> {
  const { kind, type } = sniff(new Uint8Array(await file.slice(0, 12).arrayBuffer()));
  if (!type) return { name: file.name, kind, sent };
  return { name: file.name, kind, sent, dataUrl: await readAsDataUrl(new Blob([file], { type })) };
}

/** SHA-256 of `text` in base64, as a CSP hash source wants it. */
export async function sha256Base64(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A link when the text is an http(s) URL, else the text alone; either way the address is shown as text. */
function renderLink(line: string): Markup {
  let web = false;
  try {
    const url = new URL(line);
    web = url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    web = false;
  }
  return web ? h`<li><a href="${line}" rel="noreferrer noopener">${line}</a></li>` : h`<li>${line}</li>`;
}

function when(draft: ReportDraft, locale: Locale): string {
  if (!draft.whenDate) return '';
  const date = parseKommuneDate(draft.whenTime ? `${draft.whenDate}T${draft.whenTime}` : draft.whenDate);
  if (!date) return [draft.whenDate, draft.whenTime].filter(Boolean).join(' ');
  return draft.whenTime ? formatDateTime(date, locale) : formatDate(date, locale);
}

const yesNo = (value: boolean) => (value ? msg('Ja', { id: 'hate-report.evidence.yes' }) : msg('Nei', { id: 'hate-report.evidence.no' }));

function reportedLine(reported: boolean, reference: string): string {
  if (!reported) return yesNo(false);
  const ref = reference.trim();
  return ref ? msg(str`Ja, referanse ${ref}`, { id: 'hate-report.evidence.reference' }) : yesNo(true);
}

function renderAttachments(files: ReadAttachment[]): Markup {
  if (files.length === 0) return h`<p>${msg('Ingen skjermbilder.', { id: 'hate-report.evidence.noFiles' })}</p>`;
  const notSent = msg('Ikke sendt med meldingen.', { id: 'hate-report.evidence.notSent' });
  return h`${files.map((file, i) => {
    const number = i + 1;
    const name = file.name;
    const label = msg(str`Skjermbilde ${number}: ${name}`, { id: 'hate-report.evidence.screenshot' });
    const status = file.sent ? '' : ` ${notSent}`;
    if (file.kind === 'image' && file.dataUrl) {
      return h`<figure><img src="${file.dataUrl}" alt="${label}"><figcaption>${label}${status}</figcaption></figure>`;
    }
    if (file.kind === 'pdf' && file.dataUrl) {
      return h`<p><a href="${file.dataUrl}" download="${name}">${msg(str`Vedlegg ${number}: ${name} (PDF, åpne eller lagre)`, {
        id: 'hate-report.evidence.pdf',
      })}</a>${status}</p>`;
    }
    return h`<p>${msg(str`Vedlegg ${number}: ${name}`, { id: 'hate-report.evidence.file' })}${status}</p>`;
  })}`;
}

function renderBody(o: EvidenceInput, files: ReadAttachment[], locale: Locale): { title: string; body: Markup } {
  const { draft } = o;
  const receipt = o.receipt;
  const received = new Date(o.receivedAt);
  const title = msg(str`Melding om hets og trusler – kvittering ${receipt}`, { id: 'hate-report.evidence.title' });
  const kommune = o.kommuneName;
  const contact = o.contactName;
  const sentTo = kommune
    ? singleStops(msg(str`Meldingen ble sendt til ${contact}, kontaktpersonen i ${kommune}.`, { id: 'hate-report.evidence.sentToKommune' }))
    : singleStops(msg(str`Meldingen ble sendt til ${contact}, kommunens kontaktperson.`, { id: 'hate-report.evidence.sentTo' }));
  const platform = draft.platform
    ? draft.platform === 'annet' && draft.platformOther.trim()
      ? `${platformLabel(draft.platform)}: ${draft.platformOther.trim()}`
      : platformLabel(draft.platform)
    : '';
  const links = linkLines(draft);
  const anonymous = draft.anonymous !== false || ![draft.name, draft.email, draft.phone].some((v) => v.trim());
  const row = (term: string, value: unknown) => h`<dt>${term}</dt><dd>${value}</dd>`;
  const body = h`<main>
<h1>${title}</h1>
<p class="note">${msg('Denne kopien ble laget på din egen enhet og er ikke sendt noe sted. Ta vare på den et trygt sted.', {
    id: 'hate-report.evidence.note',
  })}</p>
<dl>
${row(msg('Kvitteringsnummer', { id: 'hate-report.evidence.receipt' }), receipt)}
${row(
  msg('Mottatt', { id: 'hate-report.evidence.received' }),
  Number.isNaN(received.getTime())
    ? o.receivedAt
    : h`<time datetime="${received.toISOString()}">${formatDateTime(received, locale)}</time>`,
)}
</dl>
<p>${sentTo}</p>
<h2>${msg('Hva skjedde', { id: 'hate-report.evidence.what' })}</h2>
<dl>
${row(msg('Hvem det gjaldt', { id: 'hate-report.evidence.target' }), draft.target ? targetLabel(draft.target) : '')}
${row(msg('Rolle', { id: 'hate-report.evidence.role' }), draft.role ? roleLabel(draft.role) : '')}
${row(msg('Hva det var', { id: 'hate-report.evidence.kinds' }), draft.kinds.map(kindLabel).join(', '))}
${row(msg('Hvor', { id: 'hate-report.evidence.where' }), platform)}
${row(msg('Når', { id: 'hate-report.evidence.when' }), when(draft, locale))}
</dl>
<h2>${msg('Beskrivelse', { id: 'hate-report.evidence.description' })}</h2>
<p class="description">${draft.description}</p>
<h2>${msg('Lenker til innholdet', { id: 'hate-report.evidence.links' })}</h2>
${links.length ? h`<ul>${links.map(renderLink)}</ul>` : h`<p>${msg('Ingen lenker.', { id: 'hate-report.evidence.noLinks' })}</p>`}
<h2>${msg('Skjermbilder og vedlegg', { id: 'hate-report.evidence.files' })}</h2>
${renderAttachments(files)}
<h2>${msg('Meldt fra', { id: 'hate-report.evidence.reported' })}</h2>
<dl>
${row(msg('Til plattformen', { id: 'hate-report.evidence.toPlatform' }), reportedLine(draft.reportedToPlatform, draft.platformReference))}
${row(msg('Til politiet', { id: 'hate-report.evidence.toPolice' }), reportedLine(draft.reportedToPolice, draft.policeReference))}
</dl>
<h2>${msg('Hjelp du ba om', { id: 'hate-report.evidence.help' })}</h2>
<p>${draft.help.length ? draft.help.map(helpLabel).join(', ') : msg('Ingen valgt.', { id: 'hate-report.evidence.noHelp' })}</p>
<h2>${msg('Kontaktopplysninger', { id: 'hate-report.evidence.contact' })}</h2>
${
  anonymous
    ? h`<p>${msg('Anonym: ingen kontaktopplysninger ble sendt.', { id: 'hate-report.evidence.anonymous' })}</p>`
    : h`<dl>
${draft.name.trim() ? row(msg('Navn', { id: 'hate-report.evidence.name' }), draft.name.trim()) : ''}
${draft.email.trim() ? row(msg('E-post', { id: 'hate-report.evidence.email' }), draft.email.trim()) : ''}
${draft.phone.trim() ? row(msg('Telefon', { id: 'hate-report.evidence.phone' }), draft.phone.trim()) : ''}
</dl>`
}
</main>`;
  return { title, body };
}

/**
 * The evidence package as one HTML document (a string): doctype, `lang`, charset, viewport, a title with the receipt
 * number, a CSP meta (`default-src 'none'; img-src data:; style-src 'sha256-…'`), no script; screenshots embedded as
 * `data:` images, PDFs as `data:` links. Texts are in `o.lang` (its catalogue must be loaded, as it is for the element).
 */
export async function buildEvidencePackage(o: EvidenceInput): Promise<string> {
  const files = await Promise.all(o.draft.attachments.map((a) => readAttachment(a.file, a.state === 'uploaded')));
  const locale = normalizeLocale(o.lang) ?? 'nb';
  const { title, body } = withLocale(locale, () => renderBody(o, files, locale));
  const hash = await sha256Base64(EVIDENCE_STYLE);
  const csp = `default-src 'none'; img-src data:; style-src 'sha256-${hash}'; base-uri 'none'; form-action 'none'`;
  return h`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${new Markup(EVIDENCE_STYLE)}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}

/** The file's name: `melding-<receipt>.html`, with only letters, digits and hyphens kept from the receipt. */
export function evidenceFileName(receipt: string): string {
  const safe = receipt.replace(/[^A-Za-z0-9-]/g, '');
  return `melding-${safe || 'kvittering'}.html`;
}

/**
 * Saves `html` as a file named `fileName`: a `text/html;charset=utf-8` Blob behind a temporary `<a download>` that is
 * clicked and removed; the object URL is revoked once the download has had time to start.
 */
export function downloadEvidencePackage(html: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
