/**
 * The context the poster and the previews draw is the live map's at their framing: the
 * countries and seas geo/view-names places for that view, rivers and cities from the map's
 * zooms, and no two names over each other.
 */
import { describe, expect, it } from 'vitest';
import type { Box } from '../../labels/placement';
import { Placer } from '../../labels/placement';
import { MAP_PANEL } from '../previews/layout';
import { placeProjection } from '../previews/projection';
import { stillView } from '../previews/still';
import { loadStoryFrom } from '../load-story';
import { planContext } from '../../labels/context-plan';
import type { PlannedLabel } from '../../labels/types';
import { contextSources } from './context-sources';
import { storyLabels } from '../../labels/story-labels';
import { posterNames } from '../poster/poster-names';

const built = loadStoryFrom('src/content/article.md', 'geo/places.geojson');
const sources = contextSources(built);

/** What a place's preview plans, as place-map does: story countries first, then the context. */
function previewPlan(id: string) {
  const still = stillView(placeProjection(built.geometry.get(id)!), MAP_PANEL);
  const placer = new Placer(MAP_PANEL);
  const place = built.story.places.find((p) => p.id === id)!;
  const own = place.kind === 'country' ? place.name.toLowerCase() : '';
  const story = storyLabels(sources, still, placer, {
    only: (l) => l.kind === 'country',
    except: own,
  });
  const plan = planContext(sources, still, placer, (n) => story.skip(n) || n.toLowerCase() === own);
  return { still, story: story.labels, plan };
}

const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function expectApart(labels: PlannedLabel[]) {
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      expect(overlap(labels[i].box, labels[j].box), `${labels[i].name} / ${labels[j].name}`).toBe(
        false,
      );
}

const names = (labels: PlannedLabel[], t: PlannedLabel['t']) =>
  labels.filter((l) => l.t === t).map((l) => l.name);

describe('a preview names what the live map names at its framing', () => {
  it('names Turkey round Mosul, Syria by its story label, and draws and names the Tigris', () => {
    const { still, story, plan } = previewPlan('mosul');
    // A regional view: the live map is between its country and city zooms here.
    expect(still.view.zoom).toBeGreaterThan(4);
    expect(still.view.zoom).toBeLessThan(6);
    expect(names(plan.labels, 'country')).toContain('Turkey');
    expect(names(plan.labels, 'country')).toContain('Iran');
    expect(names(story, 'story')).toEqual(expect.arrayContaining(['Syria', 'Iraq']));
    // Syria and Iraq are the story's: never named twice.
    expect(names(plan.labels, 'country')).not.toContain('Syria');
    expect(plan.rivers.map((r) => r.properties.name)).toContain('Tigris');
    expect(names(plan.labels, 'river')).toContain('Tigris');
    // Reference cities come with their names.
    expect(plan.cities.length).toBeGreaterThan(0);
    expect(plan.cities.map((c) => c.name).sort()).toEqual(names(plan.labels, 'city').sort());
  });

  it('names the Mediterranean beside Dabiq, and leaves Iraq to the preview of Iraq', () => {
    expect(names(previewPlan('dabiq').plan.labels, 'water')).toContain('Mediterranean Sea');
    const iraq = previewPlan('iraq');
    expect(names(iraq.plan.labels, 'country')).not.toContain('Iraq');
    expect(names(iraq.story, 'story')).not.toContain('Iraq');
    expect(names(iraq.plan.labels, 'country')).toEqual(
      expect.arrayContaining(['Turkey', 'Iran', 'Saudi Arabia']),
    );
  });

  it.each(['mosul', 'dabiq', 'iraq', 'europe', 'russia', 'the-west'])(
    'never sets two names of the %s preview over each other, nor one twice',
    (id) => {
      const { story, plan } = previewPlan(id);
      const all = [...story, ...plan.labels];
      expectApart(all);
      const countries = [...names(story, 'story'), ...names(plan.labels, 'country')];
      expect(new Set(countries).size).toBe(countries.length);
    },
  );
});

describe('the poster names what the live map names at the overview', () => {
  it.each(['wide', 'narrow'] as const)('on a %s map: no name twice, none over another', (l) => {
    const { story, plan } = posterNames(built, l);
    const all = [...story, ...plan.labels];
    expect(all.length).toBeGreaterThan(5);
    expectApart(all);
    const countries = [...names(story, 'story'), ...names(plan.labels, 'country')];
    expect(new Set(countries.map((n) => n.toLowerCase())).size).toBe(countries.length);
    // Neighbours and water are named even at the world view.
    expect(names(plan.labels, 'country').length).toBeGreaterThan(2);
    expect(names(plan.labels, 'water').length).toBeGreaterThan(0);
  });
});
