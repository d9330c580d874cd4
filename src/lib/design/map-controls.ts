/**
 * The sizes of the controls on the map, from its edges: MapLibre's zoom buttons, scale bar and
 * credits (maplibre-gl.css), and the page's own "Show all places", key and locator inset. The
 * camera keeps places clear of them (map/padding) and the poster keeps its names clear of them
 * (server/poster/controls). The components' CSS writes the same numbers, held to these by
 * map-controls.test.ts. Lengths in px unless named in rem; type in rem draws at `REM_PX`.
 */

/** CSS pixels per rem: the browsers' default root font size, which the page keeps. */
export const REM_PX = 16;

/** MapLibre's margin round its controls, which the page's own controls keep too. */
const MARGIN = 10;

export const mapControls = {
  margin: MARGIN,
  /** The zoom buttons, top left: two of MapLibre's 29 px buttons with their border. */
  zoomButtons: { left: MARGIN, top: MARGIN, width: 30, height: 60 },
  /** The scale bar under the zoom buttons: the gap above it, its widest, its height. */
  scaleBar: { gap: MARGIN, left: MARGIN, width: 100, height: 20 },
  /** "Show all places", right of the zoom buttons: 600 weight, line height 1, sizes in rem. */
  showAll: { left: 50, top: MARGIN, typeRem: 0.8, padYRem: 0.55, padXRem: 0.75 },
  /** The key, bottom left. */
  legend: {
    left: MARGIN,
    bottom: MARGIN,
    typeRem: 0.75,
    lineHeight: 1.2,
    /** Open: a box of two columns, this padding and these gaps between rows and columns. */
    padYRem: 0.5,
    padXRem: 0.65,
    rowGapRem: 0.3,
    columnGapRem: 0.9,
    /** A kind's symbol (KindSwatch), taller than a line of the key's type, and its gap. */
    swatch: 16,
    swatchGapRem: 0.4,
    /** On a small screen, folded behind a toggle: 600 weight, line height 1. */
    toggle: { typeRem: 0.75, padYRem: 0.45, padXRem: 0.6 },
  },
  /**
   * The locator inset, right of "Show all places", clear of the key (bottom left) and the
   * panel (right): 150 px wide, its world 360° by 144° (map/locator INSET_VIEW) 60 px high,
   * and a 1 px border round it. Hidden on a map narrower than `minMapWidth` (a phone), where it
   * would cover places.
   */
  inset: { left: 200, top: MARGIN, width: 150, height: 62, border: 1, minMapWidth: 500 },
  /**
   * MapLibre's credits, bottom right, in its 12 px type: open on a map `openFrom` px wide or
   * more (map/load), else folded to its 24 px button. The poster reserves `openPad` beside
   * the open credits' text for their padding and button.
   */
  credits: { typePx: 12, height: 24, button: 24, openPad: 32, openFrom: 640 },
} as const;
