/**
 * English plurals of place names and demonyms, so that "Tunisians", "Iraqis" and "Americans"
 * are mentions of the places whose forms are "Tunisian", "Iraqi" and "American" without
 * being listed. Only the regular plural in "-s", and only where English forms it.
 */

/**
 * Plurals that are places of their own: "the Americas" is two continents, not the United
 * States twice; "the Carolinas", "the Dakotas" and "the Virginias" are pairs of states; "the
 * Guineas" are four countries. A story that means them lists them as places.
 */
const OWN_PLACES = new Set(['Americas', 'Carolinas', 'Dakotas', 'Virginias', 'Guineas']);

/**
 * The plural of a name or demonym, or undefined when it has none that adding "s" makes:
 * - an acronym ("US", "EU") names one body; "NGOs" is not a place;
 * - a last word that does not start with a capital ("the West" does, "Côte d’Ivoire" does
 *   not) is not a proper name;
 * - words in s, x, z, ch, sh take "-es" if anything, and demonyms in -ese, -ss, -ch, -sh
 *   ("Lebanese", "Swiss", "French", "British") are the same in the plural.
 */
export function englishPlural(form: string): string | undefined {
  const last = /(?:^|\s)(\S+)$/u.exec(form.trim())?.[1] ?? '';
  if (!/^\p{Lu}/u.test(last) || /^[\p{Lu}\d.&-]+$/u.test(last)) return undefined;
  if (!/\p{Ll}$/u.test(last) || /(?:[sxz]|ch|sh|ese)$/u.test(last)) return undefined;
  const plural = `${form.trim()}s`;
  return OWN_PLACES.has(`${last}s`) ? undefined : plural;
}
