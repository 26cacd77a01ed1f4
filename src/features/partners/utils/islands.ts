/**
 * Pure geometry of Vietnam's offshore archipelagos on the map: what the Vietnam inset is fitted
 * to (the mainland and both archipelagos), and where their marks and labels go in an inset.
 */
import type { GeoProjection } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { Archipelago, CountryFeature, IslandFeature } from '../api/geo-query';
import type { LabelInput, Rect } from './label-placement';
import { projectPoint } from './map-layout';

/** Radius of an islet mark, px: big enough to see at 360 px, small beside a city (5 px). */
export const ISLET_R = 2.5;

export interface ProjectedArchipelago {
  archipelago: Archipelago;
  /** The reference point, px: the label's anchor. */
  anchor: [number, number];
  /** Every mark (islet centres, then the reference point), px. */
  marks: [number, number][];
}

/** What the Vietnam inset's projection is fitted to: the country and both archipelagos. */
export function vietnamFitTarget(
  vietnam: CountryFeature,
  islands: readonly IslandFeature[],
): FeatureCollection<MultiPolygon> {
  return { type: 'FeatureCollection', features: [vietnam, ...islands] };
}

/** Projects each archipelago's marks and reference point; a point the projection cannot place is left out. */
export function projectArchipelagos(
  projection: GeoProjection,
  islands: readonly IslandFeature[],
): ProjectedArchipelago[] {
  return islands.flatMap((f) => {
    const { archipelago, anchor, marks } = f.properties;
    const at = projectPoint(projection, anchor[0], anchor[1]);
    if (!at) return [];
    const xy = [...marks, anchor].flatMap(([lon, lat]) => {
      const p = projectPoint(projection, lon, lat);
      return p ? [p] : [];
    });
    return [{ archipelago, anchor: at, marks: xy }];
  });
}

/** The marks as boxes that no label may cover. */
export function markBoxes(archipelagos: readonly ProjectedArchipelago[], r = ISLET_R): Rect[] {
  return archipelagos.flatMap((a) =>
    a.marks.map(([x, y]) => ({ x: x - r, y: y - r, width: 2 * r, height: 2 * r })),
  );
}

/**
 * Label inputs for the archipelagos (anchored on the reference point, as wide as the cluster so
 * the label sits beside it, not on it) and, if `sea` is given, for the sea between them.
 */
export function archipelagoLabels(
  archipelagos: readonly ProjectedArchipelago[],
  text: (a: Archipelago) => string,
  fontSize: number,
  sea?: string,
): LabelInput[] {
  const out: LabelInput[] = archipelagos.map((a) => ({
    id: `islands:${a.archipelago}`,
    x: a.anchor[0],
    y: a.anchor[1],
    text: text(a.archipelago),
    r: ISLET_R + 1,
    fontSize,
  }));
  if (sea && archipelagos.length === 2) {
    // Midway between the two reference points: open sea, well off every coast on the inset.
    const [a, b] = archipelagos as [ProjectedArchipelago, ProjectedArchipelago];
    out.push({
      id: 'sea',
      x: (a.anchor[0] + b.anchor[0]) / 2,
      y: (a.anchor[1] + b.anchor[1]) / 2,
      text: sea,
      r: 0,
      fontSize,
    });
  }
  return out;
}
