/** The reports API's answers, as the inbox reads them (see docs/server.md). */
import type { ReportSubmission } from '@kommune-widgets/schema';

/** One row of the list: never the description or contact details. */
export interface ReportSummary {
  receipt: string;
  receivedAt: string;
  status: string;
  danger: boolean;
  kinds: string[];
  role: string | null;
  possibleSpam: boolean;
  attachmentCount: number;
  hold?: boolean;
  closedAt?: string | null;
}

/** One page of the list. */
export interface ReportPage {
  reports: ReportSummary[];
  total: number;
  counts: { ny: number; possibleSpam: number };
  nextOffset: number | null;
}

/** A note by the contact person. */
export interface ReportNote {
  id: number;
  text: string;
  at: string;
  userId: number | null;
  /** The author's name, when the server gives it. */
  by?: string | null;
}

/** A status change. */
export interface StatusChange {
  from: string;
  to: string;
  at: string;
  userId: number | null;
  /** Who changed it, when the server gives it. */
  by?: string | null;
}

/** A hold that keeps a closed report from retention. */
export interface ReportHold {
  reason: string;
  at: string;
  by: string | null;
}

/** One report with everything the person sent and what the contact person did with it. */
export interface ReportDetail {
  receipt: string;
  status: string;
  possibleSpam: boolean;
  receivedAt: string;
  report: Partial<ReportSubmission>;
  attachments: { id: string; type: string; size: number }[];
  notes: ReportNote[];
  statusChanges: StatusChange[];
  hold?: ReportHold | null;
  closedAt?: string | null;
  deleteAfter?: string | null;
}

/** The statuses in the order of handling. */
export const STATUSES = ['ny', 'under-behandling', 'avsluttet'] as const;
/** What happened, as the form asks. */
export const KINDS = ['trussel', 'hets', 'trakassering', 'personopplysninger', 'annet'] as const;
/** The roles the form offers. */
export const ROLES = ['folkevalgt', 'kandidat', 'ansatt', 'annen'] as const;
