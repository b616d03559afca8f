import type { ParticipationActivity } from '@kommune-widgets/schema';
import { parseKommuneDate } from '@kommune-widgets/core';

/** Where an activity stands today: taking input now, not yet open, over, or called off. */
export type ActivityPhase = 'open' | 'upcoming' | 'closed' | 'cancelled';

/** The opening and closing instants of an activity (a closing date lasts the whole day, Oslo time). */
export function activityWindow(activity: ParticipationActivity): { opens?: Date; closes?: Date } {
  const opens = activity.opens ? parseKommuneDate(activity.opens) : undefined;
  const closes = activity.closes ? parseKommuneDate(activity.closes, { endOfDay: true }) : undefined;
  return { ...(opens ? { opens } : {}), ...(closes ? { closes } : {}) };
}

/** The phase of `activity` at the instant `now`. */
export function activityPhase(activity: ParticipationActivity, now: Date): ActivityPhase {
  if (activity.cancelled) return 'cancelled';
  const { opens, closes } = activityWindow(activity);
  if (opens && now < opens) return 'upcoming';
  if (closes && now > closes) return 'closed';
  return 'open';
}

const PHASE_ORDER: Record<ActivityPhase, number> = { open: 0, upcoming: 1, closed: 2, cancelled: 3 };

/**
 * Activities in the order a citizen needs them: open ones first (nearest deadline first, open-ended last),
 * then upcoming (soonest first), then closed (most recent first), then cancelled.
 */
export function sortActivities<T extends ParticipationActivity>(
  activities: readonly T[],
  now: Date,
): { activity: T; phase: ActivityPhase }[] {
  const far = Number.MAX_SAFE_INTEGER;
  return activities
    .map((activity) => ({ activity, phase: activityPhase(activity, now), window: activityWindow(activity) }))
    .sort((a, b) => {
      const byPhase = PHASE_ORDER[a.phase] - PHASE_ORDER[b.phase];
      if (byPhase !== 0) return byPhase;
      switch (a.phase) {
        case 'open':
          return (a.window.closes?.getTime() ?? far) - (b.window.closes?.getTime() ?? far);
        case 'upcoming':
          return (a.window.opens?.getTime() ?? far) - (b.window.opens?.getTime() ?? far);
        default:
          return (b.window.closes?.getTime() ?? 0) - (a.window.closes?.getTime() ?? 0);
      }
    })
    .map(({ activity, phase }) => ({ activity, phase }));
}

/** The signatures an innbyggerforslag needs (kommuneloven § 12-1): 2 % of the inhabitants, never more than 300. */
export function innbyggerforslagThreshold(innbyggere: number): number {
  return Math.min(Math.ceil(innbyggere * 0.02), 300);
}
