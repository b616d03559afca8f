/**
 * Screenshots and PDFs: at most five files of PNG, JPEG, WebP or PDF, 8 MB each, checked by their content (the first
 * bytes), not their name. Each is uploaded on its own as soon as it is chosen; the list says where each one is.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import { REPORT_ATTACHMENTS_MAX } from '@kommune-widgets/schema';
import { formatNumber, type Locale } from '@kommune-widgets/core';
import { renderField } from '@kommune-widgets/core/form';
import type { AttachmentDraft } from './report-draft.js';

/** The largest file the server takes: 8 MiB. */
export const ATTACHMENT_MAX_BYTES = 8 * 1024 * 1024;

/** The file types the server takes. */
export type AttachmentType = 'image/png' | 'image/jpeg' | 'image/webp' | 'application/pdf';

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) => signature.every((b, i) => bytes[at + i] === b);

/** The file's type from its first bytes, or undefined when it is none of the four. */
export async function sniffAttachmentType(file: Blob): Promise<AttachmentType | undefined> {
  const bytes = new Uint8Array(await file.slice(0, 16).arrayBuffer());
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  return undefined;
}

/** Why a chosen file cannot be added, in the reader's language, or undefined when it can. */
export async function attachmentProblem(file: File, alreadyChosen: number): Promise<string | undefined> {
  const name = file.name;
  if (alreadyChosen >= REPORT_ATTACHMENTS_MAX)
    return msg(str`Du kan legge ved høyst ${REPORT_ATTACHMENTS_MAX} filer. «${name}» ble ikke lagt til.`, {
      id: 'hate-report.attachment.too-many',
    });
  if (file.size > ATTACHMENT_MAX_BYTES)
    return msg(str`«${name}» er større enn 8 MB. Ta et nytt skjermbilde av bare det som trengs.`, {
      id: 'hate-report.attachment.too-large',
    });
  if (file.size === 0) return msg(str`«${name}» er tom.`, { id: 'hate-report.attachment.empty' });
  if (!(await sniffAttachmentType(file)))
    return msg(str`«${name}» er ikke et bilde (PNG, JPEG, WebP) eller en PDF.`, { id: 'hate-report.attachment.type' });
  return undefined;
}

/** The file's size for people, in the reader's language. */
function size(bytes: number, locale: Locale): string {
  return bytes < 1024 * 1024
    ? msg(str`${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} kB`, { id: 'hate-report.attachment.kb' })
    : msg(str`${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`, { id: 'hate-report.attachment.mb' });
}

function stateText(attachment: AttachmentDraft): string {
  switch (attachment.state) {
    case 'uploading':
      return msg('Lastes opp …', { id: 'hate-report.attachment.uploading' });
    case 'waiting':
      return msg('Venter på forbindelse …', { id: 'hate-report.attachment.waiting' });
    case 'uploaded':
      return msg('Lastet opp', { id: 'hate-report.attachment.uploaded' });
    case 'failed':
      return attachment.error ?? msg('Kunne ikke lastes opp.', { id: 'hate-report.attachment.failed' });
  }
}

/** What the attachment field needs. */
export interface AttachmentFieldOptions {
  attachments: readonly AttachmentDraft[];
  locale: Locale;
  error?: string;
  /** Files chosen in the picker. */
  onChoose: (files: File[]) => void;
  onRemove: (key: string) => void;
  onRetry: (key: string) => void;
}

/** The file picker and the list of chosen files. */
export function renderAttachmentField(o: AttachmentFieldOptions): TemplateResult {
  const full = o.attachments.length >= REPORT_ATTACHMENTS_MAX;
  return html`${renderField({
    name: 'attachments',
    label: msg('Skjermbilder eller PDF', { id: 'hate-report.field.attachments' }),
    hint: msg(
      str`Høyst ${REPORT_ATTACHMENTS_MAX} filer, PNG, JPEG, WebP eller PDF, 8 MB hver. Stedsinformasjon (GPS) fjernes fra bildene.`,
      { id: 'hate-report.field.attachments.hint' },
    ),
    error: o.error,
    control: (a) =>
      html`<input
        class="kw-file"
        type="file"
        id=${a.id}
        name="attachments"
        multiple
        accept="image/png,image/jpeg,image/webp,application/pdf"
        ?disabled=${full}
        aria-describedby=${ifDefined(a.describedBy)}
        aria-invalid=${a.invalid}
        @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          // Cleared at once, so the same file can be chosen again after a removal; the list below holds them.
          input.value = '';
          if (files.length) o.onChoose(files);
        }}
      />`,
  })}
  ${
    o.attachments.length
      ? html`<ul class="attachments" part="attachment-list" aria-label=${msg('Valgte filer', { id: 'hate-report.attachment.list' })}>
          ${o.attachments.map(
            (attachment) =>
              html`<li class="attachment attachment-${attachment.state}">
                <span class="attachment-name">${attachment.file.name}</span>
                <span class="attachment-size">${size(attachment.file.size, o.locale)}</span>
                <span class="attachment-state">${stateText(attachment)}</span>
                ${
                  attachment.state === 'failed'
                    ? html`<button type="button" class="kw-button-secondary" @click=${() => o.onRetry(attachment.key)}>
                        ${msg('Prøv igjen', { id: 'hate-report.attachment.retry' })}
                        <span class="visually-hidden">${attachment.file.name}</span>
                      </button>`
                    : nothing
                }
                <button type="button" class="kw-button-secondary" @click=${() => o.onRemove(attachment.key)}>
                  ${msg('Fjern', { id: 'hate-report.attachment.remove' })}
                  <span class="visually-hidden">${attachment.file.name}</span>
                </button>
              </li>`,
          )}
        </ul>`
      : nothing
  }`;
}
