/**
 * The preview image's layout: its size (what social networks show), the map panel on the
 * right and the text panel's margins on the left.
 */
import type { Rect } from '../../core/framing';

export const WIDTH = 1200;
export const HEIGHT = 630;
/** The map: the right 60% of the image; the text panel takes the rest. */
export const MAP_PANEL: Rect = { left: 480, top: 0, right: WIDTH, bottom: HEIGHT };

/** The text panel's left margin. */
export const PAD_X = 56;
/** How wide text in the text panel may run: it stops 44 px short of the map. */
export const TEXT_WIDTH = MAP_PANEL.left - PAD_X - 44;
