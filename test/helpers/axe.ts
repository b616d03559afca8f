import 'axe-core/axe.min.js';
import type { AxeResults, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context: Element | Document, options: RunOptions): Promise<AxeResults> };
  }
}

/** The rule sets SPEC §7 holds every widget to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Runs axe-core on `element` (shadow DOM included) and throws a readable list of violations.
 * `disabledRules` is for a scoped exception whose reason is written next to the call.
 */
export async function expectAccessible(element: Element, disabledRules: string[] = []): Promise<void> {
  const results = await window.axe.run(element, {
    runOnly: { type: 'tag', values: AXE_TAGS },
    rules: Object.fromEntries(disabledRules.map((rule) => [rule, { enabled: false }])),
    resultTypes: ['violations'],
  });
  if (results.violations.length > 0) {
    const lines = results.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
    );
    throw new Error(`axe-core found ${results.violations.length} violation(s):\n  ${lines.join('\n  ')}`);
  }
}
