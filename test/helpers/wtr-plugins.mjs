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
