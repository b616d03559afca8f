/**
 * The choices a web editor makes for a widget on a page, as the attributes the widget reads: the pie's form, the
 * calendar's view and organ, the pledge's variant. One description for the preview and the snippet, so what is
 * previewed is what is pasted.
 */
import { localize, type LocalizedText } from '@kommune-widgets/schema';
import type { WidgetSection } from './widget-catalog.js';

/** The attribute values chosen for one widget (absent: the widget's default). */
export interface WidgetOptions {
  /** `<kommune-budget-pie variant>`: `donut` (the default) or `pie`. */
  variant?: 'donut' | 'pie';
  /** `<kommune-meeting-calendar view>`: `list` (the default) or `month`. */
  view?: 'list' | 'month';
  /** `<kommune-meeting-calendar organization>`: one organ's id, or all. */
  organization?: string;
  /** `<kommune-pledge variant>`: `full` (the default) or `compact`. */
  pledgeVariant?: 'full' | 'compact';
}

/** The attributes `options` give `widget`, in the order they are written, without those left at their default. */
export function optionAttributes(widget: WidgetSection, options: WidgetOptions): [string, string][] {
  switch (widget.section) {
    case 'budget':
      return options.variant === 'pie' ? [['variant', 'pie']] : [];
    case 'meetings':
      return [
        ...(options.view === 'month' ? [['view', 'month'] as [string, string]] : []),
        ...(options.organization ? [['organization', options.organization] as [string, string]] : []),
      ];
    case 'pledge':
      return options.pledgeVariant === 'compact' ? [['variant', 'compact']] : [];
    default:
      return [];
  }
}

/** An organ of the document's meetings section: its id and its name in `lang`. */
export interface Organ {
  id: string;
  name: string;
}

/** The organs the calendar can be limited to, from the document (or the meetings section alone). */
export function organsOf(data: unknown, lang: string, sectionAlone: boolean): Organ[] {
  const record = (value: unknown) => (value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {});
  const meetings = sectionAlone ? record(data) : record(record(data)['meetings']);
  const organizations = Array.isArray(meetings['organizations']) ? meetings['organizations'] : [];
  return organizations
    .map(record)
    .filter((o) => typeof o['id'] === 'string')
    .map((o) => {
      const name = o['name'];
      const shown = typeof name === 'string' || (name !== null && typeof name === 'object') ? localize(name as LocalizedText, lang) : '';
      return { id: o['id'] as string, name: shown || (o['id'] as string) };
    });
}
