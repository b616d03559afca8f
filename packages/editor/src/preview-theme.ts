/**
 * The site's look in the preview: an accent colour and a font typed by the editor, or the custom properties of a
 * Designsystemet theme pasted from the site's CSS. Only custom properties are taken (`--ds-…`, `--kw-…`), each value
 * checked, and set through a constructed style sheet: no `style` attribute, nothing the strict CSP blocks, and no
 * `url()`, so a pasted theme fetches nothing.
 */

/** What the editor gave. */
export interface PreviewTheme {
  accent: string;
  font: string;
  /** The pasted CSS of a Designsystemet theme (or any CSS with custom properties). */
  tokens: string;
}

/** One custom property to set. */
export type Declaration = [name: string, value: string];

/** The most custom properties taken from a pasted theme (Designsystemet's themes have a few hundred). */
const MAX_TOKENS = 2000;

/** A value that cannot leave its declaration or fetch anything. */
const SAFE_VALUE = /^[^;{}<>\\]{1,200}$/;

/** The custom properties in `css`: `--ds-…` and `--kw-…`, the last of each name winning, as in CSS. */
export function tokenDeclarations(css: string): Declaration[] {
  const found = new Map<string, string>();
  const declaration = /(--(?:ds|kw)-[a-z0-9-]+)\s*:\s*([^;{}]+?)\s*(?=;|})/gi;
  for (const [, name, value] of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(declaration)) {
    if (found.size >= MAX_TOKENS) break;
    if (!SAFE_VALUE.test(value!) || /url\s*\(|@import|expression\s*\(/i.test(value!)) continue;
    found.set(name!.toLowerCase(), value!);
  }
  return [...found];
}

/** Whether `value` is a colour CSS understands (`#0062ba`, `rgb(…)`, `darkblue`). */
export const isColor = (value: string) => SAFE_VALUE.test(value) && CSS.supports('color', value);

/** Whether `value` is a font family list CSS understands (`"Source Sans 3", Arial, sans-serif`). */
export const isFont = (value: string) => SAFE_VALUE.test(value) && CSS.supports('font-family', value);

/** Every custom property the theme sets: the pasted tokens, then the typed accent and font over them. */
export function themeDeclarations(theme: PreviewTheme): Declaration[] {
  const declarations = tokenDeclarations(theme.tokens);
  const accent = theme.accent.trim();
  const font = theme.font.trim();
  if (accent && isColor(accent)) declarations.push(['--kw-color-accent', accent]);
  if (font && isFont(font)) declarations.push(['--kw-font-family', font]);
  return declarations;
}

/** One rule that sets `declarations` on `selector`, for a constructed style sheet. */
export function themeRule(selector: string, declarations: Declaration[]): string {
  return `${selector} {${declarations.map(([name, value]) => ` ${name}: ${value};`).join('')} }`;
}
