/**
 * The server's configuration file: which kommuner it serves, from which origins, how long reports are kept, who
 * reads them, and their pledge campaigns. Read from `--config FILE` / `KW_CONFIG`; `--demo` adds Eksempel kommune
 * (9999) with the campaign `valgloftet-2027`.
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import {
  Email,
  Id,
  IsoDateOrDateTime,
  KOMMUNENUMMER_PATTERN,
  LocalizedText,
  NonEmptyString,
  describeIssue,
  pledgeTextSchema,
  reportContactSchema,
  toSchemaIssues,
} from '@kommune-widgets/schema';
import { campaignInstant } from './campaigns/period.js';
import { isProxyEntry } from './client-address.js';

/** Whether `value` is a bare web origin: `https://host[:port]`, or `http://` for localhost and 127.0.0.1 only. */
export function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    if (url.origin !== value) return false;
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]');
  } catch {
    return false;
  }
}

const Origin = z.string().check(z.refine(isOrigin, { params: { kw: 'invalid_format', format: 'origin' } }));

const rateLimit = z.strictObject({
  max: z.number().check(z.multipleOf(1), z.minimum(1)),
  windowSeconds: z.number().check(z.multipleOf(1), z.minimum(1)),
});

/** The list id a pledge gives for a party or list the campaign does not name (with `otherList`). */
export const OTHER_LIST = 'annen';

/** One party or list of a campaign, with its colour (`#rrggbb`) where it has one. */
export const campaignListSchema = z.strictObject({
  id: Id.check(z.refine((id) => id !== OTHER_LIST, { params: { kw: 'reserved_id', id: OTHER_LIST } })),
  name: LocalizedText,
  color: z.optional(z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/))),
});
/** One list of a campaign. */
export type CampaignList = z.infer<typeof campaignListSchema>;

/** The default days a signatory's e-mail address is kept after the campaign closes. */
export const DEFAULT_EMAIL_RETENTION_DAYS = 30;

/**
 * A pledge campaign (Valgløftet): its text (`null` or absent: the widget's built-in Valgløftet), its lists, its period
 * (`opens`..`closes`; a bare date is the whole day in Europe/Oslo) and whether a moderator approves every signature.
 */
export const campaignConfigSchema = z
  .strictObject({
    id: Id,
    title: LocalizedText,
    text: z.optional(z.nullable(pledgeTextSchema)),
    lists: z.array(campaignListSchema),
    opens: IsoDateOrDateTime,
    closes: IsoDateOrDateTime,
    moderation: z.boolean(),
    /** Days after `closes` until signatories' e-mail addresses are deleted (default 30); published names stay. */
    emailRetentionDays: z.optional(z.number().check(z.multipleOf(1), z.minimum(0), z.maximum(3650))),
  })
  .check(
    z.superRefine((campaign, ctx) => {
      const seen = new Set<string>();
      campaign.lists.forEach((list, index) => {
        if (seen.has(list.id))
          ctx.issues.push({
            code: 'custom',
            input: list.id,
            path: ['lists', index, 'id'],
            message: 'duplicate_id',
            params: { kw: 'duplicate_id', id: list.id },
          });
        seen.add(list.id);
      });
      const opens = campaignInstant(campaign.opens, false);
      const closes = campaignInstant(campaign.closes, true);
      if (opens !== undefined && closes !== undefined && closes < opens)
        ctx.issues.push({
          code: 'custom',
          input: campaign.closes,
          path: ['closes'],
          message: 'date_order',
          params: { kw: 'date_order', field: 'closes', value: campaign.closes, startField: 'opens', startValue: campaign.opens },
        });
    }),
  );
/** One campaign as configured. */
export type CampaignConfig = z.infer<typeof campaignConfigSchema>;

/** One kommune the server takes reports for. */
export const kommuneConfigSchema = z.strictObject({
  nummer: z.string().check(z.regex(KOMMUNENUMMER_PATTERN)),
  navn: NonEmptyString,
  origins: z.array(Origin).check(z.minLength(1)),
  retentionDays: z.number().check(z.multipleOf(1), z.minimum(1), z.maximum(3650)),
  contact: reportContactSchema,
  responseTime: z.optional(LocalizedText),
  /** Who is told of a new report by e-mail; `contact.email` when omitted. */
  notify: z.optional(z.array(Email).check(z.minLength(1))),
  /** Its pledge campaigns (ids unique across the whole configuration). */
  campaigns: z.optional(z.array(campaignConfigSchema)),
});
/** One kommune's settings. */
export type KommuneConfig = z.infer<typeof kommuneConfigSchema>;

/** The SMTP server notices are sent through. */
export const smtpConfigSchema = z.strictObject({
  host: NonEmptyString,
  port: z.number().check(z.multipleOf(1), z.minimum(1), z.maximum(65535)),
  /** TLS from the start (port 465); otherwise STARTTLS when the server offers it. */
  secure: z.boolean(),
  user: z.optional(NonEmptyString),
  from: Email,
});
/** The SMTP settings. */
export type SmtpConfig = z.infer<typeof smtpConfigSchema>;

/** The whole configuration file. */
export const serverConfigSchema = z
  .strictObject({
    kommuner: z.array(kommuneConfigSchema),
    /** SMTP for the notices to contact persons (password in `KW_SMTP_PASSWORD`); without it they go to the outbox. */
    smtp: z.optional(smtpConfigSchema),
    /** The server's public address (the inbox link in notices), e.g. `https://hets.kommune.no`. */
    publicUrl: z.optional(z.url()),
    /**
     * The service's own proxies and load balancers (addresses or CIDR networks): behind them the rate limits and the
     * sign-in lockout key on the client `X-Forwarded-For` names; from anyone else the header is ignored.
     */
    trustedProxies: z.optional(
      z.array(z.string().check(z.refine(isProxyEntry, { params: { kw: 'invalid_format', format: 'ip-or-cidr' } }))),
    ),
    rateLimits: z.optional(
      z.strictObject({
        perIp: z.optional(rateLimit),
        perKommune: z.optional(rateLimit),
        attachmentsPerIp: z.optional(rateLimit),
        attachmentsPerKommune: z.optional(rateLimit),
        pledgesPerIp: z.optional(rateLimit),
        pledgesPerCampaign: z.optional(rateLimit),
      }),
    ),
  })
  .check(
    z.superRefine((config, ctx) => {
      const seen = new Set<string>();
      config.kommuner.forEach((kommune, index) => {
        if (seen.has(kommune.nummer))
          ctx.issues.push({
            code: 'custom',
            input: kommune.nummer,
            path: ['kommuner', index, 'nummer'],
            message: 'duplicate_id',
            params: { kw: 'duplicate_id', id: kommune.nummer },
          });
        seen.add(kommune.nummer);
      });
      const campaigns = new Set<string>();
      config.kommuner.forEach((kommune, k) =>
        kommune.campaigns?.forEach((campaign, c) => {
          if (campaigns.has(campaign.id))
            ctx.issues.push({
              code: 'custom',
              input: campaign.id,
              path: ['kommuner', k, 'campaigns', c, 'id'],
              message: 'duplicate_id',
              params: { kw: 'duplicate_id', id: campaign.id },
            });
          campaigns.add(campaign.id);
        }),
      );
    }),
  );
/** The configuration file's content. */
export type ServerConfig = z.infer<typeof serverConfigSchema>;

/** A limit of `max` requests per `windowSeconds`. */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

/** Every rate limit: reports and attachment uploads, each per client address and per kommune; pledges per address and campaign. */
export interface RateLimits {
  perIp: RateLimit;
  perKommune: RateLimit;
  attachmentsPerIp: RateLimit;
  attachmentsPerKommune: RateLimit;
  pledgesPerIp: RateLimit;
  pledgesPerCampaign: RateLimit;
}

/**
 * Rate limits when the config names none: per client address, and per kommune. Uploads count apart from reports: a
 * report may carry 5 files, each possibly retried.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  perIp: { max: 20, windowSeconds: 600 },
  perKommune: { max: 600, windowSeconds: 3600 },
  attachmentsPerIp: { max: 60, windowSeconds: 600 },
  attachmentsPerKommune: { max: 3000, windowSeconds: 3600 },
  // A party office may sign up its candidates from one address; a viral campaign still gets a ceiling per hour.
  pledgesPerIp: { max: 30, windowSeconds: 600 },
  pledgesPerCampaign: { max: 5000, windowSeconds: 3600 },
};

/** A configuration that cannot be used; `message` says why, one problem per line. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validate a parsed configuration; throws {@link ConfigError} listing every problem with its path. */
export function parseConfig(input: unknown, source = 'config'): ServerConfig {
  const result = serverConfigSchema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  const lines = toSchemaIssues(result.error.issues).map((issue) => `  ${issue.path || '(rot)'}: ${describeIssue(issue)}`);
  throw new ConfigError(`${source} is not a valid configuration:\n${lines.join('\n')}`);
}

/** Read and validate the configuration file at `path`. */
export async function readConfig(path: string): Promise<ServerConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read the configuration file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`${path} is not JSON: ${(error as Error).message}`);
  }
  return parseConfig(json, path);
}

/** Eksempel kommune (9999), served to the demo page at `http://localhost:<port>` and `http://127.0.0.1:<port>`. */
export function demoKommune(port: number): KommuneConfig {
  return {
    nummer: '9999',
    navn: 'Eksempel kommune',
    origins: [`http://localhost:${port}`, `http://127.0.0.1:${port}`],
    retentionDays: 90,
    contact: {
      name: 'Ola Hansen',
      role: 'Kontaktperson for folkevalgte som opplever hets og trusler',
      phone: '+47 99 99 88 88',
      email: 'kontaktperson@eksempel.kommune.no',
    },
    responseTime: 'Kontaktpersonen leser meldinger hver virkedag og tar kontakt innen to virkedager.',
    campaigns: [demoCampaign()],
  };
}

/**
 * The demo campaign `valgloftet-2027` of Eksempel kommune: open from 1 November 2026 through election day, 13 September
 * 2027, without moderation (a signature with a confirmed e-mail address is published), the widget's built-in text.
 */
export function demoCampaign(): CampaignConfig {
  return {
    id: 'valgloftet-2027',
    title: { nb: 'Valgløftet 2027', nn: 'Valløftet 2027', en: 'The Election Pledge 2027', se: 'Válgalohpádus 2027' },
    text: null,
    lists: [
      { id: 'ap', name: { nb: 'Arbeiderpartiet', nn: 'Arbeidarpartiet' }, color: '#e4202c' },
      { id: 'h', name: { nb: 'Høyre', nn: 'Høgre' }, color: '#0065f1' },
      { id: 'sp', name: 'Senterpartiet', color: '#00843d' },
      { id: 'frp', name: { nb: 'Fremskrittspartiet', nn: 'Framstegspartiet' }, color: '#004f80' },
      { id: 'sv', name: 'Sosialistisk Venstreparti', color: '#eb4040' },
      { id: 'krf', name: { nb: 'Kristelig Folkeparti', nn: 'Kristeleg Folkeparti' }, color: '#f6c500' },
      { id: 'v', name: 'Venstre', color: '#006666' },
      { id: 'bygdelista', name: 'Bygdelista i Eksempel', color: '#8a5a2b' },
    ],
    opens: '2026-11-01',
    closes: '2027-09-13',
    moderation: false,
    emailRetentionDays: DEFAULT_EMAIL_RETENTION_DAYS,
  };
}

/** Configurations made by {@link withDemo}: the server runs in demo mode (no second factor required). */
const demoConfigs = new WeakSet<ServerConfig>();

/** `config` with the demo kommune added (replacing a configured 9999); the server then runs in demo mode. */
export function withDemo(config: ServerConfig, port: number): ServerConfig {
  const demo = { ...config, kommuner: [...config.kommuner.filter((k) => k.nummer !== '9999'), demoKommune(port)] };
  demoConfigs.add(demo);
  return demo;
}

/** Whether `config` came from {@link withDemo} (`--demo`, `npm start`). */
export function isDemoConfig(config: ServerConfig): boolean {
  return demoConfigs.has(config);
}
