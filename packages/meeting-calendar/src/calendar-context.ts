/** What the calendar's views get from the element: language, texts, heading level, the time now, and its actions. */
import type { TemplateResult } from 'lit';
import type { Locale } from '@kommune-widgets/core';
import type { LocalizedText } from '@kommune-widgets/schema';
import type { IndexedMeeting } from './meeting-index.js';

export interface CalendarContext {
  locale: Locale;
  /** Level of the widget's own heading; views use the levels below it. */
  headingLevel: number;
  /** A kommune text for attributes. */
  text(value: LocalizedText): string;
  /** A kommune text for the page, marked with its language when it falls back. */
  textPart(value: LocalizedText): string | TemplateResult;
  /** Oslo wall time now, `YYYY-MM-DDThh:mm`. */
  now: string;
  /** Opens a meeting's detail (the reader's own click). */
  openMeeting(id: string): void;
  /** The meeting's title: its own, else its organ's name. */
  title(entry: IndexedMeeting): string | TemplateResult;
}
