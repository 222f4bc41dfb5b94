/** Word lists for classifying capitalised name runs: titles, organisation heads, known acronyms, outlets. */

const words = (s: string): ReadonlySet<string> =>
  new Set(s.split(/[\s,]+/).map((w) => w.trim()).filter((w) => w !== ''));

/** Title words that precede a person's name (lower case, as written, dots kept). */
export const TITLES = words(`
president vice-president secretary minister premier chancellor director governor gov. gov
senator sen. sen representative rep. rep congressman congresswoman dr. dr mr. mr mrs. mrs ms. ms
miss sir dame lord lady king queen prince princess pope sheikh emir ayatollah ambassador
spokesman spokeswoman spokesperson general gen. gen admiral adm. adm lt. colonel col. col
captain capt. capt major maj. sergeant sgt. judge justice mayor chairman chairwoman chair ceo
leader commander envoy adviser advisor chief professor prof. prof mp deputy attorney
`);

/** Words that may stand before a core title inside a title phrase ("Deputy Prime Minister"). */
export const TITLE_MODIFIERS = words(`
deputy vice prime foreign defense defence treasury state finance interior trade commerce
health energy justice home homeland security national senior former acting first chief
general principal assistant under special executive majority minority house senate
supreme federal foreign-policy top lieutenant
`);

/** Words that may follow "of" in a title ("Secretary of State", "Minister of Foreign Affairs"). */
export const TITLE_COMPLEMENTS = words(`
state defense defence foreign affairs commerce health finance interior justice energy homeland
security treasury labor labour education agriculture transportation trade staff the economy
`);

/** Final words that make a capitalised run an organisation. */
export const ORG_HEADS = words(`
council agency embassy consulate ministry department party inc inc. corp corp. corporation co
co. ltd ltd. llc plc bank university college school institute times news post journal
telegraph tribune herald gazette guardian review commission committee company group office
service services bureau court congress senate parliament assembly army navy forces force
guard association foundation organization organisation union nations fund authority
administration house board federation alliance coalition network holdings industries
airlines motors technologies systems partners capital securities exchange police
intelligence command centre center academy league club society cabinet kremlin pentagon
treasury reserve
`);

/** First words that make "X of Y" an organisation ("Department of Defense", "Bank of England"). */
export const ORG_LEADS = words(`
department ministry bank university office bureau board church house institute council
commission committee court federation league organisation organization academy
`);

/** Well-known organisations written as one token or a fixed phrase (lower case, dots removed). */
export const KNOWN_ORGS = words(`
cia fbi nsa nsc dhs doj dod nato un eu imf wto who opec unesco unicef iaea icc interpol
asean osce oecd brics g7 g20 sco kremlin pentagon congress senate treasury politburo hamas
hezbollah taliban isis wagner huawei apple google microsoft amazon meta tesla boeing airbus
twitter facebook tiktok nasa gop
democrats democrat democratic republicans republican tories tory
`);

/**
 * Political parties, by the key their names take (entities.ts ORG_ALIASES): two of them are
 * two parties however many words their names share ("Democratic Party" / "Republican Party").
 * "Labour" and "Conservative" are parties only when capitalised inside a sentence (at its start
 * they may be work or an ideology).
 */
export const PARTIES = words(`
democrats republicans conservatives labour
`);

/** The names of those parties, each with its party's key ("gop" -> "republicans"). */
export const PARTY_NAMES: Readonly<Record<string, string>> = {
  democrat: 'democrats', democrats: 'democrats', democratic: 'democrats', 'democratic party': 'democrats',
  republican: 'republicans', republicans: 'republicans', gop: 'republicans', 'republican party': 'republicans',
  'grand old party': 'republicans',
  tory: 'conservatives', tories: 'conservatives', conservative: 'conservatives', conservatives: 'conservatives',
  'conservative party': 'conservatives', 'progressive conservatives': 'conservatives', 'progressive conservative party': 'conservatives',
  labour: 'labour', 'labour party': 'labour',
};

/** News outlets (lower case, dots removed). */
export const OUTLETS = words(`
cnn bbc reuters bloomberg ap afp xinhua tass ria interfax pbs npr nbc cbs abc fox msnbc
politico axios cnbc dpa kyodo yonhap aljazeera al-jazeera guardian economist ft wsj nyt
`);

/** Multi-word outlets and generic outlet phrases (lower case). */
export const OUTLET_PHRASES: ReadonlySet<string> = new Set([
  'new york times', 'washington post', 'wall street journal', 'financial times',
  'associated press', 'agence france-presse', 'al jazeera', 'fox news', 'sky news',
  'global times', 'south china morning post', 'nbc news', 'cbs news', 'abc news',
]);

/** Fixed multi-word organisations that no head word reveals. */
export const ORG_PHRASES: ReadonlySet<string> = new Set([
  'white house', 'state department', 'european union', 'united nations', 'world bank',
  'red cross', 'downing street', 'capitol hill', 'wall street', 'supreme court',
  'european commission', 'security council', 'federal reserve',
]);

/** Month and weekday names: capitalised words that are never entities. */
export const NON_ENTITY = words(`
january february march april may june july august september october november december
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct.
nov nov. dec dec. monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
thu thurs fri sat sun
`);

/** Function words: entities only when they continue a name ("Liu He"), never when they start one. */
export const FUNCTION_WORDS = words(`
i a an the this that these those it its he she they we you his her their our my but and or if
when while although though as so because however meanwhile also in on at of for to by with
`);
