/**
 * A state or province written short after a town and a comma, as datelines and wire copy
 * write it: "Buffalo, N.Y.", "Plum Island, NY", "Victoria, B.C.", "Dubbo, NSW". Only there:
 * alone, "NY" may be the city, and "IN", "OR", "ME", "ON" and "Miss." are words. A few are
 * nothing else and are read anywhere ("NSW").
 */
import type { Candidate, Rejection } from './candidate';
import type { Lexicon } from './lexicon';

/**
 * Each US state's postal code (USPS) and its abbreviation in the AP Stylebook, where it has one
 * (states of five letters or fewer, Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah,
 * are written in full).
 */
const US: [string, string, string?][] = [
  ['Alabama', 'AL', 'Ala.'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ', 'Ariz.'],
  ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.'],
  ['Colorado', 'CO', 'Colo.'],
  ['Connecticut', 'CT', 'Conn.'],
  ['Delaware', 'DE', 'Del.'],
  ['Florida', 'FL', 'Fla.'],
  ['Georgia', 'GA', 'Ga.'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL', 'Ill.'],
  ['Indiana', 'IN', 'Ind.'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS', 'Kan.'],
  ['Kentucky', 'KY', 'Ky.'],
  ['Louisiana', 'LA', 'La.'],
  ['Maine', 'ME'],
  ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'],
  ['Michigan', 'MI', 'Mich.'],
  ['Minnesota', 'MN', 'Minn.'],
  ['Mississippi', 'MS', 'Miss.'],
  ['Missouri', 'MO', 'Mo.'],
  ['Montana', 'MT', 'Mont.'],
  ['Nebraska', 'NE', 'Neb.'],
  ['Nevada', 'NV', 'Nev.'],
  ['New Hampshire', 'NH', 'N.H.'],
  ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M.'],
  ['New York', 'NY', 'N.Y.'],
  ['North Carolina', 'NC', 'N.C.'],
  ['North Dakota', 'ND', 'N.D.'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK', 'Okla.'],
  ['Oregon', 'OR', 'Ore.'],
  ['Pennsylvania', 'PA', 'Pa.'],
  ['Rhode Island', 'RI', 'R.I.'],
  ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D.'],
  ['Tennessee', 'TN', 'Tenn.'],
  ['Texas', 'TX'],
  ['Utah', 'UT'],
  ['Vermont', 'VT', 'Vt.'],
  ['Virginia', 'VA', 'Va.'],
  ['Washington', 'WA', 'Wash.'],
  ['West Virginia', 'WV', 'W.Va.'],
  ['Wisconsin', 'WI', 'Wis.'],
  ['Wyoming', 'WY', 'Wyo.'],
];

/**
 * Canada's provinces and territories by Canada Post's codes and The Canadian Press's
 * abbreviations, and Australia's states and territories as Australian papers write them.
 */
const OTHERS: [string, string, string[]][] = [
  ['Alberta', 'CA-AB', ['AB', 'Alta.']],
  ['British Columbia', 'CA-BC', ['BC', 'B.C.']],
  ['Manitoba', 'CA-MB', ['MB', 'Man.']],
  ['New Brunswick', 'CA-NB', ['NB', 'N.B.']],
  ['Newfoundland and Labrador', 'CA-NL', ['NL', 'N.L.', 'Nfld.']],
  ['Nova Scotia', 'CA-NS', ['NS', 'N.S.']],
  ['Northwest Territories', 'CA-NT', ['NT', 'N.W.T.']],
  ['Nunavut', 'CA-NU', ['NU']],
  ['Ontario', 'CA-ON', ['ON', 'Ont.']],
  ['Prince Edward Island', 'CA-PE', ['PE', 'PEI', 'P.E.I.']],
  ['Québec', 'CA-QC', ['QC', 'Que.']],
  ['Saskatchewan', 'CA-SK', ['SK', 'Sask.']],
  ['Yukon', 'CA-YT', ['YT']],
  ['Australian Capital Territory', 'AU-ACT', ['ACT']],
  ['New South Wales', 'AU-NSW', ['NSW', 'N.S.W.']],
  ['Northern Territory', 'AU-NT', ['NT']],
  ['Queensland', 'AU-QLD', ['Qld', 'QLD', 'Qld.']],
  ['South Australia', 'AU-SA', ['SA']],
  ['Tasmania', 'AU-TAS', ['Tas', 'TAS', 'Tas.']],
  ['Victoria', 'AU-VIC', ['Vic', 'VIC', 'Vic.']],
  ['Western Australia', 'AU-WA', ['WA']],
];

/** Each short form, with the states it may stand for (ISO 3166-2 code and name): "WA" two. */
const SHORT = new Map<string, { name: string; code: string }[]>();
for (const [name, code, forms] of [
  ...US.map(([name, postal, ap]) => [name, `US-${postal}`, [postal, ...(ap ? [ap] : [])]] as const),
  ...OTHERS,
])
  for (const f of forms) SHORT.set(f, [...(SHORT.get(f) ?? []), { name, code }]);

/** Short forms that are nothing else, read wherever the text writes them ("NSW Police"). */
const ALONE = new Set(['NSW', 'N.S.W.', 'Qld', 'P.E.I.']);

const escape = (s: string) => s.replace(/[.]/g, '\\.');
const FORMS = [...SHORT.keys()].sort((a, b) => b.length - a.length).map(escape);
const ANYWHERE = new RegExp(
  `(?<![\\p{L}\\d.])(?:${[...ALONE].map(escape).join('|')})(?![\\p{L}\\d])`,
  'gu',
);
/** A capitalised word, a comma, a short form, then no letter or digit. */
const AFTER_TOWN = new RegExp(
  `(?<=\\p{Lu}[\\p{L}'’.-]*, )(?:${FORMS.join('|')})(?![\\p{L}\\d])`,
  'gu',
);

/**
 * The states written short after a town: a candidate for each, read as the state only (the
 * names the segmenter made of those letters are dropped, "NY" as an acronym, "N.Y. on").
 */
export function shortStates(
  paragraphs: readonly string[],
  lex: Lexicon,
  candidates: Candidate[],
  rejections: Rejection[],
): { candidates: Candidate[]; rejections: Rejection[] } {
  const found: Candidate[] = [];
  paragraphs.forEach((text, i) => {
    const seen = new Set<number>();
    for (const m of [...text.matchAll(AFTER_TOWN), ...text.matchAll(ANYWHERE)]) {
      if (seen.has(m.index)) continue;
      seen.add(m.index);
      // Which of two states (WA: Washington, Western Australia) is the article's context's to
      // say, as for any name of two places (choose.ts).
      const readings = SHORT.get(m[0])!.flatMap(({ name, code }) =>
        lex
          .readings(name)
          .filter((r) => r.type === 'state' && r.ref === `admin1:${code}`)
          .slice(0, 1)
          .map((r) => ({ ...r, via: 'name' as const, suffixed: true })),
      );
      if (!readings.length) continue;
      found.push({
        form: m[0],
        text: m[0],
        paragraph: i + 1,
        start: m.index,
        end: m.index + m[0].length,
        sentenceInitial: false,
        readings,
      });
    }
  });
  if (!found.length) return { candidates, rejections };
  const over = (c: Candidate, f: Candidate) =>
    f.paragraph === c.paragraph && c.start < f.end && f.start < c.end;
  const overlaps = (c: Candidate) => found.some((f) => over(c, f));
  // Rejections carry no offsets: where no candidate took the letters, the rejection in its
  // paragraph that starts with them.
  const spent = new Set(found.filter((f) => candidates.some((c) => over(c, f))));
  const kept = rejections.filter((r) => {
    const f = found.find(
      (x) => !spent.has(x) && x.paragraph === r.paragraph && r.text.startsWith(x.form),
    );
    if (f) spent.add(f);
    return !f;
  });
  // First, so that the name's other uses ("NY officials") take the state's reading too.
  return { candidates: [...found, ...candidates.filter((c) => !overlaps(c))], rejections: kept };
}
