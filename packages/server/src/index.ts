/**
 * @kommune-widgets/server — the API that receives reports from `<kommune-hate-report>` (SPEC §6): the hono app, the
 * storage interface with its SQLite backend, and the configuration.
 */
export { createApp, type AppOptions } from './app.js';
export { startServer, type StartOptions, type RunningServer } from './server.js';
export { siteHandler, type SiteOptions, type SiteRoute } from './site.js';
export {
  parseConfig,
  readConfig,
  demoKommune,
  withDemo,
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
export {
  openSqliteStorage,
  IN_FLIGHT_LEASE_MS,
  IDEMPOTENCY_TTL_MS,
  ATTACHMENT_TTL_MS,
  type SqliteStorageHandle,
  type SqlitePragmas,
} from './storage/sqlite.js';
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
