/** What the form's choices are called, in the reader's language (the form, the receipt and the evidence package). */
import { msg } from '@lit/localize';
import type { ReportSubmission } from '@kommune-widgets/schema';

/** A role of the person targeted. */
export type ReportRole = ReportSubmission['role'];
/** A kind of what happened. */
export type ReportKind = ReportSubmission['kinds'][number];
/** A kind of help wanted. */
export type ReportHelp = ReportSubmission['help'][number];
/** Who was targeted. */
export type ReportTarget = ReportSubmission['target'];

/** «Meg selv» / «En annen». */
export function targetLabel(target: ReportTarget): string {
  return target === 'me' ? msg('Meg selv', { id: 'hate-report.target.me' }) : msg('En annen person', { id: 'hate-report.target.other' });
}

/** The role's name. */
export function roleLabel(role: ReportRole): string {
  switch (role) {
    case 'folkevalgt':
      return msg('Folkevalgt', { id: 'hate-report.role.folkevalgt' });
    case 'kandidat':
      return msg('Kandidat ved valg', { id: 'hate-report.role.kandidat' });
    case 'ansatt':
      return msg('Ansatt i politisk sekretariat', { id: 'hate-report.role.ansatt' });
    case 'annen':
      return msg('Annen rolle', { id: 'hate-report.role.annen' });
  }
}

/** The kind's name. */
export function kindLabel(kind: ReportKind): string {
  switch (kind) {
    case 'trussel':
      return msg('Trussel', { id: 'hate-report.kind.trussel' });
    case 'hets':
      return msg('Hets', { id: 'hate-report.kind.hets' });
    case 'trakassering':
      return msg('Trakassering', { id: 'hate-report.kind.trakassering' });
    case 'personopplysninger':
      return msg('Deling av personopplysninger', { id: 'hate-report.kind.personopplysninger' });
    case 'annet':
      return msg('Annet', { id: 'hate-report.kind.annet' });
  }
}

/** A short explanation under the kind, so that the reader can choose. */
export function kindHint(kind: ReportKind): string {
  switch (kind) {
    case 'trussel':
      return msg('Noen har truet med å skade deg, dine nærmeste eller eiendelene dine.', { id: 'hate-report.kind.trussel.hint' });
    case 'hets':
      return msg('Hatefulle, nedsettende eller krenkende ytringer.', { id: 'hate-report.kind.hets.hint' });
    case 'trakassering':
      return msg('Gjentatt plaging, forfølgelse eller uønsket kontakt.', { id: 'hate-report.kind.trakassering.hint' });
    case 'personopplysninger':
      return msg('Adresse, bilder eller andre opplysninger om deg eller familien er delt uten lov.', {
        id: 'hate-report.kind.personopplysninger.hint',
      });
    case 'annet':
      return msg('Noe annet du vil at kontaktpersonen skal vite om.', { id: 'hate-report.kind.annet.hint' });
  }
}

/** The help's name. */
export function helpLabel(help: ReportHelp): string {
  switch (help) {
    case 'juridisk':
      return msg('Juridisk vurdering', { id: 'hate-report.help.juridisk' });
    case 'samtale':
      return msg('En samtale', { id: 'hate-report.help.samtale' });
    case 'anmeldelse':
      return msg('Hjelp til å anmelde', { id: 'hate-report.help.anmeldelse' });
    case 'fjerning':
      return msg('Hjelp til å få innhold fjernet', { id: 'hate-report.help.fjerning' });
  }
}

/** The platforms and channels offered as choices; the value sent is the id, and «annet» asks which. */
export const PLATFORMS = [
  'Facebook',
  'Instagram',
  'X',
  'TikTok',
  'Snapchat',
  'YouTube',
  'e-post',
  'sms',
  'nettavis',
  'fysisk',
  'annet',
] as const;

/** A platform or channel from {@link PLATFORMS}. */
export type Platform = (typeof PLATFORMS)[number];

/** The platform's name as the reader knows it (brand names stay as they are). */
export function platformLabel(platform: string): string {
  switch (platform) {
    case 'e-post':
      return msg('E-post', { id: 'hate-report.platform.email' });
    case 'sms':
      return msg('SMS eller telefon', { id: 'hate-report.platform.sms' });
    case 'nettavis':
      return msg('Kommentarfelt i en nettavis', { id: 'hate-report.platform.nettavis' });
    case 'fysisk':
      return msg('Ansikt til ansikt, brev eller på annen måte utenfor nett', { id: 'hate-report.platform.fysisk' });
    case 'annet':
      return msg('Annet', { id: 'hate-report.platform.annet' });
    default:
      return platform;
  }
}
