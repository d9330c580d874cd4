/**
 * "The Hungarian capital" names a city, not the country: a demonym followed by "capital" is
 * an alias of the country's capital when the article names that city too (Budapest), and
 * not a mention of the country. The country is drafted only if the text names it otherwise.
 */
import { country } from '../gazetteer';
import { fold } from '../gazetteer/names';
import type { Choice } from './choose';
import type { Candidate } from './candidate';

/** The words after a candidate that make it a capital: " capital", " capital city". */
const CAPITAL = /^\s+capital(?![\p{L}\p{N}])/u;

/**
 * Moves "<demonym> capital" candidates from the country to its capital's city choice. Returns
 * the choices left (a country with no other mention is dropped) and the aliases to add, by
 * the city's choice.
 */
export function capitalAliases(
  choices: Choice[],
  text: (paragraph: number) => string,
): { choices: Choice[]; aliases: Map<Choice, string[]> } {
  const aliases = new Map<Choice, string[]>();
  const out: Choice[] = [];
  for (const ch of choices) {
    const r = ch.reading;
    if (r.type !== 'country' || r.via !== 'demonym') {
      out.push(ch);
      continue;
    }
    const capitals = (country(r.countries[0])?.capital ?? []).map(fold);
    const city = choices.find(
      (c) =>
        c.reading.type === 'city' &&
        c.reading.countries[0] === r.countries[0] &&
        (capitals.includes(fold(c.reading.name)) || c.reading.city?.featureCode === 'PPLC'),
    );
    const isCapital = (c: Candidate) => CAPITAL.test(text(c.paragraph).slice(c.end));
    if (!city || !ch.candidates.some(isCapital)) {
      out.push(ch);
      continue;
    }
    const forms = aliases.get(city) ?? [];
    for (const c of ch.candidates.filter(isCapital)) {
      const form = `${c.text} capital`;
      if (!forms.includes(form)) forms.push(form);
    }
    aliases.set(city, forms);
    const rest = ch.candidates.filter((c) => !isCapital(c));
    if (rest.length) out.push({ ...ch, candidates: rest });
  }
  return { choices: out, aliases };
}
