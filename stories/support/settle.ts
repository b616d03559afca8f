/** A kommune widget as the stories see it: its reflected `state` attribute and Lit's `updateComplete`. */
type Widget = HTMLElement & { updateComplete?: Promise<boolean> };

/** Every kommune widget (`<kommune-…>` with a shadow root) in `root`'s light DOM. */
export function kommuneWidgets(root: ParentNode): Widget[] {
  return [...root.querySelectorAll<Widget>('*')].filter((element) => element.localName.startsWith('kommune-') && element.shadowRoot);
}

/**
 * Resolves once every kommune widget in `root` has left `state="loading"` and finished rendering, so an accessibility
 * check sees the story as a reader would. Rejects after `timeout` ms with the names of the widgets still loading.
 */
export async function widgetsSettled(root: ParentNode, timeout = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    const widgets = kommuneWidgets(root);
    const loading = widgets.filter((w) => !w.hasAttribute('state') || w.getAttribute('state') === 'loading');
    if (loading.length === 0) {
      await Promise.all(widgets.map((w) => w.updateComplete));
      return;
    }
    if (Date.now() - start > timeout) {
      throw new Error(`still loading after ${timeout} ms: ${loading.map((w) => `<${w.localName}${w.id ? `#${w.id}` : ''}>`).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves once every kommune widget in `root` has rendered at least once (for the Loading story, which never settles). */
export async function widgetsRendered(root: ParentNode): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await Promise.all(kommuneWidgets(root).map((w) => w.updateComplete));
}

/** Story parameters the sweep and the stories' `play` read. */
export interface KommuneStoryParameters {
  kommune?: {
    /** The story shows the loading state on purpose: do not wait for the widgets to leave it. */
    staysLoading?: boolean;
  };
}
