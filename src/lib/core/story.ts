/**
 * Turns an article and its places into the typed story the page renders: paragraphs split into
 * text and mentions, the places each paragraph names, and for each place its excerpts (whole
 * sentences, mentions marked) and the places named beside it. Pure: no file system, no DOM.
 */
import { parseArticle, type ArticleMeta } from './article';
import { parsePlaces, type PlaceInput } from './places';
import type { Kind } from './kinds';
import { mentionFinder, type Mention } from './mentions';
import { joinAcross, sentenceSpans } from './sentences';
import type { Problem } from './problems';
import type { PlaceGeometry } from './geometry';
import type { Resolver } from './ref';

/** A run of paragraph text; `place` is set when the run is a mention of that place. */
export interface Segment {
  text: string;
  place?: string;
}

export interface Paragraph {
  /** 1-based number; the anchor is `p-${n}`. */
  n: number;
  segments: Segment[];
  /** Ids of the places it names, in order of first mention. */
  places: string[];
}

/** A run of excerpt text; `mark` is set on the mentions of the excerpt's place. */
export interface ExcerptPart {
  text: string;
  mark?: true;
}

export interface Excerpt {
  paragraph: number;
  parts: ExcerptPart[];
}

export interface PlaceInfo {
  id: string;
  name: string;
  kind: Kind;
  approximate: boolean;
  /** How it is drawn: a point, a line (a river, a route) or an area; symbols follow it. */
  shape: 'point' | 'line' | 'area';
  note?: string;
  /** Mentions in the article body (the headline is not counted). */
  count: number;
  excerpts: Excerpt[];
  /** Places named in the same sentences, most often first. */
  related: string[];
}

export interface Story {
  meta: ArticleMeta;
  headline: Segment[];
  paragraphs: Paragraph[];
  places: PlaceInfo[];
}

export interface BuiltStory {
  story: Story;
  /** Geometry by place id, for the map data; kept apart so pages stay small. */
  geometry: Map<string, PlaceGeometry>;
  /** Non-fatal findings, such as an alias the text never uses. */
  warnings: string[];
}

export function splitSegments(text: string, mentions: Mention[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: m.text, place: m.placeId });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export interface BuildOptions {
  /**
   * The gazetteer that draws places given by `ref` (lib/server/gazetteer at build time). Core
   * never imports it: without it, a place with a ref and no inline geometry is a problem.
   */
  resolve?: Resolver;
}

export function buildStory(
  articleText: string,
  articleFile: string,
  placesText: string,
  placesFile: string,
  options: BuildOptions = {},
): { built?: BuiltStory; problems: Problem[] } {
  const { article, problems: articleProblems } = parseArticle(articleText, articleFile);
  const {
    places,
    problems: placeProblems,
    warnings: placeWarnings,
  } = parsePlaces(placesText, placesFile, { resolve: options.resolve });
  const problems = [...articleProblems, ...placeProblems];
  // With a readable article, the places that did parse are still checked for mentions, so
  // that one run reports every problem.
  if (!article) return { problems };

  const lang = article.meta.lang;
  const find = mentionFinder(places, { lang });
  const byId = new Map<string, PlaceInput>(places.map((p) => [p.id, p]));
  const excerpts = new Map<string, Excerpt[]>(places.map((p) => [p.id, []]));
  const related = new Map<string, Map<string, number>>(places.map((p) => [p.id, new Map()]));
  /** `${place id} ${form}` for every listed form the article uses. */
  const usedForms = new Set<string>();

  const paragraphs: Paragraph[] = article.paragraphs.map((text, i) => {
    const n = i + 1;
    const mentions = find(text);
    for (const m of mentions) usedForms.add(`${m.placeId} ${m.form}`);
    for (const span of joinAcross(sentenceSpans(text, lang), mentions)) {
      const inside = mentions.filter((m) => m.start >= span.start && m.end <= span.end);
      const ids = [...new Set(inside.map((m) => m.placeId))];
      for (const id of ids) {
        const sentence = text.slice(span.start, span.end);
        const own = inside
          .filter((m) => m.placeId === id)
          .map((m) => ({ ...m, start: m.start - span.start, end: m.end - span.start }));
        const parts = splitSegments(sentence, own).map((s) =>
          s.place ? { text: s.text, mark: true as const } : { text: s.text },
        );
        excerpts.get(id)!.push({ paragraph: n, parts });
        const counts = related.get(id)!;
        for (const other of ids) if (other !== id) counts.set(other, (counts.get(other) ?? 0) + 1);
      }
    }
    return {
      n,
      segments: splitSegments(text, mentions),
      places: [...new Set(mentions.map((m) => m.placeId))],
    };
  });

  const counts = new Map<string, number>();
  for (const p of paragraphs)
    for (const s of p.segments) if (s.place) counts.set(s.place, (counts.get(s.place) ?? 0) + 1);

  for (const place of places) {
    if (!counts.get(place.id)) {
      problems.push({
        file: placesFile,
        where: `place "${place.id}"`,
        message: `"${place.name}" is never mentioned in ${articleFile}`,
        fix: 'Remove the place, or add the form the article uses to its "aliases".',
      });
    }
  }
  if (problems.length) return { problems };

  const warnings = [...placeWarnings];
  for (const place of places)
    for (const alias of place.aliases)
      if (!usedForms.has(`${place.id} ${alias}`))
        warnings.push(
          `${placesFile} (place "${place.id}"): alias "${alias}" is not used in the article`,
        );

  const story: Story = {
    meta: article.meta,
    headline: splitSegments(article.meta.title, find(article.meta.title)),
    paragraphs,
    places: places.map((p) => ({
      id: p.id,
      name: p.name,
      kind: p.kind,
      approximate: p.approximate,
      shape: /Point/.test(p.geometry.type)
        ? 'point'
        : /LineString/.test(p.geometry.type)
          ? 'line'
          : 'area',
      ...(p.note ? { note: p.note } : {}),
      count: counts.get(p.id) ?? 0,
      excerpts: excerpts.get(p.id)!,
      related: [...related.get(p.id)!.entries()]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .map(([id]) => id)
        .filter((id) => byId.has(id)),
    })),
  };
  return {
    built: { story, geometry: new Map(places.map((p) => [p.id, p.geometry])), warnings },
    problems: [],
  };
}
