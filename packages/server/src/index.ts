/**
 * @kommune-widgets/server — the API that receives reports from `<kommune-hate-report>` and signatures from
 * `<kommune-pledge>` (SPEC §6): the hono app, the storage interface with its SQLite backend, and the configuration.
 */
export { createApp, type AppOptions } from './app.js';
export { startServer, type StartOptions, type RunningServer } from './server.js';
export { siteHandler, type SiteOptions, type SiteRoute } from './site.js';
export {
  parseConfig,
  readConfig,
  demoKommune,
  demoCampaign,
  withDemo,
  campaignConfigSchema,
  campaignListSchema,
  OTHER_LIST,
  DEFAULT_EMAIL_RETENTION_DAYS,
  type CampaignConfig,
  type CampaignList,
  ConfigError,
  DEFAULT_RATE_LIMITS,
  type RateLimits,
  serverConfigSchema,
  kommuneConfigSchema,
  type ServerConfig,
  type KommuneConfig,
  type RateLimit,
} from './config.js';
export { problemResponse, PROBLEM_CONTENT_TYPE, type Problem, type ProblemType, type ProblemIssue } from './problem.js';
export { openSqliteStorage, type SqliteStorageHandle, type SqlitePragmas } from './storage/sqlite.js';
export { openPostgresStorage, isPostgresUrl, type PostgresOptions } from './storage/postgres.js';
export { openStorage, type OpenStorageOptions } from './storage/open.js';
export { IN_FLIGHT_LEASE_MS, IDEMPOTENCY_TTL_MS, ATTACHMENT_TTL_MS, PLEDGE_MAIL_KIND } from './storage/rows.js';
export { MIGRATIONS, type Migration } from './storage/migrations.js';
export { RECEIPT_PATTERN } from './storage/receipt.js';
export {
  StorageError,
  type Storage,
  type ReportSubmissionWrite,
  type ReportSubmissionResult,
  type RateLimitCheck,
  type SavedReport,
  type NewReport,
  type StoredResponse,
  type NewAttachment,
  type AttachmentInfo,
  type StoredAttachment,
  type StoredReport,
} from './storage/types.js';
export { ATTACHMENT_LIMIT, ATTACHMENT_TYPES, type AttachmentType } from './attachments.js';
export { removeLocation, stripGpsFromTiff, ImageStructureError, type ImageType } from './image-metadata.js';
export {
  parseReportKey,
  createReportCipher,
  ReportKeyError,
  SealedValueError,
  REPORT_KEY_BYTES,
  type ReportCipher,
} from './storage/report-crypto.js';
export { jsonLineLogger, silentLogger, type Logger } from './log.js';
export { adminSessionRoutes, ADMIN_API, type SessionRouteOptions } from './admin/session-routes.js';
export { adminReportRoutes, REPORT_STATUSES, NOTE_MAX_LENGTH, type ReportRouteOptions } from './admin/report-routes.js';
export { LIST_MAX_LIMIT, type ReportSummary, type ListQuery } from './admin/report-list.js';
export type {
  ReportInboxStore,
  ReportListItem,
  ReportNote,
  ReportStatusChange,
  ReportHold,
  ReportListQuery,
  ReportListPage,
} from './storage/types.js';
export {
  addUser,
  setUserPassword,
  resetSecondFactor,
  ensureDemoUser,
  UserError,
  DEMO_USER,
  DEMO_MODERATOR,
  USER_ROLES,
} from './admin/users.js';
export { hashPassword, verifyPassword, generatePassword, MIN_PASSWORD_LENGTH } from './auth/password.js';
export { SESSION_COOKIE, SESSION_IDLE_MS, SESSION_ABSOLUTE_MS } from './auth/sessions.js';
export { CSRF_HEADER } from './auth/csrf.js';
export { lockMs } from './auth/lockout.js';
export { isDemoConfig } from './config.js';
export { runRetention, RETENTION_INTERVAL_MS, type RetentionResult } from './retention.js';
export { INBOX_CSP, inboxAppDir } from './admin/inbox-pages.js';
export { adminUserRoutes, USER_AUDIT_ACTIONS, USER_NAME_MAX_LENGTH, type UserRouteOptions, type UserView } from './admin/user-routes.js';
export type { AuthStore, AuditEntry, NewUser, UserRecord, UserRole, SessionRecord } from './storage/types.js';
export { newReportMessage, newReportNotices, noticeRecipients, NEW_REPORT_KIND, type NoticeOptions } from './mail/notice.js';
export { smtpTransport, mailErrorCode, type MailTransport, type OutgoingMail } from './mail/transport.js';
export { MailWorker, mailBackoffMs, MAIL_MAX_ATTEMPTS, MAIL_LEASE_MS, type MailWorkerOptions, type MailTick } from './mail/worker.js';
export { smtpConfigSchema, type SmtpConfig } from './config.js';
export type { MailMessage, MailState, NewMail } from './storage/types.js';
export { PLEDGE_STATES } from './storage/types.js';
export type {
  PledgeStore,
  PledgeState,
  PledgeAction,
  PledgeChange,
  PledgeCounts,
  NewPledge,
  StoredPledge,
  PublicPledge,
  SavedPledge,
  PledgeSubmissionWrite,
  PledgeSubmissionResult,
} from './storage/types.js';
export { campaignRegistry, publicCampaign, listName, type Campaign } from './campaigns/registry.js';
export { campaignInstant, campaignState, type CampaignPeriod, type CampaignState } from './campaigns/period.js';
export { nameKey, listKey, tidyName } from './campaigns/names.js';
export {
  signLink,
  verifyLink,
  CONFIRM_LINK_TTL_MS,
  WITHDRAW_LINK_AFTER_CLOSE_MS,
  type LinkAction,
  type LinkClaims,
  type LinkRefusal,
} from './campaigns/links.js';
export { PublishedCache, matchesEtag, RECHECK_MS, MAX_PAGES, type CachedPage } from './campaigns/published-cache.js';
export { pledgeRoutes, linkUrl, PLEDGES_MAX_LIMIT, PLEDGES_DEFAULT_LIMIT, type PledgeRouteOptions } from './campaigns/public-routes.js';
export { pledgeLinkPages, renderPage, escapeHtml, LINK_PAGE_CSP, type LinkPageOptions } from './campaigns/link-pages.js';
export { adminPledgeRoutes, pledgeView, pledgesCsv, PLEDGE_AUDIT_ACTIONS, type PledgeAdminRouteOptions } from './admin/pledge-routes.js';
export {
  pledgeConfirmationMail,
  pledgeConfirmationMessage,
  PLEDGE_CONFIRMATION_KIND,
  type PledgeMailOptions,
} from './mail/pledge-confirmation.js';
