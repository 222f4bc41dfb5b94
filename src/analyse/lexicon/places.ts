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
};

export const PLACES: ReadonlySet<string> = new Set(
  PLACE_NAMES.split(',').map((w) => w.trim()).filter((w) => w !== ''),
);

/** Canonical key for a place name, alias or demonym (lower case, dots removed), if known. */
export function placeKey(name: string): string | undefined {
  const alias = ALIASES[name];
  if (alias !== undefined) return alias;
  return PLACES.has(name) ? name : undefined;
}
