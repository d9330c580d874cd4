/**
 * A state or province written short after a town and a comma, as datelines and wire copy
 * write it: "Buffalo, N.Y.", "Plum Island, NY", "Victoria, B.C.", "Dubbo, NSW". Only there:
 * alone, "NY" may be the city, and "IN", "OR", "ME", "ON" and "Miss." are words. A few are
 * nothing else and are read anywhere ("NSW").
 */
import { admin1 } from '../gazetteer/admin1';
import type { Candidate, Rejection } from './candidate';
import type { Lexicon } from './lexicon';

/**
 * The short forms of states and provinces, by their ISO 3166-2 codes: each US state's postal
 * code (USPS, also its ISO code's) and its abbreviation in the AP Stylebook where it has one
 * (states of five letters or fewer, Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas and Utah,
 * are written in full); Canada's provinces and territories by Canada Post's codes and The
 * Canadian Press's abbreviations; Australia's states and territories as its papers write them.
 */
const FORMS_OF: Record<string, string[]> = {
  'US-AL': ['AL', 'Ala.'],
  'US-AK': ['AK'],
  'US-AZ': ['AZ', 'Ariz.'],
  'US-AR': ['AR', 'Ark.'],
  'US-CA': ['CA', 'Calif.'],
  'US-CO': ['CO', 'Colo.'],
  'US-CT': ['CT', 'Conn.'],
  'US-DE': ['DE', 'Del.'],
  'US-FL': ['FL', 'Fla.'],
  'US-GA': ['GA', 'Ga.'],
  'US-HI': ['HI'],
  'US-ID': ['ID'],
  'US-IL': ['IL', 'Ill.'],
  'US-IN': ['IN', 'Ind.'],
  'US-IA': ['IA'],
  'US-KS': ['KS', 'Kan.'],
  'US-KY': ['KY', 'Ky.'],
  'US-LA': ['LA', 'La.'],
  'US-ME': ['ME'],
  'US-MD': ['MD', 'Md.'],
  'US-MA': ['MA', 'Mass.'],
  'US-MI': ['MI', 'Mich.'],
  'US-MN': ['MN', 'Minn.'],
  'US-MS': ['MS', 'Miss.'],
  'US-MO': ['MO', 'Mo.'],
  'US-MT': ['MT', 'Mont.'],
  'US-NE': ['NE', 'Neb.'],
  'US-NV': ['NV', 'Nev.'],
  'US-NH': ['NH', 'N.H.'],
  'US-NJ': ['NJ', 'N.J.'],
  'US-NM': ['NM', 'N.M.'],
  'US-NY': ['NY', 'N.Y.'],
  'US-NC': ['NC', 'N.C.'],
  'US-ND': ['ND', 'N.D.'],
  'US-OH': ['OH'],
  'US-OK': ['OK', 'Okla.'],
  'US-OR': ['OR', 'Ore.'],
  'US-PA': ['PA', 'Pa.'],
  'US-RI': ['RI', 'R.I.'],
  'US-SC': ['SC', 'S.C.'],
  'US-SD': ['SD', 'S.D.'],
  'US-TN': ['TN', 'Tenn.'],
  'US-TX': ['TX'],
  'US-UT': ['UT'],
  'US-VT': ['VT', 'Vt.'],
  'US-VA': ['VA', 'Va.'],
  'US-WA': ['WA', 'Wash.'],
  'US-WV': ['WV', 'W.Va.'],
  'US-WI': ['WI', 'Wis.'],
  'US-WY': ['WY', 'Wyo.'],
  'CA-AB': ['AB', 'Alta.'],
  'CA-BC': ['BC', 'B.C.'],
  'CA-MB': ['MB', 'Man.'],
  'CA-NB': ['NB', 'N.B.'],
  'CA-NL': ['NL', 'N.L.', 'Nfld.'],
  'CA-NS': ['NS', 'N.S.'],
  'CA-NT': ['NT', 'N.W.T.'],
  'CA-NU': ['NU'],
  'CA-ON': ['ON', 'Ont.'],
  'CA-PE': ['PE', 'PEI', 'P.E.I.'],
  'CA-QC': ['QC', 'Que.'],
  'CA-SK': ['SK', 'Sask.'],
  'CA-YT': ['YT'],
  'AU-ACT': ['ACT'],
  'AU-NSW': ['NSW', 'N.S.W.'],
  'AU-NT': ['NT'],
  'AU-QLD': ['Qld', 'QLD', 'Qld.'],
  'AU-SA': ['SA'],
  'AU-TAS': ['Tas', 'TAS', 'Tas.'],
  'AU-VIC': ['Vic', 'VIC', 'Vic.'],
  'AU-WA': ['WA'],
};

/** Each short form, with the divisions it may stand for: "WA" two. */
const SHORT = new Map<string, string[]>();
for (const [code, forms] of Object.entries(FORMS_OF))
  for (const f of forms) SHORT.set(f, [...(SHORT.get(f) ?? []), code]);

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
      const readings = SHORT.get(m[0])!.flatMap((code) => {
        const name = admin1(code)?.properties.name;
        return (name ? lex.readings(name) : [])
          .filter((r) => r.type === 'state' && r.ref === `admin1:${code}`)
          .slice(0, 1)
          .map((r) => ({ ...r, via: 'name' as const, suffixed: true }));
      });
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
