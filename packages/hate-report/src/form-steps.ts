/**
 * What the form needs once a person starts on it — the question groups, the checks, the summary, the privacy notice
 * and the receipt — fetched as one chunk when the person first touches the widget. A reader of the page who never
 * reports fetches only the triage question and the advice.
 */
export { attachmentProblem, renderAttachmentField, sniffAttachmentType } from './attachment-field.js';
export { renderAnswersSummary } from './answers-summary.js';
export { renderPrivacyNotice } from './privacy-notice.js';
export { renderContact, renderHelp, renderLinks, renderReported, renderWhat, renderWhere, renderWho } from './question-groups.js';
export { renderReceiptView } from './receipt-view.js';
export { validateStep, validateSubmission } from './validate-draft.js';
