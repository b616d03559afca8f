import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { BudgetDataset, LocalizedText } from '@kommune-widgets/schema';
import { formatDate, parseKommuneDate, type Locale } from '@kommune-widgets/core';

/** "Kilde: SSB, tabell 12362, oppdatert 15. juni 2026", with the source linked when the document gives its address. */
export function renderSource(
  source: BudgetDataset['source'],
  locale: Locale,
  text: (value: LocalizedText) => string | TemplateResult,
): TemplateResult | typeof nothing {
  if (!source) return nothing;
  const name = text(source.name);
  const updated = source.updated ? parseKommuneDate(source.updated) : undefined;
  return html`<p class="source" part="source">
    ${msg('Kilde:', { id: 'pie.source' })}
    ${source.url ? html`<a href=${source.url}>${name}</a>` : name}${
      source.table ? html`, ${msg(str`tabell ${source.table}`, { id: 'pie.source.table' })}` : nothing
    }${
      updated
        ? html`, ${msg('oppdatert', { id: 'pie.source.updated' })} <time datetime=${source.updated!}>${formatDate(updated, locale)}</time>`
        : nothing
    }
  </p>`;
}
