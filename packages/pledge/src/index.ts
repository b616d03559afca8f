import { defineElement, registerTranslations } from '@kommune-widgets/core';
import { KommunePledge } from './pledge.js';
import { translations } from './translations.js';

registerTranslations(translations);
defineElement('kommune-pledge', KommunePledge);

export { KommunePledge, type PledgeSignDetail, type PledgeVariant } from './pledge.js';
