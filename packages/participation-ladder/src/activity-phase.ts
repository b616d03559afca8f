import type { ParticipationActivity } from '@kommune-widgets/schema';
import { parseKommuneDate } from '@kommune-widgets/core';

/** Where an activity stands today: taking input now, not yet open, over, or called off. */
export type ActivityPhase = 'open' | 'upcoming' | 'closed' | 'cancelled';

/** When an activity opens and closes. */
export interface ActivityWindow {
  opens?: Date;
  closes?: Date;
}

/** Windows already read, per activity, with the texts they were read from. */
const windows = new WeakMap<ParticipationActivity, { opens?: string; closes?: string; window: ActivityWindow }>();

/** The opening and closing instants of an activity (a closing date lasts the whole day, Oslo time), read once. */
export function activityWindow(activity: ParticipationActivity): ActivityWindow {
  const read = windows.get(activity);
  if (read && read.opens === activity.opens && read.closes === activity.closes) return read.window;
  const opens = activity.opens ? parseKommuneDate(activity.opens) : undefined;
  const closes = activity.closes ? parseKommuneDate(activity.closes, { endOfDay: true }) : undefined;
  const instants = { ...(opens ? { opens } : {}), ...(closes ? { closes } : {}) };
  windows.set(activity, { opens: activity.opens, closes: activity.closes, window: instants });
  return instants;
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

/** The last order worked out for a list, with the phases and windows it was worked out from. */
const orders = new WeakMap<
  readonly ParticipationActivity[],
  { phases: string; windows: ActivityWindow[]; sorted: { activity: ParticipationActivity; phase: ActivityPhase }[] }
>();

/**
 * Activities in the order a citizen needs them: open ones first (nearest deadline first, open-ended last),
 * then upcoming (soonest first), then closed (most recent first), then cancelled. The order depends on `now` only
 * through the phases, so the next render of the same list, with no process opened or closed since, gets the same
 * array without sorting again.
 */
export function sortActivities<T extends ParticipationActivity>(
  activities: readonly T[],
  now: Date,
): { activity: T; phase: ActivityPhase }[] {
  const phases = activities.map((activity) => activityPhase(activity, now));
  const key = phases.join();
  const windowsNow = activities.map(activityWindow);
  const last = orders.get(activities);
  if (last && last.phases === key && last.windows.length === windowsNow.length && last.windows.every((w, i) => w === windowsNow[i])) {
    return last.sorted as { activity: T; phase: ActivityPhase }[];
  }
  const far = Number.MAX_SAFE_INTEGER;
  const sorted = activities
    .map((activity, index) => ({ activity, phase: phases[index]!, window: windowsNow[index]! }))
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
  orders.set(activities, { phases: key, windows: windowsNow, sorted });
  return sorted;
}

/** The signatures an innbyggerforslag needs (kommuneloven § 12-1): 2 % of the inhabitants, never more than 300. */
export function innbyggerforslagThreshold(innbyggere: number): number {
  return Math.min(Math.ceil(innbyggere * 0.02), 300);
}
