import { error } from '@sveltejs/kit';
import { LABEL_FACES } from '$lib/labels/font-face';
import { loadStory } from '$lib/server/load-story';
import { mapChars } from '$lib/server/map-data/map-chars';
import { labelFontFile } from '$lib/server/text/label-font';
import type { RequestHandler } from './$types';

export const prerender = true;

const faces = Object.entries(LABEL_FACES);

/** Each label face's file (labels/font-face). */
export function entries() {
  return faces.map(([, f]) => ({ file: f.file }));
}

/** The label face cut down to the characters the map draws, built once at build time. */
export const GET: RequestHandler = async ({ params }) => {
  const face = faces.find(([, f]) => f.file === params.file);
  if (!face) error(404, 'no such font');
  const file = await labelFontFile(face[0] as keyof typeof LABEL_FACES, mapChars(loadStory()));
  return new Response(new Uint8Array(file), { headers: { 'content-type': 'font/woff2' } });
};
