/**
 * Each widget's module, imported the first time the editor previews it: the page fetches no widget it has not
 * shown (each is a chunk of its own in `dist/cdn/editor/chunks/`).
 */
const MODULES: Record<string, () => Promise<unknown>> = {
  'kommune-participation-ladder': () => import('@kommune-widgets/participation-ladder'),
  'kommune-budget-pie': () => import('@kommune-widgets/budget-pie'),
  'kommune-meeting-calendar': () => import('@kommune-widgets/meeting-calendar'),
  'kommune-hate-report': () => import('@kommune-widgets/hate-report'),
  'kommune-pledge': () => import('@kommune-widgets/pledge'),
};

/** Defines the element `tag` (once); resolves when it is defined. */
export async function loadWidget(tag: string): Promise<void> {
  const load = MODULES[tag];
  if (!load) throw new Error(`no widget ${tag}`);
  await load();
  await customElements.whenDefined(tag);
}
