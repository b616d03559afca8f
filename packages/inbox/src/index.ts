/**
 * `@kommune-widgets/inbox`: the contact person's inbox (and the moderator's Valgløftet pages) the server serves at `/admin/`. Importing it registers the
 * inbox's translations and defines its elements; the page is `<kw-inbox-app>`.
 */
import { defineElement, registerTranslations } from '@kommune-widgets/core';
import { AuditLogView } from './audit-log-view.js';
import { EnrolmentView } from './enrolment-view.js';
import { InboxApp } from './inbox-app.js';
import { MailLogView } from './mail-log-view.js';
import { PasswordChangeView } from './password-change-view.js';
import { PledgeModerationView } from './pledge-moderation-view.js';
import { ReportDetailView } from './report-detail-view.js';
import { ReportListView } from './report-list-view.js';
import { ReportPrintView } from './report-print-view.js';
import { SignInView } from './sign-in-view.js';
import { translations } from './translations.js';
import { UserAdminView } from './user-admin-view.js';

registerTranslations(translations);

defineElement('kw-inbox-app', InboxApp);
defineElement('kw-sign-in', SignInView);
defineElement('kw-enrolment', EnrolmentView);
defineElement('kw-password-change', PasswordChangeView);
defineElement('kw-report-list', ReportListView);
defineElement('kw-report-detail', ReportDetailView);
defineElement('kw-report-print', ReportPrintView);
defineElement('kw-audit-log', AuditLogView);
defineElement('kw-mail-log', MailLogView);
defineElement('kw-pledge-moderation', PledgeModerationView);
defineElement('kw-user-admin', UserAdminView);

export {
  InboxApp,
  SignInView,
  EnrolmentView,
  PasswordChangeView,
  ReportListView,
  ReportDetailView,
  ReportPrintView,
  AuditLogView,
  MailLogView,
  PledgeModerationView,
  UserAdminView,
};
export { InboxApi, ApiError, ADMIN_API, type InboxUser, type Enrolment } from './api.js';
export { pagesFor, parseRoute, routeFor, routeHash, type InboxRoute } from './routes.js';
