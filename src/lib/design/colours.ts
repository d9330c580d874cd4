/**
 * The colours, named by role: every colour that the page (app.css repeats them as custom
 * properties, checked by colours.test.ts), the map style, the legend, the poster and the
 * preview images share. Stroke colours are at least 3:1 against the land and the water (WCAG
 * 1.4.11 non-text contrast) and text colours 4.5:1 against what they sit on
 * (tests/unit/contrast.test.ts).
 *
 * Two palettes, light and dark, give every role a colour each. The page follows the scheme in
 * effect (core/theme) through app.css, where each custom property is `light-dark(light, dark)`;
 * the live map repaints its style from the palette of that scheme; the poster and the inset
 * carry both in their own style sheets. The preview images, shown outside the page, and print
 * stay light: `colours` and `kindColour` are the light palette's.
 */
import type { Kind } from '../core/kinds';

const light = {
  /** Text and the city markers. */
  ink: '#1d2b36',
  /** Secondary text: captions, counts, the preview's headline. */
  muted: '#56636d',
  /** The page's and the preview images' background. */
  paper: '#fbfaf7',
  /** Hairlines between parts of the page and of the preview images. */
  rule: '#e2ddd3',
  /** The highlight: the selected place on the map, marks in the text, the previews' place. */
  accent: '#b5321f',
  /** A tint of the accent behind highlighted text. */
  accentSoft: '#fbe9e4',
  /** The accent darkened to read as 17 px text over its own tinted fill (the previews). */
  accentDark: '#8e2a1f',
  /** Keyboard focus rings. */
  focus: '#1a64d6',
  water: '#d4e0e7',
  land: '#f3efe7',
  border: '#b7aea1',
  coast: '#9fb3c0',
  /** Place labels on the map. */
  label: '#1d2b36',
  /**
   * Seas and lakes at rest, at `rest.waterFillOpacity`: a light blue that reads as water over
   * the land (a lake) and as a deeper blue over the map's water (a named sea).
   */
  waterFill: '#5b9bd0',
  /** Names of seas, lakes and rivers, in italic: 5:1 on the map's water, 6:1 on land. */
  waterLabel: '#1b5e94',
  /** Place labels of dimmed places. */
  labelDim: '#5f6b74',
  /** City markers of dimmed places. */
  cityDim: '#7d868c',
  /** The white ring round a city marker and the casing of rivers and routes (map and key). */
  markerRing: '#ffffff',
  /** Behind labels on the map, behind the legend and the map's status note. */
  halo: 'rgba(255,255,255,0.92)',
  /** Small print on the preview images (the source line). */
  faint: '#6b7580',
  /** Country names on the previews' basemap and the live map: quiet, but 4:1 against the land. */
  countryLabel: '#7a7166',
  /** The locator map's context rivers: a muted water blue, under the story's own rivers. */
  contextRiver: '#8db3cf',
  /** Reference cities' names on the map: grey, below the story's ink, 5:1 on the land. */
  contextCity: '#5f6b74',

  // The page's controls and boxes (app.css and the components read these as custom properties).
  /** Buttons, the place panel, the chooser: white on the paper and over the map. */
  surface: '#ffffff',
  /** A button on the map under the pointer. */
  surfaceHover: '#f3f5f6',
  /** The ink at a quarter: the outline of what sits on the map (its buttons, the inset). */
  controlBorder: 'rgba(29,43,54,0.25)',
  /** The outline of the page's round buttons and of the place index's places. */
  pillBorder: '#cfc8bc',
  /** Text and marks on an ink fill: the skip links, a chosen place, the motion switch's knob. */
  onInk: '#ffffff',
  /** The motion switch's track when off. */
  switchOff: '#8a949b',
  /** A quiet box on white: the panel's note, the embed code. */
  wash: '#f6f3ee',
  /** The panel's round close button, and under the pointer. */
  iconButton: '#f1eee8',
  iconButtonHover: '#e4dfd5',
  /** The chooser's option under the pointer or the keyboard's focus. */
  optionHover: '#f1ece4',
  /** The place index's mention counts. */
  badge: '#efebe4',
  /** The map region when the map could not load. */
  mapFailed: '#eef2f4',
  /** Text of a disabled button (Previous at the first paragraph). */
  disabled: '#767676',
  /** A confirmation ("Link copied"). */
  success: '#1e6b3a',
  /** Behind the text of a `<mark>`. */
  markFill: '#ffe08a',
};

/** A colour for every role: what each palette gives. */
export type Palette = { readonly [Role in keyof typeof light]: string };

/**
 * The dark palette: a cartographer's night map, not an inverted one. The paper and the sea are
 * the darkest, the land a little lighter, so the land still reads as the ground; text and the
 * story's names are warm off-whites, the context's greys dimmer than them, the water's names
 * a light blue. The accent stays a red, lifted to read on the dark (7:1 on the paper). The
 * same contrast rules hold as in the light palette (tests/unit/contrast.test.ts).
 */
const dark: Palette = {
  ink: '#e6e2da',
  muted: '#a3acb3',
  paper: '#15181b',
  rule: '#343a40',
  accent: '#f0806a',
  accentSoft: '#3d2521',
  // The previews stay light; a dark value for completeness, as text on `accentSoft`.
  accentDark: '#f5a895',
  focus: '#7fb0ff',
  water: '#18232c',
  land: '#2a2b2d',
  border: '#817a71',
  coast: '#557891',
  label: '#e6e2da',
  waterFill: '#4d8fc7',
  waterLabel: '#8fc4ee',
  labelDim: '#98a1a8',
  cityDim: '#7c858b',
  // Round a light city dot and under a line, the ring and the casing are the night's ground.
  markerRing: '#15181b',
  halo: 'rgba(21,24,27,0.88)',
  faint: '#9aa3aa',
  countryLabel: '#a59c8f',
  contextRiver: '#3f6a8a',
  contextCity: '#98a1a8',

  surface: '#202428',
  surfaceHover: '#2b3035',
  controlBorder: 'rgba(230,226,218,0.3)',
  pillBorder: '#4b5157',
  onInk: '#15181b',
  switchOff: '#6f787f',
  wash: '#1d2124',
  iconButton: '#2a2e33',
  iconButtonHover: '#363b41',
  optionHover: '#30353a',
  badge: '#2c3035',
  mapFailed: '#1d2226',
  disabled: '#858c92',
  success: '#6fcf8f',
  markFill: '#5e4b14',
};

/** A colour scheme: the page follows the reader's (core/theme). */
export type Scheme = 'light' | 'dark';

/** The palettes by scheme. */
export const palettes = { light, dark } as const satisfies Record<Scheme, Palette>;

/** The light palette: the preview images', print's, and the page's by default. */
export const colours: Palette = light;

/**
 * One colour per kind, by scheme; shape or dash pattern tells kinds apart too, never colour
 * alone. The dark scheme keeps each kind's hue, lighter, so a kind means the same in both.
 */
export const kindColours: Record<Scheme, Record<Kind, string>> = {
  light: {
    city: '#1d2b36',
    /** A dark teal: a point like a city, told apart by its diamond too. */
    landmark: '#0f6b73',
    country: '#8a4b2a',
    region: '#2f6690',
    /** A deeper, brighter blue than the regions': 3.9:1 on the map's water, 4.6:1 on land. */
    water: '#1f6fb2',
    /** A dark orange, the one warm line colour besides the accent: 3.4:1 on water, 4:1 on land. */
    route: '#c25400',
    historical: '#6d4c7d',
    concept: '#2b7a5f',
  },
  dark: {
    city: '#e6e2da',
    landmark: '#4fb8bf',
    country: '#d98a5f',
    region: '#72aad8',
    water: '#5ba7e8',
    route: '#f2903f',
    historical: '#b793c9',
    concept: '#5fc29c',
  },
};

/** The light palette's kind colours: the preview images' and print's. */
export const kindColour: Record<Kind, string> = kindColours.light;
