import { msg, str } from '@lit/localize';
import type { ParticipationActivity } from '@kommune-widgets/schema';
import { formatDate, type Locale } from '@kommune-widgets/core';
import { activityWindow, type ActivityPhase } from './activity-phase.js';

/** The short status a citizen reads on an activity: "Åpen – frist 1. desember 2026". Call while rendering. */
export function phaseLabel(activity: ParticipationActivity, phase: ActivityPhase, locale: Locale): string {
  const { opens, closes } = activityWindow(activity);
  switch (phase) {
    case 'open':
      return closes
        ? msg(str`Åpen – frist ${formatDate(closes, locale)}`, { id: 'ladder.phase.openUntil' })
        : msg('Åpen', { id: 'ladder.phase.open' });
    case 'upcoming':
      return opens
        ? msg(str`Åpner ${formatDate(opens, locale)}`, { id: 'ladder.phase.opensOn' })
        : msg('Kommer', { id: 'ladder.phase.upcoming' });
    case 'closed':
      return closes
        ? msg(str`Avsluttet ${formatDate(closes, locale)}`, { id: 'ladder.phase.closedOn' })
        : msg('Avsluttet', { id: 'ladder.phase.closed' });
    case 'cancelled':
      return msg('Avlyst', { id: 'ladder.phase.cancelled' });
  }
}
