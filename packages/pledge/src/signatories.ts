/**
 * The list of signatories as the widget shows it: grouped by party or list (the campaign's lists in their order, then
 * the other lists people named), searched by name, the coverage of the campaign's lists, and the latest names.
 * Pure functions: no DOM.
 */
import { PLEDGE_OTHER_LIST } from '@kommune-widgets/schema';
import type { CampaignList, Signatory } from './campaign.js';

/** One group: a campaign list (with its colour), or another list named by those who signed for it. */
export interface SignatoryGroup {
  /** The campaign list's id, or `annen:<name>` for another list. */
  key: string;
  /** The campaign's list, when the group is one. */
  list?: CampaignList;
  /** The other list's name as the first signatory wrote it, when the group is not a campaign list. */
  otherName?: string;
  signatories: Signatory[];
}

/** Names compared as people write them: case, spacing and accents aside (and «Ødegård» found as «odegard»). */
export function foldName(name: string): string {
  return name
    .toLocaleLowerCase('nb')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The signatories whose name holds every word of `query` (any order, case and accents aside); all for an empty query. */
export function searchSignatories(signatories: readonly Signatory[], query: string): Signatory[] {
  const words = foldName(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...signatories];
  return signatories.filter((s) => {
    const name = foldName(s.name);
    return words.every((word) => name.includes(word));
  });
}

/** Signatories by list: the campaign's lists in their order (empty ones left out), then other lists by name. */
export function groupSignatories(signatories: readonly Signatory[], lists: readonly CampaignList[], locale = 'nb'): SignatoryGroup[] {
  const byKey = new Map<string, SignatoryGroup>();
  const known = new Map(lists.map((list) => [list.id, list]));
  for (const signatory of signatories) {
    const list = known.get(signatory.list);
    const other = list ? undefined : (signatory.otherList ?? signatory.list);
    const key = list ? list.id : `${PLEDGE_OTHER_LIST}:${foldName(other ?? '')}`;
    let group = byKey.get(key);
    if (!group) {
      group = list ? { key, list, signatories: [] } : { key, otherName: other ?? '', signatories: [] };
      byKey.set(key, group);
    }
    group.signatories.push(signatory);
  }
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'nb');
  for (const group of byKey.values()) group.signatories.sort((a, b) => collator.compare(a.name, b.name));
  const campaignGroups = lists.map((list) => byKey.get(list.id)).filter((g): g is SignatoryGroup => g !== undefined);
  const otherGroups = [...byKey.values()].filter((g) => !g.list).sort((a, b) => collator.compare(a.otherName ?? '', b.otherName ?? ''));
  return [...campaignGroups, ...otherGroups];
}

/** How many of the campaign's lists have at least one signatory, and which have none yet. */
export function coverage(
  signatories: readonly Signatory[],
  lists: readonly CampaignList[],
): { signed: number; total: number; missing: CampaignList[] } {
  const signedLists = new Set(signatories.map((s) => s.list));
  const missing = lists.filter((list) => !signedLists.has(list.id));
  return { signed: lists.length - missing.length, total: lists.length, missing };
}

/** The `count` newest signatories, newest first. */
export function latestSignatories(signatories: readonly Signatory[], count: number): Signatory[] {
  return [...signatories].sort((a, b) => Date.parse(b.signedAt) - Date.parse(a.signedAt)).slice(0, count);
}
