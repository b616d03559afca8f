import { svg, type SVGTemplateResult } from 'lit';

/** Angle and spacing of each chart colour's hatching, so slices stay apart when forced colours take the colours away. */
const HATCHES: readonly [angle: number, spacing: number][] = [
  [45, 5],
  [-45, 5],
  [0, 5],
  [90, 5],
  [45, 9],
  [-45, 9],
  [0, 9],
  [90, 9],
  [45, 14],
  [-45, 14],
  [0, 14],
  [90, 14],
];

/**
 * The hatch patterns: `kw-hatch-1` … `kw-hatch-12` for the chart colours, `kw-hatch-other` (dots) and
 * `kw-hatch-remainder` (sparse lines). The remainder always uses its pattern; the others only in forced colours.
 */
export function renderPatternDefs(): SVGTemplateResult {
  return svg`<defs>
    ${HATCHES.map(
      (
        [angle, spacing],
        index,
      ) => svg`<pattern id=${`kw-hatch-${index + 1}`} class="hatch" patternUnits="userSpaceOnUse" width=${spacing} height=${spacing} patternTransform=${`rotate(${angle})`}>
        <rect class="hatch-ground" width=${spacing} height=${spacing}></rect>
        <line class="hatch-line" x1="0" y1="0" x2="0" y2=${spacing}></line>
      </pattern>`,
    )}
    <pattern id="kw-hatch-other" class="hatch" patternUnits="userSpaceOnUse" width="6" height="6">
      <rect class="hatch-ground" width="6" height="6"></rect>
      <circle class="hatch-dot" cx="3" cy="3" r="1.4"></circle>
    </pattern>
    <pattern id="kw-hatch-remainder" class="hatch" patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
      <rect class="hatch-ground" width="8" height="8"></rect>
      <line class="hatch-line" x1="0" y1="0" x2="0" y2="8"></line>
    </pattern>
  </defs>`;
}

/** The class that gives a slice (and its legend swatch) its colour and pattern. */
export function fillClass(kind: 'item' | 'other' | 'remainder', colour: number): string {
  if (kind === 'other') return `fill other ${colour === 1 ? 'lighter' : 'darker'}`;
  return kind === 'item' ? `fill c${colour}` : `fill ${kind}`;
}
