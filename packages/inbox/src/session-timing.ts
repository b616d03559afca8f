/**
 * When an inbox session ends and when to warn before it (WCAG 2.2.1 Timing adjustable): arithmetic on the times the
 * session's timer keeps, with no clock and no DOM, for {@link SessionTimeoutController}.
 */

/** What the timer knows, in ms of one clock. */
export interface SessionTimes {
  /** When the server last answered a request of the session (each request keeps it alive). */
  lastActivity: number;
  /** The session ends after this long without a request. */
  idleMs: number;
  /** The session's absolute end, which no request moves. */
  expiresAt: number;
  /** How long before the end the warning shows. */
  warnMs: number;
  /** The user has seen and closed the warning before the absolute end: it is not shown again. */
  absoluteAcknowledged: boolean;
}

/** Why a session ends: no request for the idle limit, or the absolute limit since signing in. */
export type EndReason = 'idle' | 'absolute';

/** Where a session stands at a moment; `next` is when that changes, if nothing else happens. */
export type SessionStage =
  | { stage: 'active'; reason: EndReason; endsAt: number; next: number }
  | { stage: 'warning'; reason: EndReason; endsAt: number; next: number }
  | { stage: 'ended'; reason: EndReason; endsAt: number };

/** Where the session of `times` stands at `now`. */
export function sessionStage(times: SessionTimes, now: number): SessionStage {
  const idleEnd = times.lastActivity + times.idleMs;
  const reason: EndReason = times.expiresAt <= idleEnd ? 'absolute' : 'idle';
  const endsAt = Math.min(idleEnd, times.expiresAt);
  if (now >= endsAt) return { stage: 'ended', reason, endsAt };
  const acknowledged = reason === 'absolute' && times.absoluteAcknowledged;
  const warnAt = endsAt - times.warnMs;
  if (now >= warnAt && !acknowledged) return { stage: 'warning', reason, endsAt, next: endsAt };
  return { stage: 'active', reason, endsAt, next: acknowledged ? endsAt : warnAt };
}
