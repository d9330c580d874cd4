import { loadStory } from '$lib/server/load-story';
import type { EntryGenerator } from './$types';

/** Every place gets a prerendered page; its data comes from the layout (see +page.ts). */
export const entries: EntryGenerator = () => loadStory().story.places.map((p) => ({ id: p.id }));
