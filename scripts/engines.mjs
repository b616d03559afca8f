// The three browser engines the tests run in, each from Debian's packages and found like Chromium: an environment
// variable, then the usual path. docs/decisions/0004-three-engines.md says why these launchers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { findChromium, NO_CHROMIUM } from './find-chromium.mjs';

/** The engines, in the order `npm test` names them. */
export const ENGINES = ['chromium', 'firefox', 'webkit'];

const FIREFOX_CANDIDATES = () => [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
const MINIBROWSER_CANDIDATES = () => [
  process.env.WEBKIT_MINIBROWSER_PATH,
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const WEBDRIVER_CANDIDATES = () => [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'];
const XVFB_CANDIDATES = () => [process.env.XVFB_PATH, '/usr/bin/Xvfb'];

const first = (paths) => paths.find((path) => path && existsSync(path));

/**
 * What an engine needs on this machine: the paths found, or the one line that says what to install.
 * @param {'chromium' | 'firefox' | 'webkit'} engine
 * @returns {{ ok: true, paths: Record<string, string> } | { ok: false, missing: string }}
 */
export function findEngine(engine) {
  if (engine === 'chromium') {
    const chromium = findChromium();
    return chromium ? { ok: true, paths: { chromium } } : { ok: false, missing: NO_CHROMIUM };
  }
  if (engine === 'firefox') {
    const firefox = first(FIREFOX_CANDIDATES());
    return firefox
      ? { ok: true, paths: { firefox } }
      : {
          ok: false,
          missing:
            'No Firefox found: install Firefox ESR (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.',
        };
  }
  if (engine === 'webkit') {
    const paths = { miniBrowser: first(MINIBROWSER_CANDIDATES()), webDriver: first(WEBDRIVER_CANDIDATES()) };
    // A display of one's own is started when there is none; with DISPLAY set, Xvfb is not needed.
    if (!process.env.DISPLAY) paths.xvfb = first(XVFB_CANDIDATES());
    if (Object.values(paths).every(Boolean)) return { ok: true, paths };
    return {
      ok: false,
      missing:
        'No WebKit found: install WebKitGTK\u2019s driver and a virtual display (Debian/Ubuntu: `sudo apt-get install -y webkit2gtk-driver xvfb`), ' +
        'or set WEBKIT_MINIBROWSER_PATH and WEBKIT_WEBDRIVER_PATH.',
    };
  }
  throw new Error(`Unknown engine ${engine}: one of ${ENGINES.join(', ')}`);
}

/** A free TCP port on this machine. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display number and resolves with `:N` once it accepts clients. */
function startXvfb(xvfb, children) {
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1400x1000x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let number = '';
    child.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve(`:${number.trim()}`);
    });
    let errors = '';
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it was ready: ${errors.trim()}`)));
  });
}

/** Resolves once `http://127.0.0.1:port/status` answers, within `seconds`. */
async function awaitDriver(port, seconds) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${seconds} s`);
}

/**
 * Starts WebKitGTK's WebDriver on a free port, on a virtual display of its own when the machine has none
 * (MiniBrowser needs a display; its `--headless` mode hangs). Everything started is stopped when this process exits.
 * @returns {Promise<{ port: number, capabilities: Record<string, unknown>, stop: () => void }>}
 */
export async function startWebKitDriver() {
  const found = findEngine('webkit');
  if (!found.ok) throw new Error(found.missing);
  const { miniBrowser, webDriver, xvfb } = found.paths;
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  try {
    const display = xvfb ? await startXvfb(xvfb, children) : process.env.DISPLAY;
    const port = await freePort();
    const driver = spawn(webDriver, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
    children.push(driver);
    await awaitDriver(port, 20);
    return {
      port,
      // WebKitWebDriver takes no browserName; MiniBrowser needs `--automation` to accept the driver.
      capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } },
      stop,
    };
  } catch (error) {
    stop();
    throw error;
  }
}
