import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  startServer,
  silentLogger,
  openSqliteStorage,
  type Logger,
  type RunningServer,
  type ServerConfig,
  type Storage,
} from '../src/index.js';

/** The allowed origin of kommune 3120 in {@link testConfig}. */
export const ORIGIN = 'https://www.rakkestad.kommune.no';
/** An origin no kommune allows. */
export const FOREIGN = 'https://evil.example';

/** A configuration with two kommuner, each with its own origin. */
export function testConfig(extra: Partial<ServerConfig> = {}): ServerConfig {
  return {
    kommuner: [
      {
        nummer: '3120',
        navn: 'Rakkestad',
        origins: [ORIGIN],
        retentionDays: 180,
        contact: { name: 'Ola Nordmann', phone: '+47 69 22 00 00', email: 'kontakt@rakkestad.kommune.no' },
        responseTime: 'Innen to virkedager.',
      },
      {
        nummer: '3101',
        navn: 'Halden',
        origins: ['https://www.halden.kommune.no'],
        retentionDays: 90,
        contact: { name: 'Kari Nordmann' },
      },
    ],
    ...extra,
  };
}

const made: string[] = [];
// The test files' SQLite files hold nothing worth keeping: their folders go when the test process ends.
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temporary folder, removed when the test process ends. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kw-server-'));
  made.push(dir);
  return dir;
}

/** A running server on a free port with a real SQLite file in a temporary folder. */
export async function start(
  options: { config?: ServerConfig; wrap?: (storage: Storage) => Storage; log?: Logger } = {},
): Promise<RunningServer & { db: string }> {
  const db = join(tempDir(), 'data', 'reports.sqlite');
  const real = openSqliteStorage(db);
  const storage = options.wrap ? options.wrap(real) : real;
  const server = await startServer({
    config: options.config ?? testConfig(),
    storage,
    port: 0,
    hostname: '127.0.0.1',
    log: options.log ?? silentLogger,
  });
  return { ...server, db };
}

/** A valid report body for kommune 3120, opened ten minutes ago. */
export function validReport(overrides: Record<string, unknown> = {}): Record<string, any> {
  return {
    kommune: '3120',
    triage: { danger: false },
    target: 'me',
    role: 'folkevalgt',
    kinds: ['hets', 'trussel'],
    where: { platform: 'Facebook' },
    when: '2026-11-30T21:15',
    description: 'Fikk en truende melding etter kommunestyremøtet.',
    links: ['https://www.facebook.com/post/123'],
    attachments: [],
    reportedTo: { platform: { reference: 'FB-991' } },
    help: ['samtale'],
    contact: { name: 'Per Hansen', email: 'per@example.no' },
    website: '',
    startedAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    ...overrides,
  };
}

let counter = 0;
/** A new Idempotency-Key. */
export const newKey = () => `test-${process.pid}-${++counter}-${Math.random().toString(36).slice(2)}`;

/** POST a report (JSON) with an Idempotency-Key and the allowed origin unless overridden (`''` leaves a header out). */
export function postReport(server: { url: string }, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const all = { 'Content-Type': 'application/json', Origin: ORIGIN, 'Idempotency-Key': newKey(), ...headers };
  return fetch(`${server.url}/api/v1/reports`, {
    method: 'POST',
    headers: Object.fromEntries(Object.entries(all).filter(([, value]) => value !== '')),
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** The rows of the reports table, read from the database file the way an operator would (read-only). */
export function reportRows(
  db: string,
): Array<{ kommune: string; receipt: string; status: string; possible_spam: number; body: string; created_at: string }> {
  const reader = new Database(db, { readonly: true });
  try {
    return reader.prepare('SELECT * FROM reports ORDER BY id').all() as any;
  } finally {
    reader.close();
  }
}
