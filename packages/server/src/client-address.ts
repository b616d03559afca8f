/**
 * Who is asking, for the rate limits and the sign-in lockout (only ever used hashed): the connecting peer, or, when
 * the peer is one of the service's own proxies or load balancers (`trustedProxies` in the config), the client that
 * `X-Forwarded-For` names. The header is read from the right, past every trusted hop, so a client cannot pick its own
 * address by sending the header itself: a hop added by someone who is not a trusted proxy is as far as it is believed.
 */
import { BlockList, isIP } from 'node:net';
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/** `::ffff:192.0.2.1` (an IPv4 client on a dual-stack socket) as `192.0.2.1`; IPv6 in lower case. */
function normalize(address: string): string {
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  return mapped ? mapped[1]! : lower;
}

/** One `X-Forwarded-For` entry without a port or brackets (`192.0.2.1:4711`, `[2001:db8::1]:443`). */
function hostOf(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const withPort = /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry);
  return withPort ? withPort[1]! : entry;
}

/** An address or a network in CIDR notation: `10.0.0.5`, `10.0.0.0/8`, `::1`, `fd00::/8`. */
export function isProxyEntry(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/** The trusted proxies as a list to check addresses against (the entries checked by {@link isProxyEntry} first). */
export function trustedProxyList(entries: readonly string[] = []): BlockList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(normalize(address), type);
    else list.addSubnet(normalize(address), Number(prefix), type);
  }
  return list;
}

const isTrusted = (address: string, trusted: BlockList) => {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
};

/**
 * The client's address: `peer` itself unless it is a trusted proxy; then the rightmost `X-Forwarded-For` hop that is
 * not a trusted proxy (or the leftmost, when every hop is one). A hop that is not an address stops the walk at the
 * trusted proxy that passed it on.
 */
export function forwardedClient(peer: string, forwardedFor: string | undefined, trusted: BlockList): string {
  let address = normalize(peer);
  if (!forwardedFor || !isTrusted(address, trusted)) return address;
  const hops = forwardedFor.split(',');
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalize(hostOf(hops[i]!.trim()));
    if (isIP(hop) === 0) return address;
    address = hop;
    if (!isTrusted(hop, trusted)) return hop;
  }
  return address;
}

/** The address of the client of `c`'s request, through the trusted proxies (none when not given). */
export function clientAddress(c: Context, trusted?: BlockList): string {
  let peer: string;
  try {
    peer = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
  return trusted ? forwardedClient(peer, c.req.header('x-forwarded-for'), trusted) : normalize(peer);
}
