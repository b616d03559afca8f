/** The sign form's answers, in memory only: what the element keeps before the form itself is fetched. */
import type { PledgeRole } from '@kommune-widgets/schema';

/** What the person has answered so far. */
export interface SignDraft {
  name: string;
  /** A list id of the campaign, `annen`, or '' before one is chosen. */
  list: string;
  otherList: string;
  role: PledgeRole | '';
  email: string;
  consent: boolean;
  /** The spam trap: hidden from people, filled by robots. */
  website: string;
  startedAt: string;
}

/** A fresh draft, started now. */
export function emptyDraft(now: Date): SignDraft {
  return { name: '', list: '', otherList: '', role: '', email: '', consent: false, website: '', startedAt: now.toISOString() };
}

/** True once the person has typed or chosen anything. */
export function isDirty(draft: SignDraft): boolean {
  return Boolean(draft.name.trim() || draft.email.trim() || draft.otherList.trim() || draft.list || draft.role || draft.consent);
}
