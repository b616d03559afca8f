/** After sending: the receipt number, what happens next and when, the evidence package and the print view. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { formatDateTime, renderHeading, singleStops, type Locale } from '@kommune-widgets/core';

/** What the server answered for a stored report. */
export interface ReportReceipt {
  /** The receipt number, e.g. `HT-2026-7K3Q9P`: the person quotes it when they call. */
  receipt: string;
  kommune: string;
  /** ISO 8601. */
  receivedAt: string;
}

/** What the receipt view needs. */
export interface ReceiptViewOptions {
  receipt: ReportReceipt;
  locale: Locale;
  headingLevel: number;
  contactName: string;
  /** When the kommune answers, in the reader's language (from the server, else the document). */
  responseTime?: string | TemplateResult;
  anonymous: boolean;
  onDownload: () => void;
  onPrint: () => void;
  onNew: () => void;
}

/** The receipt. Its heading takes focus when it is shown, so a screen reader reads it first. */
export function renderReceiptView(o: ReceiptViewOptions): TemplateResult {
  const received = formatDateTime(new Date(o.receipt.receivedAt), o.locale);
  const contact = o.contactName;
  return html`<div class="receipt" part="receipt">
    ${renderHeading(o.headingLevel, msg('Meldingen er sendt', { id: 'hate-report.receipt.title' }), {
      id: 'receipt-title',
      className: 'receipt-title',
      focusable: true,
    })}
    <p class="receipt-number-line">
      ${msg('Kvitteringsnummer:', { id: 'hate-report.receipt.number' })}
      <strong class="receipt-number" part="receipt-number">${o.receipt.receipt}</strong>
    </p>
    <p>${singleStops(msg(str`Mottatt ${received}. Oppgi nummeret om du tar kontakt om saken.`, { id: 'hate-report.receipt.received' }))}</p>
    ${renderHeading(o.headingLevel + 1, msg('Hva skjer nå', { id: 'hate-report.receipt.next' }))}
    <p>
      ${
        o.anonymous
          ? msg(str`${contact} leser meldingen. Du sendte den anonymt, så ingen kan ta kontakt med deg om den.`, {
              id: 'hate-report.receipt.next-anonymous',
            })
          : msg(str`${contact} leser meldingen og tar kontakt med deg.`, { id: 'hate-report.receipt.next-contact' })
      }
    </p>
    ${o.responseTime ? html`<p class="response-time">${o.responseTime}</p>` : nothing}
    ${renderHeading(o.headingLevel + 1, msg('Ta vare på en kopi', { id: 'hate-report.receipt.keep' }))}
    <p>
      ${msg(
        'Last ned meldingen med lenker og skjermbilder som én fil du kan åpne på telefonen uten nett, eller skriv den ut. Kopien lagres bare der du lagrer den.',
        { id: 'hate-report.receipt.keep.text' },
      )}
    </p>
    <div class="kw-actions receipt-actions">
      <button type="button" class="kw-button-primary" part="download-button" @click=${o.onDownload}>
        ${msg('Last ned kopi (HTML)', { id: 'hate-report.receipt.download' })}
      </button>
      <button type="button" class="kw-button-secondary" part="print-button" @click=${o.onPrint}>
        ${msg('Skriv ut', { id: 'hate-report.receipt.print' })}
      </button>
      <button type="button" class="kw-button-secondary" part="new-button" @click=${o.onNew}>
        ${msg('Send en ny melding', { id: 'hate-report.receipt.new' })}
      </button>
    </div>
  </div>`;
}
