/**
 * Which of a country's spellings (world-countries) the drafter matches, and the language in which
 * a spelling is the country's own name, so that it counts only in an article in that language.
 */
import worldCountries from 'world-countries';
import { fold } from '../gazetteer/names';

/** Spellings worth matching: not two-letter ISO codes (but "US" and "UK"), not local scripts. */
export function usableSpelling(s: string): boolean {
  if (/^[A-Z]{2}$/.test(s)) return s === 'US' || s === 'UK';
  if (/,/.test(s)) return false;
  return /^[\p{Script=Latin}\s.'’-]+$/u.test(s);
}

/** Each country's own names by language (world-countries' `name.native`), folded. */
const NATIVE = new Map(
  worldCountries.map((c) => [
    c.cca3,
    Object.entries(c.name.native ?? {}).flatMap(([lang3, n]) =>
      [n.common, n.official].map((name) => ({ name: fold(name), lang3 })),
    ),
  ]),
);

/**
 * The language (BCP 47) in which `form` is the country's own name, when that is not English:
 * "Island" is Iceland's in Icelandic ("is"), "Deutschland" Germany's in German ("de").
 */
export function nativeLanguage(iso3: string, form: string): string | undefined {
  const hit = NATIVE.get(iso3)?.find((n) => n.name === fold(form));
  // ISO 639-3 codes as world-countries gives them; Intl maps them to BCP 47's two letters.
  const lang = hit && new Intl.Locale(hit.lang3).language;
  return lang && lang !== 'en' ? lang : undefined;
}
