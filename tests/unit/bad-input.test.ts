import { describe, expect, it } from 'vitest';
import { buildStory } from '../../src/lib/core/story';
import { formatProblem } from '../../src/lib/core/problems';

const article = `---
title: A test
source: Test Desk
---

Rain fell on Vienna and on Budapest.
`;

/** A counterclockwise square around a point: a valid RFC 7946 exterior ring. */
function square(lng: number, lat: number, d = 1) {
  return [
    [lng - d, lat - d],
    [lng + d, lat - d],
    [lng + d, lat + d],
    [lng - d, lat + d],
    [lng - d, lat - d],
  ];
}

function feature(
  props: Record<string, unknown>,
  geometry: unknown = { type: 'Point', coordinates: [16.37, 48.21] },
) {
  return { type: 'Feature', properties: props, geometry };
}

const vienna = feature({ id: 'vienna', name: 'Vienna', kind: 'city', aliases: [] });
const budapest = feature(
  { id: 'budapest', name: 'Budapest', kind: 'city', aliases: [] },
  { type: 'Point', coordinates: [19.04, 47.5] },
);

function places(...features: unknown[]) {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function problems(articleText: string, placesText: string) {
  const result = buildStory(articleText, 'article.md', placesText, 'places.geojson');
  return result.problems.map(formatProblem);
}

describe('a good story', () => {
  it('builds', () => {
    expect(problems(article, places(vienna, budapest))).toEqual([]);
  });
});

describe('bad input stops the build with one message per problem', () => {
  it('invalid JSON', () => {
    const found = problems(article, '{"type": "FeatureCollection", "features": [');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^places\.geojson: the file is not valid JSON \(.+\)\. Fix the JSON syntax/,
    );
  });

  it('not a FeatureCollection', () => {
    expect(problems(article, '[]')).toEqual([
      'places.geojson: the file is not a GeoJSON FeatureCollection. Write {"type": "FeatureCollection", "features": [...]}.',
    ]);
  });

  it('an exterior ring wound clockwise', () => {
    const cw = square(16, 48).reverse();
    const found = problems(
      article,
      places(
        vienna,
        budapest,
        feature(
          { id: 'austria', name: 'Austria', kind: 'country', aliases: [] },
          { type: 'Polygon', coordinates: [cw] },
        ),
      ),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^places\.geojson \(place "austria"\): invalid geometry: an exterior ring is wound clockwise\. .*rewind/,
    );
  });

  it('a ring that is not closed, and a position out of range', () => {
    const open = square(16, 48)
      .slice(0, 4)
      .concat([[15, 48.5]]);
    const found = problems(
      article,
      places(
        vienna,
        budapest,
        feature(
          { id: 'austria', name: 'Austria', kind: 'country', aliases: [] },
          { type: 'Polygon', coordinates: [open] },
        ),
        feature(
          { id: 'nowhere', name: 'Nowhere', kind: 'city', aliases: [] },
          { type: 'Point', coordinates: [200, 10] },
        ),
      ),
    );
    expect(found).toEqual([
      expect.stringContaining('(place "austria"): invalid geometry: a ring is not closed'),
      expect.stringContaining('(place "nowhere"): invalid geometry: position [200, 10] is outside'),
    ]);
  });

  // Places files that differ from a good one in a single place, and the one message each gets.
  it.each([
    [
      'a missing id',
      places(vienna, budapest, feature({ name: 'Graz', kind: 'city', aliases: [] })),
      'places.geojson (feature 3): "id" is missing. Give every place a unique "id", a URL slug such as "mosul".',
    ],
    [
      'a duplicate id',
      places(vienna, budapest, feature({ id: 'vienna', name: 'Wien', kind: 'city', aliases: [] })),
      'places.geojson (feature 3): id "vienna" is already used by feature 1. Give each place its own id.',
    ],
    [
      'an id that is not a URL slug',
      places(feature({ id: 'Vienna City', name: 'Vienna', kind: 'city', aliases: [] }), budapest),
      'places.geojson (place "Vienna City"): id "Vienna City" is not a URL slug. Use lowercase letters, digits and single hyphens, e.g. "bosnia-and-herzegovina".',
    ],
    [
      'a duplicate alias',
      places(
        feature({ id: 'vienna', name: 'Vienna', kind: 'city', aliases: ['the capital'] }),
        feature(
          { id: 'budapest', name: 'Budapest', kind: 'city', aliases: ['the capital'] },
          { type: 'Point', coordinates: [19.04, 47.5] },
        ),
      ),
      'places.geojson (place "budapest"): the name or alias "the capital" is already claimed by place "vienna". Keep each form of a name in one place only.',
    ],
    [
      'a place with no mention in the article',
      places(vienna, budapest, feature({ id: 'graz', name: 'Graz', kind: 'city', aliases: [] })),
      'places.geojson (place "graz"): "Graz" is never mentioned in article.md. Remove the place, or add the form the article uses to its "aliases".',
    ],
  ])('%s', (_, placesText, message) => {
    expect(problems(article, placesText)).toEqual([message]);
  });

  it('a missing title in the front matter', () => {
    const found = problems(article.replace('title: A test\n', ''), places(vienna, budapest));
    expect(found).toEqual([
      'article.md (front matter): "title" is missing. Add a line "title: <the headline>".',
    ]);
  });

  it('an empty article', () => {
    const found = problems(
      '---\ntitle: A test\nsource: Test Desk\n---\n\n   \n',
      places(vienna, budapest),
    );
    expect(found).toEqual([
      'article.md: the article has no paragraphs. Add the article text after the front matter, paragraphs separated by blank lines.',
    ]);
  });

  it('a link to the original that is not a web address', () => {
    const found = problems(
      article.replace('source: Test Desk\n', 'source: Test Desk\nurl: javascript:alert(1)\n'),
      places(vienna, budapest),
    );
    expect(found).toEqual([
      expect.stringMatching(/^article\.md \(front matter\): "url" is invalid/),
    ]);
  });

  it('no front matter at all', () => {
    expect(problems('Rain fell on Vienna.', places(vienna))).toEqual([
      'article.md (line 1): no front matter. Start the file with a "---" line, then "title: ..." and "source: ...", then "---".',
    ]);
  });

  it('an unknown kind, and a city drawn as an area', () => {
    const found = problems(
      article,
      places(
        feature({ id: 'vienna', name: 'Vienna', kind: 'town', aliases: [] }),
        feature(
          { id: 'budapest', name: 'Budapest', kind: 'city', aliases: [] },
          { type: 'Polygon', coordinates: [square(19, 47.5)] },
        ),
      ),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /\(place "vienna"\): "kind" is invalid .*Set "kind" to one of city, country, region, historical, concept\./,
      ),
      'places.geojson (place "budapest"): a city must be a Point. Give the city a Point at its centre.',
    ]);
  });

  it('reports every problem at once, article and places together', () => {
    const found = problems(
      article.replace('title: A test\n', ''),
      places(vienna, feature({ id: 'vienna', name: 'Wien', kind: 'city', aliases: [] })),
    );
    expect(found).toHaveLength(2);
  });
});
