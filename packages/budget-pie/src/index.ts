import { defineElement, registerTranslations } from '@kommune-widgets/core';
import { KommuneBudgetPie } from './budget-pie.js';
import { translations } from './translations.js';

registerTranslations(translations);
defineElement('kommune-budget-pie', KommuneBudgetPie);

export { KommuneBudgetPie, type DatasetSelectDetail, type ItemSelectDetail } from './budget-pie.js';
export { buildLevel, pathTo, DEFAULT_OTHER_THRESHOLD, MAX_NAMED_SLICES, type PieLevel, type Slice, type SliceKind } from './slices.js';
export { formatKroner, formatShare } from './amounts.js';
