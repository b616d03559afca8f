/** Geometry of the pie in SVG user units: a 200 × 200 box with the centre at (100, 100). */
export const VIEW_BOX = '0 0 200 200';
const CENTRE = 100;
/** Outer radius; leaves room for the focus ring. */
export const OUTER_RADIUS = 94;
/** Inner radius of the donut. */
export const INNER_RADIUS = 56;

const round = (n: number) => Math.round(n * 100) / 100;

function point(radius: number, angle: number): string {
  // Angle 0 is twelve o'clock, growing clockwise.
  return `${round(CENTRE + radius * Math.sin(angle))} ${round(CENTRE - radius * Math.cos(angle))}`;
}

/**
 * The SVG path of a slice from `start` to `end` (radians, clockwise from twelve o'clock). With an inner
 * radius it is a ring segment. A whole circle is drawn as two half arcs, since one arc cannot close on itself.
 */
export function slicePath(start: number, end: number, inner = 0, outer = OUTER_RADIUS): string {
  const sweep = end - start;
  if (sweep >= 2 * Math.PI - 1e-6) {
    const ring = `M ${point(outer, 0)} A ${outer} ${outer} 0 1 1 ${point(outer, Math.PI)} A ${outer} ${outer} 0 1 1 ${point(outer, 0)} Z`;
    return inner > 0
      ? `${ring} M ${point(inner, 0)} A ${inner} ${inner} 0 1 0 ${point(inner, Math.PI)} A ${inner} ${inner} 0 1 0 ${point(inner, 0)} Z`
      : ring;
  }
  const large = sweep > Math.PI ? 1 : 0;
  const outerArc = `M ${point(outer, start)} A ${outer} ${outer} 0 ${large} 1 ${point(outer, end)}`;
  return inner > 0
    ? `${outerArc} L ${point(inner, end)} A ${inner} ${inner} 0 ${large} 0 ${point(inner, start)} Z`
    : `${outerArc} L ${CENTRE} ${CENTRE} Z`;
}
