import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/core/story';
import { resolveRef } from '../../src/lib/server/gazetteer';

/** The article as Alwaght published it (headline, then paragraphs): the text kept verbatim. */
const PUBLISHED = 'tests/fixtures/alwaght-article.txt';

const articleText = readFileSync('src/content/article.md', 'utf8');
const placesText = readFileSync('geo/places.geojson', 'utf8');
const { built, problems } = buildStory(articleText, 'article.md', placesText, 'places.geojson', {
  resolve: resolveRef,
});
const story = built!.story;
const byId = new Map(story.places.map((p) => [p.id, p]));

describe('the bundled story', () => {
  it('builds without problems or warnings', () => {
    expect(problems).toEqual([]);
    expect(built!.warnings).toEqual([]);
  });

  it('keeps the article verbatim', () => {
    const source = readFileSync(PUBLISHED, 'utf8').split('\n');
    const [title, ...body] = source;
    expect(story.meta.title).toBe(title.trim());
    expect(story.meta.source).toBe('Alwaght');
    const paragraphs = body.map((l) => l.trim()).filter(Boolean);
    expect(story.paragraphs.map((p) => p.segments.map((s) => s.text).join(''))).toEqual(paragraphs);
    expect(story.paragraphs[0].segments[0].text.startsWith('Alwaght– ')).toBe(true);
  });

  it('counts every mention of every place', () => {
    const counts = Object.fromEntries(story.places.map((p) => [p.id, p.count]));
    expect(counts).toEqual({
      mosul: 3,
      dabiq: 1,
      aleppo: 1,
      iraq: 9,
      syria: 5,
      afghanistan: 4,
      algeria: 1,
      'bosnia-and-herzegovina': 1,
      russia: 1,
      'united-states': 1,
      chechnya: 1,
      kashmir: 1,
      'soviet-union': 1,
      europe: 4,
      'european-union': 1,
      'west-asia': 1,
      eurasia: 1,
      'north-america': 1,
      asia: 1,
      'southeast-asia': 1,
      'central-asia': 1,
      'north-africa': 1,
      'the-west': 13,
    });
  });

  it('reads "West Asia" as one place and not as the West plus Asia', () => {
    const p9 = story.paragraphs[8];
    const mentions = p9.segments.filter((s) => s.place).map((s) => `${s.place}:${s.text}`);
    expect(mentions).toContain('west-asia:West Asia');
    expect(byId.get('asia')!.excerpts.map((x) => x.paragraph)).toEqual([4]);
  });

  it('lists the places of each paragraph in order of first mention', () => {
    expect(story.paragraphs[0].places).toEqual(['iraq', 'mosul', 'syria', 'dabiq']);
    expect(story.paragraphs[6].places).toEqual(['iraq', 'syria', 'aleppo']);
  });

  it('gives whole sentences as excerpts, with the mentions marked', () => {
    const mosul = byId.get('mosul')!;
    expect(mosul.excerpts.map((x) => x.paragraph)).toEqual([1, 8, 9]);
    const first = mosul.excerpts[0];
    expect(first.parts.map((p) => p.text).join('')).toBe(
      'Many of the Iraqi cities were liberated from the terrorists and Mosul, the last stronghold of the terrorist group in Iraq, is being freed.',
    );
    expect(first.parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['Mosul']);
    // One excerpt per sentence, even when a sentence names the place twice.
    const west = byId.get('the-west')!;
    const twice = west.excerpts.filter((x) => x.parts.filter((p) => p.mark).length === 2);
    expect(twice.map((x) => x.paragraph)).toEqual([3, 9]);
    expect(twice[1].parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['West', 'Western']);
  });

  it('every excerpt is a sentence of its paragraph', () => {
    for (const place of story.places)
      for (const x of place.excerpts) {
        const text = x.parts.map((p) => p.text).join('');
        const paragraph = story.paragraphs[x.paragraph - 1].segments.map((s) => s.text).join('');
        expect(paragraph).toContain(text);
        expect(text).toMatch(/[.?!]$/);
      }
  });

  it('names the places mentioned alongside, most often first', () => {
    expect(byId.get('dabiq')!.related).toEqual(['syria']);
    expect(byId.get('mosul')!.related[0]).toBe('iraq');
  });

  it('links the headline mentions too, without counting them', () => {
    expect(story.headline.filter((s) => s.place).map((s) => s.place)).toEqual([
      'the-west',
      'west-asia',
    ]);
  });
});
