import { defineElement, registerTranslations } from '@kommune-widgets/core';
import { KommuneParticipationLadder } from './participation-ladder.js';
import { translations } from './translations.js';

registerTranslations(translations);
defineElement('kommune-participation-ladder', KommuneParticipationLadder);

export { KommuneParticipationLadder, type StepSelectDetail, type ActivitySelectDetail } from './participation-ladder.js';
export { activityPhase, sortActivities, innbyggerforslagThreshold, type ActivityPhase } from './activity-phase.js';
