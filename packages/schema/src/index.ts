/**
 * @kommune-widgets/schema — the kommune data document: zod schemas, inferred
 * types, validation with stable issue codes, localized issue messages.
 *
 * Every export is side-effect free; a bundle keeps only the sections it uses.
 */
export {
  LocalizedText,
  NonEmptyString,
  Url,
  IsoDate,
  IsoDateTime,
  IsoDateOrDateTime,
  Id,
  Email,
  TEXT_LOCALES,
  URL_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  DATE_OR_DATE_TIME_PATTERN,
  localize,
  localizeWithLanguage,
  isSafeUrl,
  isRealDate,
} from './shared.js';
export { kommuneSchema, KOMMUNENUMMER_PATTERN, type Kommune } from './kommune.js';
export {
  STEP_IDS,
  StepId,
  isKnownStepId,
  participationSchema,
  participationStepSchema,
  participationActivitySchema,
  participationContactSchema,
  participationInput,
  type Participation,
  type ParticipationStep,
  type ParticipationActivity,
} from './participation.js';
export {
  budgetSchema,
  budgetDatasetSchema,
  budgetItemSchema,
  budgetSourceSchema,
  budgetComparisonSchema,
  budgetInput,
  type Budget,
  type BudgetDataset,
  type BudgetItem,
  type BudgetComparison,
} from './budget.js';
export {
  ORGANIZATION_KINDS,
  DEPRECATED_ORGANIZATION_KINDS,
  MEETING_STATUSES,
  MEETING_DOCUMENT_KINDS,
  LOCATION_SERVICES,
  meetingsSchema,
  meetingSchema,
  organizationSchema,
  agendaItemSchema,
  meetingDocumentSchema,
  meetingLocationSchema,
  meetingsInput,
  type Meetings,
  type Meeting,
  type Organization,
  type OrganizationKind,
  type AgendaItem,
  type MeetingDocument,
} from './meetings.js';
export { reportSchema, reportContactSchema, reportInput, type Report } from './report.js';
export {
  reportSubmissionSchema,
  REPORT_TARGETS,
  REPORT_ROLES,
  REPORT_KINDS,
  REPORT_HELP,
  REPORT_DESCRIPTION_MAX,
  REPORT_LINKS_MAX,
  REPORT_ATTACHMENTS_MAX,
  type ReportSubmission,
} from './report-submission.js';
export {
  pledgeSchema,
  pledgeTextSchema,
  pledgeListSchema,
  pledgeDecisionSchema,
  pledgeInput,
  type Pledge,
  type PledgeText,
  type PledgeDecision,
} from './pledge.js';
export {
  pledgeSubmissionSchema,
  PLEDGE_ROLES,
  PLEDGE_OTHER_LIST,
  PLEDGE_NAME_MAX,
  type PledgeSubmission,
  type PledgeRole,
} from './pledge-submission.js';
export { lineAndColumn, syntaxErrorLocation } from './json-location.js';
export { singleStops } from './sentence.js';
export { findWarnings } from './warnings.js';
export { kommuneDocumentSchema, validateDocument, type KommuneDocument } from './document.js';
export {
  SECTION_KEYS,
  SCHEMA_VERSION,
  defineWidgetInput,
  isWholeDocument,
  type SectionKey,
  type WidgetInput,
  type WidgetParseResult,
} from './widget-input.js';
export { formatPath, toSchemaIssues, type IssueCode, type SchemaIssue, type ValidationResult } from './issues.js';
export { describeIssue, describePath } from './issue-messages.js';
export { translations, sourceLocale, targetLocales, allLocales } from './translations.js';
export { translationLoaders } from './translation-loaders.js';
