import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { buildStory } from '../../src/lib/core/story';
import { formatProblem } from '../../src/lib/core/problems';
import type { Resolver } from '../../src/lib/core/ref';

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

/**
 * A gazetteer of four entries, standing in for lib/server/gazetteer. Its areas are wound
 * clockwise, as d3 and TopoJSON wind them, which the builder must rewind without a warning.
 */
const GAZETTEER: Record<string, Geometry> = {
  'city:2761369': { type: 'Point', coordinates: [16.37, 48.21] },
  'country:AUT': { type: 'Polygon', coordinates: [square(14, 47.5, 1).reverse()] },
  'country:HUN': { type: 'Polygon', coordinates: [square(16, 47.5, 1).reverse()] },
  'water:Neusiedl': { type: 'Polygon', coordinates: [square(16.7, 47.8, 0.1)] },
  'river:Danube': {
    type: 'LineString',
    coordinates: [
      [16.37, 48.21],
      [19.04, 47.5],
    ],
  },
};
const resolve: Resolver = (ref) =>
  GAZETTEER[ref.text]
    ? { geometry: GAZETTEER[ref.text] }
    : {
        problem: `ref "${ref.text}" is not in the gazetteer`,
        fix: 'Check the spelling against Natural Earth.',
      };

const vienna = feature({ id: 'vienna', name: 'Vienna', kind: 'city', aliases: [] });
const budapest = feature(
  { id: 'budapest', name: 'Budapest', kind: 'city', aliases: [] },
  { type: 'Point', coordinates: [19.04, 47.5] },
);

function places(...features: unknown[]) {
  return JSON.stringify({ type: 'FeatureCollection', features });
}

function problems(articleText: string, placesText: string, withGazetteer = true) {
  const result = buildStory(
    articleText,
    'article.md',
    placesText,
    'places.geojson',
    withGazetteer ? { resolve } : {},
  );
  return result.problems.map(formatProblem);
}

/** Vienna given by a ref (or anything else in place of its geometry). */
function viennaBy(extra: Record<string, unknown>, geometry: unknown = null) {
  return feature({ id: 'vienna', name: 'Vienna', kind: 'city', aliases: [], ...extra }, geometry);
}

describe('a good story', () => {
  it('builds', () => {
    expect(problems(article, places(vienna, budapest))).toEqual([]);
  });

  it('draws a place given by ref from the gazetteer', () => {
    const { built } = buildStory(
      article,
      'article.md',
      places(viennaBy({ ref: 'city:2761369' }), budapest),
      'places.geojson',
      { resolve },
    );
    expect(built!.geometry.get('vienna')).toEqual({ type: 'Point', coordinates: [16.37, 48.21] });
    expect(built!.warnings).toEqual([]);
  });

  it('reads a ref on the feature too, beside "geometry": null', () => {
    const onFeature = { ...viennaBy({}), ref: 'city:2761369' };
    expect(problems(article, places(onFeature, budapest))).toEqual([]);
  });

  it('unites the areas of a list of refs, wound as RFC 7946 asks, without a warning', () => {
    const text = article.replace('Vienna and on Budapest', 'Vienna, Budapest and the Basin');
    const basin = feature(
      {
        id: 'basin',
        name: 'Basin',
        kind: 'region',
        aliases: [],
        ref: ['country:AUT', 'country:HUN'],
      },
      null,
    );
    const { built, problems: found } = buildStory(
      text,
      'article.md',
      places(vienna, budapest, basin),
      'places.geojson',
      { resolve },
    );
    expect(found).toEqual([]);
    expect(built!.warnings).toEqual([]);
    const g = built!.geometry.get('basin')!;
    if (g.type !== 'Polygon') throw new Error(`expected one Polygon, got ${g.type}`);
    const xs = g.coordinates[0].map(([x]) => x);
    expect([Math.min(...xs), Math.max(...xs)]).toEqual([13, 17]);
  });

  it('prefers inline geometry to the ref', () => {
    const { built } = buildStory(
      article,
      'article.md',
      places(viennaBy({ ref: 'city:2761369' }, { type: 'Point', coordinates: [16, 48] }), budapest),
      'places.geojson',
    );
    expect(built!.geometry.get('vienna')).toEqual({ type: 'Point', coordinates: [16, 48] });
  });

  it('draws water and routes as lines', () => {
    const text = article.replace('Budapest.', 'Budapest, along the Danube and the Road.');
    const danube = feature(
      { id: 'danube', name: 'Danube', kind: 'water', aliases: [], ref: 'river:Danube' },
      null,
    );
    const road = feature(
      { id: 'road', name: 'Road', kind: 'route', aliases: [] },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [16.37, 48.21],
            [17.1, 48.1],
          ],
          [
            [17.1, 48.1],
            [19.04, 47.5],
          ],
        ],
      },
    );
    expect(problems(text, places(vienna, budapest, danube, road))).toEqual([]);
  });

  it('rewinds a wrongly wound ring and warns (RFC 7946 section 3.1.6)', () => {
    const text = article.replace('Vienna and', 'Vienna in Austria and');
    const cw = square(16, 48).reverse();
    const { built, problems: found } = buildStory(
      text,
      'article.md',
      places(
        vienna,
        budapest,
        feature(
          { id: 'austria', name: 'Austria', kind: 'country', aliases: [] },
          { type: 'Polygon', coordinates: [cw] },
        ),
      ),
      'places.geojson',
    );
    expect(found).toEqual([]);
    expect(built!.warnings).toEqual([
      expect.stringMatching(
        /^places\.geojson \(place "austria"\): 1 ring was wound against RFC 7946's right-hand rule .* rewound/,
      ),
    ]);
    expect(built!.geometry.get('austria')).toEqual({
      type: 'Polygon',
      coordinates: [square(16, 48)],
    });
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
    [
      'an unknown ref',
      places(viennaBy({ ref: 'city:1' }), budapest),
      'places.geojson (place "vienna"): ref "city:1" is not in the gazetteer. Check the spelling against Natural Earth.',
    ],
    [
      'a ref of the wrong form',
      places(viennaBy({ ref: 'Vienna' }), budapest),
      'places.geojson (place "vienna"): ref "Vienna" is not of the form <type>:<name>. Start it with one of country:, region:, continent:, city:, water:, river:, feature:, admin1:, admin2:; for example "country:IRQ" or "city:99072".',
    ],
    [
      'a ref whose type disagrees with the kind',
      places(viennaBy({ ref: 'river:Danube' }), budapest),
      'places.geojson (place "vienna"): ref "river:Danube" cannot draw a city. A city takes city: refs; use one of those, or change "kind".',
    ],
    [
      'a LineString on a city',
      places(
        viennaBy(
          {},
          {
            type: 'LineString',
            coordinates: [
              [16.3, 48.2],
              [16.4, 48.2],
            ],
          },
        ),
        budapest,
      ),
      'places.geojson (place "vienna"): a city must be a Point, not a LineString. Give the city a Point at its centre.',
    ],
    [
      'a line of one position',
      places(viennaBy({}, { type: 'MultiLineString', coordinates: [[[16.3, 48.2]]] }), budapest),
      'places.geojson (place "vienna"): invalid geometry: a line has fewer than two positions. Use RFC 7946 geometry (positions as [longitude, latitude], rings closed), or a "ref" such as "country:IRQ" with "geometry": null.',
    ],
    [
      'an empty ref list',
      places(viennaBy({ ref: [] }), budapest),
      'places.geojson (place "vienna"): "ref" is an empty list. Name at least one reference, e.g. "ref": "country:IRQ", or give the place its geometry inline.',
    ],
    [
      'neither geometry nor ref',
      places(viennaBy({}), budapest),
      'places.geojson (place "vienna"): it has neither "geometry" nor "ref". Give it a "ref" such as "country:IRQ" (drawn from the gazetteer when the site is built) or RFC 7946 geometry.',
    ],
    [
      'a region that is a Point without "approximate"',
      places(vienna, feature({ id: 'budapest', name: 'Budapest', kind: 'region', aliases: [] })),
      'places.geojson (place "budapest"): a region must be a Polygon or MultiPolygon (or a Point with "approximate": true), not a Point. Draw its boundary or give it a "ref"; a place with no known boundary is a Point with "approximate": true and a "note".',
    ],
  ])('%s', (_, placesText, message) => {
    expect(problems(article, placesText)).toEqual([message]);
  });

  it('a ref without the gazetteer', () => {
    expect(problems(article, places(viennaBy({ ref: 'city:2761369' }), budapest), false)).toEqual([
      'places.geojson (place "vienna"): ref "city:2761369" needs the gazetteer. Build with `npm run build` or check with `npm run check:story`, which resolve refs; or give the place its geometry inline.',
    ]);
  });

  it('an unknown ref in a list: the gazetteer’s problem, once', () => {
    const found = problems(
      article,
      places(vienna, {
        ...feature({ id: 'budapest', name: 'Budapest', kind: 'concept', aliases: [] }, null),
        ref: ['country:HUN', 'water:Nowhere'],
      }),
    );
    expect(found).toEqual([
      'places.geojson (place "budapest"): ref "water:Nowhere" is not in the gazetteer. Check the spelling against Natural Earth.',
    ]);
  });

  it('a union of an area and a line', () => {
    const found = problems(
      article,
      places(vienna, {
        ...feature({ id: 'budapest', name: 'Budapest', kind: 'water', aliases: [] }, null),
        ref: ['water:Neusiedl', 'river:Danube'],
      }),
    );
    expect(found).toEqual([
      'places.geojson (place "budapest"): refs "water:Neusiedl", "river:Danube" cannot be united: a union needs all areas or all lines, not Polygon and LineString. List only areas (country:, region:, continent:, water:, feature:) or only rivers in one "ref".',
    ]);
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
        /\(place "vienna"\): "kind" is invalid .*Set "kind" to one of city, landmark, country, region, water, route, historical, concept\./,
      ),
      'places.geojson (place "budapest"): a city must be a Point, not a Polygon. Give the city a Point at its centre.',
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

describe('a drafted place flagged for review', () => {
  it('builds, with a warning naming the place until an editor removes the flag', () => {
    const text = '---\ntitle: T\nsource: S\n---\n\nThe West met in Vienna.\n';
    const place = (review: boolean) =>
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {
              id: 'vienna',
              name: 'Vienna',
              kind: 'city',
              aliases: [],
              draft: { confidence: 0.55, reason: 'one reading', review },
            },
            geometry: { type: 'Point', coordinates: [16.37, 48.21] },
          },
        ],
      });
    const flagged = buildStory(text, 'a.md', place(true), 'p.geojson');
    expect(flagged.problems).toEqual([]);
    expect(flagged.built!.warnings).toEqual([
      'p.geojson (place "vienna"): drafted for review (confidence 0.55); check its ref, kind and aliases, then remove "review": true from its "draft".',
    ]);
    expect(buildStory(text, 'a.md', place(false), 'p.geojson').built!.warnings).toEqual([]);
  });
});
