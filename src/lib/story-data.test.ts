import { describe, expect, it } from 'vitest';
import type { Story } from './core/story';
import { fetchStory } from './story-data';

const story = {
  meta: { title: 'T' },
  headline: [],
  paragraphs: [],
  places: [],
} as unknown as Story;

/** A fetch that answers from a list of outcomes in turn, counting its calls. */
function fetcher(outcomes: ('ok' | 'drop' | 404)[]) {
  const calls: string[] = [];
  const fetch = (async (href: string) => {
    calls.push(href);
    const next = outcomes.shift();
    if (next === 'drop' || next === undefined) throw new TypeError('Failed to fetch');
    return new Response(next === 'ok' ? JSON.stringify(story) : 'no', {
      status: next === 'ok' ? 200 : next,
    });
  }) as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('fetchStory', () => {
  it('fetches a story file once and gives every later load the same object', async () => {
    const { fetch, calls } = fetcher(['ok']);
    const a = await fetchStory('/data/story-a.json', fetch);
    const b = await fetchStory('/data/story-a.json', fetch);
    expect(a).toEqual(story);
    expect(b).toBe(a);
    expect(calls).toEqual(['/data/story-a.json']);
  });

  it('tries a dropped connection once more', async () => {
    const { fetch, calls } = fetcher(['drop', 'ok']);
    expect(await fetchStory('/data/story-b.json', fetch)).toEqual(story);
    expect(calls).toHaveLength(2);
  });

  it('gives up after two failures, and a later load tries again', async () => {
    const { fetch, calls } = fetcher(['drop', 404, 'ok']);
    await expect(fetchStory('/data/story-c.json', fetch)).rejects.toThrow();
    expect(calls).toHaveLength(2);
    expect(await fetchStory('/data/story-c.json', fetch)).toEqual(story);
    expect(calls).toHaveLength(3);
  });
});
