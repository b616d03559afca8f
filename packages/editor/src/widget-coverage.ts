/**
 * Which widgets a document can feed: each widget reads its own section (SPEC §3), so a document with a broken budget
 * still feeds the participation ladder. Decided by the same parsers the widgets run.
 */
import { budgetInput, meetingsInput, participationInput, pledgeInput, reportInput, type SectionKey } from '@kommune-widgets/schema';
import { WIDGET_SECTIONS, type WidgetSection } from './widget-catalog.js';

/** The parser each widget runs on its input. */
const INPUTS: Record<SectionKey, { parse(input: unknown): { ok: boolean } }> = {
  participation: participationInput,
  budget: budgetInput,
  meetings: meetingsInput,
  report: reportInput,
  pledge: pledgeInput,
};

/** Whether a widget can show the document: `ready`, `invalid` (its section has problems) or `absent`. */
export type Coverage = 'ready' | 'invalid' | 'absent';

/**
 * What each widget makes of `data`: a whole document, or (with `section`) the one section the text holds alone.
 */
export function coverageOf(data: unknown, section?: SectionKey): { widget: WidgetSection; coverage: Coverage }[] {
  const record = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return WIDGET_SECTIONS.map((widget) => {
    const present = section ? section === widget.section : record[widget.section] !== undefined;
    if (!present) return { widget, coverage: 'absent' as const };
    return { widget, coverage: INPUTS[widget.section].parse(data).ok ? ('ready' as const) : ('invalid' as const) };
  });
}
