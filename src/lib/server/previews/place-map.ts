/**
 * The map of a place's preview: the place highlighted in the accent colour, the story's
 * cities nearby, country names and the globe.
 */
import type { Position } from 'geojson';
import type { Rect } from '../../core/framing';
import type { AreaGeometry, PlaceGeometry } from '../../core/geometry';
import type { PlaceInfo } from '../../core/story';
import { labelPoint } from '../../geo/label-points';
import { forD3, outline, polygonsOf } from '../../geo/polygons';
import { colours, kindDash } from '../../design';
import { basemapSvg, type Basemap } from './basemap';
import { metrics } from '../text/fonts';
import { GLOBE_RADIUS, globeCorner, globeSvg } from './globe';
import { markerSvg, pointLabel } from './point-labels';
import { riverWidth } from '../../labels/context-plan';
import { planNames } from '../../labels/plan';
import type { ContextSources } from '../../labels/types';
import { cityDotsSvg, labelSvg, waterSvg } from '../labels/context-svg';
import { Placer } from '../../labels/placement';
import { forD3Shape, stillView } from './still';
import { pathOf, placeProjection, spanOf } from './projection';
import { diamondSvg, lineSvg, reserveLine } from './symbols';
import { clean, r1, svgText, wrapText, type TextStyle } from '../text/svg-text';

/** What a place's preview says about it (a story place, with how often it is named). */
export interface PreviewPlace {
  id: string;
  name: string;
  kind: PlaceInfo['kind'];
  approximate: boolean;
  count: number;
  note?: string;
}

/** Another place shown for context (the story's cities near the one in the preview). */
export interface ContextPoint {
  name: string;
  at: Position;
}

/** The map panel of a place's preview, clipped to `panel` by the caller. */
export function placeMapSvg(
  place: PreviewPlace,
  geometry: PlaceGeometry,
  basemap: Basemap,
  context: ContextPoint[],
  panel: Rect,
  lang: string,
  sources?: ContextSources,
): string {
  const projection = placeProjection(geometry, panel);
  const pad = 2;
  projection.clipExtent([
    [panel.left - pad, panel.top - pad],
    [panel.right + pad, panel.bottom + pad],
  ]);
  const path = pathOf(projection);
  const placer = new Placer(panel);
  const line = geometry.type === 'LineString' || geometry.type === 'MultiLineString';
  const shape =
    geometry.type === 'Point' || line ? undefined : forD3(polygonsOf(geometry as AreaGeometry));
  const corner = globeCorner(projection, panel, shape);
  const globe = globeSvg(projection, basemap, panel, corner);
  if (globe) {
    const r = GLOBE_RADIUS + 6;
    placer.add({ x0: corner[0] - r, y0: corner[1] - r, x1: corner[0] + r, y1: corner[1] + r });
  }
  const parts: string[] = [];
  const labels: string[] = [];
  const accentLabel: TextStyle = {
    font: 'sansBold',
    size: 20,
    fill: colours.accentDark,
    halo: '#fff',
    haloWidth: 5,
  };
  const cityStyle: TextStyle = {
    font: 'sansBold',
    size: 22,
    fill: colours.ink,
    halo: '#fff',
    haloWidth: 5,
  };

  if (geometry.type === 'LineString' || geometry.type === 'MultiLineString') {
    // The line in the accent, as the map draws a selected river or route, named beside the
    // middle of its course.
    parts.push(lineSvg(projection, geometry, place.kind, colours.accent, 4));
    reserveLine(projection, geometry, placer);
    const at = projection(labelPoint(geometry) as [number, number]);
    if (at) labels.push(pointLabel(placer, at, 10, clean(place.name), accentLabel));
  } else if (geometry.type === 'Point') {
    const p = projection(geometry.coordinates as [number, number]);
    if (p) {
      const landmark = place.kind === 'landmark' && !place.approximate;
      const r = place.approximate ? 16 : landmark ? 12 : 9;
      if (!place.approximate)
        parts.push(
          `<circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="22" fill="${colours.accent}" fill-opacity="0.16"/>`,
        );
      parts.push(landmark ? diamondSvg(p, r, colours.accent) : markerSvg(p, place.approximate, r));
      placer.add({ x0: p[0] - r - 3, y0: p[1] - r - 3, x1: p[0] + r + 3, y1: p[1] + r + 3 });
      labels.push(pointLabel(placer, p, r + 8, clean(place.name), cityStyle));
    }
  } else if (shape) {
    const polys = polygonsOf(geometry as AreaGeometry);
    // On a world map, a thinner line, and none round islands too small to show a pattern: the
    // fill still marks them.
    const width = spanOf(projection, panel) > 250 ? 2.25 : 3;
    const outlined = polys.filter((rings) => {
      const [[x0, y0], [x1, y1]] = path.bounds(forD3([rings]));
      return Math.max(x1 - x0, y1 - y0) >= 10;
    });
    const dash = (kindDash[place.kind] ?? []).map((d) => d * width).join(' ');
    parts.push(
      `<path d="${path(shape) ?? ''}" fill="${colours.accent}" fill-opacity="0.18"/>`,
      `<path d="${path(outline(outlined)) ?? ''}" fill="none" stroke="${colours.accent}" stroke-width="${width}" stroke-linejoin="round" stroke-linecap="round"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    // The place's own name on the map, in the accent colour, where its label sits on the site.
    const at = projection(labelPoint(geometry) as [number, number]);
    // A lake smaller than its name is named beside it, as a point is: centred, the name would
    // hide the water it names.
    const [[bx0, by0], [bx1, by1]] = path.bounds(shape);
    const small = place.kind === 'water' && Math.max(bx1 - bx0, by1 - by0) < 120;
    if (at && small) {
      const gap = Math.max(bx1 - bx0, by1 - by0) / 2 + 6;
      labels.push(pointLabel(placer, at, gap, clean(place.name), accentLabel));
    } else if (at) {
      const font = metrics().sansBold;
      const size = 17;
      const spacing = 1.6;
      const { lines } = wrapText(
        clean(place.name).toLocaleUpperCase(lang),
        font,
        size,
        230,
        2,
        spacing,
      );
      const w = Math.max(...lines.map((l) => font.width(l, size, spacing)));
      const lh = size * 1.2;
      const y0 = at[1] - (lh * lines.length) / 2;
      const box = { x0: at[0] - w / 2, y0, x1: at[0] + w / 2, y1: y0 + lh * lines.length };
      if (placer.tryAdd(box))
        lines.forEach((l, i) =>
          labels.push(
            svgText(at[0], y0 + lh * i + size * 0.95, l, {
              font: 'sansBold',
              size,
              fill: colours.accentDark,
              spacing,
              anchor: 'middle',
              halo: '#fff',
              haloWidth: 4,
            }),
          ),
        );
    }
  }

  // The story's other cities in view, small and dark: they place the highlight. Only on
  // regional maps; on a continent they would be specks.
  for (const c of spanOf(projection, panel) <= 45 ? context : []) {
    const p = projection(c.at as [number, number]);
    if (!p) continue;
    const box = { x0: p[0] - 5, y0: p[1] - 5, x1: p[0] + 5, y1: p[1] + 5 };
    if (!placer.tryAdd(box)) continue;
    parts.push(
      `<circle cx="${r1(p[0])}" cy="${r1(p[1])}" r="4" fill="${colours.ink}" stroke="#fff" stroke-width="1.5"/>`,
    );
    labels.push(
      pointLabel(placer, p, 10, clean(c.name), {
        font: 'sans',
        size: 16,
        fill: colours.ink,
        halo: '#fff',
        haloWidth: 4,
      }),
    );
  }

  // The locator map's context at this framing (server/labels/context-svg): the story's countries in
  // view by their own labels, then what the live map names around them.
  const still = stillView(projection, panel);
  let under = '';
  if (sources) {
    const own = place.kind === 'country' ? place.name.toLowerCase() : '';
    const { story, context: plan } = planNames(sources, still, placer, {
      only: (l) => l.kind === 'country',
      except: own,
    });
    labels.push(...story.map((l) => labelSvg(l, still.ratio)));
    under = waterSvg(
      plan,
      (g) => path(forD3Shape(g)) ?? '',
      riverWidth(still.view.zoom) * still.ratio,
    );
    parts.push(cityDotsSvg(plan, still.ratio));
    labels.push(...plan.labels.map((l) => labelSvg(l, still.ratio)));
  }
  parts.unshift(basemapSvg(projection, basemap, panel, under));
  return parts.join('') + labels.join('') + globe;
}
