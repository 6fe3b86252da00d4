// d3-geo-projection ships no types and the registry here has none for version 4; this is the one function used.
declare module 'd3-geo-projection' {
  import type { GeoStream } from 'd3-geo';
  /** The object with every point projected and clipped by `projection`, in the projection's planar units. */
  export function geoProject<T extends object>(
    object: T,
    projection: { stream(sink: GeoStream): GeoStream },
  ): T;
}
