/** The campaigns of the configuration, looked up by id, with their period as instants and their public description. */
import { localize } from '@kommune-widgets/schema';
import { DEFAULT_EMAIL_RETENTION_DAYS, OTHER_LIST, type CampaignConfig, type KommuneConfig, type ServerConfig } from '../config.js';
import { campaignInstant, campaignState, type CampaignPeriod, type CampaignState } from './period.js';

/** One configured campaign with what the routes need from it. */
export interface Campaign {
  config: CampaignConfig;
  kommune: KommuneConfig;
  period: CampaignPeriod;
  /** The ids a pledge's `list` may have: the campaign's lists and `annen`. */
  listIds: ReadonlySet<string>;
  /** Days after closing until signatories' e-mail addresses are forgotten. */
  emailRetentionDays: number;
}

/** Every campaign of `config` by id (ids are unique across the configuration, which the config schema checks). */
export function campaignRegistry(config: ServerConfig): Map<string, Campaign> {
  const campaigns = new Map<string, Campaign>();
  for (const kommune of config.kommuner)
    for (const campaign of kommune.campaigns ?? []) {
      const opens = campaignInstant(campaign.opens, false);
      const closes = campaignInstant(campaign.closes, true);
      if (opens === undefined || closes === undefined) continue; // the config schema refuses these
      campaigns.set(campaign.id, {
        config: campaign,
        kommune,
        period: { opens, closes },
        listIds: new Set([...campaign.lists.map((l) => l.id), OTHER_LIST]),
        emailRetentionDays: campaign.emailRetentionDays ?? DEFAULT_EMAIL_RETENTION_DAYS,
      });
    }
  return campaigns;
}

/** The campaign as `GET /api/v1/campaigns/:id` answers it, with `count` published signatures. */
export function publicCampaign(campaign: Campaign, now: number, count: number) {
  const { id, title, text, lists, moderation } = campaign.config;
  return {
    id,
    kommune: campaign.kommune.nummer,
    title,
    text: text ?? null,
    lists: lists.map((list) => ({ id: list.id, name: list.name, ...(list.color ? { color: list.color.toLowerCase() } : {}) })),
    opens: new Date(campaign.period.opens).toISOString(),
    closes: new Date(campaign.period.closes).toISOString(),
    state: campaignState(campaign.period, now) satisfies CampaignState,
    moderation,
    count,
  };
}

/** A list's name in bokmål for mail and CSV: the campaign's list, or the other list the signatory named. */
export function listName(campaign: Campaign, list: string, otherList: string | null): string {
  if (list === OTHER_LIST) return otherList ?? OTHER_LIST;
  const found = campaign.config.lists.find((l) => l.id === list);
  return found ? localize(found.name, 'nb') : list;
}
