/** The version of this copy of kommune-widgets; compared when two copies meet on one page. */
export const VERSION = '0.1.0';

const VERSION_KEY = Symbol.for('kommune-widgets.versions');
const warned = new Set<string>();

type VersionRegistry = Map<string, string>;

function registry(): VersionRegistry {
  const holder = globalThis as unknown as Record<symbol, VersionRegistry | undefined>;
  return (holder[VERSION_KEY] ??= new Map());
}

/**
 * Registers a custom element unless the tag is already taken.
 * Two bundles on one page (or two versions) then throw nothing; a version mismatch is logged once.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    const other = registry().get(tag);
    if (other !== VERSION && !warned.has(tag)) {
      warned.add(tag);
      console.warn(
        `[kommune-widgets] <${tag}> is already registered by version ${other ?? 'unknown'}; this copy (${VERSION}) is not used. Load one bundle per page.`,
      );
    }
    return;
  }
  customElements.define(tag, constructor);
  registry().set(tag, VERSION);
}
