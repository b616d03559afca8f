// The server benches' child process: the server under test runs in a process of its own (not on the load generator's
// event loop), started with `fork` and spoken to over IPC. The child tells `{ port, pragmas }` when it listens,
// answers 'stats' with `{ stats }`, and exits on 'close' (server-reports-child.mjs, server-pledges-child.mjs,
// bare-http-child.mjs).
import { fork } from 'node:child_process';

/** `node --cpu-prof` arguments writing `DIR/NAME.cpuprofile`, or none without a profile. */
export const profileArgs = (profile) =>
  profile ? ['--cpu-prof', `--cpu-prof-dir=${profile.dir}`, `--cpu-prof-name=${profile.name}.cpuprofile`] : [];

/**
 * Fork `script` with `args` (and `execArgv`); resolves, once it listens, to `{ url, pragmas, stats(), close() }`.
 */
export async function startBenchChild(script, args, execArgv = []) {
  const child = fork(script, args, { stdio: ['ignore', 'ignore', 'inherit', 'ipc'], execArgv });
  const ask = (predicate) =>
    new Promise((resolve, reject) => {
      const onMessage = (message) => {
        if (!predicate(message)) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code) => reject(new Error(`the bench server stopped (exit ${code})`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  const { port, pragmas } = await ask((m) => 'port' in m);
  return {
    url: `http://127.0.0.1:${port}`,
    pragmas,
    stats: () => {
      const answer = ask((m) => 'stats' in m);
      child.send('stats');
      return answer.then((m) => m.stats);
    },
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send('close');
      }),
  };
}
