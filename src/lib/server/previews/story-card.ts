/**
 * The story's preview: its headline, how many places it names with a key, and every place
 * on one map.
 */
import type { AreaGeometry, LineGeometry, PlaceGeometry } from '../../core/geometry';
import type { PlaceInfo, Story } from '../../core/story';
import { labelPoint } from '../../geo/label-points';
import { forD3, polygonsOf } from '../../geo/polygons';
import { strings } from '../../strings';
import { colours, kindColour, rest } from '../../design';
import { frameOfPoints } from '../map-data/main-body';
import { basemapSvg, loadBasemap, type Basemap } from './basemap';
import { drawTitle, fitTitle, cardSvg, panelFooter, previewStrings } from './card';
import { metrics } from '../text/fonts';
import { riverWidth } from '../../labels/context-plan';
import { planNames } from '../../labels/plan';
import type { ContextSources } from '../../labels/types';
import { cityDotsSvg, labelSvg, waterSvg } from '../labels/context-svg';
import { markerSvg, pointLabel } from './point-labels';
import { forD3Shape, stillView } from './still';
import { MAP_PANEL, PAD_X, TEXT_WIDTH } from './layout';
import { Placer } from '../../labels/placement';
import { frameProjection, pathOf } from './projection';
import { casedLineSvg, diamondSvg, lineSvg, reserveLine } from './symbols';
import { clean, r1, svgText } from '../text/svg-text';

type KeySymbol = 'dot' | 'ring' | 'diamond' | 'river' | 'route';

const isLine = (g: PlaceGeometry | undefined): g is LineGeometry =>
  g?.type === 'LineString' || g?.type === 'MultiLineString';
const isLandmark = (p: Pick<PlaceInfo, 'kind' | 'approximate'>) =>
  p.kind === 'landmark' && !p.approximate;

/** A symbol of the key, centred on `at`. */
function keySymbol(symbol: KeySymbol, [x, y]: [number, number], r: number): string {
  if (symbol === 'diamond') return diamondSvg([x, y], r * 1.25, colours.accent, 0.85);
  if (symbol === 'river' || symbol === 'route') {
    // As the map draws them: a river's wave in its blue, a route's dashes in its orange.
    const d =
      symbol === 'river'
        ? `M${r1(x - r)} ${r1(y + r / 3)}Q${r1(x)} ${r1(y - r)} ${r1(x + r)} ${r1(y - r / 3)}`
        : `M${r1(x - r)} ${r1(y + r / 2)}L${r1(x + r)} ${r1(y - r / 2)}`;
    const kind = symbol === 'river' ? 'water' : 'route';
    return casedLineSvg(d, kind, kindColour[kind], 3);
  }
  return markerSvg([x, y], symbol === 'ring', r, 0.85);
}

/** The SVG preview of the whole story: the headline, and every place on one map. */
export function storySvg(
  story: Pick<Story, 'meta' | 'places'>,
  geometry: Map<string, PlaceGeometry>,
  basemap: Basemap = loadBasemap(),
  sources?: ContextSources,
): string {
  const out: string[] = [];
  out.push(
    svgText(PAD_X, 92, strings.kicker.toLocaleUpperCase('en'), {
      font: 'sansBold',
      size: 19,
      fill: colours.accent,
      spacing: 2.4,
    }),
  );
  const bottomTop = panelFooter({ headline: '', source: story.meta.source }, false, out);
  const title = fitTitle(story.meta.title, [56, 52, 48, 44, 40, 36, 32, 28], () => 5);
  let y = drawTitle(out, title, 1.12) + 44 + 10;
  const maxCount = Math.max(1, ...story.places.map((p) => p.count));
  const dotRadius = (count: number) => 4 + 1.7 * Math.sqrt(count);
  if (y < bottomTop - 20)
    out.push(
      svgText(PAD_X, y, previewStrings.placesNamed(story.places.length), {
        font: 'sans',
        size: 23,
        fill: colours.ink,
      }),
    );
  // A key for the dots: their size is how often the article names the place.
  y += 46;
  if (y < bottomTop - 10) {
    const sans = metrics().sans;
    const items: { r: number; symbol: KeySymbol; label: string }[] = [
      { r: dotRadius(1), symbol: 'dot', label: previewStrings.keyOnce },
    ];
    // "1 times" says nothing: the second size only when some place is named more than once.
    if (maxCount > 1)
      items.push({
        r: dotRadius(maxCount),
        symbol: 'dot',
        label: previewStrings.keyTimes(maxCount),
      });
    if (story.places.some((p) => p.approximate))
      items.push({ r: dotRadius(1), symbol: 'ring', label: previewStrings.keyApproximate });
    if (story.places.some((p) => isLandmark(p)))
      items.push({ r: dotRadius(1), symbol: 'diamond', label: previewStrings.keyLandmark });
    const lines = story.places.filter((p) => isLine(geometry.get(p.id)));
    if (lines.some((p) => p.kind === 'water'))
      items.push({ r: dotRadius(1) * 1.6, symbol: 'river', label: previewStrings.keyRiver });
    if (lines.some((p) => p.kind !== 'water'))
      items.push({ r: dotRadius(1) * 1.6, symbol: 'route', label: previewStrings.keyRoute });
    let x = PAD_X;
    for (const item of items) {
      const r = item.r;
      if (x + 2 * r + 8 + sans.width(item.label, 17) > PAD_X + TEXT_WIDTH) {
        // On to a second line, if there is room for one.
        if (x === PAD_X || y + 30 > bottomTop - 10) break;
        [x, y] = [PAD_X, y + 30];
      }
      out.push(keySymbol(item.symbol, [x + r, y - 6], r));
      out.push(
        svgText(x + 2 * r + 8, y, item.label, { font: 'sans', size: 17, fill: colours.muted }),
      );
      x += 2 * r + 8 + sans.width(item.label, 17) + 22;
    }
  }

  // Every place as a marker at its label point, sized by how often the article names it.
  const marks = story.places
    .map((p) => ({ p, at: labelPoint(geometry.get(p.id)!) }))
    .sort((a, b) => b.p.count - a.p.count);
  const projection = frameProjection(frameOfPoints(marks.map((m) => m.at)));
  projection.clipExtent([
    [MAP_PANEL.left - 2, MAP_PANEL.top - 2],
    [MAP_PANEL.right + 2, MAP_PANEL.bottom + 2],
  ]);
  const placer = new Placer(MAP_PANEL);
  const map: string[] = [basemapSvg(projection, basemap, MAP_PANEL)];
  // Seas and lakes, rivers and routes as the map draws them at rest, under the markers.
  const path = pathOf(projection);
  for (const { p } of marks) {
    const g = geometry.get(p.id)!;
    if (isLine(g)) {
      map.push(lineSvg(projection, g, p.kind, kindColour[p.kind], 3, 0.9));
      // Country names go beside rivers and routes, never across them.
      reserveLine(projection, g, placer);
    } else if (p.kind === 'water' && g.type !== 'Point')
      map.push(
        `<path d="${path(forD3(polygonsOf(g as AreaGeometry))) ?? ''}" fill="${colours.waterFill}" fill-opacity="${rest.waterFillOpacity}"/>`,
      );
  }
  const drawn: { at: [number, number]; r: number; m: (typeof marks)[number] }[] = [];
  for (const m of marks) {
    const at = projection(m.at as [number, number]);
    if (!at) continue;
    const r = dotRadius(m.p.count);
    drawn.push({ at, r, m });
    placer.add({ x0: at[0] - r, y0: at[1] - r, x1: at[0] + r, y1: at[1] + r });
  }
  // Smallest on top so that none hides under a bigger one.
  for (const d of [...drawn].reverse())
    map.push(
      isLandmark(d.m.p)
        ? diamondSvg(d.at, d.r * 1.25, colours.accent, 0.85)
        : markerSvg(d.at, d.m.p.approximate, d.r, 0.85),
    );
  const labels: string[] = [];
  for (const d of drawn.filter((d) => d.m.p.count >= 3))
    labels.push(
      pointLabel(placer, d.at, d.r + 6, clean(d.m.p.name), {
        font: 'sansBold',
        size: 17,
        fill: colours.ink,
        halo: '#fff',
        haloWidth: 4,
      }),
    );
  // What the live map names around the story at this framing (server/labels/context-svg): the
  // story's countries in view by their own labels, then the context.
  if (sources) {
    const still = stillView(projection, MAP_PANEL);
    const { story, context: plan } = planNames(sources, still, placer, {
      only: (l) => l.kind === 'country',
    });
    const under = waterSvg(
      plan,
      (g) => path(forD3Shape(g)) ?? '',
      riverWidth(still.view.zoom) * still.ratio,
    );
    map[0] = basemapSvg(projection, basemap, MAP_PANEL, under);
    map.push(cityDotsSvg(plan, still.ratio));
    labels.push(...[...story, ...plan.labels].map((l) => labelSvg(l, still.ratio)));
  }
  return cardSvg(`<g clip-path="url(#map)">${map.join('')}${labels.join('')}</g>` + out.join(''));
}
