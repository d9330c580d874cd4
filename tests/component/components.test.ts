// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import KindSwatch from '../../src/lib/components/KindSwatch.svelte';
import Legend from '../../src/lib/components/Legend.svelte';
import PlaceIndex from '../../src/lib/components/PlaceIndex.svelte';
import PlacePanel from '../../src/lib/components/PlacePanel.svelte';
import Story from '../../src/lib/components/Story.svelte';
import { buildStory } from '../../src/lib/core/story';
import { resolveRef } from '../../src/lib/server/gazetteer';

/** The article as Alwaght published it (headline, then paragraphs): the text kept verbatim. */
const PUBLISHED = 'tests/fixtures/alwaght-article.txt';

const { built } = buildStory(
  readFileSync('src/content/article.md', 'utf8'),
  'article.md',
  readFileSync('geo/places.geojson', 'utf8'),
  'places.geojson',
  { resolve: resolveRef },
);
const story = built!.story;
const place = (id: string) => story.places.find((p) => p.id === id)!;

/** Words and numbers only, lower case: symbols and punctuation are not part of a label's text. */
const words = (text: string) =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** True when `needle` appears in `haystack` as an unbroken run. */
const contiguous = (haystack: string[], needle: string[]) =>
  haystack.some((_, i) => needle.every((w, j) => haystack[i + j] === w));

describe('PlaceIndex', () => {
  it('lists every place, grouped by kind, with its mention count', () => {
    const onchoose = vi.fn();
    render(PlaceIndex, { places: story.places, selected: 'iraq', onchoose });
    const nav = screen.getByRole('navigation', { name: 'Places' });
    const buttons = within(nav).getAllByRole('button');
    expect(buttons).toHaveLength(story.places.length);
    expect(within(nav).getByRole('button', { name: /^Mosul, 3 mentions$/ })).toBeInTheDocument();
    expect(
      within(nav).getByRole('button', { name: /^Chechnya, 1 mention, approximate location$/ }),
    ).toBeInTheDocument();
    expect(within(nav).getByRole('button', { name: /^Iraq/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(nav).getByRole('button', { name: /^Syria/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    const headings = within(nav)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Cities', 'Countries', 'Regions', 'Historical', 'Concepts']);
  });

  it('names each button with its visible label first, the "≈" said in words (WCAG 2.5.3)', () => {
    render(PlaceIndex, { places: story.places, selected: null, onchoose: vi.fn() });
    const nav = screen.getByRole('navigation', { name: 'Places' });
    // The accessible name as computed for the role query, per button.
    const names = new Map<Element, string>();
    within(nav).getAllByRole('button', { name: (name, el) => !!names.set(el!, name) });
    const approximate = story.places.filter((p) => p.approximate);
    expect(approximate.map((p) => p.id).sort()).toEqual(['chechnya', 'kashmir']);
    for (const button of names.keys()) {
      const name = names.get(button)!;
      const id = button.getAttribute('data-place-button');
      const p = place(id!);
      // As axe's label-content-name-mismatch reads them: the words, symbols aside, in order.
      const visible = words(button.textContent ?? '');
      expect(visible).toEqual(words(`${p.name} ${p.count}`));
      expect(contiguous(words(name), visible), `${name} / ${button.textContent}`).toBe(true);
      expect(name.startsWith(`${p.name}, `)).toBe(true);
      if (p.approximate) {
        expect(button.textContent).toContain('≈');
        expect(button.querySelector('.approx')).toHaveAttribute('aria-hidden', 'true');
        expect(name).toMatch(/approximate location/);
      } else {
        expect(name).not.toMatch(/approximate/);
      }
    }
    expect(names.get(within(nav).getByRole('button', { name: /^Kashmir,/ }))).toBe(
      'Kashmir, 1 mention, approximate location',
    );
  });

  it('chooses a place', async () => {
    const onchoose = vi.fn();
    render(PlaceIndex, { places: story.places, selected: null, onchoose });
    await fireEvent.click(screen.getByRole('button', { name: /^Dabiq/ }));
    expect(onchoose).toHaveBeenCalledWith('dabiq');
  });
});

/** Places of the new kinds, as the index and the key receive them. */
const newKinds = (['water', 'route', 'landmark'] as const).map((kind, i) => ({
  ...place('mosul'),
  id: `${kind}-${i}`,
  name: `${kind} place`,
  kind,
}));

describe('PlaceIndex and the key with rivers, routes and landmarks', () => {
  it('groups the new kinds under their own headings, each with its symbol', () => {
    render(PlaceIndex, {
      places: [...story.places, ...newKinds],
      selected: null,
      onchoose: vi.fn(),
    });
    const nav = screen.getByRole('navigation', { name: 'Places' });
    const headings = within(nav).getAllByRole('heading', { level: 3 });
    expect(headings.map((h) => h.textContent?.trim())).toEqual([
      'Cities',
      'Landmarks',
      'Countries',
      'Regions',
      'Water',
      'Routes',
      'Historical',
      'Concepts',
    ]);
    for (const h of headings) expect(h.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('keys only the kinds the story has: the bundled story’s key does not grow', () => {
    const { unmount } = render(Legend, { places: story.places });
    const items = () =>
      within(screen.getByRole('list', { name: 'Key' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim());
    expect(items()).toEqual([
      'City',
      'Country',
      'Region',
      'Historical state',
      'Concept',
      'Approximate location',
    ]);
    unmount();
    render(Legend, { places: [place('mosul'), ...newKinds] });
    expect(items()).toEqual(['City', 'Landmark', 'Water', 'Route']);
  });

  it('draws a landmark as a diamond, a route dashed, a river as a line and a sea as a square', () => {
    const svgOf = (props: { kind: 'landmark' | 'route' | 'water'; shape?: 'line' | 'area' }) => {
      const { container, unmount } = render(KindSwatch, props);
      const html = container.innerHTML;
      unmount();
      return html;
    };
    expect(svgOf({ kind: 'landmark' })).toMatch(/<path d="M8 2.2L13.8 8/);
    expect(svgOf({ kind: 'route' })).toMatch(/stroke-dasharray="[\d.]+ [\d.]+"/);
    const river = svgOf({ kind: 'water', shape: 'line' });
    expect(river).toContain('<path');
    expect(river).not.toContain('<rect');
    const sea = svgOf({ kind: 'water', shape: 'area' });
    expect(sea).toContain('<rect');
    expect(sea).not.toContain('<path');
  });
});

describe('PlacePanel', () => {
  it('shows every excerpt verbatim with the mentions marked and a link to the paragraph', () => {
    render(PlacePanel, {
      place: place('iraq'),
      places: story.places,
      onclose: vi.fn(),
      onchoose: vi.fn(),
    });
    const region = screen.getByRole('region', { name: 'Iraq' });
    expect(within(region).getByRole('heading', { level: 2, name: 'Iraq' })).toBeInTheDocument();
    expect(region).toHaveTextContent('Named 9 times in the article');
    const items = within(region)
      .getAllByRole('listitem')
      .filter((li) => li.querySelector('blockquote'));
    expect(items).toHaveLength(8);
    const marks = region.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual([
      'Iraqi',
      'Iraq',
      'Iraq',
      'Iraq',
      'Iraq',
      'Iraq’s',
      'Iraq',
      'Iraq',
      'Iraqi',
    ]);
    const link = within(items[0]).getByRole('link', { name: 'Read paragraph 1 in the story' });
    expect(link).toHaveAttribute('href', '#p-1');
  });

  it('links the places named alongside and closes', async () => {
    const onclose = vi.fn();
    const onchoose = vi.fn();
    render(PlacePanel, {
      place: place('dabiq'),
      places: story.places,
      base: '/x',
      onclose,
      onchoose,
    });
    const syria = screen.getByRole('link', { name: 'Syria' });
    expect(syria).toHaveAttribute('href', '/x/place/syria');
    await fireEvent.click(syria);
    expect(onchoose).toHaveBeenCalledWith('syria');
    await fireEvent.click(screen.getByRole('button', { name: 'Close Dabiq' }));
    expect(onclose).toHaveBeenCalled();
  });

  it('says what a concept stands for and flags an approximate place', () => {
    const { unmount } = render(PlacePanel, {
      place: place('the-west'),
      places: story.places,
      onclose: vi.fn(),
      onchoose: vi.fn(),
    });
    expect(screen.getByText(/^A concept, not a place/)).toBeInTheDocument();
    unmount();
    render(PlacePanel, {
      place: place('kashmir'),
      places: story.places,
      onclose: vi.fn(),
      onchoose: vi.fn(),
    });
    const region = screen.getByRole('region', { name: 'Kashmir' });
    expect(region).toHaveTextContent(/approximate location/);
    // A related approximate place says so in words too, after its visible name.
    expect(
      within(region).getByRole('link', { name: /^Chechnya \(approximate location\)$/ }),
    ).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'Algeria' })).toBeInTheDocument();
  });
});

describe('Story', () => {
  it('renders every paragraph verbatim with its anchor and mentions as links', () => {
    render(Story, { story, base: '', selected: null, onchoose: vi.fn() });
    const article = screen.getByRole('article');
    const paragraphs = article.querySelectorAll('p[id^="p-"]');
    expect(paragraphs).toHaveLength(9);
    const source = readFileSync(PUBLISHED, 'utf8')
      .split('\n')
      .slice(1)
      .filter((l) => l.trim());
    paragraphs.forEach((p, i) => {
      expect(p.id).toBe(`p-${i + 1}`);
      expect(p.textContent).toBe(source[i].trim());
    });
    const mentions = article.querySelectorAll('a[data-place]');
    expect(mentions).toHaveLength(story.places.reduce((n, p) => n + p.count, 0));
    const mosul = article.querySelector('#p-1 a[data-place="mosul"]')!;
    expect(mosul).toHaveAttribute('href', '/place/mosul');
  });

  it('chooses a place on a plain click and leaves modified clicks to the browser', async () => {
    const onchoose = vi.fn();
    render(Story, { story, onchoose });
    const link = screen.getAllByRole('link', { name: 'Mosul' })[0];
    await fireEvent.click(link);
    expect(onchoose).toHaveBeenCalledWith('mosul');
    onchoose.mockClear();
    // jsdom cannot open a new tab; stop the browser's default after the component has passed.
    link.addEventListener('click', (e) => e.preventDefault());
    await fireEvent.click(link, { ctrlKey: true });
    expect(onchoose).not.toHaveBeenCalled();
  });
});
