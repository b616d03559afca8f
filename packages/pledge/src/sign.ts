/**
 * The sign part of `<kommune-pledge>`, fetched only for a campaign open for signatures (a compact widget, or a closed
 * or upcoming campaign, never loads it): the form, its checks, the confirmation, and core's form controllers — the
 * error summary, the submission with its Idempotency-Key and retries, and the guard against leaving unsent input.
 */
import type { ReactiveControllerHost } from 'lit';
import { FormErrorsController, LeaveGuardController, SubmissionController } from '@kommune-widgets/core/form';
import type { SignState } from './sign-result.js';

export { focusField, issuesByField } from '@kommune-widgets/core/form';
export { renderSignForm } from './sign-form.js';
export { renderConfirmation, renderSendStatus } from './sign-result.js';
export { fieldOfPath, toSubmission, validateDraft } from './sign-draft.js';

/** What the server answers for a signature. */
export interface SignAnswer {
  id: string;
  state: SignState;
}

/** The element the sign part serves: a Lit element, whose shadow root holds the form. */
type SignHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };

/** The controllers the sign form runs on, added to `host` when the part arrives. */
export function signControllers(host: SignHost, options: { announce: (text: string) => void; isDirty: () => boolean }) {
  return {
    errors: new FormErrorsController(host),
    submission: new SubmissionController<SignAnswer>(host, { announce: options.announce }),
    leaveGuard: new LeaveGuardController(host, { isDirty: options.isDirty }),
  };
}

/** The controllers as one object. */
export type SignControllers = ReturnType<typeof signControllers>;
