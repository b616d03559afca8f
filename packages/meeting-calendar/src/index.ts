import { defineElement, registerTranslations } from '@kommune-widgets/core';
import { KommuneMeetingCalendar } from './meeting-calendar.js';
import { translations } from './translations.js';

registerTranslations(translations);
defineElement('kommune-meeting-calendar', KommuneMeetingCalendar);

export { KommuneMeetingCalendar, type CalendarView, type MeetingSelectDetail, type ViewChangeDetail } from './meeting-calendar.js';
