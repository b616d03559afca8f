import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openSqliteStorage, StorageError } from '../src/index.js';
import { WriteQueue } from '../src/storage/write-batch.js';
import { tempDir } from './helpers.js';
import { sqliteOnly } from './backend.js';

/** A WAL + synchronous=FULL database with a table `t` (unique `v`), and a second connection that sees only commits. */
function open(options: ConstructorParameters<typeof WriteQueue>[1] = {}) {
  const path = join(tempDir(), 'batch.sqlite');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.exec(`CREATE TABLE t (v TEXT NOT NULL UNIQUE);
    CREATE TABLE parent (id INTEGER PRIMARY KEY);
    CREATE TABLE child (parent INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)`);
  const commits: number[] = [];
  const queue = new WriteQueue(db, { ...options, onCommit: (n) => commits.push(n) });
  const reader = new Database(path, { readonly: true });
  const committed = () => (reader.prepare('SELECT v FROM t ORDER BY rowid').all() as Array<{ v: string }>).map((r) => r.v);
  const insert = (v: string) => () => db.prepare('INSERT INTO t (v) VALUES (?)').run(v).changes;
  const close = () => {
    reader.close();
    db.close();
  };
  return { db, queue, commits, committed, insert, close };
}

test(
  'writes queued together share one commit, and each is acknowledged only once it is committed',
  sqliteOnly('its group commit'),
  async () => {
    const { queue, commits, committed, insert, close } = open();
    try {
      const seenAtAck: string[][] = [];
      const writes = Array.from({ length: 50 }, (_, i) => queue.run(insert(`r${i}`)).then(() => seenAtAck.push(committed())));
      await Promise.all(writes);
      assert.deepEqual(commits, [50], 'one COMMIT for the 50 writes');
      for (const seen of seenAtAck) assert.equal(seen.length, 50, 'an acknowledged write is visible to another connection');
      assert.deepEqual({ ...queue.stats(), bodyMs: 0, commitMs: 0 }, { commits: 1, ops: 50, bodyMs: 0, commitMs: 0 });
    } finally {
      close();
    }
  },
);

test(
  'a failing write is rolled back alone and rejects with StorageError; the others in its commit are kept',
  sqliteOnly('its group commit'),
  async () => {
    const { db, queue, commits, committed, insert, close } = open();
    try {
      const results = await Promise.allSettled([
        queue.run(insert('a')),
        queue.run(() => {
          insert('half-done')(); // its own changes before the failure must go too
          return insert('a')(); // UNIQUE violation
        }),
        queue.run(insert('b')),
      ]);
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'rejected', 'fulfilled'],
      );
      const failure = (results[1] as PromiseRejectedResult).reason;
      assert.ok(failure instanceof StorageError, String(failure));
      assert.match(failure.message, /UNIQUE/);
      assert.deepEqual(committed(), ['a', 'b']);
      assert.deepEqual(commits, [2]);
      assert.equal(db.inTransaction, false);
    } finally {
      close();
    }
  },
);

test(
  'when the COMMIT fails, every write of the batch rejects and nothing of it is stored; the next batch works',
  sqliteOnly('its group commit'),
  async () => {
    const { db, queue, committed, insert, close } = open();
    try {
      const results = await Promise.allSettled([
        queue.run(insert('x')),
        // A deferred foreign key is checked at COMMIT, so this write succeeds and the COMMIT fails.
        queue.run(() => db.prepare('INSERT INTO child (parent) VALUES (42)').run().changes),
        queue.run(insert('y')),
      ]);
      for (const result of results) {
        assert.equal(result.status, 'rejected');
        assert.ok((result as PromiseRejectedResult).reason instanceof StorageError);
      }
      assert.deepEqual(committed(), []);
      assert.equal(db.inTransaction, false, 'the failed transaction was rolled back');
      assert.equal(await queue.run(insert('z')), 1);
      assert.deepEqual(committed(), ['z']);
    } finally {
      close();
    }
  },
);

test(
  'writes run and are acknowledged in the order they were queued; a write queued on acknowledgement takes the next commit',
  sqliteOnly('its group commit'),
  async () => {
    const { queue, commits, committed, close } = open();
    try {
      const order: string[] = [];
      const acks: string[] = [];
      let later: Promise<unknown> | undefined;
      const writes = ['1', '2', '3', '4'].map((v) =>
        queue
          .run(() => {
            order.push(v);
            return v;
          })
          .then((value) => {
            acks.push(value);
            if (value === '2') later = queue.run(() => order.push('5'));
          }),
      );
      await Promise.all(writes);
      await later;
      assert.deepEqual(order, ['1', '2', '3', '4', '5']);
      assert.deepEqual(acks, ['1', '2', '3', '4']);
      assert.deepEqual(commits, [4, 1]);
      assert.deepEqual(committed(), []);
    } finally {
      close();
    }
  },
);

test('without group commit (maxOps 1) every write has its own commit', sqliteOnly('its group commit'), async () => {
  const { queue, commits, committed, insert, close } = open({ maxOps: 1 });
  try {
    await Promise.all(['a', 'b', 'c'].map((v) => queue.run(insert(v))));
    assert.deepEqual(commits, [1, 1, 1]);
    assert.deepEqual(committed(), ['a', 'b', 'c']);
  } finally {
    close();
  }
});

test(
  'a write on a closed database rejects with StorageError, and an asynchronous body is refused',
  sqliteOnly('its group commit'),
  async () => {
    const { db, queue, close } = open();
    await assert.rejects(
      queue.run(async () => 1),
      (error: unknown) => error instanceof StorageError && /synchronous/.test(error.message),
    );
    close();
    assert.equal(db.open, false);
    await assert.rejects(
      queue.run(() => 1),
      (error: unknown) => error instanceof StorageError,
    );
    await queue.idle();
  },
);

test(
  'the SQLite storage routes its writes through the queue: concurrent requests share commits',
  sqliteOnly('its group commit'),
  async () => {
    const storage = openSqliteStorage(join(tempDir(), 'reports.sqlite'));
    await storage.migrate();
    try {
      const before = storage.writeStats();
      const answers = await Promise.all([
        ...Array.from({ length: 10 }, (_, i) => storage.hitRateLimit(`ip:${i}`, 60_000, 5)),
        ...Array.from({ length: 10 }, (_, i) => storage.idempotency.begin(`key-${i}`, 'f')),
        storage.health(),
      ]);
      const after = storage.writeStats();
      assert.equal(after.commits - before.commits, 1, 'one commit for 21 writes');
      assert.equal(after.ops - before.ops, 21);
      assert.deepEqual(
        answers.slice(10, 20),
        Array.from({ length: 10 }, () => ({ state: 'started' })),
      );
      assert.equal(answers[20], true);
    } finally {
      await storage.close();
    }
  },
);
