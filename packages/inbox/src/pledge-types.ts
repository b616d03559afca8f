/** The moderation API's answers, as the inbox reads them (`/admin/api/campaigns`, see docs/server.md). */
import type { LocalizedText } from '@kommune-widgets/schema';

/** A signature's states, in the order the moderation page shows them. */
export const PLEDGE_STATES = ['pending-moderation', 'published', 'pending-confirmation', 'rejected', 'hidden', 'withdrawn'] as const;

/** One of {@link PLEDGE_STATES}. */
export type PledgeState = (typeof PLEDGE_STATES)[number];

/** How many signatures a campaign has in each state. */
export type PledgeCounts = Record<PledgeState, number>;

/** One campaign of the moderator's kommune. */
export interface CampaignSummary {
  id: string;
  title: LocalizedText;
  state: 'upcoming' | 'open' | 'closed' | string;
  opens: string;
  closes: string;
  moderation: boolean;
  counts: Partial<PledgeCounts>;
}

/** One signature as a moderator sees it: with the e-mail address, which the public list never shows. */
export interface ModeratedPledge {
  id: string | number;
  name: string;
  /** A list id of the campaign, or `annen` with {@link otherList}. */
  list: string;
  otherList: string | null;
  role: string;
  email: string | null;
  state: PledgeState | string;
  signedAt: string;
  confirmedAt: string | null;
  moderatedAt: string | null;
}

/** What a moderator does to a signature: the last segment of its POST route. */
export type ModerationAction = 'approve' | 'reject' | 'hide' | 'withdraw';

/** The number of `pledges` in each state. */
export function countByState(pledges: readonly { state: string }[]): PledgeCounts {
  const counts = Object.fromEntries(PLEDGE_STATES.map((s) => [s, 0])) as PledgeCounts;
  for (const pledge of pledges) if (pledge.state in counts) counts[pledge.state as PledgeState]++;
  return counts;
}
