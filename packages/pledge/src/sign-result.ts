/** After «Signer valgløftet»: the confirmation (published, or waiting for the e-mail or a moderator) and the send status. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { renderHeading, singleStops } from '@kommune-widgets/core';
import type { SubmissionState } from '@kommune-widgets/core/form';

/** Where a signature is once the server has it. */
export type SignState = 'published' | 'pending-confirmation' | 'pending-moderation';

/** Why a signature was not taken: the same name on the same list, the campaign closed, refused, or not through. */
export type SignProblem = 'duplicate' | 'closed' | 'refused' | 'failed' | 'preview';

/** {@link renderConfirmation}'s options. */
export interface ConfirmationOptions {
  state: SignState;
  /** The address the confirmation went to, when one was given. */
  email?: string;
  headingLevel: number;
  onAnother: () => void;
}

/** «Takk for at du signerte», and what happens next for this state. */
export function renderConfirmation(o: ConfirmationOptions): TemplateResult {
  let next: string;
  switch (o.state) {
    case 'published':
      next = msg('Navnet ditt står nå på listen over dem som har signert.', { id: 'pledge.sent.published' });
      break;
    case 'pending-confirmation':
      next = o.email
        ? singleStops(
            msg(
              str`Vi har sendt en e-post til ${o.email}. Navnet ditt kommer på listen når du har bekreftet med lenken i e-posten. Lenken virker i sju dager.`,
              { id: 'pledge.sent.confirm-email' },
            ),
          )
        : msg('Navnet ditt kommer på listen når du har bekreftet med lenken i e-posten vi har sendt deg.', {
            id: 'pledge.sent.confirm',
          });
      break;
    default:
      next = msg('En moderator i kommunen ser på signaturen før navnet ditt kommer på listen.', { id: 'pledge.sent.moderation' });
  }
  return html`<div class="confirmation" part="confirmation">
    ${renderHeading(o.headingLevel, msg('Takk for at du signerte', { id: 'pledge.sent.title' }), {
      className: 'confirmation-title',
      focusable: true,
    })}
    <p class="confirmation-state" data-state=${o.state}>${next}</p>
    <p>
      ${
        o.email
          ? msg('Vil du trekke signaturen senere, bruker du lenken i e-posten, eller du tar kontakt med kommunen.', {
              id: 'pledge.sent.withdraw-email',
            })
          : msg('Vil du trekke signaturen senere, tar du kontakt med kommunen.', { id: 'pledge.sent.withdraw' })
      }
    </p>
    <button type="button" class="kw-button-secondary" part="another-button" @click=${o.onAnother}>
      ${msg('Signer for en annen person', { id: 'pledge.sent.another' })}
    </button>
  </div>`;
}

/** {@link renderSendStatus}'s options. */
export interface SendStatusOptions {
  state: SubmissionState;
  waitingFor: 'time' | 'network' | undefined;
  problem: SignProblem | undefined;
  onRetryNow: () => void;
}

/** Sending, waiting to try again, or why the signature was not taken: in words, with what to do. */
export function renderSendStatus(o: SendStatusOptions): TemplateResult | typeof nothing {
  if (o.state === 'sending')
    return html`<p class="send-status" part="send-status">${msg('Sender signaturen …', { id: 'pledge.sending' })}</p>`;
  if (o.state === 'waiting')
    return html`<div class="send-status" part="send-status">
      <p>
        ${
          o.waitingFor === 'network'
            ? msg('Du er uten nett. Signaturen sendes av seg selv når du er på nett igjen. Ikke lukk siden.', {
                id: 'pledge.waiting-network',
              })
            : msg('Signaturen er ikke sendt ennå. Vi prøver igjen av oss selv. Ikke lukk siden.', { id: 'pledge.waiting-time' })
        }
      </p>
      ${
        o.waitingFor === 'time'
          ? html`<button type="button" class="kw-button-secondary" @click=${o.onRetryNow}>
              ${msg('Prøv igjen nå', { id: 'pledge.retry-now' })}
            </button>`
          : nothing
      }
    </div>`;
  if (!o.problem) return nothing;
  const [title, text] = problemTexts(o.problem);
  return html`<div class="send-status send-problem ${o.problem === 'duplicate' ? 'send-duplicate' : ''}" part="send-status" tabindex="-1">
    <p class="send-problem-title">${title}</p>
    ${text ? html`<p>${text}</p>` : nothing}
  </div>`;
}

function problemTexts(problem: SignProblem): [string, string | undefined] {
  switch (problem) {
    case 'duplicate':
      return [
        msg('Du har allerede signert for denne listen.', { id: 'pledge.problem.duplicate' }),
        msg(
          'Takk! Signaturen din er registrert fra før, så du trenger ikke signere igjen. Har du ikke signert selv, ta kontakt med kommunen.',
          {
            id: 'pledge.problem.duplicate.text',
          },
        ),
      ];
    case 'closed':
      return [
        msg('Valgløftet er ikke åpent for signering nå.', { id: 'pledge.problem.closed' }),
        msg('Signaturen ble ikke tatt imot.', { id: 'pledge.problem.closed.text' }),
      ];
    case 'preview':
      return [msg('Dette er en forhåndsvisning. Signaturen er ikke sendt.', { id: 'pledge.problem.preview' }), undefined];
    case 'refused':
      return [
        msg('Signaturen ble ikke tatt imot.', { id: 'pledge.problem.refused' }),
        msg('Ta kontakt med kommunen hvis du vil signere.', { id: 'pledge.problem.refused.text' }),
      ];
    default:
      return [
        msg('Signaturen er ikke sendt.', { id: 'pledge.problem.failed' }),
        msg('Svarene dine er tatt vare på her så lenge siden er åpen. Prøv igjen om litt.', { id: 'pledge.problem.failed.text' }),
      ];
  }
}
