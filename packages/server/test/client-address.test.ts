import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forwardedClient, isProxyEntry, trustedProxyList } from '../src/client-address.js';
import { ConfigError, parseConfig } from '../src/index.js';
import { testConfig } from './helpers.js';

const proxies = trustedProxyList(['10.0.0.0/8', '192.0.2.10', 'fd00::/8']);

test('the peer is the client unless it is a trusted proxy: a client cannot name itself in X-Forwarded-For', () => {
  assert.equal(forwardedClient('198.51.100.7', '203.0.113.1', proxies), '198.51.100.7');
  assert.equal(forwardedClient('::ffff:198.51.100.7', undefined, proxies), '198.51.100.7', 'an IPv4 client on a dual-stack socket');
});

test('behind trusted proxies the client is the rightmost hop that is not one of them', () => {
  assert.equal(forwardedClient('10.1.2.3', '203.0.113.1', proxies), '203.0.113.1');
  // The client sent its own header (1.1.1.1); the proxy appended the address it saw.
  assert.equal(forwardedClient('10.1.2.3', '1.1.1.1, 203.0.113.1', proxies), '203.0.113.1');
  // Two proxies of the service in a row (a CDN node, then the load balancer).
  assert.equal(forwardedClient('::ffff:10.1.2.3', '203.0.113.1, 192.0.2.10', proxies), '203.0.113.1');
  assert.equal(forwardedClient('fd00::1', '[2001:DB8::5]:443', proxies), '2001:db8::5');
  assert.equal(forwardedClient('10.1.2.3', '203.0.113.1:4711', proxies), '203.0.113.1');
  assert.equal(forwardedClient('10.1.2.3', '10.9.9.9, 192.0.2.10', proxies), '10.9.9.9', 'every hop trusted: the leftmost');
});

test('a hop that is not an address stops the walk at the trusted proxy that passed it on', () => {
  assert.equal(forwardedClient('10.1.2.3', 'unknown', proxies), '10.1.2.3');
  assert.equal(forwardedClient('10.1.2.3', '203.0.113.1, garbage, 192.0.2.10', proxies), '192.0.2.10');
  assert.equal(forwardedClient('10.1.2.3', '', proxies), '10.1.2.3');
});

test('trustedProxies takes addresses and CIDR networks, IPv4 and IPv6, and refuses anything else with its path', () => {
  for (const entry of ['10.0.0.5', '10.0.0.0/8', '::1', 'fd00::/8', '0.0.0.0/0']) assert.ok(isProxyEntry(entry), entry);
  for (const entry of ['proxy.kommune.no', '10.0.0.0/33', '::/129', '10.0.0.0/8/1', '10.0.0.0/', '300.1.1.1'])
    assert.ok(!isProxyEntry(entry), entry);
  assert.deepEqual(parseConfig({ ...testConfig(), trustedProxies: ['10.0.0.0/8'] }).trustedProxies, ['10.0.0.0/8']);
  assert.throws(
    () => parseConfig({ ...testConfig(), trustedProxies: ['10.0.0.0/8', 'lastbalanserer'] }),
    (error: unknown) => error instanceof ConfigError && /trustedProxies\[1\]: «lastbalanserer» har feil format/.test(error.message),
  );
});
