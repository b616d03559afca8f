/** Waits until a kommune widget has left the loading state (or times out). */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (element.getAttribute('state') === 'loading' || !element.hasAttribute('state')) {
    if (Date.now() - start > timeout) throw new Error(`<${element.localName}> still loading after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await element.updateComplete;
}

/** The text of a widget's shadow root (or of an element inside one), whitespace folded. */
export function shadowText(element: Element): string {
  return ((element.shadowRoot ?? element).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Builds an inline `<script type="application/json">` child, the way a web editor embeds data. */
export function inlineJson(data: unknown): string {
  return `<script type="application/json">${JSON.stringify(data)}</script>`;
}
