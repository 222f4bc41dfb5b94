/** Word lists for quantities: number words, multipliers, currencies, units and approximators. */

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['half', 0.5], ['dozen', 12], ['couple', 2],
]);

/** Multipliers written after a number ("1.2 billion", "$5bn", "10k"). */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['bn', 1e9], ['b', 1e9], ['tn', 1e12],
  ['dozen', 12],
]);

/** Vague plural quantities ("dozens of", "thousands of"): a lower-bound value. */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2e3], ['millions', 2e6],
  ['billions', 2e9], ['tens', 20],
]);

/** Currency symbols and words → ISO-like unit. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'usd'], ['us$', 'usd'], ['€', 'eur'], ['£', 'gbp'], ['¥', 'jpy'], ['₹', 'inr'],
  ['₽', 'rub'], ['₩', 'krw'], ['dollar', 'usd'], ['dollars', 'usd'], ['euro', 'eur'],
  ['euros', 'eur'], ['pound', 'gbp'], ['pounds', 'gbp'], ['sterling', 'gbp'], ['yuan', 'cny'],
  ['renminbi', 'cny'], ['rmb', 'cny'], ['yen', 'jpy'], ['ruble', 'rub'], ['rubles', 'rub'],
  ['rouble', 'rub'], ['roubles', 'rub'], ['rupee', 'inr'], ['rupees', 'inr'], ['won', 'krw'],
  ['hryvnia', 'uah'], ['usd', 'usd'], ['eur', 'eur'], ['gbp', 'gbp'], ['cny', 'cny'], ['jpy', 'jpy'], ['inr', 'inr'],
  ['rub', 'rub'], ['krw', 'krw'], ['uah', 'uah'],
]);

/** Approximators before a number, longest first when matched (lower case, space separated). */
export const APPROXIMATORS: readonly string[] = [
  'no fewer than', 'not fewer than', 'no less than', 'not less than', 'no more than', 'not more than',
  'more than', 'less than', 'fewer than', 'at least', 'at most', 'up to', 'close to',
  'as many as', 'as much as', 'as few as', 'just over', 'just under', 'just below',
  'just above', 'upwards of', 'in excess of', 'an estimated', 'nearly', 'almost', 'about',
  'around', 'approximately', 'roughly', 'some', 'over', 'under', 'estimated', 'circa',
  'approx', 'approx.', 'c.', '~', 'exactly', 'precisely', 'barely', 'below', 'above',
];

/** Unit nouns normalised beyond their lemma. */
export const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
  ['person', 'people'], ['persons', 'people'], ['individual', 'people'], ['percent', 'percent'],
  ['pct', 'percent'], ['%', 'percent'], ['per cent', 'percent'], ['km', 'kilometre'],
  ['kilometer', 'kilometre'], ['mile', 'mile'], ['kg', 'kilogram'], ['ton', 'tonne'],
  ['tons', 'tonne'], ['meter', 'metre'], ['kilo', 'kilogram'], ['kilos', 'kilogram'], ['feet', 'foot'],
  ['centimeter', 'centimetre'], ['cm', 'centimetre'], ['mi', 'mile'], ['ha', 'hectare'],
  ['lbs', 'lb'], ['oz', 'ounce'], ['liter', 'litre'], ['l', 'litre'], ['milliliter', 'millilitre'],
  ['ml', 'millilitre'], ['gal', 'gallon'],
]);

/**
 * Temperature scales, by the word or letter after a figure or after "degrees" ("40 degrees
 * Celsius", "104F", "40 °C"). Letters count only as written in capitals.
 */
export const TEMPERATURE_SCALES: ReadonlyMap<string, string> = new Map([
  ['celsius', 'celsius'], ['centigrade', 'celsius'], ['fahrenheit', 'fahrenheit'],
  ['C', 'celsius'], ['F', 'fahrenheit'], ['°C', 'celsius'], ['°F', 'fahrenheit'], ['ºC', 'celsius'], ['ºF', 'fahrenheit'],
]);

/** A temperature in degrees Celsius from a figure on `scale` (see TEMPERATURE_SCALES). */
export function celsiusOf(value: number, scale: string): number | undefined {
  if (scale === 'celsius') return value;
  if (scale === 'fahrenheit') return ((value - 32) * 5) / 9;
  return undefined;
}

/** Units of length, mass, area and volume: their dimension and size in metres, kilograms, square metres or cubic metres (gallons: US). */
export const MEASURE_UNITS: ReadonlyMap<string, readonly [string, number]> = new Map([
  ['kilometre', ['length', 1000]], ['metre', ['length', 1]], ['centimetre', ['length', 0.01]],
  ['mile', ['length', 1609.344]], ['yard', ['length', 0.9144]], ['foot', ['length', 0.3048]],
  ['inch', ['length', 0.0254]], ['kilogram', ['mass', 1]], ['gram', ['mass', 0.001]],
  ['tonne', ['mass', 1000]], ['hectare', ['area', 10000]], ['acre', ['area', 4046.8564224]],
  ['lb', ['mass', 0.45359237]], ['ounce', ['mass', 0.028349523125]], ['litre', ['volume', 0.001]],
  ['millilitre', ['volume', 0.000001]], ['gallon', ['volume', 0.003785411784]],
]);

/**
 * Approximators that bound a figure from below ("at least 10": 10 or more) or from above
 * ("up to 10": 10 or less); the others ("about", "some") put it either side.
 */
export const LOWER_BOUNDS: ReadonlySet<string> = new Set([
  'more than', 'at least', 'upwards of', 'in excess of', 'over', 'above', 'no fewer than', 'not fewer than', 'no less than', 'not less than',
]);
export const UPPER_BOUNDS: ReadonlySet<string> = new Set([
  'less than', 'fewer than', 'at most', 'up to', 'as many as', 'as much as', 'under', 'below', 'no more than', 'not more than',
]);
/** Approximators that put a figure just below ("nearly 62,000") or just above ("just over 40") it. */
export const JUST_BELOW: ReadonlySet<string> = new Set(['nearly', 'almost', 'just under', 'just below', 'barely']);
export const JUST_ABOVE: ReadonlySet<string> = new Set(['just over', 'just above']);

/** Words that make a preceding "one" a pronoun rather than a count. */
export const ONE_PRONOUN_BEFORE: ReadonlySet<string> = new Set([
  'no', 'any', 'every', 'each', 'the', 'this', 'that', 'which', 'another', 'someone', 'little',
]);

/** Fraction denominators written after a hyphen ("two-thirds", "one-quarter"). */
export const DENOMINATORS: ReadonlyMap<string, number> = new Map([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4],
  ['fifth', 5], ['fifths', 5], ['sixth', 6], ['sixths', 6], ['eighth', 8], ['eighths', 8],
  ['tenth', 10], ['tenths', 10],
]);
