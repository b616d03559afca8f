/**
 * A list's colour as a marker beside its name: kept at 3:1 against the widget's background (WCAG 1.4.11), by darkening
 * it (or, on a dark background, lightening it) until it is. Pure functions: no DOM.
 */

/** Red, green and blue, 0–255. */
export type Rgb = readonly [number, number, number];

/** The contrast WCAG asks of a graphical object against what is next to it. */
export const MARKER_CONTRAST = 3;

/** `#rrggbb`, `#rgb`, `rgb(r, g, b)` or `rgba(r, g, b, a)` (alpha ignored) as RGB; `undefined` for anything else. */
export function parseColor(value: string): Rgb | undefined {
  const text = value.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/.exec(text);
  if (rgb) return [1, 2, 3].map((i) => Math.min(255, Math.round(Number(rgb[i])))) as unknown as Rgb;
  return undefined;
}

/** `#rrggbb`. */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG relative luminance. */
export function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours, 1–21. */
export function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** `color` mixed with `toward` by `amount` (0–1). */
function mix(color: Rgb, toward: Rgb, amount: number): Rgb {
  return color.map((c, i) => c + (toward[i]! - c) * amount) as unknown as Rgb;
}

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

/**
 * `color` as it may be drawn on `background`: unchanged when it reaches `min` contrast, else darkened (on a light
 * background) or lightened (on a dark one) in small steps until it does. Returns `#rrggbb`.
 */
export function markerColor(color: string, background: string, min = MARKER_CONTRAST): string | undefined {
  const rgb = parseColor(color);
  if (!rgb) return undefined;
  const bg = parseColor(background) ?? WHITE;
  if (contrast(rgb, bg) >= min) return toHex(rgb);
  // Toward the end of the scale that lies farther from the background, where the contrast can be reached.
  const toward = contrast(BLACK, bg) >= contrast(WHITE, bg) ? BLACK : WHITE;
  for (let step = 1; step <= 40; step++) {
    const candidate = mix(rgb, toward, step / 40).map(Math.round) as unknown as Rgb;
    if (contrast(candidate, bg) >= min) return toHex(candidate);
  }
  return toHex(toward);
}
