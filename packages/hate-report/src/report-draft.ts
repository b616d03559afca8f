/**
 * The report being written: held in memory only (never in localStorage, sessionStorage, IndexedDB or a cookie), turned
 * into the body `POST /api/v1/reports` takes, and the server's issue paths mapped back to the form's fields.
 */
import type { ReportSubmission } from '@kommune-widgets/schema';
import type { Platform, ReportHelp, ReportKind, ReportRole, ReportTarget } from './labels.js';

/** Where one screenshot is on its way to the server. */
export type AttachmentState = 'uploading' | 'waiting' | 'uploaded' | 'failed';

/** A screenshot or PDF the reader chose. */
export interface AttachmentDraft {
  /** Local key, for lists and removal. */
  key: string;
  file: File;
  state: AttachmentState;
  /** The server's id once uploaded. */
  id?: string;
  /** Why it failed, in the reader's language. */
  error?: string;
}

/** Every answer of the form. Strings hold what the reader typed, exactly, so nothing is lost on an error. */
export interface ReportDraft {
  /** The triage answer: is anyone in immediate danger? `undefined` until answered. */
  danger?: boolean;
  target?: ReportTarget;
  role?: ReportRole;
  kinds: ReportKind[];
  platform?: Platform;
  platformOther: string;
  /** `YYYY-MM-DD` from the date field. */
  whenDate: string;
  /** `HH:MM` from the time field, or empty. */
  whenTime: string;
  description: string;
  /** Links to the content, one per line. */
  links: string;
  attachments: AttachmentDraft[];
  reportedToPlatform: boolean;
  platformReference: string;
  reportedToPolice: boolean;
  policeReference: string;
  help: ReportHelp[];
  /** `true` to send without contact details; `undefined` until chosen. */
  anonymous?: boolean;
  name: string;
  email: string;
  phone: string;
  /** The honeypot: hidden from people, screen readers and autofill; a robot fills it. */
  website: string;
  /** When the form was opened (ISO 8601), for the minimum time on the form. */
  startedAt: string;
}

/** A fresh draft, opened at `now`. */
export function emptyDraft(now: Date): ReportDraft {
  return {
    kinds: [],
    platformOther: '',
    whenDate: '',
    whenTime: '',
    description: '',
    links: '',
    attachments: [],
    reportedToPlatform: false,
    platformReference: '',
    reportedToPolice: false,
    policeReference: '',
    help: [],
    name: '',
    email: '',
    phone: '',
    website: '',
    startedAt: now.toISOString(),
  };
}

/** Whether the reader has put anything into the form (the triage answer alone is not worth a leave warning). */
export function isDirty(draft: ReportDraft): boolean {
  return (
    draft.target !== undefined ||
    draft.role !== undefined ||
    draft.kinds.length > 0 ||
    draft.platform !== undefined ||
    [draft.platformOther, draft.whenDate, draft.whenTime, draft.description, draft.links, draft.name, draft.email, draft.phone]
      .concat(draft.platformReference, draft.policeReference)
      .some((text) => text.trim() !== '') ||
    draft.attachments.length > 0 ||
    draft.help.length > 0
  );
}

/** The links the reader typed, one per line (blank lines dropped). */
export function linkLines(draft: ReportDraft): string[] {
  return draft.links
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

const trimmed = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The body for `POST /api/v1/reports` (checked against the same schema the server uses before it is sent). */
export function toSubmission(draft: ReportDraft, kommune: string): unknown {
  const contact =
    draft.anonymous === false ? { name: trimmed(draft.name), email: trimmed(draft.email), phone: trimmed(draft.phone) } : undefined;
  return {
    kommune,
    triage: { danger: draft.danger === true },
    target: draft.target,
    role: draft.role,
    kinds: draft.kinds,
    where: { platform: draft.platform, other: draft.platform === 'annet' ? trimmed(draft.platformOther) : undefined },
    when: draft.whenTime ? `${draft.whenDate}T${draft.whenTime}` : draft.whenDate,
    description: draft.description.trim(),
    links: linkLines(draft),
    attachments: draft.attachments.flatMap((a) => (a.id ? [a.id] : [])),
    reportedTo: {
      platform: draft.reportedToPlatform ? { reference: trimmed(draft.platformReference) } : undefined,
      police: draft.reportedToPolice ? { reference: trimmed(draft.policeReference) } : undefined,
    },
    help: draft.help,
    contact: contact && Object.values(contact).some(Boolean) ? contact : undefined,
    website: draft.website,
    startedAt: draft.startedAt,
  } satisfies Record<keyof ReportSubmission, unknown>;
}

/** The form's field names, each one input (or group) with an id `field-<name>`. */
export type ReportField =
  | 'danger'
  | 'target'
  | 'role'
  | 'kinds'
  | 'platform'
  | 'platformOther'
  | 'whenDate'
  | 'whenTime'
  | 'description'
  | 'links'
  | 'attachments'
  | 'platformReference'
  | 'policeReference'
  | 'help'
  | 'anonymous'
  | 'name'
  | 'email'
  | 'phone';

/** The form field an issue path of the submission schema belongs to (`links[2]` → `links`). */
export function fieldOfPath(path: string): ReportField | undefined {
  const [head, second] = path.split(/[.[\]]+/).filter(Boolean);
  switch (head) {
    case 'triage':
      return 'danger';
    case 'target':
    case 'role':
    case 'kinds':
    case 'description':
    case 'links':
    case 'attachments':
    case 'help':
      return head;
    case 'where':
      return second === 'other' ? 'platformOther' : 'platform';
    case 'when':
      return 'whenDate';
    case 'reportedTo':
      return second === 'police' ? 'policeReference' : 'platformReference';
    case 'contact':
      return second === 'email' ? 'email' : second === 'phone' ? 'phone' : second === 'name' ? 'name' : 'anonymous';
    default:
      return undefined;
  }
}
