/** Names of the model's fixed values (statuses, document kinds, services at a meeting), in the active locale. */
import { msg } from '@lit/localize';
import type { Meeting, MeetingDocument } from '@kommune-widgets/schema';

/** A meeting's status as a citizen reads it. */
export function statusLabel(status: Meeting['status']): string {
  switch (status) {
    case 'planned':
      return msg('Planlagt', { id: 'meetings.status.planned' });
    case 'invited':
      return msg('Innkalt', { id: 'meetings.status.invited' });
    case 'held':
      return msg('Avholdt', { id: 'meetings.status.held' });
    case 'cancelled':
      return msg('Avlyst', { id: 'meetings.status.cancelled' });
    case 'moved':
      return msg('Flyttet', { id: 'meetings.status.moved' });
  }
}

/** The kind of a meeting document. */
export function documentKindLabel(kind: MeetingDocument['kind']): string {
  switch (kind) {
    case 'innkalling':
      return msg('Innkalling', { id: 'meetings.document.innkalling' });
    case 'saksliste':
      return msg('Saksliste', { id: 'meetings.document.saksliste' });
    case 'saksframlegg':
      return msg('Saksframlegg', { id: 'meetings.document.saksframlegg' });
    case 'protokoll':
      return msg('Protokoll', { id: 'meetings.document.protokoll' });
    case 'vedlegg':
      return msg('Vedlegg', { id: 'meetings.document.vedlegg' });
    default:
      return msg('Dokument', { id: 'meetings.document.annet' });
  }
}

type Service = NonNullable<NonNullable<Meeting['location']>['services']>[number];

/** A service offered at the meeting place. */
export function serviceLabel(service: Service): string {
  switch (service) {
    case 'tegnspråktolk':
      return msg('Tegnspråktolk', { id: 'meetings.service.tegnspraaktolk' });
    case 'teleslynge':
      return msg('Teleslynge', { id: 'meetings.service.teleslynge' });
    case 'skrivetolk':
      return msg('Skrivetolk', { id: 'meetings.service.skrivetolk' });
    case 'tolk':
      return msg('Tolk', { id: 'meetings.service.tolk' });
    case 'samisktolk':
      return msg('Samisk tolk', { id: 'meetings.service.samisktolk' });
    case 'rullestoltilgang':
      return msg('Tilgjengelig for rullestol', { id: 'meetings.service.rullestol' });
  }
}
