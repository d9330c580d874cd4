/**
 * The previews as the site serves them: each place's and the story's SVG from the built story,
 * rasterised to PNG with resvg and the bundled fonts only, so the output is the same on every
 * machine.
 */
import { renderAsync } from '@resvg/resvg-js';
import type { BuiltStory } from '../../core/story';
import { contextSources } from '../labels/context-sources';
import { loadBasemap } from './basemap';
import { fontFiles } from '../text/fonts';
import { placeSvg } from './place-card';
import type { ContextPoint } from './place-map';
import { storySvg } from './story-card';

/**
 * Rasterises a preview SVG with the bundled DejaVu fonts only, never the machine's. resvg draws
 * on a thread of its own, so that the build renders the next page meanwhile: the previews are
 * drawn as many at a time as the prerenderer asks for at once (svelte.config.js), no more.
 */
export async function renderPng(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'DejaVu Sans' },
    logLevel: 'off',
  });
  return image.asPng();
}

/** The story's cities, for context on other places' maps. */
function contextPoints(built: BuiltStory, except: string): ContextPoint[] {
  const out: ContextPoint[] = [];
  for (const p of built.story.places) {
    const g = built.geometry.get(p.id);
    if (p.id !== except && p.kind === 'city' && g?.type === 'Point')
      out.push({ name: p.name, at: g.coordinates });
  }
  return out;
}

/** The SVG preview of a place as the site serves it, or undefined for an unknown id. */
export function placePreviewSvg(built: BuiltStory, id: string): string | undefined {
  const place = built.story.places.find((p) => p.id === id);
  const geometry = built.geometry.get(id);
  if (!place || !geometry) return undefined;
  const { title, source, lang } = built.story.meta;
  const text = { headline: title, source, lang };
  return placeSvg(
    place,
    geometry,
    text,
    loadBasemap(),
    contextPoints(built, id),
    contextSources(built),
  );
}

/** The PNG preview of a place, or undefined for an unknown id. */
export async function placePreviewPng(built: BuiltStory, id: string): Promise<Buffer | undefined> {
  const svg = placePreviewSvg(built, id);
  return svg === undefined ? undefined : renderPng(svg);
}

/** The SVG preview of the whole story as the site serves it. */
export function storyPreviewSvg(built: BuiltStory): string {
  return storySvg(built.story, built.geometry, loadBasemap(), contextSources(built));
}

/** The PNG preview of the whole story. */
export function storyPreviewPng(built: BuiltStory): Promise<Buffer> {
  return renderPng(storyPreviewSvg(built));
}
