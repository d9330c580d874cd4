/**
 * Word lists the drafter needs to tell a place name from the other capitalised words of a news
 * story: months and weekdays, titles before a person's name, organisations that carry a place
 * name ("Washington Post", "Islamic State"), the last words that make a name an organisation
 * ("… Council", "… Army"), and common words a sentence starts with. Small by design: a word
 * missing here is caught by the other rules (a word the text also writes in lower case is a
 * common word; a weak city reading is not taken), and a miss shows in the review table.
 */

const set = (text: string) => new Set(text.trim().split(/\s*\|\s*|\s+/u));

export const MONTHS = set(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
);
export const WEEKDAYS = set('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');

/** Words before a person's name. "Prime Minister" is two of them, so both are listed. */
export const TITLES = set(`Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Gen Gen. General Col Col. Colonel Lt Lt.
  Sgt Sgt. Capt Capt. Captain Major President Premier Prime Minister Chancellor Secretary
  Secretary-General Governor Mayor King Queen Prince Princess Emir Sheikh Sultan Pope Senator
  Sen. Rep. Representative Ambassador Commander Chief Director Judge Justice Marshal Field
  Spokesman Spokeswoman Lord Lady Sir Deputy Foreign Defence Defense Interior
  Executive Vice Speaker Dictator Leader Strongman Autocrat Warlord Rebel Militant Cardinal Bishop Imam Ayatollah Archbishop Professor Prof. Mrs.`);

/** A title, or titles joined by hyphens ("Vice-Mayor", "Mayor-elect", "Governor-General"). */
export const isTitle = (w: string) =>
  TITLES.has(w) || (w.includes('-') && w.split('-').every((p) => TITLES.has(p) || p === 'elect'));

/**
 * Offices of a town, whose holder's title follows the town's name: "the Ubay Mayor", "the
 * Mabini Vice-Mayor". Before them a town of any size is the place; before others ("the US
 * Energy Secretary") only a large one is.
 */
export const LOCAL_OFFICES = set(
  'Mayor Vice-Mayor Mayor-elect Councillor Councilor Alderman Sheriff',
);

/** Organisations that are named after places or sound like them; compared folded. */
export const ORGANISATIONS = [
  'Washington Post',
  'New York Times',
  'Los Angeles Times',
  'Financial Times',
  'Wall Street Journal',
  'Islamic State',
  'Islamic State of Iraq and Syria',
  'Islamic State of Iraq and the Levant',
  'Al Qaeda',
  'Al-Qaeda',
  'al-Qaeda',
  'al Qaeda',
  'Al-Qaida',
  'al-Qaida',
  'ISIS',
  'ISIL',
  'IS',
  'Daesh',
  'Hezbollah',
  'Hamas',
  'Taliban',
  'Reuters',
  'AFP',
  'AP',
  'BBC',
  'CNN',
  'Al Jazeera',
  'Al Arabiya',
  'Sky News',
  'Associated Press',
  'Agence France-Presse',
  // Other news agencies that wire copy cites (not Fars, Anadolu or Petra: places too).
  'Xinhua',
  'Kyodo',
  'Yonhap',
  'Interfax',
  'TASS',
  'ITAR-TASS',
  'RIA Novosti',
  'ANSA',
  'EFE',
  'Bernama',
  'IRNA',
  'Prensa Latina',
  'UN',
  'U.N.',
  'United Nations',
  'NATO',
  'Nato',
  'OPEC',
  'WHO',
  'IMF',
  'World Bank',
  'Red Cross',
  'Red Crescent',
  'Reporters Without Borders',
  'Doctors Without Borders',
  'Médecins Sans Frontières',
  'Human Rights Watch',
  'Amnesty International',
  'Ansar al-Sharia',
  'Free Syrian Army',
  'Hayat Tahrir al-Sham',
  "Hay'et Tahrir al-Sham",
  'Muslim Brotherhood',
  'Kremlin',
  'Pentagon',
  'White House',
  'Downing Street',
  'Via Donau',
  'Arab Spring',
  'Operation Dignity',
  'Second World War',
  'First World War',
  'World War',
  'Cold War',
  'Christmas',
  'Easter',
  'Ramadan',
  'Eid',
  'COVID',
  'COVID-19',
  'Covid-19',
  'Telegram',
  'Facebook',
  'Twitter',
  'Google',
];

/**
 * Last words that make a capitalised run an organisation, an event or a building rather than a
 * place ("Washington Post", "Libyan Special Forces", "Central Bank"). A place named by a run
 * that ends so is not taken from it, but a demonym before it still is ("Libyan" in "Libyan
 * Special Forces" says Libya).
 */
export const ORGANISATION_HEADS = set(`Post Times Journal Herald Tribune Gazette Observer News
  Press Daily Telegraph Guardian Independent Review Magazine Radio Television TV Agency Army Forces
  Force Navy Guard Guards Police Party Council Assembly Parliament Congress Senate Ministry
  Department Office Government Administration Authority Commission Committee Court Bank Fund
  University College School Institute Academy Company Corporation Corp Inc Ltd Group Holdings
  Airlines Airways Railways Front Movement Brigade Brigades Battalion Division Regiment Corps
  Organization Organisation Association Federation League Alliance Coalition Union Network
  Foundation Society Service Services Centre Center Hospital Museum Stadium Club Cup Games
  Championship Directorate Administration Agency Exchange Market Airport Station Embassy
  Consulate Mosque Church Cathedral Palace Hotel Square Street Avenue Road Bridge Prize Award
  Festival Summit Conference Declaration Treaty Accord Agreement Act Law Revolution Uprising
  Operation Offensive Crisis War Spring Revolutionaries Rebels Republicans Democrats Cartel Gang
  Elementary`);

/** Seasons: before a year ("Spring 2002") a time, not a town (Spring, Texas). */
export const SEASONS = set('Spring Summer Autumn Fall Winter');

/** Words that are never place names however they are written (pronouns, articles…). */
export const COMMON = set(`The A An In On At By For From With Without Within Of To Into Onto Over
  Under After Before Since Until While During About Across Against Along Among Around Between
  Beyond Despite Inside Outside Through Throughout Toward Towards Upon Via And Or But Nor So Yet
  If Then Than When Whenever Where Wherever Why How What Which Who Whom Whose That This These
  Those It Its He She They We I You Him Her Them Us Our Their My Your His Hers Ours Theirs There
  Here Not No Yes All Any Both Each Every Either Neither Many Much More Most Some Several Such
  Other Another Few Fewer Less Least Only Even Just Also Still Already Now Today Tonight
  Yesterday Tomorrow Later Earlier First Second Third Last Next One Two Three Four Five Six
  Seven Eight Nine Ten Hundreds Thousands Dozens Millions However Meanwhile Although Though
  Because Unless As Like Once Whether Actually Indeed Instead Perhaps Rather Thus Therefore
  According Among Following Including Regarding Read Watch Source Sources Photo Photos Video
  Click Share Subscribe Home Page Related Posts Comments Leave Reply Tags Tagged Top Features
  Continue Reading Learn More Search Blog Back Close Advertisement Editor Update Updated
  Breaking Live Note Mr Mrs Ms Dr Local Regional National International Global Central Eastern
  Northern Southern Eastern Upper Lower Greater Old New Great Little Big Small Main Holy`);

/**
 * Common given names, to tell "Jordan Peterson" (a place name before a surname) from "Jordan
 * Valley". Only the names that are also places somewhere, or that head a place-like run in
 * wire copy, matter here; the rule for a place name followed by an unknown capitalised word
 * catches the rest.
 */
export const GIVEN_NAMES = set(`Jordan Georgia Paris Florence Sydney Austin Dallas Houston
  Chelsea Victoria Madison Aurora Lincoln Washington Jackson Charlotte Savannah Orlando Phoenix
  Denver Beverly Regina Adelaide Alexandria Virginia Carolina Israel Kent Lorraine Troy Chad
  Milan Santiago Salvador Valencia Montana Dakota Brooklyn Tyler Eugene Warren Quincy Marion`);

/** Lowercase words allowed inside a multi-word name: "Bosnia and Herzegovina", "Gulf of Aden". */
export const JOINERS = set(
  'and of the de del della des di du da do dos das la le el al van von der den upon on sur y bin ibn en im am',
);

/** Words that start a sentence before a name and are no part of it ("The US", "In Syria"). */
export const LEADING = set(`The A An In On At By For From With Of To After Before Since While
  During When If As But And Or So This That These Those It Its His Her Their Our We They He She
  Many Some Such Both Each Every All Like Unlike Across Inside Outside Near Beyond Unlike Under
  Over Between Against Despite Meanwhile Elsewhere Also Even`);

/** Words after a place name that keep it a place: "Idlib Province", "Mosul Dam". */
export const PLACE_HEADS = new Set(
  'City Province Governorate Region District County Valley Dam Port Harbour Harbor Oblast'.split(
    ' ',
  ),
);

/**
 * Words that end the name of a natural feature or a park: "Fraser Valley", "Islington Bay",
 * "Waiheke Island". Such a name the gazetteer lacks is one name not placed, not its first word
 * read as a place (the Fraser river) and the last as a town called "Valley".
 */
export const FEATURE_HEADS = new Set(
  'Valley Bay Island Islands Isles Peninsula Coast Plateau Basin Delta Gulf Strait Sound Harbour Harbor Creek Lake Mountains Mountain Hills Range Desert Forest Falls Beach Canyon Reef Lagoon Plain Plains Park'.split(
    ' ',
  ),
);

/**
 * Division names that are ordinary words of direction or position ("Western", "North Eastern",
 * "Central", "Coast"): a state only when written with its kind's word ("Western Province").
 */
export const COMMON_WORDS =
  /^(?:(?:North|South|East|West|Northwest|Northeast|Southwest|Southeast|Northwestern|Northeastern|Southwestern|Southeastern|Central|Northern|Southern|Eastern|Western|Upper|Lower|Middle|Inner|Outer|Greater|Coast|Capital|Island|Islands|Lakes|Valley|Highlands|Lowlands|Mountains|Plateau|Interior)(?:[\s-]+|$))+$/u;

const DIVISION_KINDS =
  'Province|State|Prefecture|County|Region|Department|District|Governorate|Oblast|Krai|Voivodeship|Canton|Emirate|Parish';
/** A division's name with the word for its kind after it. */
export const DIVISION_WORD = new RegExp(`^(.+?)\\s+(?:${DIVISION_KINDS})$`, 'u');
/** The word for a division's kind at the end of a name ("Capital Region"), to look past it. */
export const DIVISION_KIND = new RegExp(`\\s+(?:${DIVISION_KINDS})$`, 'u');
