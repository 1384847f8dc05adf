/**
 * The few GeoJSON (RFC 7946) types the geo functions emit: point features in a feature collection, coordinates
 * in `[longitude, latitude]` order, WGS84 degrees.
 *
 * @module
 */

/** A GeoJSON position: `[longitude, latitude]` in WGS84 degrees (RFC 7946 §3.1.1). */
export type Position = readonly [lon: number, lat: number];

/** A GeoJSON Point geometry (RFC 7946 §3.1.2). */
export interface PointGeometry {
  /** Always `'Point'`. */
  readonly type: 'Point';
  /** `[lon, lat]`. */
  readonly coordinates: Position;
}

/** A GeoJSON Feature with a Point geometry (RFC 7946 §3.2). */
export interface PointFeature<P extends object> {
  /** Always `'Feature'`. */
  readonly type: 'Feature';
  /** The feature's id (the residence's id). */
  readonly id: string;
  /** The point. */
  readonly geometry: PointGeometry;
  /** Its properties. */
  readonly properties: P;
}

/** A GeoJSON FeatureCollection of point features (RFC 7946 §3.3). */
export interface PointFeatureCollection<P extends object> {
  /** Always `'FeatureCollection'`. */
  readonly type: 'FeatureCollection';
  /** The features. */
  readonly features: readonly PointFeature<P>[];
}

/**
 * Builds a GeoJSON point feature.
 *
 * @param id - the feature id
 * @param lon - longitude, degrees
 * @param lat - latitude, degrees
 * @param properties - the properties
 * @returns the feature
 * @example
 * ```ts
 * pointFeature('r1', 120.98, 31.38, { households: 12 });
 * //=> { type: 'Feature', id: 'r1', geometry: { type: 'Point', coordinates: [120.98, 31.38] }, properties: { households: 12 } }
 * ```
 */
export function pointFeature<P extends object>(id: string, lon: number, lat: number, properties: P): PointFeature<P> {
  return { type: 'Feature', id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties };
}
