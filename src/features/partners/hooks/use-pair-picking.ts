import { useMemo, useRef, type MouseEvent, type PointerEvent } from 'react';
import type { Curve } from '../utils/map-layout';
import { pickNearest } from '../utils/pick-pair';
import type { Focus } from '../utils/selection';

/** How far (screen px) from a connector a click still picks it: a fingertip covers more than a mouse. */
const REACH = { mouse: 8, touch: 16 };

const onPlace = (e: MouseEvent) => (e.target as Element).closest('[data-place]') !== null;

/**
 * Pointer handlers for the map's `<svg>`: a click, tap or hover means the connector whose drawn
 * curve passes nearest the pointer, not the one drawn on top, so lines that run close together
 * near a shared end each take the clicks on their own side. Localities (drawn above the lines)
 * keep their own clicks.
 *   <svg {...usePairPicking(curves, onSelect, onHover)}>
 */
export function usePairPicking(
  curves: readonly { pair: { id: string }; curve: Curve }[],
  onSelect: (focus: Focus) => void,
  onHover: (focus: Focus | null) => void,
) {
  const pickable = useMemo(() => curves.map((c) => ({ id: c.pair.id, curve: c.curve })), [curves]);
  const hovered = useRef<string | null>(null);

  const pairAt = (e: MouseEvent<SVGSVGElement>, reach: number): string | null => {
    const ctm = e.currentTarget.getScreenCTM();
    if (!ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return pickNearest([p.x, p.y], pickable, reach / (ctm.a || 1));
  };
  const setHovered = (svg: SVGSVGElement, id: string | null) => {
    if (hovered.current === id) return;
    hovered.current = id;
    svg.style.cursor = id ? 'pointer' : '';
    onHover(id ? { kind: 'pair', id } : null);
  };

  return {
    onClick: (e: MouseEvent<SVGSVGElement>) => {
      if (onPlace(e)) return;
      const touch = (e.nativeEvent as globalThis.PointerEvent).pointerType === 'touch';
      // A click with no pointer (a screen reader activating the focused connector) means that one.
      const id =
        e.detail === 0
          ? ((e.target as Element).closest('[data-pair]')?.getAttribute('data-pair') ?? null)
          : pairAt(e, touch ? REACH.touch : REACH.mouse);
      if (id) onSelect({ kind: 'pair', id });
    },
    onPointerMove: (e: PointerEvent<SVGSVGElement>) => {
      if (e.pointerType !== 'mouse') return;
      setHovered(e.currentTarget, onPlace(e) ? null : pairAt(e, REACH.mouse));
    },
    onPointerLeave: (e: PointerEvent<SVGSVGElement>) => setHovered(e.currentTarget, null),
  };
}
