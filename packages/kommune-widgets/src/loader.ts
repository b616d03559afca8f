/**
 * The loader behind `dist/cdn/kommune-widgets.js`: it finds the widgets' tags on the page, now and whenever they are
 * added later, and imports each widget's module once. It registers nothing itself and looks only for the tags it is
 * given: a kommune's own site may well have a `<kommune-header>` of its own, which is none of our business.
 */

/** Imports one widget's module, which registers its element. */
export type WidgetImport = () => Promise<unknown>;

/** Where widgets may be: the document, an element, or a host's own shadow root. */
export type DiscoverRoot = ParentNode & Node;

/** Finds the known widgets in `root` and imports their modules; resolves when they are in (or failed to load). */
export type Discover = (root: DiscoverRoot) => Promise<void>;

/**
 * Per page, the import of each tag that any copy of the loader has started. Two copies on one page (two releases,
 * or the same file under two URLs) then import each widget once and wait for each other.
 */
const STARTED = Symbol.for('kommune-widgets.loader.started');

function started(): Map<string, Promise<void>> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Promise<void>> | undefined>;
  return (holder[STARTED] ??= new Map());
}

const ELEMENT_NODE = 1;
const WATCH: MutationObserverInit = { childList: true, subtree: true };

/**
 * Starts watching the document for the widgets in `widgets` (tag → import of its module) and returns `discover`,
 * for elements the document's observer cannot see: those a host renders inside its own shadow root. `discover(root)`
 * imports what is there now and keeps watching that root for widgets added later.
 *
 * The observer watches `document.documentElement`, not `<body>`: navigation that swaps the body (Turbo and similar
 * CMS scripts) would otherwise leave it watching a detached tree. It stops once every widget it knows is imported.
 */
export function startLoader(widgets: Readonly<Record<string, WidgetImport>>): Discover {
  const imports = new Map(Object.entries(widgets));
  const selector = [...imports.keys()].join(',');
  const imported = new Set<string>();

  const load = (tag: string): Promise<void> => {
    const pages = started();
    let pending = pages.get(tag);
    if (!pending) {
      pending = customElements.get(tag)
        ? Promise.resolve()
        : imports.get(tag)!().then(
            () => undefined,
            (error: unknown) => {
              // Left for a later discovery to retry; until then the element shows its fallback content.
              pages.delete(tag);
              console.error(`[kommune-widgets] <${tag}> could not be loaded; its fallback content stays.`, error);
            },
          );
      pages.set(tag, pending);
    }
    return pending.then(() => {
      if (customElements.get(tag)) imported.add(tag);
      if (imported.size === imports.size) observer.disconnect();
    });
  };

  const find = (root: DiscoverRoot): Promise<void> => {
    if (imported.size === imports.size) return Promise.resolve();
    const tags = new Set<string>();
    if (root.nodeType === ELEMENT_NODE && imports.has((root as Element).localName)) tags.add((root as Element).localName);
    if (root.firstChild) for (const element of root.querySelectorAll(selector)) tags.add(element.localName);
    return Promise.all([...tags].map(load)).then(() => undefined);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.nodeType === ELEMENT_NODE) void find(node as Element);
    }
  });

  if (imports.size > 0) {
    observer.observe(document.documentElement, WATCH);
    void find(document);
  }

  return (root) => {
    if (root !== document && imported.size < imports.size) observer.observe(root, WATCH);
    return find(root);
  };
}
