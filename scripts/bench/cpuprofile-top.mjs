// Where a server's time went: reads a `.cpuprofile` (from `npm run bench -- --server --server-profile=DIR`, which
// runs the server under `node --cpu-prof`) and prints self time by what it belongs to (our packages by file, each
// dependency, Node's internals, garbage collection, idle) and the top functions.
//
//   node scripts/bench/cpuprofile-top.mjs DIR/server-pledges-get.cpuprofile [--top=25]
import { readFileSync } from 'node:fs';
import { table } from './stats.mjs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench/cpuprofile-top.mjs FILE.cpuprofile [--top=25]');
  process.exit(1);
}
const TOP = Number(rest.find((a) => a.startsWith('--top='))?.slice('--top='.length) ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8'));

/** What a call frame belongs to: a file of ours, a dependency, Node, or V8's own entries. */
function owner({ url, functionName }) {
  if (!url) return `(${functionName.replace(/[()]/g, '') || 'native'})`;
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (dependency && !dependency[1].startsWith('@kommune-widgets/')) return dependency[1];
  const ours = /packages\/([^/]+)\/(?:dist|src)\/(.*)$/.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  return url.replace(/^file:\/\/.*\/scripts\//, 'scripts/');
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i];
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...self.values()].reduce((a, b) => a + b, 0);
const byOwner = new Map();
const byFunction = new Map();
for (const [id, us] of self) {
  const frame = byId.get(id).callFrame;
  const who = owner(frame);
  byOwner.set(who, (byOwner.get(who) ?? 0) + us);
  const name = `${frame.functionName || '(anonymous)'} ${who}${frame.url ? `:${frame.lineNumber + 1}` : ''}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
}
const rows = (map) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP)
    .map(([name, us]) => [name, (us / 1000).toFixed(0), `${((100 * us) / total).toFixed(1)} %`]);
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled`);
console.log(table([{ title: 'self time by owner' }, { title: 'ms' }, { title: 'share' }], rows(byOwner)));
console.log(table([{ title: 'self time by function' }, { title: 'ms' }, { title: 'share' }], rows(byFunction)));
