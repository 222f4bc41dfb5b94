/**
 * A compact general gazetteer: countries, major cities and capitals, US states and world
 * regions, each mapped to a canonical key, plus demonyms and common aliases mapped to the
 * country they name. Keys are lower case with dots removed.
 */

/** Canonical place names (lower case). Comma separated; multi-word names are matched as token runs. */
const PLACE_NAMES = `
afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan,
bolivia, bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon,
canada, chad, chile, china, colombia, comoros, congo, costa rica, croatia, cuba, cyprus,
czechia, czech republic, denmark, djibouti, dominica, dominican republic, ecuador, egypt,
el salvador, eritrea, estonia, eswatini, ethiopia, fiji, finland, france, gabon, gambia,
georgia, germany, ghana, greece, grenada, guatemala, guinea, guyana, haiti, honduras, hungary,
iceland, india, indonesia, iran, iraq, ireland, israel, italy, ivory coast, jamaica, japan,
jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia, lebanon,
lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia,
maldives, mali, malta, mauritania, mauritius, mexico, moldova, monaco, mongolia, montenegro,
morocco, mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, holland, new zealand,
nicaragua, niger, nigeria, north korea, north macedonia, norway, oman, pakistan, palau,
palestine, panama, papua new guinea, paraguay, peru, philippines, poland, portugal, qatar,
romania, russia, rwanda, samoa, san marino, saudi arabia, senegal, serbia, seychelles,
sierra leone, singapore, slovakia, slovenia, somalia, south africa, south korea, south sudan,
spain, sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania,
thailand, togo, tonga, trinidad, tunisia, turkey, turkiye, turkmenistan, tuvalu, uganda,
ukraine, united arab emirates, united kingdom, united states, uruguay, uzbekistan, vanuatu,
vatican, venezuela, vietnam, yemen, zambia, zimbabwe, england, scotland, wales,
northern ireland, britain, great britain, hong kong, macau, tibet, xinjiang, crimea, donbas,
donetsk, luhansk, kherson, zaporizhzhia, gaza, west bank, greenland, puerto rico, alabama,
alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida, hawaii, idaho,
illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan,
minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey,
new mexico, new york, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania,
rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia,
west virginia, wisconsin, wyoming, washington, beijing, shanghai, shenzhen, guangzhou, wuhan,
moscow, st petersburg, kyiv, kiev, kharkiv, odesa, odessa, mariupol, bakhmut, lviv, minsk,
warsaw, berlin, paris, london, brussels, rome, madrid, lisbon, vienna, prague, budapest,
bucharest, sofia, athens, ankara, istanbul, tehran, baghdad, damascus, beirut, amman,
jerusalem, tel aviv, cairo, riyadh, doha, dubai, abu dhabi, kabul, islamabad, karachi,
new delhi, delhi, mumbai, dhaka, colombo, kathmandu, bangkok, hanoi, manila, jakarta,
kuala lumpur, taipei, seoul, pyongyang, tokyo, osaka, canberra, sydney, melbourne, wellington,
ottawa, toronto, montreal, vancouver, mexico city, havana, caracas, bogota, lima, santiago,
buenos aires, brasilia, sao paulo, rio de janeiro, nairobi, addis ababa, lagos, abuja,
johannesburg, pretoria, cape town, kinshasa, khartoum, tripoli, tunis, algiers, rabat, geneva,
zurich, stockholm, oslo, copenhagen, helsinki, dublin, amsterdam, the hague, tallinn, riga,
vilnius, kishinev, chisinau, tbilisi, yerevan, baku, tashkent, astana, almaty, ulaanbaatar,
davos, chicago, los angeles, san francisco, boston, seattle, houston, miami, atlanta, dallas,
philadelphia, detroit, denver, phoenix, las vegas, new orleans, brooklyn, manhattan, europe,
asia, africa, america, north america, south america, latin america, middle east, east asia,
southeast asia, south asia, central asia, eastern europe, western europe, arctic, antarctica,
balkans, caucasus, baltics, scandinavia, pacific, atlantic, indo-pacific, south china sea,
black sea, red sea, persian gulf, gulf, taiwan strait
`;

/** Aliases and demonyms → canonical key. */
const ALIASES: Record<string, string> = {
  us: 'united states', usa: 'united states', 'u s': 'united states', 'u s a': 'united states',
  america: 'united states', 'united states of america': 'united states', american: 'united states',
  americans: 'united states',
  uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  british: 'united kingdom', english: 'england', scottish: 'scotland', welsh: 'wales',
  chinese: 'china', prc: 'china', "people's republic of china": 'china',
  russian: 'russia', russians: 'russia', 'russian federation': 'russia',
  ukrainian: 'ukraine', ukrainians: 'ukraine', kiev: 'kyiv', odessa: 'odesa',
  german: 'germany', germans: 'germany', french: 'france', italian: 'italy', spanish: 'spain',
  portuguese: 'portugal', dutch: 'netherlands', holland: 'netherlands', belgian: 'belgium',
  swiss: 'switzerland', austrian: 'austria', polish: 'poland', czech: 'czechia',
  'czech republic': 'czechia', hungarian: 'hungary', romanian: 'romania', bulgarian: 'bulgaria',
  greek: 'greece', turkish: 'turkey', turkiye: 'turkey', iranian: 'iran', iraqi: 'iraq',
  syrian: 'syria', israeli: 'israel', israelis: 'israel', palestinian: 'palestine',
  palestinians: 'palestine', lebanese: 'lebanon', jordanian: 'jordan', egyptian: 'egypt',
  saudi: 'saudi arabia', emirati: 'united arab emirates', uae: 'united arab emirates',
  qatari: 'qatar', yemeni: 'yemen', afghan: 'afghanistan', pakistani: 'pakistan',
  indian: 'india', bangladeshi: 'bangladesh', nepali: 'nepal', 'sri lankan': 'sri lanka',
  japanese: 'japan', korean: 'south korea', 'north korean': 'north korea',
  'south korean': 'south korea', taiwanese: 'taiwan', vietnamese: 'vietnam', thai: 'thailand',
  filipino: 'philippines', indonesian: 'indonesia', malaysian: 'malaysia',
  singaporean: 'singapore', burmese: 'myanmar', burma: 'myanmar', australian: 'australia',
  canadian: 'canada', mexican: 'mexico', brazilian: 'brazil', argentine: 'argentina',
  argentinian: 'argentina', chilean: 'chile', colombian: 'colombia', venezuelan: 'venezuela',
  cuban: 'cuba', peruvian: 'peru', nigerian: 'nigeria', kenyan: 'kenya', ethiopian: 'ethiopia',
  'south african': 'south africa', sudanese: 'sudan', libyan: 'libya', moroccan: 'morocco',
  algerian: 'algeria', tunisian: 'tunisia', irish: 'ireland', swedish: 'sweden',
  norwegian: 'norway', danish: 'denmark', finnish: 'finland', estonian: 'estonia',
  latvian: 'latvia', lithuanian: 'lithuania', belarusian: 'belarus', georgian: 'georgia',
  armenian: 'armenia', azerbaijani: 'azerbaijan', kazakh: 'kazakhstan', uzbek: 'uzbekistan',
  mongolian: 'mongolia', european: 'europe', asian: 'asia', african: 'africa',
  'latin american': 'latin america', 'middle eastern': 'middle east', arab: 'middle east',
  'st. petersburg': 'st petersburg', 'saint petersburg': 'st petersburg', 'new delhi': 'delhi',
  'ivory coast': 'ivory coast', "cote d'ivoire": 'ivory coast', 'hong konger': 'hong kong',
  soviet: 'soviet union', 'soviet union': 'soviet union', ussr: 'soviet union',
  's korea': 'south korea', 'n korea': 'north korea',
};

export const PLACES: ReadonlySet<string> = new Set(
  PLACE_NAMES.split(',').map((w) => w.trim()).filter((w) => w !== ''),
);

/** Every canonical key of the gazetteer. */
const KEYS: ReadonlySet<string> = new Set([...PLACES, ...Object.values(ALIASES)]);

/** Regions and waters: their names overlap and nest in ways the table does not list ("the Gulf" / "the Persian Gulf"). */
const REGIONS = new Set(`europe, asia, africa, america, north america, south america, latin america, middle east,
east asia, southeast asia, south asia, central asia, eastern europe, western europe, arctic, antarctica, balkans,
caucasus, baltics, scandinavia, pacific, atlantic, indo-pacific, south china sea, black sea, red sea, persian gulf,
gulf, taiwan strait, soviet union`.split(',').map((w) => w.trim()));

/** Is this the canonical key of a country, state or city of the gazetteer ("south sudan", "united states"), not a region or sea? */
export function knownPlace(key: string): boolean {
  return KEYS.has(key) && !REGIONS.has(key);
}

/** The compass point a name or key starts with ("North Korea", "S. Korea", "western sahara"): n, s, e or w. */
export function compassOf(name: string): string | undefined {
  const m = /^(north|south|east|west)(?:ern)?\b|^([NSEW])\.\s/i.exec(name.trim());
  if (m === null) return undefined;
  return (m[1] ?? m[2]).charAt(0).toLowerCase();
}

/** Canonical key for a place name, alias or demonym (lower case, dots removed), if known. */
export function placeKey(name: string): string | undefined {
  const alias = ALIASES[name];
  if (alias !== undefined) return alias;
  return PLACES.has(name) ? name : undefined;
}

/**
 * What contains what: "country: places inside it" (cities and states of the gazetteer; a
 * capital marked "*"), and "region: countries in it". A place and one that contains it ("in
 * Baghdad" / "in Iraq", "a Nigerian child" / "an African child") say the same at two levels
 * of detail; a capital also stands for its country's government ("Washington said").
 */
const CONTAINS = `
united states: *washington, georgia us, new york, texas, california, florida, chicago, los angeles, san francisco, boston, seattle, houston, miami, atlanta, dallas, philadelphia, detroit, denver, phoenix, las vegas, new orleans, brooklyn, manhattan, alabama, alaska, arizona, arkansas, colorado, connecticut, delaware, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, north dakota, ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota, tennessee, utah, vermont, virginia, west virginia, wisconsin, wyoming, puerto rico
china: *beijing, shanghai, shenzhen, guangzhou, wuhan, hong kong, macau, tibet, xinjiang
russia: *moscow, st petersburg
ukraine: *kyiv, kharkiv, odesa, mariupol, bakhmut, lviv, donetsk, luhansk, kherson, zaporizhzhia, crimea, donbas
united kingdom: *london, england, scotland, wales, northern ireland
iraq: *baghdad
syria: *damascus
lebanon: *beirut
jordan: *amman
israel: *jerusalem, tel aviv
egypt: *cairo
saudi arabia: *riyadh
qatar: *doha
united arab emirates: dubai, *abu dhabi
afghanistan: *kabul
pakistan: *islamabad, karachi
india: *delhi, mumbai
bangladesh: *dhaka
sri lanka: *colombo
nepal: *kathmandu
thailand: *bangkok
vietnam: *hanoi
philippines: *manila
indonesia: *jakarta
malaysia: *kuala lumpur
taiwan: *taipei
south korea: *seoul
north korea: *pyongyang
japan: *tokyo, osaka
australia: *canberra, sydney, melbourne
new zealand: *wellington
canada: *ottawa, toronto, montreal, vancouver
mexico: *mexico city
cuba: *havana
venezuela: *caracas
colombia: *bogota
peru: *lima
chile: *santiago
argentina: *buenos aires
brazil: *brasilia, sao paulo, rio de janeiro
kenya: *nairobi
ethiopia: *addis ababa
nigeria: lagos, *abuja
south africa: johannesburg, *pretoria, cape town
congo: *kinshasa
sudan: *khartoum
libya: *tripoli
tunisia: *tunis
algeria: *algiers
morocco: *rabat
switzerland: geneva, zurich, davos
sweden: *stockholm
norway: *oslo
denmark: *copenhagen, greenland
finland: *helsinki
ireland: *dublin
netherlands: *amsterdam, the hague
estonia: *tallinn
latvia: *riga
lithuania: *vilnius
moldova: *chisinau, kishinev
georgia: *tbilisi
armenia: *yerevan
azerbaijan: *baku
uzbekistan: *tashkent
kazakhstan: *astana, almaty
mongolia: *ulaanbaatar
belarus: *minsk
poland: *warsaw
germany: *berlin
france: *paris
belgium: *brussels
italy: *rome
spain: *madrid
portugal: *lisbon
austria: *vienna
czechia: *prague
hungary: *budapest
romania: *bucharest
bulgaria: *sofia
greece: *athens
turkey: *ankara, istanbul
iran: *tehran
palestine: gaza, west bank
europe: albania, andorra, austria, belarus, belgium, bosnia, bulgaria, croatia, cyprus, czechia, denmark, estonia, finland, france, germany, greece, hungary, iceland, ireland, italy, kosovo, latvia, liechtenstein, lithuania, luxembourg, malta, moldova, monaco, montenegro, netherlands, north macedonia, norway, poland, portugal, romania, russia, san marino, serbia, slovakia, slovenia, spain, sweden, switzerland, ukraine, united kingdom, vatican
middle east: bahrain, egypt, iran, iraq, israel, jordan, kuwait, lebanon, oman, palestine, qatar, saudi arabia, syria, turkey, united arab emirates, yemen
asia: afghanistan, bangladesh, bhutan, brunei, cambodia, china, india, indonesia, japan, kazakhstan, kyrgyzstan, laos, malaysia, maldives, mongolia, myanmar, nepal, north korea, pakistan, philippines, singapore, south korea, sri lanka, taiwan, tajikistan, thailand, turkmenistan, uzbekistan, vietnam
africa: algeria, angola, benin, botswana, burkina faso, burundi, cameroon, chad, comoros, congo, djibouti, egypt, eritrea, eswatini, ethiopia, gabon, gambia, ghana, guinea, ivory coast, kenya, lesotho, liberia, libya, madagascar, malawi, mali, mauritania, mauritius, morocco, mozambique, namibia, niger, nigeria, rwanda, senegal, seychelles, sierra leone, somalia, south africa, south sudan, sudan, tanzania, togo, tunisia, uganda, zambia, zimbabwe
latin america: argentina, bolivia, brazil, chile, colombia, costa rica, cuba, dominican republic, ecuador, el salvador, guatemala, haiti, honduras, mexico, nicaragua, panama, paraguay, peru, uruguay, venezuela
`;

/** Capital key → its country's key. */
const capitals = new Map<string, string>();

/** Place key → the keys of the places that contain it, directly or not. */
const CONTAINERS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const parents = new Map<string, Set<string>>();
  for (const line of CONTAINS.split('\n')) {
    const [outer, inner] = line.split(':');
    if (inner === undefined) continue;
    for (const item of inner.split(',').map((w) => w.trim()).filter((w) => w !== '')) {
      const p = item.replace(/^\*/, '');
      if (item.startsWith('*')) capitals.set(p, outer.trim());
      let s = parents.get(p);
      if (!s) parents.set(p, (s = new Set()));
      s.add(outer.trim());
    }
  }
  const all = new Map<string, Set<string>>();
  const up = (k: string, seen: Set<string>): Set<string> => {
    for (const p of parents.get(k) ?? []) if (!seen.has(p)) up(p, seen.add(p));
    return seen;
  };
  for (const k of parents.keys()) all.set(k, up(k, new Set()));
  return all;
})();

/** Is one of two places (by key) the other's capital ("washington" / "united states")? */
export function capitalOf(x: string, y: string): boolean {
  return capitals.get(x) === y || capitals.get(y) === x;
}

/** Does one of two places (by key) contain the other ("baghdad" / "iraq", "nigeria" / "africa")? */
export function placesNested(x: string, y: string): boolean {
  return CONTAINERS.get(x)?.has(y) === true || CONTAINERS.get(y)?.has(x) === true;
}

/** US states as news style abbreviates them after a town ("Blaine, Wash."), dots removed, lower case. */
const STATE_ABBREVIATIONS: Record<string, string> = {
  ala: 'alabama', ariz: 'arizona', ark: 'arkansas', calif: 'california', colo: 'colorado', conn: 'connecticut',
  del: 'delaware', fla: 'florida', ga: 'georgia us', ill: 'illinois', ind: 'indiana', kan: 'kansas', ky: 'kentucky',
  la: 'louisiana', md: 'maryland', mass: 'massachusetts', mich: 'michigan', minn: 'minnesota', miss: 'mississippi',
  mo: 'missouri', mont: 'montana', neb: 'nebraska', nev: 'nevada', nh: 'new hampshire', nj: 'new jersey',
  nm: 'new mexico', ny: 'new york', nc: 'north carolina', nd: 'north dakota', okla: 'oklahoma', ore: 'oregon',
  pa: 'pennsylvania', ri: 'rhode island', sc: 'south carolina', sd: 'south dakota', tenn: 'tennessee',
  vt: 'vermont', va: 'virginia', wash: 'washington', wva: 'west virginia', wis: 'wisconsin', wyo: 'wyoming',
};

/**
 * The US state named right after a town, as in "Blaine, Wash." or "Newtown, Connecticut"
 * (`after`: the text that follows the town's name); its key, or undefined.
 */
export function stateAfter(after: string): string | undefined {
  // The state ends its phrase ("Blaine, Wash., from"): not the start of a clause ("Kyiv, Washington said").
  const m = /^,\s*([A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)?)(?=[,.;:)]|\s*$)/.exec(after);
  if (m === null) return undefined;
  const name = m[1].replace(/\./g, '').toLowerCase();
  const state = STATE_ABBREVIATIONS[name] ?? (CONTAINERS.get(name)?.has('united states') ? name : undefined);
  return state;
}
