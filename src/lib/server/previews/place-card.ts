/**
 * A place's preview: its kind, name, how often the article names it and its note, beside a
 * map of it.
 */
import type { PlaceGeometry } from '../../core/geometry';
import { strings } from '../../strings';
import { colours } from '../../design';
import type { ContextSources } from '../../labels/types';
import { loadBasemap, type Basemap } from './basemap';
import { drawTitle, fitTitle, cardSvg, panelFooter, type PreviewText } from './card';
import { metrics } from '../text/fonts';
import { MAP_PANEL, PAD_X, TEXT_WIDTH } from './layout';
import { placeMapSvg, type ContextPoint, type PreviewPlace } from './place-map';
import { clean, svgText, wrapText } from '../text/svg-text';

/** The SVG preview of one place. */
export function placeSvg(
  place: PreviewPlace,
  geometry: PlaceGeometry,
  text: PreviewText,
  basemap: Basemap = loadBasemap(),
  context: ContextPoint[] = [],
  sources?: ContextSources,
): string {
  const out: string[] = [];
  const kicker = strings.kind[place.kind].toLocaleUpperCase('en');
  out.push(
    svgText(PAD_X, 92, kicker, {
      font: 'sansBold',
      size: 19,
      fill: colours.accent,
      spacing: 2.4,
    }),
  );
  const bottomTop = panelFooter(text, true, out);
  const title = fitTitle(place.name, [76, 68, 60, 54, 48, 44, 40, 36, 32], (s) =>
    s >= 48 ? 2 : 3,
  );
  let y = drawTitle(out, title, 1.08) + 48 + 12;
  const facts = [strings.mentionedTimes(place.count)];
  if (place.approximate) facts.push(strings.legendApproximate);
  for (const f of facts) {
    if (y > bottomTop - 20) break;
    out.push(svgText(PAD_X, y, f, { font: 'sans', size: 23, fill: colours.ink }));
    y += 34;
  }
  // The place's note (what "the West" stands for, why Chechnya is a ring) where it has room:
  // whole, or its first sentence, or not at all; never cut mid-sentence.
  if (place.note) {
    const size = 18;
    const lh = 25;
    const room = Math.floor((bottomTop - 30 - (y + 6)) / lh) + 1;
    const font = metrics().sans;
    const note = clean(place.note);
    const firstSentence = note.split(/(?<=[.!?])\s/u)[0];
    for (const candidate of [note, firstSentence]) {
      if (room < 1) break;
      const w = wrapText(candidate, font, size, TEXT_WIDTH, room);
      if (w.overflow) continue;
      w.lines.forEach((l, i) =>
        out.push(svgText(PAD_X, y + 6 + lh * i, l, { font: 'sans', size, fill: colours.muted })),
      );
      break;
    }
  }
  const map = placeMapSvg(place, geometry, basemap, context, MAP_PANEL, text.lang ?? 'en', sources);
  return cardSvg(`<g clip-path="url(#map)">${map}</g>` + out.join(''));
}
