// The pledge bench's peer: a bare node:http server answering every request with the same bytes and headers as the
// public list's cached answer, and nothing else (no routing, no middleware, no log). What Node's HTTP alone costs
// here: the ceiling for the real server's GET.
//
//   node scripts/bench/bare-http-child.mjs BYTES
//
// Tells its parent (IPC) `{ port }` when listening; on 'close' exits.
import { createServer } from 'node:http';

const body = Buffer.alloc(Number(process.argv[2]) || 14_000, 'a');
const headers = { 'Content-Type': 'application/json', ETag: '"bench"', 'Cache-Control': 'public, max-age=30, stale-while-revalidate=300' };
const server = createServer((request, response) => {
  response.writeHead(200, headers);
  response.end(body);
});
server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port, pragmas: {} }));
process.on('message', (message) => {
  if (message === 'stats') process.send({ stats: { ops: 0, commits: 0, cpu: process.cpuUsage() } });
  if (message === 'close') process.exit(0);
});
