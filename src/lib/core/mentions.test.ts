import { describe, expect, it } from 'vitest';
import { isAcronym, mentionFinder } from './mentions';

const find = mentionFinder([
  { id: 'the-west', name: 'The West', aliases: ['West', 'Western'] },
  { id: 'west-asia', name: 'West Asia', aliases: [] },
  { id: 'asia', name: 'Asia', aliases: [] },
  { id: 'eurasia', name: 'Eurasia', aliases: [] },
  { id: 'iraq', name: 'Iraq', aliases: ['Iraqi'] },
  { id: 'united-states', name: 'United States', aliases: ['US'] },
  { id: 'budapest', name: 'Budapest', aliases: [] },
  { id: 'sao-paulo', name: 'São Paulo', aliases: [] },
  { id: 'tunisia', name: 'Tunisia', aliases: ['Tunisian'] },
  { id: 'guinea', name: 'Guinea', aliases: [] },
]);

const ids = (text: string) => find(text).map((m) => `${m.placeId}:${m.text}`);

describe('mentionFinder', () => {
  it('takes the longest form at each position ("West Asia" is not "West" plus "Asia")', () => {
    expect(ids('the crisis in West Asia region')).toEqual(['west-asia:West Asia']);
    expect(ids('Why West so concerned over ISIS loss in West Asia?')).toEqual([
      'the-west:West',
      'west-asia:West Asia',
    ]);
  });

  it('matches a multi-word name including the article, in either case', () => {
    expect(ids('The West’s major concern; it drives the West to act')).toEqual([
      'the-west:The West’s',
      'the-west:the West',
    ]);
  });

  it('takes the ʻokina, a left quote and an apostrophe for one another', () => {
    const oahu = mentionFinder([{ id: 'oahu', name: 'O‘ahu', aliases: [] }]);
    for (const text of ['Rain on Oʻahu.', "Rain on O'ahu.", 'Rain on O’ahu.', 'Rain on O‘ahu.'])
      expect(
        oahu(text).map((m) => m.text),
        text,
      ).toEqual([text.slice(8, 13)]);
  });

  it('respects Unicode word boundaries', () => {
    expect(ids('Eurasia, North America, and Asia–')).toEqual(['eurasia:Eurasia', 'asia:Asia']);
    expect(ids('Westernised Iraqi-born and Asian markets')).toEqual(['iraq:Iraqi']);
    expect(ids('Westernised Tunisianism and Asian markets')).toEqual([]);
    expect(ids('São Paulo and xSão Paulo')).toEqual(['sao-paulo:São Paulo']);
  });

  it('takes the demonym as its own form and keeps the possessive inside the mention', () => {
    expect(ids('Iraqi forces entered Iraq’s Mosul')).toEqual(['iraq:Iraqi', 'iraq:Iraq’s']);
    expect(ids("Budapest's mayor and Budapest’s river")).toEqual([
      "budapest:Budapest's",
      'budapest:Budapest’s',
    ]);
  });

  it('matches the plurals of names and demonyms without their being listed', () => {
    expect(ids('Tunisians and Iraqis met in São Paulo')).toEqual([
      'tunisia:Tunisians',
      'iraq:Iraqis',
      'sao-paulo:São Paulo',
    ]);
    const us = mentionFinder([{ id: 'united-states', name: 'America', aliases: ['American'] }]);
    expect(us('Americans in the Americas').map((m) => m.text)).toEqual(['Americans']);
    const [m] = find('Many Tunisians left');
    expect(m.form).toBe('Tunisian');
  });

  it('keeps the possessive of a plural, with or without a final s', () => {
    expect(ids("the Tunisians’ vote and the Iraqis' flag")).toEqual([
      'tunisia:Tunisians’',
      "iraq:Iraqis'",
    ]);
  });

  it('matches a plural only with its capitals, and never as another place', () => {
    expect(ids('he paid in guineas; the Americas and the Guineas')).toEqual([]);
  });

  it('matches plurals in English only', () => {
    const french = mentionFinder([{ id: 'iraq', name: 'Irak', aliases: ['Irakien'] }], {
      lang: 'fr',
    });
    expect(french('Les Irakiens et un Irakien').map((m) => m.text)).toEqual(['Irakien']);
  });

  it('matches acronyms case-sensitively', () => {
    expect(ids('The US violations')).toEqual(['united-states:US']);
    expect(ids('Let us go; the Us and uS')).toEqual([]);
    expect(isAcronym('US')).toBe(true);
    expect(isAcronym('EU')).toBe(true);
    expect(isAcronym('Iraq')).toBe(false);
  });

  it('reports offsets that slice back to the mention text', () => {
    const text = 'In Syria and Iraq, the West and the US.';
    for (const m of find(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('finds a name with or without its diacritics and macrons, keeping the text as written', () => {
    const marks = mentionFinder([
      { id: 'malmo', name: 'Malmö', aliases: [] },
      { id: 'krakow', name: 'Krakow', aliases: [] },
      { id: 'maui', name: 'Māui', aliases: [] },
      { id: 'lodz', name: 'Łódź', aliases: [] },
      { id: 'zurich', name: 'Zürich', aliases: ['Zurichers'] },
    ]);
    const found = (text: string) => marks(text).map((m) => `${m.placeId}:${m.text}`);
    expect(found('From Malmo to Kraków, then MALMÖ')).toEqual([
      'malmo:Malmo',
      'krakow:Kraków',
      'malmo:MALMÖ',
    ]);
    expect(found('Maui and Māui; Lodz and Łódź')).toEqual([
      'maui:Maui',
      'maui:Māui',
      'lodz:Lodz',
      'lodz:Łódź',
    ]);
    // The fold is letter for letter: offsets still slice the article's own text.
    const text = 'Zürichers in São Paulo’s Zurich';
    for (const m of [...marks(text), ...find(text)])
      expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(ids('Sao Paulo and São Paulo’s')).toEqual([
      'sao-paulo:Sao Paulo',
      'sao-paulo:São Paulo’s',
    ]);
    // A letter with a mark is still a letter: no mention inside "Iraqé".
    expect(ids('Iraqé')).toEqual([]);
  });

  it('finds names with hyphens, dots and brackets (Port-au-Prince, St. Marc)', () => {
    const finder = mentionFinder([
      { id: 'pap', name: 'Port-au-Prince', aliases: [] },
      { id: 'st-marc', name: 'St. Marc', aliases: ['Saint-Marc (Haiti)'] },
    ]);
    expect(
      finder('From Port-au-Prince to St. Marc, or Saint-Marc (Haiti).').map((m) => m.text),
    ).toEqual(['Port-au-Prince', 'St. Marc', 'Saint-Marc (Haiti)']);
  });

  it('finds nothing when there are no places', () => {
    expect(mentionFinder([])('Iraq')).toEqual([]);
  });
});
