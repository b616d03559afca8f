/**
 * The server's configuration file: which kommuner it serves, from which origins, how long reports are kept and who
 * reads them. Read from `--config FILE` / `KW_CONFIG`; `--demo` adds Eksempel kommune (9999).
 */
import { readFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import {
  Email,
  KOMMUNENUMMER_PATTERN,
  LocalizedText,
  NonEmptyString,
  describeIssue,
  reportContactSchema,
  toSchemaIssues,
} from '@kommune-widgets/schema';

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
    rateLimits: z.optional(
      z.strictObject({
        perIp: z.optional(rateLimit),
        perKommune: z.optional(rateLimit),
        attachmentsPerIp: z.optional(rateLimit),
        attachmentsPerKommune: z.optional(rateLimit),
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
    }),
  );
/** The configuration file's content. */
export type ServerConfig = z.infer<typeof serverConfigSchema>;

/** A limit of `max` requests per `windowSeconds`. */
export interface RateLimit {
  max: number;
  windowSeconds: number;
}

/** Every rate limit: reports and attachment uploads, each per client address and per kommune. */
export interface RateLimits {
  perIp: RateLimit;
  perKommune: RateLimit;
  attachmentsPerIp: RateLimit;
  attachmentsPerKommune: RateLimit;
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
