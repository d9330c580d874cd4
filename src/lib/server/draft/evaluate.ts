/**
 * Scores the drafter against hand-labelled stories (tests/draft/<story>/article.md and
 * gold.json). A gold place is found when a drafted place is the same place: for a city or
 * landmark (a gold point), a drafted point within 50 km; for a country, region or feature
 * (a gold ref), the same feature, or the same countries (Jaccard index of the member
 * countries at least 0.8, so that the EU of 27 matches a gold EU of 28 that still counts the
 * United Kingdom); for a gold point that stands for an area (a state, an island, a lake, as
 * the held-out corpus labels them), a drafted area or line of the same name (any of the gold's
 * written forms) that reaches within 50 km of it. Each drafted place matches one gold place
 * at most.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import type { Geometry, Position } from 'geojson';
import { parseArticle } from '../../core/article';
import { parseRef } from '../../core/ref';
import { city, members, resolveRefs } from '../gazetteer';
import { fold } from '../gazetteer/names';
import { draftArticle, type DraftPlace } from './draft';

export interface GoldPlace {
  name: string;
  /** Other forms the article writes the place in ("US" beside "United States"). */
  names?: string[];
  kind: string;
  /** [lng, lat] for a city, a landmark, or a place drawn as an approximate point. */
  point?: [number, number];
  ref?: string | string[];
  mentions: number;
}

export interface StoryScore {
  story: string;
  gold: number;
  drafted: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  mentionPrecision: number;
  mentionRecall: number;
  /** Share of drafted places flagged for review. */
  review: number;
  /** Drafted places that match no gold place, and whether each was flagged. */
  extra: { name: string; review: boolean }[];
  missed: string[];
  seconds: number;
  /** Mentions: matched (the lesser count of each matched pair), drafted, gold. */
  mentions: { hits: number; drafted: number; gold: number };
  /** The places drafted firmly (not flagged for review), and how many of them are right. */
  firm: { drafted: number; found: number };
  /** By the gold place's kind: how many there are and how many were found. */
  kinds: Record<string, { gold: number; found: number }>;
}

/** Adds one tally of kinds into another. */
function addKinds(into: StoryScore['kinds'], from: StoryScore['kinds']): StoryScore['kinds'] {
  for (const [kind, { gold, found }] of Object.entries(from)) {
    const k = (into[kind] ??= { gold: 0, found: 0 });
    k.gold += gold;
    k.found += found;
  }
  return into;
}

const RADIUS_KM = 50;
const JACCARD = 0.8;

/** The atoms a ref stands for: member countries, or the feature itself. */
function atoms(ref: string | string[]): Set<string> {
  const out = new Set<string>();
  for (const text of Array.isArray(ref) ? ref : [ref]) {
    const r = parseRef(text);
    if ('problem' in r) continue;
    if (r.type === 'country') out.add(r.value);
    else if (r.type === 'region' || r.type === 'continent')
      for (const c of members(r.type, r.value) ?? []) out.add(c);
    else out.add(`${r.type}:${r.value.toLowerCase()}`);
  }
  return out;
}

function pointOf(p: DraftPlace): [number, number] | undefined {
  if (p.point) return p.point;
  if (typeof p.ref === 'string' && p.ref.startsWith('city:')) {
    const c = city(Number(p.ref.slice(5)));
    return c ? [c.lng, c.lat] : undefined;
  }
  return undefined;
}

/**
 * Kilometres from a point to the nearest edge of a line or area, 0 inside an area; measured
 * on a plane tangent at the point (good to a few per cent within the 50 km that matter).
 */
export function kmToShape(at: [number, number], g: Geometry): number {
  const [lng0, lat0] = at;
  const kx = 111.32 * Math.cos((lat0 * Math.PI) / 180);
  const ky = 110.57;
  const xy = ([lng, lat]: Position) => [(((lng - lng0 + 540) % 360) - 180) * kx, (lat - lat0) * ky];
  let best = Infinity;
  const seg = (a: Position, b: Position) => {
    const [ax, ay] = xy(a);
    const [bx, by] = xy(b);
    const dx = bx - ax;
    const dy = by - ay;
    const t = dx || dy ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy))) : 0;
    best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
  };
  const line = (ps: Position[]) => {
    if (ps.length === 1) seg(ps[0], ps[0]);
    for (let i = 1; i < ps.length; i++) seg(ps[i - 1], ps[i]);
  };
  const polygons: Position[][][] = [];
  switch (g.type) {
    case 'Point':
      line([g.coordinates]);
      break;
    case 'MultiPoint':
    case 'LineString':
      line(g.coordinates);
      break;
    case 'MultiLineString':
      g.coordinates.forEach(line);
      break;
    case 'Polygon':
      polygons.push(g.coordinates);
      break;
    case 'MultiPolygon':
      polygons.push(...g.coordinates);
      break;
    case 'GeometryCollection':
      return Math.min(...g.geometries.map((x) => kmToShape(at, x)));
  }
  for (const rings of polygons) {
    rings.forEach(line);
    if (booleanPointInPolygon(at, { type: 'Polygon', coordinates: rings })) return 0;
  }
  return best;
}

/** A drafted place's shape, when it is an area or a line (not a point). */
function shapeOf(p: DraftPlace): Geometry | undefined {
  if (!p.ref || pointOf(p)) return undefined;
  const r = resolveRefs(p.ref);
  return 'geometry' in r ? r.geometry : undefined;
}

/**
 * How well a drafted place matches a gold place, higher is better; undefined when it does not:
 * for a point, 1 minus the share of the radius; for a ref, the Jaccard index. The same name
 * adds 1, so that Aleppo matches Aleppo rather than Dabiq, 35 km away.
 */
function closeness(gold: GoldPlace, p: DraftPlace): number | undefined {
  const goldNames = new Set([gold.name, ...(gold.names ?? [])].map(fold));
  const sameName = [p.name, ...p.aliases].some((n) => goldNames.has(fold(n)));
  const named = gold.name.toLowerCase() === p.name.toLowerCase() ? 1 : 0;
  if (gold.point) {
    const at = pointOf(p);
    if (!at) {
      const shape = sameName ? shapeOf(p) : undefined;
      const km = shape ? kmToShape(gold.point, shape) : Infinity;
      return km <= RADIUS_KM ? 1 + 1 - km / RADIUS_KM : undefined;
    }
    const km = distance(gold.point, at, { units: 'kilometers' });
    return km <= RADIUS_KM ? named + 1 - km / RADIUS_KM : undefined;
  }
  if (!gold.ref || !p.ref) return undefined;
  const a = atoms(gold.ref);
  const b = atoms(p.ref);
  const both = [...a].filter((x) => b.has(x)).length;
  const union = new Set([...a, ...b]).size;
  const j = union ? both / union : 0;
  return j >= JACCARD ? named + j : undefined;
}

/** One-to-one matches, the closest pairs first. */
function match(gold: GoldPlace[], drafted: DraftPlace[]): Map<GoldPlace, DraftPlace> {
  const pairs: { g: GoldPlace; p: DraftPlace; c: number }[] = [];
  for (const g of gold)
    for (const p of drafted) {
      const c = closeness(g, p);
      if (c !== undefined) pairs.push({ g, p, c });
    }
  pairs.sort((a, b) => b.c - a.c);
  const out = new Map<GoldPlace, DraftPlace>();
  const used = new Set<DraftPlace>();
  for (const { g, p } of pairs)
    if (!out.has(g) && !used.has(p)) {
      out.set(g, p);
      used.add(p);
    }
  return out;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Scores one story folder. */
export function scoreStory(dir: string, story: string): StoryScore {
  const t = performance.now();
  const { article, problems } = parseArticle(readFileSync(join(dir, 'article.md'), 'utf8'), dir);
  if (!article) throw new Error(`${dir}: ${problems.map((p) => p.message).join('; ')}`);
  const gold = (JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as { places: GoldPlace[] })
    .places;
  const drafted = draftArticle(article).places;
  const seconds = (performance.now() - t) / 1000;
  const matches = match(gold, drafted);
  const used = new Set(matches.values());
  const found = matches.size;
  let mentionHits = 0;
  for (const [g, p] of matches) mentionHits += Math.min(p.mentions, g.mentions);
  const missed = gold.filter((g) => !matches.has(g)).map((g) => g.name);
  const precision = ratio(found, drafted.length);
  const recall = ratio(found, gold.length);
  const mentions = {
    hits: mentionHits,
    drafted: drafted.reduce((s, p) => s + p.mentions, 0),
    gold: gold.reduce((s, g) => s + g.mentions, 0),
  };
  const firm = drafted.filter((p) => !p.review);
  const kinds: StoryScore['kinds'] = {};
  for (const g of gold) addKinds(kinds, { [g.kind]: { gold: 1, found: matches.has(g) ? 1 : 0 } });
  return {
    story,
    gold: gold.length,
    drafted: drafted.length,
    found,
    precision,
    recall,
    f1: f1(precision, recall),
    mentionPrecision: ratio(mentions.hits, mentions.drafted),
    mentionRecall: ratio(mentions.hits, mentions.gold),
    review: ratio(drafted.filter((p) => p.review).length, drafted.length),
    extra: drafted.filter((p) => !used.has(p)).map((p) => ({ name: p.name, review: p.review })),
    missed,
    seconds,
    mentions,
    firm: { drafted: firm.length, found: firm.filter((p) => used.has(p)).length },
    kinds,
  };
}

/** Scores every story under `root` (one folder each), and all of them pooled. */
export function evaluate(root: string): { stories: StoryScore[]; overall: StoryScore } {
  const stories = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'gold.json')))
    .map((d) => d.name)
    .sort()
    .map((name) => scoreStory(join(root, name), name));
  const sum = (f: (s: StoryScore) => number) => stories.reduce((a, s) => a + f(s), 0);
  const gold = sum((s) => s.gold);
  const drafted = sum((s) => s.drafted);
  const found = sum((s) => s.found);
  const precision = ratio(found, drafted);
  const recall = ratio(found, gold);
  const mentions = {
    hits: sum((s) => s.mentions.hits),
    drafted: sum((s) => s.mentions.drafted),
    gold: sum((s) => s.mentions.gold),
  };
  return {
    stories,
    overall: {
      story: 'overall',
      gold,
      drafted,
      found,
      precision,
      recall,
      f1: f1(precision, recall),
      mentionPrecision: ratio(mentions.hits, mentions.drafted),
      mentionRecall: ratio(mentions.hits, mentions.gold),
      review: ratio(
        sum((s) => s.review * s.drafted),
        drafted,
      ),
      extra: stories.flatMap((s) => s.extra),
      missed: stories.flatMap((s) => s.missed),
      seconds: sum((s) => s.seconds),
      mentions,
      firm: { drafted: sum((s) => s.firm.drafted), found: sum((s) => s.firm.found) },
      kinds: stories.reduce((k, s) => addKinds(k, s.kinds), {} as StoryScore['kinds']),
    },
  };
}
