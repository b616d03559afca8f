import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ORIGIN, tempDir, validReport } from './helpers.js';
import { newDatabase, onPostgres, sql } from './backend.js';
import { cliEnv } from './cli-process.js';
import { pledgeConfig, validPledge } from './pledge-helpers.js';

// The real server as a process (the CLI from source), killed with SIGKILL while clients post reports with retries,
// then restarted on the same database (a SQLite file, or PostgreSQL when the suite runs against it). Each round kills at another moment; the rounds run side by side, each with
// its own server and file, because a report whose key was held in flight when the server died can only be retried
// after the 10 s lease, and three rounds one after the other would take over 30 s. The same holds for signatures of a
// pledge campaign (each with its confirmation mail in the same write).

const CLI = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const CLIENTS = 8;
const REPORTS_PER_CLIENT = 20;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** Start the server process; resolves once it logged `listening`. */
function startProcess(config: string, db: string, port: number): Promise<ChildProcess> {
  const env = cliEnv({}, [db]);
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--config', config, '--db', db, '--port', String(port)], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('"msg":"listening"')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume(); // keep reading the request log, or the server would block on a full pipe
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening: ${err}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));

interface Acked {
  key: string;
  /** The report's receipt, or the pledge's id. */
  receipt: string;
}

/** What a round posts: reports, or signatures of a campaign. */
type Kind = 'report' | 'pledge';

/** The path, the body with its unique marker, and how to read what was stored, for each kind. */
const KINDS = {
  report: {
    path: '/api/v1/reports',
    body: (marker: string) => validReport({ description: `Melding ${marker} fra testen.` }),
    answer: (answer: { receipt?: string; id?: string }) => answer.receipt,
    rows: onPostgres
      ? "SELECT receipt, body::jsonb ->> 'description' AS marker FROM reports"
      : "SELECT receipt, json_extract(body, '$.description') AS marker FROM reports",
  },
  pledge: {
    path: '/api/v1/campaigns/valg-2027/pledges',
    body: (marker: string) =>
      validPledge('valg-2027', { name: `Kandidat ${marker}`, startedAt: new Date(Date.now() - 600_000).toISOString() }),
    answer: (answer: { receipt?: string; id?: string }) => answer.id,
    rows: 'SELECT id AS receipt, name AS marker FROM pledges',
  },
} as const;

/**
 * One round: CLIENTS clients post REPORTS_PER_CLIENT distinct reports each (a unique marker in the description, one
 * Idempotency-Key per report, the same key on every retry); SIGKILL when `killAfter` reports were acknowledged; restart
 * on the same file; the clients retry until every report has its 201.
 */
async function round(name: string, killAfter: number, kind: Kind = 'report') {
  const how = KINDS[kind];
  const dir = tempDir();
  const config = join(dir, 'config.json');
  const db = await newDatabase(`durability_${name.replace(/-/g, '_')}`);
  writeFileSync(
    config,
    JSON.stringify(
      pledgeConfig({
        rateLimits: {
          perIp: { max: 100_000, windowSeconds: 600 },
          perKommune: { max: 100_000, windowSeconds: 600 },
          pledgesPerIp: { max: 100_000, windowSeconds: 600 },
          pledgesPerCampaign: { max: 100_000, windowSeconds: 600 },
        },
      }),
    ),
  );
  const port = await freePort();
  let server = await startProcess(config, db, port);
  const url = `http://127.0.0.1:${port}${how.path}`;

  const acked = new Map<string, Acked>();
  let failedAttempts = 0;
  let killed: Promise<void> | undefined;

  const kill = () => {
    const dying = server;
    dying.kill('SIGKILL');
    killed = exited(dying).then(async () => {
      server = await startProcess(config, db, port);
    });
  };

  const post = async (marker: string, key: string, body: string): Promise<void> => {
    const deadline = Date.now() + 25_000;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'Idempotency-Key': key },
          body,
        });
        const answer = (await res.json()) as { receipt?: string; id?: string; type?: string };
        if (res.status === 201) {
          acked.set(marker, { key, receipt: how.answer(answer)! });
          if (acked.size === killAfter && !killed) kill();
          return;
        }
        assert.ok([409, 503].includes(res.status), `${marker}: unexpected ${res.status} ${answer.type}`);
        failedAttempts++;
        await sleep(res.status === 409 ? 250 : 50); // 409: the key is held in flight by a request the kill cut off
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        failedAttempts++; // connection refused or reset: the server is down
        await sleep(50);
      }
    }
    throw new Error(`${marker} got no 201 within 25 s`);
  };

  const client = async (c: number) => {
    for (let n = 0; n < REPORTS_PER_CLIENT; n++) {
      const marker = `durability-${name}-c${c}-n${n}`;
      const body = JSON.stringify(how.body(marker));
      await post(marker, `${name}-${c}-${n}-${Math.random().toString(36).slice(2)}`, body);
    }
  };

  try {
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
    await killed;
  } finally {
    server.kill('SIGTERM');
    await exited(server);
  }

  const rows = (await sql(db, how.rows)) as Array<{ receipt: string; marker: string }>;
  const keys = (await sql(db, 'SELECT key, state, response_body FROM idempotency_keys WHERE key LIKE ?', [`${name}-%`])) as Array<{
    key: string;
    state: string;
    response_body: string | null;
  }>;
  // SQLite checks its file; PostgreSQL's pages carry checksums of their own and are not the server's to check.
  const integrity = onPostgres ? 'ok' : (await sql(db, 'PRAGMA integrity_check'))[0]!['integrity_check'];
  return { acked, rows, keys, failedAttempts, integrity };
}

describe(
  'a server killed with SIGKILL under load loses no acknowledged report or signature and stores none twice',
  { concurrency: true },
  () => {
    for (const [name, killAfter, kind] of [
      ['early', 1, 'report'],
      ['middle', 50, 'report'],
      ['late', 130, 'report'],
      ['pledge-early', 1, 'pledge'],
      ['pledge-middle', 80, 'pledge'],
    ] as const) {
      test(`killed after ${killAfter} acknowledged ${kind}s, restarted on the same database`, async () => {
        const { acked, rows, keys, failedAttempts, integrity } = await round(name, killAfter, kind);
        assert.equal(acked.size, CLIENTS * REPORTS_PER_CLIENT, 'every report was acknowledged in the end');
        assert.ok(failedAttempts > 0, 'the kill cut off requests that were then retried');

        const byMarker = new Map<string, Array<{ receipt: string }>>();
        for (const row of rows) {
          const marker = /durability-\S+-c\d+-n\d+/.exec(row.marker)?.[0] ?? '(none)';
          byMarker.set(marker, [...(byMarker.get(marker) ?? []), row]);
        }
        for (const [marker, { key, receipt }] of acked) {
          const stored = byMarker.get(marker) ?? [];
          assert.equal(stored.length, 1, `${marker} is stored exactly once (found ${stored.length})`);
          assert.equal(stored[0]!.receipt, receipt, `${marker}: the acknowledged receipt or id is the stored one`);
          const record = keys.find((k) => k.key === key);
          assert.equal(record?.state, 'done', `${marker}: its key replays the answer`);
          assert.equal(KINDS[kind].answer(JSON.parse(record!.response_body!)), receipt);
        }
        assert.equal(rows.length, acked.size, 'nothing stored that was not acknowledged');
        assert.equal(integrity, 'ok');
      });
    }
  },
);
