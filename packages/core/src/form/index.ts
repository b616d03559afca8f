/**
 * `@kommune-widgets/core/form`: what a widget with a form composes — fields wired to their label, hint and error, a
 * GOV.UK-style error summary, a submission controller with an Idempotency-Key, retries and offline waiting, a guard
 * against leaving unsent input, and the form styles. A module of its own, so pages without a form never fetch it.
 */
export { controlAttributes, fieldIds, focusField, renderField, renderFieldset } from './field.js';
export type { ControlAttributes, FieldIds, FieldOptions, FieldsetOptions } from './field.js';
export { ERROR_SUMMARY_CLASS, FormErrorsController, renderErrorSummary } from './error-summary.js';
export type { ErrorSummaryOptions, FieldError } from './error-summary.js';
export { SubmissionController } from './submission-controller.js';
export type {
  SubmissionFailure,
  SubmissionOptions,
  SubmissionOutcome,
  SubmissionRequest,
  SubmissionState,
} from './submission-controller.js';
export { issuesByField, parseRetryAfter, readProblem } from './problem.js';
export type { ProblemAnswer, SubmissionIssue } from './problem.js';
export { LeaveGuardController } from './leave-guard.js';
export type { LeaveGuardOptions } from './leave-guard.js';
export { formStyles } from './form.styles.js';
