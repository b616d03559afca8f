// The throwaway PostgreSQL cluster `npm test` runs the server's suites against (scripts/postgres-cluster.mjs): the
// roles the server's storage relies on, a database of its own per test, and a server that can be stopped and started
// again mid-test. Alone: `node --test test/postgres-cluster.test.mjs`.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import pg from 'pg';
import { createTestDatabase, findPostgresBin, startPostgresCluster } from '../scripts/postgres-cluster.mjs';

/** @type {Awaited<ReturnType<typeof startPostgresCluster>>} */
let cluster;
before(async () => {
  cluster = await startPostgresCluster();
});
after(() => cluster?.stop());

/** The rows of one query, on a connection of its own. */
async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

test('PostgreSQL is found, and the cluster listens on 127.0.0.1 with the superuser kw', () => {
  assert.ok(findPostgresBin());
  assert.ok(existsSync(cluster.dir));
  assert.equal(cluster.superuserUrl, `postgres://kw@127.0.0.1:${cluster.port}/postgres`);
});

test('kw_app answers on a new database kw_owner owns, and neither role is superuser or bypasses RLS', async () => {
  const db = await cluster.createDatabase('cluster');
  assert.match(db.name, /^cluster_/);
  assert.equal(db.appUrl, `postgres://kw_app@127.0.0.1:${cluster.port}/${db.name}`);
  assert.equal(db.ownerUrl, `postgres://kw_owner@127.0.0.1:${cluster.port}/${db.name}`);
  assert.deepEqual(await query(db.appUrl, 'SELECT 1 AS one, current_user AS who'), [{ one: 1, who: 'kw_app' }]);
  const [owner] = await query(
    cluster.superuserUrl,
    `SELECT pg_get_userbyid(datdba) AS owner FROM pg_database WHERE datname = '${db.name}'`,
  );
  assert.equal(owner.owner, 'kw_owner');
  const roles = await query(
    cluster.superuserUrl,
    "SELECT rolname, rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname IN ('kw_owner', 'kw_app') ORDER BY rolname",
  );
  assert.deepEqual(roles, [
    { rolname: 'kw_app', rolsuper: false, rolbypassrls: false, rolcanlogin: true },
    { rolname: 'kw_owner', rolsuper: false, rolbypassrls: false, rolcanlogin: true },
  ]);
  const [settings] = await query(db.ownerUrl, "SELECT current_setting('fsync') AS fsync, current_setting('server_encoding') AS encoding");
  assert.deepEqual(settings, { fsync: 'on', encoding: 'UTF8' });
});

test('createTestDatabase needs only the superuser URL, and names every database anew', async () => {
  const a = await createTestDatabase(cluster.superuserUrl, 'from-env');
  const b = await createTestDatabase(cluster.superuserUrl, 'from-env');
  assert.notEqual(a.name, b.name);
  assert.match(a.name, /^from_env_/);
  assert.deepEqual(await query(b.appUrl, 'SELECT current_database() AS name'), [{ name: b.name }]);
});

test('stopServer makes a query fail, startServer brings the data back on the same port', async () => {
  const db = await cluster.createDatabase();
  await query(db.ownerUrl, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
  await cluster.stopServer();
  await assert.rejects(query(db.ownerUrl, 'SELECT 1'));
  await cluster.startServer();
  assert.deepEqual(await query(db.ownerUrl, 'SELECT n FROM kept'), [{ n: 42 }]);
});

// Last: it ends the cluster the tests above share (`after` calling stop() again does nothing).
test('stop() stops the server and removes the folder', async () => {
  await cluster.stop();
  assert.equal(existsSync(cluster.dir), false);
  await assert.rejects(query(cluster.superuserUrl, 'SELECT 1'));
});
