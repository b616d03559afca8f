// The editors' page as its tests drive it: open it, give it a document, read its parts through their shadow roots.
import { fixture, html } from '@open-wc/testing';
import '@kommune-widgets/editor';
import type { EditorApp } from '@kommune-widgets/editor';

export const EXAMPLE = '/docs/examples/eksempel-kommune.json';

export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits until `check` holds, or fails after `ms`. */
export async function until(check: () => boolean, what: string, ms = 6000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The page's parts, through its shadow roots. */
export function parts(app: EditorApp) {
  const root = app.shadowRoot!;
  const source = root.querySelector('kw-document-source')!;
  const report = root.querySelector('kw-check-report')!;
  return {
    heading: () => root.querySelector('h1'),
    source,
    sourceRoot: () => source.shadowRoot!,
    report,
    reportRoot: () => report.shadowRoot!,
    language: () => root.querySelector<HTMLSelectElement>('#language')!,
  };
}

export async function openPage(): Promise<EditorApp> {
  const app = await fixture<EditorApp>(html`<kw-editor-app></kw-editor-app>`);
  await until(() => Boolean(app.shadowRoot?.querySelector('h1')), 'the page');
  await app.setLocale('nb');
  return app;
}

export async function choose(app: EditorApp, kind: 'file' | 'paste' | 'url'): Promise<void> {
  const { source, sourceRoot } = parts(app);
  sourceRoot().querySelector<HTMLInputElement>(`#source-${kind}`)!.click();
  await (source as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Pastes `value` and presses «Sjekk teksten»; resolves when the result is shown. */
export async function paste(app: EditorApp, value: string): Promise<void> {
  await choose(app, 'paste');
  const root = parts(app).sourceRoot();
  const area = root.querySelector<HTMLTextAreaElement>('textarea')!;
  area.value = value;
  area.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await until(() => Boolean(parts(app).reportRoot().querySelector('h2')), 'the result');
  await until(() => parts(app).reportRoot().activeElement?.localName === 'h2', 'focus on the result');
}

export const issues = (app: EditorApp) => [...parts(app).reportRoot().querySelectorAll('.issues:not(.warnings) > li')];

/** The example document with the three mistakes the issue names, pretty-printed as an editor's file is. */
export async function brokenDocument(): Promise<string> {
  const doc = await (await fetch(EXAMPLE)).json();
  doc.meetings.meetings[0].start = '10.12.2026';
  doc.participation.activities[0].url = 'http://www.eksempel.kommune.no/høring';
  const closed = doc.meetings.meetings.flatMap((m: { agenda?: { public: boolean; closedReason?: unknown }[] }) => m.agenda ?? [])[0];
  closed.public = false;
  delete closed.closedReason;
  return JSON.stringify(doc, null, 2);
}

/** The preview and, inside it, the snippet. */
export function previewParts(app: EditorApp) {
  const preview = app.shadowRoot!.querySelector('kw-widget-preview')!;
  const root = preview.shadowRoot!;
  const snippet = root.querySelector('kw-snippet')!;
  return {
    preview,
    root,
    frames: () => [...root.querySelectorAll('.frame')],
    widgetIn: (frame: Element) => frame.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> },
    snippetRoot: () => snippet.shadowRoot!,
    code: (name: 'snippet' | 'iframe' | 'csp') => snippet.shadowRoot!.querySelector<HTMLTextAreaElement>(`#code-${name}`)!.value,
  };
}

/** Opens the example document by its address, as an editor whose file is on the site does; waits for the preview. */
export async function openExample(app: EditorApp): Promise<void> {
  await choose(app, 'url');
  const root = parts(app).sourceRoot();
  const field = root.querySelector<HTMLInputElement>('#field-address')!;
  field.value = EXAMPLE;
  field.dispatchEvent(new Event('input'));
  root.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await until(() => Boolean(app.shadowRoot!.querySelector('kw-widget-preview')?.shadowRoot?.querySelector('h2')), 'the preview');
}

/** Sets a control in the preview (a select, or a radio by its id) as a person does. */
export async function setControl(app: EditorApp, selector: string, value?: string): Promise<void> {
  const { preview, root } = previewParts(app);
  const control = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (value === undefined) (control as HTMLInputElement).click();
  else {
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }
  await (preview as unknown as { updateComplete: Promise<unknown> }).updateComplete;
}

/** Waits until every previewed widget has settled (ready, or an error it shows). */
export async function previewed(app: EditorApp, tag: string, count = 1): Promise<HTMLElement[]> {
  const { frames, widgetIn } = previewParts(app);
  await until(
    () =>
      frames().length === count &&
      frames().every((f) => widgetIn(f)?.localName === tag && ['ready', 'empty'].includes(widgetIn(f).getAttribute('state') ?? '')),
    `${tag} in the preview`,
  );
  return frames().map(widgetIn);
}

export const lineOf = (source: string, needle: string) => source.split('\n').findIndex((line) => line.includes(needle)) + 1;
