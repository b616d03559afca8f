/**
 * The names the inbox shows for the server's codes: statuses, what happened, roles, help wanted, audit actions, mail
 * states and the problems an action can meet. Each is a `msg()` in bokmål with its nynorsk and English.
 */
import { msg, str } from '@lit/localize';

/** A report's status: ny, under behandling, avsluttet. */
export function statusLabel(status: string): string {
  switch (status) {
    case 'ny':
      return msg('Ny', { id: 'inbox.status.ny' });
    case 'under-behandling':
      return msg('Under behandling', { id: 'inbox.status.under-behandling' });
    case 'avsluttet':
      return msg('Avsluttet', { id: 'inbox.status.avsluttet' });
    default:
      return status;
  }
}

/** What happened (the form's five kinds). */
export function kindLabel(kind: string): string {
  switch (kind) {
    case 'trussel':
      return msg('Trussel', { id: 'inbox.kind.trussel' });
    case 'hets':
      return msg('Hets', { id: 'inbox.kind.hets' });
    case 'trakassering':
      return msg('Trakassering', { id: 'inbox.kind.trakassering' });
    case 'personopplysninger':
      return msg('Deling av personopplysninger', { id: 'inbox.kind.personopplysninger' });
    case 'annet':
      return msg('Annet', { id: 'inbox.kind.annet' });
    default:
      return kind;
  }
}

/** The targeted person's role. */
export function roleLabel(role: string | null | undefined): string {
  switch (role) {
    case 'folkevalgt':
      return msg('Folkevalgt', { id: 'inbox.role.folkevalgt' });
    case 'kandidat':
      return msg('Kandidat ved valg', { id: 'inbox.role.kandidat' });
    case 'ansatt':
      return msg('Ansatt i politisk sekretariat', { id: 'inbox.role.ansatt' });
    case 'annen':
      return msg('Annen rolle', { id: 'inbox.role.annen' });
    default:
      return role ?? '–';
  }
}

/** Who was targeted. */
export function targetLabel(target: string): string {
  return target === 'me'
    ? msg('Den som meldte', { id: 'inbox.target.me' })
    : msg('En annen person enn den som meldte', { id: 'inbox.target.other' });
}

/** Help wanted. */
export function helpLabel(help: string): string {
  switch (help) {
    case 'juridisk':
      return msg('Juridisk vurdering', { id: 'inbox.help.juridisk' });
    case 'samtale':
      return msg('En samtale', { id: 'inbox.help.samtale' });
    case 'anmeldelse':
      return msg('Hjelp til å anmelde', { id: 'inbox.help.anmeldelse' });
    case 'fjerning':
      return msg('Hjelp til å få innhold fjernet', { id: 'inbox.help.fjerning' });
    default:
      return help;
  }
}

/** The platform codes of the form that are not names of their own. */
export function platformLabel(platform: string): string {
  switch (platform) {
    case 'e-post':
      return msg('E-post', { id: 'inbox.platform.email' });
    case 'sms':
      return msg('SMS eller telefon', { id: 'inbox.platform.sms' });
    case 'nettavis':
      return msg('Kommentarfelt i en nettavis', { id: 'inbox.platform.nettavis' });
    case 'fysisk':
      return msg('Utenfor nett', { id: 'inbox.platform.fysisk' });
    case 'annet':
      return msg('Annet', { id: 'inbox.platform.annet' });
    default:
      return platform;
  }
}

/** What an audit entry records. */
export function auditActionLabel(action: string): string {
  switch (action) {
    case 'sign-in':
      return msg('Logget inn', { id: 'inbox.audit.sign-in' });
    case 'sign-in-failed':
      return msg('Mislykket innlogging', { id: 'inbox.audit.sign-in-failed' });
    case 'sign-in-refused-locked':
      return msg('Innlogging avvist (sperret)', { id: 'inbox.audit.sign-in-refused-locked' });
    case 'locked-out':
      return msg('Sperret etter for mange forsøk', { id: 'inbox.audit.locked-out' });
    case 'sign-out':
      return msg('Logget ut', { id: 'inbox.audit.sign-out' });
    case 'recovery-code-used':
      return msg('Brukte en gjenopprettingskode', { id: 'inbox.audit.recovery-code-used' });
    case 'enrolment-started':
      return msg('Startet oppsett av tofaktor', { id: 'inbox.audit.enrolment-started' });
    case 'enrolment-failed':
      return msg('Feil kode ved oppsett av tofaktor', { id: 'inbox.audit.enrolment-failed' });
    case 'enrolment-confirmed':
      return msg('Satte opp tofaktor', { id: 'inbox.audit.enrolment-confirmed' });
    case 'user-added':
      return msg('Bruker lagt til', { id: 'inbox.audit.user-added' });
    case 'password-change-required':
      return msg('Logget inn med midlertidig passord', { id: 'inbox.audit.password-change-required' });
    case 'password-changed':
      return msg('Byttet passord', { id: 'inbox.audit.password-changed' });
    case 'password-change-failed':
      return msg('Feil nåværende passord ved bytte av passord', { id: 'inbox.audit.password-change-failed' });
    case 'password-set':
      return msg('Passord satt', { id: 'inbox.audit.password-set' });
    case 'second-factor-reset':
      return msg('Tofaktor nullstilt', { id: 'inbox.audit.second-factor-reset' });
    case 'user-disabled':
      return msg('Bruker slått av', { id: 'inbox.audit.user-disabled' });
    case 'user-enabled':
      return msg('Bruker slått på igjen', { id: 'inbox.audit.user-enabled' });
    case 'admin-user-added':
      return msg('La til en bruker', { id: 'inbox.audit.admin-user-added' });
    case 'admin-user-disabled':
      return msg('Deaktiverte en bruker', { id: 'inbox.audit.admin-user-disabled' });
    case 'admin-user-enabled':
      return msg('Aktiverte en bruker', { id: 'inbox.audit.admin-user-enabled' });
    case 'admin-second-factor-reset':
      return msg('Nullstilte tofaktor for en bruker', { id: 'inbox.audit.admin-second-factor-reset' });
    case 'admin-password-reset':
      return msg('Laget nytt midlertidig passord for en bruker', { id: 'inbox.audit.admin-password-reset' });
    case 'pledge-emails-retention-deleted':
      return msg('Slettet e-postadressene til dem som signerte', { id: 'inbox.audit.pledge-emails-retention-deleted' });
    case 'reports-listed':
      return msg('Så listen over meldinger', { id: 'inbox.audit.reports-listed' });
    case 'report-read':
      return msg('Åpnet en melding', { id: 'inbox.audit.report-read' });
    case 'report-status-changed':
      return msg('Endret status', { id: 'inbox.audit.report-status-changed' });
    case 'report-note-added':
      return msg('La til et notat', { id: 'inbox.audit.report-note-added' });
    case 'report-exported':
      return msg('Eksporterte en melding', { id: 'inbox.audit.report-exported' });
    case 'report-deleted':
      return msg('Slettet en melding', { id: 'inbox.audit.report-deleted' });
    case 'report-hold-set':
      return msg('Satte en melding på vent', { id: 'inbox.audit.report-hold-set' });
    case 'report-hold-lifted':
      return msg('Fjernet vent', { id: 'inbox.audit.report-hold-lifted' });
    case 'report-retention-deleted':
      return msg('Slettet etter oppbevaringstiden', { id: 'inbox.audit.report-retention-deleted' });
    case 'attachment-read':
      return msg('Lastet ned et vedlegg', { id: 'inbox.audit.attachment-read' });
    case 'audit-exported':
      return msg('Lastet ned revisjonsloggen', { id: 'inbox.audit.audit-exported' });
    case 'pledge-approved':
      return msg('Godkjente en signatur', { id: 'inbox.audit.pledge-approved' });
    case 'pledge-rejected':
      return msg('Avviste en signatur', { id: 'inbox.audit.pledge-rejected' });
    case 'pledge-hidden':
      return msg('Skjulte en signatur', { id: 'inbox.audit.pledge-hidden' });
    case 'pledge-withdrawn':
      return msg('Trakk tilbake en signatur', { id: 'inbox.audit.pledge-withdrawn' });
    case 'kommune-exported':
      return msg('Alle kommunens data eksportert (av IT)', { id: 'inbox.audit.kommune-exported' });
    case 'kommune-purged':
      return msg('Alle kommunens data slettet (av IT)', { id: 'inbox.audit.kommune-purged' });
    case 'pledges-listed':
      return msg('Så signaturene i en kampanje', { id: 'inbox.audit.pledges-listed' });
    case 'pledges-exported':
      return msg('Lastet ned signaturlisten', { id: 'inbox.audit.pledges-exported' });
    default:
      return action;
  }
}

/** Where an e-mail notice is. */
export function mailStateLabel(state: string): string {
  switch (state) {
    case 'outbox':
      return msg('I utboksen (ikke sendt)', { id: 'inbox.mail.outbox' });
    case 'queued':
      return msg('Venter på å bli sendt', { id: 'inbox.mail.queued' });
    case 'sent':
      return msg('Sendt', { id: 'inbox.mail.sent' });
    case 'failed':
      return msg('Kunne ikke sendes', { id: 'inbox.mail.failed' });
    default:
      return state;
  }
}

/** What went wrong with a request, in words a contact person can act on. */
export function problemMessage(kind: string, retryAfter?: number): string {
  switch (kind) {
    case 'network':
      return msg('Fikk ikke kontakt med serveren. Sjekk nettforbindelsen og prøv igjen.', { id: 'inbox.problem.network' });
    case 'unauthorized':
      return msg('Økten er over. Logg inn igjen.', { id: 'inbox.problem.unauthorized' });
    case 'forbidden':
      return msg('Brukeren din har ikke tilgang til dette.', { id: 'inbox.problem.forbidden' });
    case 'csrf':
      return msg('Siden er utdatert. Last den inn på nytt og prøv igjen.', { id: 'inbox.problem.csrf' });
    case 'not-found':
      return msg('Fant ikke meldingen. Den kan være slettet.', { id: 'inbox.problem.not-found' });
    case 'rate-limited':
      return retryAfter
        ? msg(str`For mange forsøk. Vent ${Math.ceil(retryAfter / 60)} minutter og prøv igjen.`, {
            id: 'inbox.problem.rate-limited-wait',
          })
        : msg('For mange forsøk. Vent litt og prøv igjen.', { id: 'inbox.problem.rate-limited' });
    case 'unavailable':
      return msg('Serveren kan ikke lagre akkurat nå. Prøv igjen om litt.', { id: 'inbox.problem.unavailable' });
    case 'validation':
      return msg('Serveren godtok ikke det som ble sendt. Sjekk feltene og prøv igjen.', { id: 'inbox.problem.validation' });
    default:
      return msg('Noe gikk galt på serveren. Prøv igjen, og kontakt IT om det fortsetter.', { id: 'inbox.problem.internal' });
  }
}
