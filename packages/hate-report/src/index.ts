import { defineElement, registerTranslations } from '@kommune-widgets/core';
import { KommuneHateReport } from './hate-report.js';
import { translations } from './translations.js';

registerTranslations(translations);
defineElement('kommune-hate-report', KommuneHateReport);

export { KommuneHateReport, type ReportReceiptDetail, type ReportSubmitDetail } from './hate-report.js';
