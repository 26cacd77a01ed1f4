/**
 * How a mark looks: its colour by kind, its shape by level. Seven colours of the site's
 * Okabe–Ito series (safe for the common colour-vision deficiencies), so kinds that belong
 * together share one: meetings with talks, the two technical commissions, milestones with
 * diplomatic steps. Shapes from d3-shape, so each level is told without colour too.
 */
import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from 'd3-shape';
import type { EventKind, EventLevel } from '@data/schema';

/** The colour groups in legend order, each with the kinds it draws. */
export const COLOUR_GROUPS = [
  { id: 'visit', kinds: ['visit'] },
  { id: 'meeting', kinds: ['meeting', 'talks'] },
  { id: 'agreement', kinds: ['agreement'] },
  { id: 'igc', kinds: ['commission-igc'] },
  { id: 'commission', kinds: ['commission-military', 'commission-science'] },
  { id: 'culture', kinds: ['culture-days'] },
  { id: 'milestone', kinds: ['milestone', 'diplomatic'] },
] as const satisfies readonly { id: string; kinds: readonly EventKind[] }[];

export type ColourGroup = (typeof COLOUR_GROUPS)[number]['id'];

const GROUP_OF = new Map<EventKind, ColourGroup>(
  COLOUR_GROUPS.flatMap((g) => g.kinds.map((k) => [k, g.id] as const)),
);

/** The colour group of a kind: a CSS class `tl-c-<group>` gives its fill. */
export const colourOf = (kind: EventKind): ColourGroup => GROUP_OF.get(kind)!;

const SHAPES: Record<EventLevel, { type: SymbolType; size: number }> = {
  'head-of-state': { type: symbolStar, size: 120 },
  'head-of-government': { type: symbolCircle, size: 80 },
  'party-leader': { type: symbolDiamond, size: 80 },
  parliament: { type: symbolSquare, size: 64 },
  ministerial: { type: symbolTriangle, size: 64 },
  local: { type: symbolWye, size: 60 },
  other: { type: symbolCross, size: 50 },
};

/** Each level's symbol as an SVG path centred on 0,0, drawn once. */
export const SHAPE_PATH = Object.fromEntries(
  Object.entries(SHAPES).map(([level, s]) => [level, symbol(s.type, s.size)()!]),
) as Record<EventLevel, string>;
