import { describe, expect, it } from 'vitest';
import { draftText } from './draft-text';

const draft = draftText;
const names = (d: ReturnType<typeof draft>) => d.places.map((p) => p.name);
const reason = (d: ReturnType<typeof draft>, text: string) =>
  d.notPlaces.find((u) => u.text === text)?.reason;

describe('people named like places', { timeout: 60_000 }, () => {
  it('reads a given name before a small town’s name as a person', () => {
    const d = draft(
      '"Most are mild," said Gordon Campbell, the premier of British Columbia.',
      'The International Development Secretary, Douglas Alexander, spoke in London.',
    );
    // Gordon and Campbell, Douglas and Alexander are all towns somewhere.
    for (const n of ['Gordon', 'Campbell', 'Douglas', 'Alexander'])
      expect(names(d)).not.toContain(n);
    expect(reason(d, 'Gordon Campbell')).toBe(
      'a person (the given name "Gordon" before "Campbell")',
    );
    // The places beside them stay.
    expect(names(d)).toEqual(expect.arrayContaining(['British Columbia', 'London']));
  });

  it('reads a surname alone as the person the article named in full', () => {
    const d = draft(
      'Jose Angel Cordova, the Mexican health secretary, said the number fell.',
      'Cordova called the figures encouraging.',
    );
    expect(names(d)).not.toContain('Cordova');
    expect(reason(d, 'Jose Angel Cordova')).toBe('a person (the given name "Jose")');
    expect(reason(d, 'Cordova')).toBe("a person's name (Jose Angel Cordova)");
  });

  it('keeps a place that a given name starts or that a person’s name ends with', () => {
    const d = draft(
      'Floods reached Victoria Falls and Charlotte Amalie. Michael Jordan visited Jordan.',
    );
    expect(names(d)).toEqual(expect.arrayContaining(['Victoria Falls', 'Jordan']));
  });

  it('keeps a country before an institution’s words, not a state before a firm’s or a cartel', () => {
    const d = draft(
      'The US Centers for Disease Control said so. Kentucky Fried Chicken shut 107 outlets, and the Sinaloa Cartel fought on.',
    );
    expect(d.places.map((p) => p.ref)).toContain('country:USA');
    expect(names(d)).not.toContain('Kentucky');
    expect(names(d)).not.toContain('Sinaloa');
  });

  it('reads a person’s whole name again as the person, whatever its given name names', () => {
    const d = draft(
      'The concert closed with a speech from former President Nelson Mandela.',
      '"Four others are newly infected," said Nelson Mandela.',
    );
    // Nelson is a river, a region and towns; Nelson Mandela is neither.
    expect(names(d)).not.toContain('Nelson');
    expect(reason(d, 'Nelson')).toBe("a person's name (Nelson Mandela)");
  });

  it('reads an organisation’s name without its head word as the organisation', () => {
    const d = draft(
      'Five boys at Franklin Elementary in Santa Ana, California, fell ill. More children at Franklin were diagnosed.',
      'The Center for Disease Control was told in Spring 2002; the Center did not answer. Reporters Without Borders protested.',
    );
    for (const n of ['Franklin', 'Center', 'Spring', 'Borders', 'The Borders'])
      expect(names(d)).not.toContain(n);
    expect(reason(d, 'Franklin')).toBe("an organisation's name (Franklin Elementary)");
    expect(reason(d, 'Spring')).toBe('a season');
    expect(names(d)).toEqual(expect.arrayContaining(['Santa Ana', 'California']));
  });
});
