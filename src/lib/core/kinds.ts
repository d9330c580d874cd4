/**
 * The small constants the browser needs from the story contract, kept apart from the
 * validators so that the page does not ship zod and YAML.
 */
export const KINDS = [
  'city',
  'landmark',
  'country',
  'region',
  'water',
  'route',
  'historical',
  'concept',
] as const;
export type Kind = (typeof KINDS)[number];

/** A URL slug: lowercase letters and digits in words joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
