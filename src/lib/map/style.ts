/**
 * The map style: an offline basemap from Natural Earth and the story's places, drawn by kind
 * (map/place-layers).
 * No `glyphs` URL: MapLibre draws names with the label face the site serves itself
 * (`font-faces`, labels/font-face), so no request leaves the origin.
 * Highlighting is by feature-state (`hl`, `dim`, `hover`, `selected`), never by new sources.
 */
import type {
  ExpressionSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from 'maplibre-gl';
import type { MapSources } from './data';
import { contextShapes } from './context-layers';
import { NAMES, namesSource } from './name-layers';
import { placeLayers, type AreaKinds } from './place-layers';
import { DETAIL, detailSource, levelRange } from './detail-source';
import { palettes, rest, type Palette, type Scheme } from '../design';

/** Layers a click or hover can hit (map/hits): points, labels and lines, then areas. */
export { AREA_LAYERS, POINT_LAYERS } from './place-layers';

const SOURCE_MAXZOOM = 6;
/**
 * Simplification while tiling, in screen pixels at the tile's own zoom (MapLibre's default is
 * 0.375). At 1 px the outlines look the same, and a frame costs about 30% less where WebGL runs
 * on the CPU (measured with every layer on, world view at 1280x800: 118 ms to 85 ms).
 */
const TOLERANCE = 1;

/** A GeoJSON source tiled no deeper than SOURCE_MAXZOOM, simplified by TOLERANCE. */
const tiled = (data: GeoJSON.FeatureCollection, promoteId?: string): SourceSpecification => ({
  type: 'geojson',
  data,
  maxzoom: SOURCE_MAXZOOM,
  tolerance: TOLERANCE,
  ...(promoteId ? { promoteId } : {}),
});

/** The kinds of the areas drawn from 1:10m past DETAIL_ZOOM (`fine`) and of the others. */
function areaKinds(sources: MapSources): AreaKinds {
  const kinds = (fine: boolean) => [
    ...new Set(
      sources.places.features
        .filter((f) => /Polygon$/.test(f.geometry.type) && !!f.properties.fine === fine)
        .map((f) => f.properties.kind),
    ),
  ];
  return { plain: kinds(false), fine: kinds(true) };
}

/** The coast or the borders, of the 1:50m basemap or of the 1:10m tiles. */
function lines(
  id: string,
  source: string,
  filter: ExpressionSpecification,
  sourceLayer: string | undefined,
  colours: Palette,
): LayerSpecification {
  const coast = id.endsWith('coast');
  return {
    id,
    type: 'line',
    source,
    filter,
    ...(sourceLayer ? { 'source-layer': sourceLayer, ...levelRange('fine') } : {}),
    paint: coast
      ? { 'line-color': colours.coast, 'line-width': rest.coastWidth }
      : {
          'line-color': colours.border,
          'line-width': [
            'interpolate',
            ['linear'],
            ['zoom'],
            1,
            rest.borderWidth.z1,
            6,
            rest.borderWidth.z6,
          ],
        },
  };
}

/** The style in the palette of `scheme`; only its paint differs between schemes. */
export function buildStyle(sources: MapSources, scheme: Scheme = 'light'): StyleSpecification {
  const colours = palettes[scheme];
  const basemap = (layer: string): ExpressionSpecification => ['==', ['get', 'layer'], layer];
  // With finer detail, the 1:50m basemap gives way to it at DETAIL_ZOOM (map/detail-source).
  const coarse = sources.detail ? levelRange('coarse') : {};
  return {
    version: 8,
    ...(sources.fontFaces ? { 'font-faces': sources.fontFaces } : {}),
    // Two sources, so that each tile is cut, sent and cached once for the basemap and once for
    // the places (five sources made a loading map draw twice as many frames). Tiled no deeper
    // than z6: the data is 1:50m, so deeper tiles only cost worker time and cache memory;
    // MapLibre overzooms z6 tiles beyond that.
    sources: {
      basemap: tiled({
        type: 'FeatureCollection',
        features: [
          ...sources.land.features.map((f) => ({ ...f, properties: { layer: 'land' } })),
          { type: 'Feature', properties: { layer: 'border' }, geometry: sources.borders },
          { type: 'Feature', properties: { layer: 'coast' }, geometry: sources.coast },
          // The locator map's context (map/context-layers) rides on the basemap's tiles.
          ...sources.context.features,
        ],
      }),
      // The map's names, planned at each rest (components/map/PlannedNames): a few points.
      [NAMES]: namesSource(),
      // Finer detail past continent scale, tile by tile (map/detail-source).
      ...(sources.detail ? { [DETAIL]: detailSource(sources.detail) } : {}),
      // Shapes and label points share their place's id, so one feature-state call highlights
      // both.
      places: tiled(
        {
          type: 'FeatureCollection',
          features: [
            ...sources.places.features.map((f) => ({
              ...f,
              properties: { ...f.properties, role: 'shape' },
            })),
            ...sources.labels.features.map((f) => ({
              ...f,
              properties: { ...f.properties, role: 'label' },
            })),
            ...sources.groups.features.map((f) => ({
              ...f,
              properties: { ...f.properties, role: 'group' },
            })),
          ],
        },
        'id',
      ),
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': colours.water } },
      {
        id: 'land',
        type: 'fill',
        source: 'basemap',
        filter: basemap('land'),
        ...coarse,
        // The coastline is drawn over the edge, so the fill needs no antialiased outline of its
        // own: a second pass over every vertex of the world, and one shader program less.
        paint: { 'fill-color': colours.land, 'fill-antialias': false },
      },
      ...contextShapes(sources.detail ? 'coarse' : undefined, scheme),
      { ...lines('coast', 'basemap', basemap('coast'), undefined, colours), ...coarse },
      { ...lines('borders', 'basemap', basemap('border'), undefined, colours), ...coarse },
      // From DETAIL_ZOOM, 1:10m in place of the 1:50m (map/detail-source): land, rivers and lakes,
      // coasts and borders. Drawing one basemap, not one over the other, keeps a frame's cost
      // where it was (a covered 1:50m map under the 1:10m one made each frame 1.4 times as slow
      // where WebGL runs on the CPU).
      ...(sources.detail
        ? ([
            {
              id: 'detail-land',
              type: 'fill',
              source: DETAIL,
              'source-layer': 'land',
              ...levelRange('fine'),
              paint: { 'fill-color': colours.land, 'fill-antialias': false },
            },
            ...contextShapes('fine', scheme),
            lines('detail-coast', DETAIL, ['==', ['get', 't'], 'c'], 'lines', colours),
            lines('detail-borders', DETAIL, ['==', ['get', 't'], 'b'], 'lines', colours),
          ] satisfies LayerSpecification[])
        : []),
      ...placeLayers(sources.detail ? areaKinds(sources) : undefined, scheme),
    ],
  };
}
