/**
 * What a valid document may still say but should not: values kept for older documents. The validator reports them
 * as warnings (the file stays valid); the widgets read them as before.
 */
import { DEPRECATED_ORGANIZATION_KINDS, type OrganizationKind } from './meetings.js';
import { formatPath, type SchemaIssue } from './issues.js';
import { isRecord } from './shared.js';
import { isWholeDocument } from './widget-input.js';

/** Warnings for a whole document or one section alone, with paths as the validator prints them. */
export function findWarnings(input: unknown): SchemaIssue[] {
  if (!isRecord(input)) return [];
  const whole = isWholeDocument(input);
  const meetings = whole ? input['meetings'] : input;
  const report = whole ? input['report'] : input;
  const pledge = whole ? input['pledge'] : input;
  return [
    ...(isRecord(meetings) ? meetingWarnings(meetings, whole ? ['meetings'] : []) : []),
    ...(isRecord(report) ? reportWarnings(report, whole ? ['report'] : []) : []),
    ...(isRecord(pledge) ? pledgeWarnings(pledge, whole ? ['pledge'] : []) : []),
  ];
}

/** `report.retentionDays` is read but has no effect: the server's setting per kommune rules. */
function reportWarnings(section: Record<string, unknown>, base: (string | number)[]): SchemaIssue[] {
  if (!('retentionDays' in section) || !('endpoint' in section)) return [];
  return [{ path: formatPath([...base, 'retentionDays']), code: 'ignored_retention', params: {} }];
}

/** `pledge.lists` is read but has no effect: the lists (and their colours) belong to the campaign on the server. */
function pledgeWarnings(section: Record<string, unknown>, base: (string | number)[]): SchemaIssue[] {
  if (!('lists' in section) || !('campaign' in section)) return [];
  return [{ path: formatPath([...base, 'lists']), code: 'ignored_lists', params: {} }];
}

function meetingWarnings(section: Record<string, unknown>, base: (string | number)[]): SchemaIssue[] {
  const organizations = section['organizations'];
  if (!Array.isArray(organizations)) return [];
  const warnings: SchemaIssue[] = [];
  organizations.forEach((organization, i) => {
    if (!isRecord(organization)) return;
    const kind = organization['kind'];
    const instead = typeof kind === 'string' ? DEPRECATED_ORGANIZATION_KINDS[kind as OrganizationKind] : undefined;
    if (instead) {
      warnings.push({
        path: formatPath([...base, 'organizations', i, 'kind']),
        code: 'deprecated_value',
        params: { value: String(kind), instead: instead.join(', ') },
      });
    }
  });
  return warnings;
}
