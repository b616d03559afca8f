// Dev-server plugins of web-test-runner.config.mjs: the story index the accessibility sweep imports, and the setup
// module put in front of every browser test file.
import { readdirSync } from 'node:fs';

/** How a test imports the story index (typed in test/helpers/story-index.d.ts), and where the server answers it. */
export const STORY_INDEX = { specifier: 'virtual:kommune-stories', path: '/__kommune/stories.js' };

/**
 * Serves the story index: `export const STORY_FILES = { 'budget-pie': <module>, … }`, one entry per stories file
 * found on disk, so a new widget's stories are swept without a line in the test (the browser has no glob import).
 */
export function storyIndexPlugin(dir = 'stories') {
  return {
    name: 'kommune-story-index',
    resolveImport({ source }) {
      return source === STORY_INDEX.specifier ? STORY_INDEX.path : undefined;
    },
    serve(context) {
      if (context.path !== STORY_INDEX.path) return undefined;
      const files = readdirSync(dir)
        .filter((file) => file.endsWith('.stories.ts'))
        .sort();
      const imports = files.map((file, i) => `import * as story${i} from '/${dir}/${file}';`);
      const entries = files.map((file, i) => `  ${JSON.stringify(file.replace(/\.stories\.ts$/, ''))}: story${i},`);
      return { body: `${imports.join('\n')}\nexport const STORY_FILES = {\n${entries.join('\n')}\n};\n`, type: 'js' };
    },
  };
}

/**
 * Puts `import '<setup>';` in front of each test file's code (`*.test.ts`), on its first line so source maps keep
 * their lines.
 * @param {string} setup the setup module's path on the server, e.g. `/test/helpers/test-setup.ts`
 */
export function testSetupPlugin(setup) {
  return {
    name: 'kommune-test-setup',
    transform(context) {
      if (!/\.test\.[mc]?[jt]s$/.test(context.path) || typeof context.body !== 'string') return undefined;
      return { body: `import ${JSON.stringify(setup)};${context.body}` };
    },
  };
}

/** The commands of {@link engineCommandsPlugin}, as test/helpers/engine.ts sends them. */
export const ENGINE_COMMANDS = { viewport: 'kommune-set-viewport', chord: 'kommune-press-chord' };

/**
 * Commands that work in all three engines, where `@web/test-runner-commands` has them for Playwright and Puppeteer
 * only:
 * - `kommune-set-viewport` `{ width, height }`: under WebDriver, sizes the window so that its viewport is as asked
 *   (as near as the engine's window allows; WebKitGTK's stops at about 450 px wide);
 * - `kommune-press-chord` `{ keys: ['Control', 'End'] }`: holds the first keys while it presses the last, which
 *   Puppeteer's `press` and WebDriver's cannot do in one call.
 */
export function engineCommandsPlugin() {
  return {
    name: 'kommune-engine-commands',
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      if (command === ENGINE_COMMANDS.viewport) {
        const { width, height } = payload;
        if (browser.type === 'webdriver') {
          const driver = browser.driver;
          await driver.setWindowSize(width, height);
          // The window's own frame takes some of the height: grow it by that much.
          const [innerHeight, outerHeight] = await driver.execute(() => [window.innerHeight, window.outerHeight]);
          if (outerHeight - innerHeight > 0) await driver.setWindowSize(width, height + outerHeight - innerHeight);
          return true;
        }
        const page = browser.getPage(session.id);
        if (browser.type === 'playwright') await page.setViewportSize({ width, height });
        else await page.setViewport({ width, height });
        return true;
      }
      if (command === ENGINE_COMMANDS.chord) {
        const keys = /** @type {string[]} */ (payload.keys);
        if (browser.type === 'webdriver') {
          // webdriverio holds modifier keys until the end of one `keys` call.
          await browser.driver.keys(keys);
          return true;
        }
        const { keyboard } = browser.getPage(session.id);
        const held = keys.slice(0, -1);
        for (const key of held) await keyboard.down(key);
        await keyboard.press(keys[keys.length - 1]);
        for (const key of held.reverse()) await keyboard.up(key);
        return true;
      }
      return undefined;
    },
  };
}
