/**
 * Drafts a places file for an article: the places its text names, each with a reference into
 * the gazetteer, the forms the text uses, and how sure the drafter is. Headline excluded, as
 * the site excludes it from mentions.
 */
import type { Article } from '../../core/article';
import type { Kind } from '../../core/kinds';
import { mentionFinder } from '../../core/mentions';
import { abbreviated, fold, looseKey } from '../gazetteer/names';
import { choose, REVIEW, type Choice } from './choose';
import { contextOf } from './context';
import { capitalAliases } from './capitals';
import { companyUse } from './companies';
import { diseaseUse } from './diseases';
import { describe, lexicon } from './lexicon';
import { listedCountries, townsWithDivision } from './lists';
import { runsOf } from './runs';
import { shortStates } from './postal';
import { formsOf } from './forms';
import { groupByForm, type Rejection } from './candidate';
import { lowercaseWords, segment } from './segment';

/** Mentions up to which a place named only by its adjective is drafted for review. */
const ADJECTIVE_ONLY = 2;

export interface DraftPlace {
  id: string;
  name: string;
  kind: Kind;
  aliases: string[];
  ref?: string | string[];
  /** An approximate point (a region with no outline), [lng, lat]. */
  point?: [number, number];
  /** A ref that resolves to a point only (a state known by its label point): drawn approximate. */
  approximate?: true;
  note?: string;
  confidence: number;
  review: boolean;
  reason: string;
  rejected: string[];
  /** The readings set aside, with refs an editor can pick instead (at most four). */
  others: { name: string; kind: Kind; ref: string | string[]; approximate?: true }[];
  /** Mentions as the site will count them (core/mentions with these names and aliases). */
  mentions: number;
}

export interface Unplaced {
  text: string;
  reason: string;
  /** How many times the text uses it. */
  count: number;
}

export interface Draft {
  places: DraftPlace[];
  /** Names that may be places but that the gazetteer cannot give (Dabiq). */
  unplaced: Unplaced[];
  /** Names judged not to be places: people, organisations, months… */
  notPlaces: Unplaced[];
}

export function slug(name: string): string {
  return fold(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const refKey = (c: Choice) =>
  c.reading.type === 'approximate' ? `approx:${c.reading.name}` : JSON.stringify(c.reading.ref);

/** Tallies rejections by text and reason, most frequent first. */
function tally(list: Rejection[]): Unplaced[] {
  const m = new Map<string, Unplaced>();
  for (const r of list) {
    const k = `${r.text}\n${r.reason}`;
    const hit = m.get(k);
    if (hit) hit.count++;
    else m.set(k, { text: r.text, reason: r.reason, count: 1 });
  }
  return [...m.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}

/** The name a place is drafted under, and the other forms the text uses for it. */
function namesOf(choices: Choice[]): { name: string; aliases: string[] } {
  const r = choices[0].reading;
  const forms = new Map<string, number>();
  for (const ch of choices)
    for (const c of ch.candidates) forms.set(c.form, (forms.get(c.form) ?? 0) + 1);
  const written = [...forms.keys()];
  const usesName = written.some((f) => fold(f) === fold(r.name));
  // A city GeoNames spells otherwise ("Mişrātah") is named as the text writes it ("Misrata"),
  // and so is a feature the text spells out ("Lake Erie", which Natural Earth calls "L. Erie").
  const spelledOut = abbreviated(fold(r.name))
    ? written.find((f) => looseKey(f) === looseKey(r.name))
    : undefined;
  const name = usesName
    ? r.name
    : r.type === 'city'
      ? [...forms.entries()].sort((a, b) => b[1] - a[1])[0][0]
      : (spelledOut ?? r.name);
  const seen = new Set([fold(name)]);
  const aliases: string[] = [];
  for (const f of written) {
    // A form in capitals ("TUNIS" in a dateline) is the name itself: the matcher ignores the
    // case of any form that is not an acronym.
    if (seen.has(fold(f))) continue;
    seen.add(fold(f));
    aliases.push(f);
  }
  return { name, aliases };
}

/** The readings set aside for a place, those with a ref, once each. */
function otherReadings(list: Choice[]): DraftPlace['others'] {
  const seen = new Set(list.map(refKey));
  const out: DraftPlace['others'] = [];
  for (const r of list.flatMap((c) => c.others)) {
    const key = JSON.stringify(r.ref);
    if (!r.ref || seen.has(key)) continue;
    seen.add(key);
    out.push({ name: r.name, kind: r.kind, ref: r.ref, ...(r.point ? { approximate: true } : {}) });
  }
  return out.slice(0, 4);
}

export interface DraftOptions {
  /**
   * Names an editor removed (a places file's `removed` member): left out of the draft, listed
   * among the names judged not to be places.
   */
  removed?: readonly string[];
}

/** Drafts the places of a parsed article. */
export function draftArticle(article: Article, options: DraftOptions = {}): Draft {
  const paragraphs = article.paragraphs;
  const runs = paragraphs.flatMap((p, i) => runsOf(p, i + 1));
  const lex = lexicon(formsOf(runs), article.meta.lang);
  const segmented = segment(runs, (n) => paragraphs[n - 1], lex, lowercaseWords(paragraphs));
  const { candidates, rejections } = shortStates(
    paragraphs,
    lex,
    segmented.candidates,
    segmented.rejections,
  );
  const groups = groupByForm(candidates);
  const removed = new Set((options.removed ?? []).map(fold));
  for (const [key, cands] of groups) {
    if (!removed.has(key)) continue;
    groups.delete(key);
    for (const c of cands)
      rejections.push({
        text: c.text,
        reason: 'removed by an editor',
        paragraph: c.paragraph,
        verdict: 'not-a-place',
      });
  }
  const companies = new Map<string, string>();
  const diseases = new Map<string, string>();
  for (const [key, cands] of groups) {
    const use = companyUse(cands, (n) => paragraphs[n - 1]);
    if (use) companies.set(key, use);
    const disease = diseaseUse(cands, (n) => paragraphs[n - 1]);
    if (disease) diseases.set(key, disease);
  }
  const paragraph = (n: number) => paragraphs[n - 1];
  const { towns: anchored, divisions: afterTowns } = townsWithDivision(groups, paragraph);
  const chosen = choose(groups, {
    ...contextOf(groups, paragraph),
    companies,
    diseases,
    anchored,
    afterTowns,
    countryListed: listedCountries(groups, paragraph),
  });
  const { unchosen } = chosen;
  const { choices, aliases: capitals } = capitalAliases(chosen.choices, (n) => paragraphs[n - 1]);

  // Names that read as one place become one place ("Iraq" and "Iraqi").
  const byPlace = new Map<string, Choice[]>();
  for (const c of choices) byPlace.set(refKey(c), [...(byPlace.get(refKey(c)) ?? []), c]);

  const claimed = new Set<string>();
  const ids = new Set<string>();
  const places: DraftPlace[] = [];
  // Forms are compared as the matcher compares them: acronyms by case, the others folded.
  const formKey = (f: string) => (/^[\p{Lu}\d.&-]+$/u.test(f) ? f : fold(f));
  // A place the text calls by its very name has that name first: "Panama" is the country's,
  // and the province the text calls "Panamá Province" takes that name.
  const named = [...byPlace.values()].map((list, at) => {
    const names = namesOf(list);
    const written = list.some((c) =>
      c.candidates.some((k) => formKey(k.form) === formKey(names.name)),
    );
    return { list, at, written, ...names };
  });
  named.sort((a, b) => Number(b.written) - Number(a.written));
  const order = new Map<DraftPlace, number>();
  /** Places the text names only by their adjective ("a French tourist"). */
  const adjectiveOnly = new Set<DraftPlace>();
  const within = new Set<string>();
  const countryOf = new Map<DraftPlace, string[]>();
  for (const { list, at, name: preferred, aliases: forms } of named) {
    const r = list[0].reading;
    const aliases = [...forms, ...list.flatMap((c) => capitals.get(c) ?? [])];
    let own = aliases.filter((a) => !claimed.has(formKey(a)));
    let name = preferred;
    if (claimed.has(formKey(name))) {
      if (!own.length) continue;
      [name, ...own] = own;
    }
    [name, ...own].forEach((f) => claimed.add(formKey(f)));
    let id = slug(name) || 'place';
    for (let n = 2; ids.has(id); n++) id = `${slug(name)}-${n}`;
    ids.add(id);
    const confidence = Math.max(...list.map((c) => c.confidence));
    const place: DraftPlace = {
      id,
      name,
      kind: r.kind,
      aliases: own,
      ...(r.type === 'approximate'
        ? { point: [r.city!.lng, r.city!.lat] as [number, number], note: r.note }
        : { ref: r.ref, ...(r.point ? { approximate: true as const, note: r.note } : {}) }),
      confidence,
      review: confidence < REVIEW || !!r.review,
      reason: list.map((c) => c.reason).find((x) => x) ?? '',
      rejected: [...new Set(list.flatMap((c) => c.others.map(describe)))],
      others: otherReadings(list),
      mentions: 0,
    };
    places.push(place);
    order.set(place, at);
    if (list.every((c) => c.reading.via === 'demonym')) adjectiveOnly.add(place);
    // The countries the article names towns or divisions of.
    if (r.type === 'city' || r.type === 'state') r.countries.forEach((c) => within.add(c));
    countryOf.set(place, r.countries);
  }

  // In the order the places were chosen, whichever took its name first.
  places.sort((a, b) => order.get(a)! - order.get(b)!);

  // Count as the site counts: every name and alias, longest first, over the paragraphs.
  const find = mentionFinder(places, { lang: article.meta.lang });
  const counts = new Map<string, number>();
  for (const p of paragraphs)
    for (const m of find(p)) counts.set(m.placeId, (counts.get(m.placeId) ?? 0) + 1);
  for (const p of places) p.mentions = counts.get(p.id) ?? 0;
  // A country the text names only by its adjective, once or twice, is likely a passing mention
  // ("a French tourist", "American scientists"): the editor decides whether it is a place of
  // the story. Named so more often ("the Indonesian health ministry… Indonesian officials"), or
  // with towns or provinces of its own ("Bulgarian" beside Ruse and Vidin), it is.
  for (const p of adjectiveOnly) {
    const home = countryOf.get(p)?.some((c) => within.has(c));
    if (p.mentions <= ADJECTIVE_ONLY && !p.review && !home) {
      p.review = true;
      p.reason += `; named only by its adjective, ${p.mentions === 1 ? 'once' : 'twice'}`;
    }
  }

  const unplaced: Rejection[] = rejections.filter((r) => r.verdict === 'unplaced');
  for (const u of unchosen)
    for (const c of u.candidates)
      unplaced.push({
        text: c.text,
        reason: u.reason,
        paragraph: c.paragraph,
        verdict: 'unplaced',
      });
  return {
    places: places.filter((p) => p.mentions > 0),
    unplaced: tally(unplaced),
    notPlaces: tally(rejections.filter((r) => r.verdict === 'not-a-place')),
  };
}
