import { html, nothing, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { INNER_RADIUS, slicePath, VIEW_BOX } from './arc.js';
import { fillClass, renderPatternDefs } from './patterns.js';
import type { Slice } from './slices.js';

/** What the SVG chart needs: the slices with their names, which one holds focus, and what to do on input. */
export interface PieChartOptions {
  slices: readonly Slice[];
  variant: 'pie' | 'donut';
  /** Changes whenever the level or dataset does, so the chart grows in again. */
  levelKey: string;
  /** The slice under the pointer or keyboard focus, drawn with a ring. */
  highlightKey: string | undefined;
  label: string;
  name: (slice: Slice) => string;
  /** A finger or pen touches a slice, before the focus and click it causes. */
  onPointerDown: (slice: Slice, pointerType: string) => void;
  /** A click or tap; `pointerType` tells a tap (`touch`) from a mouse click. */
  onActivate: (slice: Slice, pointerType: string) => void;
  onFocus: (slice: Slice) => void;
  onHover: (slice: Slice, pointerType: string) => void;
  onKeydown: (event: KeyboardEvent, slice: Slice) => void;
}

/**
 * The pie or donut as SVG: one focusable path per slice with its full name, in a group the reader moves
 * through with the arrow keys (one Tab stop, kept by the element's roving focus controller, which sets the slices'
 * tabindex), separated by gaps in the background colour.
 */
export function renderPieChart(o: PieChartOptions): TemplateResult {
  const inner = o.variant === 'donut' ? INNER_RADIUS : 0;
  const highlighted = o.slices.find((s) => s.key === o.highlightKey);
  return html`<svg class="pie" part="chart" viewBox=${VIEW_BOX} role="group" aria-label=${o.label} focusable="false">
    ${renderPatternDefs()}
    ${keyed(
      o.levelKey,
      svg`<g class="slices">
        ${o.slices.map(
          (slice) => svg`<path
            class=${`slice ${fillClass(slice.kind, slice.colour)}`}
            part="slice"
            d=${slicePath(slice.start, slice.end, inner)}
            data-key=${slice.key}
            role="button"
            aria-label=${o.name(slice)}
            @pointerdown=${(event: PointerEvent) => o.onPointerDown(slice, event.pointerType)}
            @click=${(event: MouseEvent) => o.onActivate(slice, (event as PointerEvent).pointerType ?? '')}
            @focus=${() => o.onFocus(slice)}
            @pointerenter=${(event: PointerEvent) => o.onHover(slice, event.pointerType)}
            @keydown=${(event: KeyboardEvent) => o.onKeydown(event, slice)}
          ></path>`,
        )}
      </g>`,
    )}
    ${
      highlighted
        ? svg`<g class="highlight" aria-hidden="true">
          <path class="highlight-halo" d=${slicePath(highlighted.start, highlighted.end, inner)}></path>
          <path class="highlight-ring" d=${slicePath(highlighted.start, highlighted.end, inner)}></path>
        </g>`
        : nothing
    }
  </svg>`;
}

/** A legend swatch with the slice's colour (and pattern in forced colours). */
export function renderSwatch(slice: Slice): TemplateResult {
  return html`<svg class="swatch" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${svg`<rect class=${fillClass(slice.kind, slice.colour)} x="1" y="1" width="14" height="14" rx="2"></rect>`}
  </svg>`;
}
