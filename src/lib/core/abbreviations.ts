/**
 * Where a sentence does not end although `Intl.Segmenter` says it does: after an abbreviation.
 *
 * ICU can suppress these breaks itself (UTS #35 locale key "ss", value "standard", with the
 * CLDR lists in common/segments/<lang>.xml; ICU's FilteredBreakIteratorBuilder applies them),
 * but ECMA-402 gives Intl.Segmenter no relevant extension keys, so V8 drops `-u-ss-standard`
 * from the locale: `new Intl.Segmenter('en-u-ss-standard', { granularity: 'sentence' })`
 * still breaks after "Mr." and "U.S." (checked on Node 20.20 / V8 11.3, ICU 78). Adding "ss"
 * was proposed (tc39/proposal-intl-segmenter#142, tc39/ecma402#783) and is not in the
 * standard. Even CLDR's "standard" list lacks "Dr.", and would join "in the U.S. The next
 * day", so we keep our own list and look at the word that follows.
 */

/**
 * Titles and words that always stand before something: after them the sentence goes on
 * ("Gen. Votel", "St. Pölten", "Iraq vs. Iran", "e.g. Syria").
 */
const BEFORE_A_NAME = new Set(
  (
    'Mr. Mrs. Ms. Mx. Messrs. Dr. Prof. Rev. Fr. Sr. Hon. Amb. Pres. Gov. Govs. Sen. Sens. ' +
    'Rep. Reps. Gen. Gens. Lt. Col. Maj. Capt. Cmdr. Adm. Brig. Sgt. Cpl. Pvt. Insp. Supt. ' +
    'St. Ste. Mt. Ft. vs. v. cf. e.g. i.e. viz. approx. ca.'
  ).split(' '),
);

/**
 * Abbreviations that may also end a sentence ("They flew to the U.S. The talks began"): the
 * months as AP style writes them before a date, "No." before a number, corporate suffixes,
 * and every initialism (see `isInitialism`).
 */
const MAY_END = new Set(
  (
    'Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. Sept. Oct. Nov. Dec. ' +
    'No. Nos. Jr. Inc. Co. Corp. Ltd. Bros. etc. a.m. p.m.'
  ).split(' '),
);

/** "U.S.", "U.K.", "U.N.", "U.S.A.", "D.C.", and a single initial as in "George W. Bush". */
function isInitialism(word: string): boolean {
  return /^(?:\p{L}\.)+$/u.test(word);
}

/**
 * Capitalised words that go on a sentence after "U.S.", "U.N." and the like: the bodies and
 * offices they qualify ("the U.S. Embassy", "U.N. Security Council", "U.S. Army Gen. Votel").
 */
const CONTINUATIONS = new Set(
  (
    'Embassy Embassies Consulate Ambassador Envoy Mission Army Navy Air Marine Marines Coast ' +
    'Guard Forces Force Special Central Command Congress Senate Senator House Capitol Supreme ' +
    'Court District Federal President Vice Secretary Secretary-General State Department ' +
    'Treasury Defense Justice Commerce Homeland Attorney Agency Administration Government ' +
    'Security General Assembly Council Human Rights Refugee Peacekeeping Charter Office ' +
    'Representative Open Census Postal Border Customs Intelligence Naval Military'
  ).split(' '),
);

/**
 * Words that start sentences and hardly ever follow an abbreviation inside one: articles,
 * pronouns, conjunctions, and the adverbs and prepositions news sentences open with.
 */
const OPENERS = new Set(
  (
    'The A An This That These Those It Its He She They We I You His Her Their Our My There ' +
    'Here But And Or So Yet Then Now Still Also However Meanwhile Later Earlier After Before ' +
    'When While Since As If Although Though Because In On At By For From With Without Of To ' +
    'Under Over During Last Next Today Yesterday Tomorrow What Who Why How Where Which ' +
    'Some Many Most All Both Each Every No Not Nor One Two Such'
  ).split(' '),
);

/** The last word before `end` in `text`, without the brackets or quotes that open it. */
function lastWord(before: string): string {
  const word = /\S+$/u.exec(before)?.[0] ?? '';
  return word.replace(/^[([{"'“‘«]+/u, '');
}

/** The first word of `after`, without the brackets or quotes that open it or what follows. */
function firstWord(after: string): string {
  const word = /^\s*(\S+)/u.exec(after)?.[1] ?? '';
  return word.replace(/^[([{"'“‘«]+/u, '').replace(/[^\p{L}\p{N}-]+$/u, '');
}

/**
 * True when the sentence that ends with `before` goes on into `after`, because it ended at an
 * abbreviation and not at a full stop. After a title it always goes on; after an initialism, a
 * month or a suffix it goes on unless the next word opens sentences ("The", "He", "But"...).
 * An unknown capitalised word ("He lives in the U.S. Iraq is far.") goes on as well: an excerpt
 * of two whole sentences is still verbatim, an excerpt cut at "U.S." is not a sentence.
 */
export function continuesAfter(before: string, after: string): boolean {
  const word = lastWord(before.trimEnd());
  if (!word.endsWith('.')) return false;
  if (BEFORE_A_NAME.has(word)) return true;
  if (!MAY_END.has(word) && !isInitialism(word)) return false;
  const next = firstWord(after);
  if (!next) return false;
  if (/^[\p{Ll}\p{N}]/u.test(next)) return true;
  if (CONTINUATIONS.has(next)) return true;
  return !OPENERS.has(next);
}
