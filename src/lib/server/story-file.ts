/**
 * The story's data as one shared file, `data/story-<hash>.json`: the paragraphs and every
 * place with its excerpts, what the page needs to start in the browser. Each page links it
 * instead of carrying it inline, so a story of many places does not repeat it in every page;
 * the name changes with the content, so it may be cached for as long as a browser likes.
 */
import { createHash } from 'node:crypto';
import type { Story } from '../core/story';
import { storyFileName } from '../core/url';
import { loadStory } from './load-story';

interface StoryFile {
  hash: string;
  name: string;
  json: string;
}

const files = new WeakMap<Story, StoryFile>();

/** The story's file: its hash, its name and its JSON text, computed once per story. */
export function storyFile(story: Story = loadStory().story): StoryFile {
  let file = files.get(story);
  if (!file) {
    const json = JSON.stringify(story);
    // 12 hex digits (48 bits): plenty to tell one build's story from another's.
    const hash = createHash('sha256').update(json).digest('hex').slice(0, 12);
    file = { hash, name: storyFileName(hash), json };
    files.set(story, file);
  }
  return file;
}
