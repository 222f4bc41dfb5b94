import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { comparePair } from '../src/pipeline/pair.js';

const classOf = (a: string, b: string) => comparePair(a, b).class;

function numberQuotes(a: string, b: string): string[][] {
  return comparePair(a, b).differences.filter((d) => d.type === 'number').map((d) => [d.a.text, d.b.text]);
}

test('the same figure in another currency, or percent against points after a verb of change, differs', () => {
  assert.equal(numberQuotes('The fee is 48 million euros.', 'The fee is 48 million pounds.'), [['48 million euros', '48 million pounds']]);
  // The only sum on each side, with no shared word beside it.
  assert.equal(
    numberQuotes('Harbourside signed Eberle for a fee of 48 million euros, the club announced on Friday.', 'Eberle has joined Harbourside for 48 million pounds, Harbourside said on Friday.'),
    [['48 million euros', '48 million pounds']],
  );
  assert.equal(numberQuotes('The fee is €48m today.', 'The fee is $48m today.'), [['€48m', '$48m']]);
  assert.equal(numberQuotes('Shares fell 4.2 percent.', 'Shares fell 4.2 points.'), [['4.2 percent', '4.2 points']]);
  assert.equal(numberQuotes('The margin narrowed by 1.5 percentage points.', 'The margin narrowed by 1.5 percent.'), [['1.5 percentage points', '1.5 percent']]);
  // A conversion beside the figure, other figures in two currencies, a margin of error: no difference.
  for (const [a, b] of [
    ['The fee is 48 million euros ($52 million).', 'The fee is $52 million.'],
    ['The fee is €48m.', 'The fee is $52m.'],
    ['The poll has a margin of error of plus or minus 3.1 percentage points.', 'The poll has a margin of error of plus or minus 3.1 percent.'],
    // "point" is short for "percentage point"; "¥" is written for the yuan too.
    ['The unemployment rate rose 0.3 percentage points.', 'The unemployment rate rose 0.3 points.'],
    ['Alibaba paid ¥500 billion.', 'Alibaba paid 500 billion yuan.'],
  ]) assert.equal(numberQuotes(a, b), [], `${a} / ${b}`);
});

test('rank: the same ranking told with another place differs; a date, one rank told twice, or both ranks named do not', () => {
  const rankQuotes = (a: string, b: string) => comparePair(a, b).differences.filter((d) => d.note.startsWith('rank')).map((d) => [d.a.text, d.b.text]);
  assert.equal(rankQuotes('Harbourside finished fourth in the league.', 'Harbourside finished second in the league.'), [['fourth', 'second']]);
  assert.equal(rankQuotes("It is the country's second-largest bank.", "It is the country's largest bank."), [['second-largest', 'largest']]);
  assert.equal(rankQuotes('It was the third quarter in a row of growth.', 'It was the 2nd quarter in a row of growth.'), [['third', '2nd']]);
  for (const [a, b] of [
    ['The vote was held on March 3rd.', 'The vote was held on March 5th.'],
    ['It was the first time in a decade that rates rose.', 'It was the first time in ten years that rates rose.'],
    ['Profit rose in the third quarter.', 'Profit rose in the third quarter, the second straight gain.'],
    ['The largest bank, HSBC, cut rates.', 'The biggest bank, HSBC, cut rates.'],
    ['The second vote followed the first vote.', 'The first vote came before the second vote.'],
    // From a review: two ranks on one side, superlatives of other things.
    ['Smith finished second in the 100 metres and fourth in the 200 metres.', 'Smith finished fourth in the 200 metres.'],
    ["Samsung, South Korea's biggest company, reported results.", "Samsung, the world's second-biggest smartphone maker, reported results."],
    // One placing told with other words; one count told from a person each way (BASIL).
    ['Mara Voss was the runner-up in the final.', 'Mara Voss came in second in the final.'],
    ['Mara Voss took second place in the final.', 'Mara Voss finished second in the final.'],
    ["Cowan will become Massachusetts' first black senator since Edward Brooke held the seat.", 'Cowan will become the second black senator from Massachusetts, after Edward Brooke.'],
  ]) assert.equal(rankQuotes(a, b), [], `${a} / ${b}`);
  // A placing told with "runner-up" or "place"; "first since" against "second after" something that is no person.
  assert.equal(rankQuotes('Mara Voss finished as runner-up in the final.', 'Mara Voss finished third in the final.'), [['runner-up', 'third']]);
  assert.equal(rankQuotes('Mara Voss took second place in the final.', 'Mara Voss finished third in the final.'), [['second', 'third']]);
  // A move in a table; superlatives of one scale, the second naming a hyphenated compound.
  assert.equal(rankQuotes('Kingsport drop to fourth place after the defeat.', 'Kingsport slip to third after the defeat.'), [['fourth', 'third']]);
  // From a review: "was second", "moved to third" (the tagger reads "to" as a particle).
  assert.equal(rankQuotes('Jones was second in the race.', 'Jones was fourth in the race.'), [['second', 'fourth']]);
  assert.equal(rankQuotes('The team moved to third.', 'The team moved to second.'), [['third', 'second']]);
  assert.equal(rankQuotes("It is the world's third-largest maker of memory chips.", 'It is the second-biggest memory-chip maker in the world.'), [['third-largest', 'second-biggest']]);
  assert.equal(rankQuotes('He became the first black senator from the South since Reconstruction.', 'He became the second black senator from the South after Reconstruction.'), [['first', 'second']]);
  // A rank joined to what it ranks, and "first" / "last" as opposites.
  assert.equal(rankQuotes('He was charged with first-degree murder.', 'He was charged with second-degree murder.'), [['first-degree', 'second-degree']]);
  assert.is(comparePair('Smith was the first to arrive.', 'Smith was the last to arrive.').class, 'divergent');
});

test('a count of "cases of" a thing counts the thing', () => {
  assert.equal(numberQuotes('The agency linked the product to 23 illnesses.', 'The agency has tied 32 cases of illness to the product.'), [['23 illnesses', '32 cases']]);
  // From a review: the instances still count as themselves.
  assert.equal(numberQuotes('Officials reported 32 cases of illness.', 'Officials reported 30 cases.'), [['32 cases', '30 cases']]);
  assert.equal(numberQuotes('Police logged five incidents of fraud.', 'Police logged seven fraud incidents.'), [['five incidents', 'seven fraud incidents']]);
  assert.equal(numberQuotes('The agency linked the product to 23 illnesses.', 'The agency has tied 23 cases of illness to the product.'), []);
});

test('bounds: a figure outside "at least", "more than", "up to" or "nearly" is a difference', () => {
  assert.equal(numberQuotes('At least 10 people were killed in the blast.', 'Nine people were killed in the blast.'), [['At least 10 people', 'Nine people']]);
  assert.equal(numberQuotes('More than 200 people were arrested.', 'Up to 150 people were arrested.'), [['More than 200 people', 'Up to 150 people']]);
  assert.equal(numberQuotes('Nearly 50 people were hurt.', '52 people were hurt.'), [['Nearly 50 people', '52 people']]);
});

test('bounds: a figure inside the bound, or within 10% of "about", agrees', () => {
  assert.is(classOf('At least 10 people were killed in the blast.', 'Twelve people were killed in the blast.'), 'corroborating');
  assert.is(classOf('Up to 300 homes were destroyed.', '250 homes were destroyed.'), 'corroborating');
  assert.is(classOf('About 50 people were hurt.', '54 people were hurt.'), 'corroborating');
  // Two exact figures still differ past half a percent.
  assert.equal(numberQuotes('The yield fell to 3.08 percent on Tuesday.', 'The yield fell to 3.10 percent on Tuesday.'), [['3.08 percent', '3.10 percent']]);
});

test('bounds: two figures bounded the same way are two reported figures and differ when the figures do', () => {
  // A death toll of "at least 14" against "at least 13" is a different count, although one range holds the other.
  assert.equal(
    numberQuotes('Flooding in northern Italy has killed at least 14 people, officials said.', 'At least 13 people have died in floods in northern Italy, officials said.'),
    [['at least 14 people', 'At least 13 people']],
  );
  assert.equal(numberQuotes('The fire destroyed more than 300 homes.', 'More than 250 homes were destroyed in the fire.'), [['more than 300 homes', 'More than 250 homes']]);
  assert.equal(numberQuotes('The charge carries up to 10 years in prison.', 'The charge carries up to 5 years in prison.'), [['up to 10 years', 'up to 5 years']]);
  assert.equal(numberQuotes('The company cut nearly 2,000 jobs.', 'The company cut almost 1,500 jobs.'), [['nearly 2,000 jobs', 'almost 1,500 jobs']]);
  // The same figure under two words for one bound agrees.
  assert.is(classOf('More than 10,000 people were evacuated.', 'Over 10,000 people were evacuated.'), 'corroborating');
});

test('bounds: a rounder figure that cuts the other to its precision agrees', () => {
  assert.is(classOf('At least 15.1 million doses were thrown away.', 'More than 15 million doses were thrown away.'), 'corroborating');
  assert.is(classOf('The law allows fines of up to $1.9 million.', 'The law allows fines of up to $2 million.'), 'corroborating');
  // Cut the wrong way for the bound, or too far from the rounder figure: a difference.
  assert.equal(numberQuotes('The law allows fines of up to $2.1 million.', 'The law allows fines of up to $2 million.'), [['up to $2.1 million', 'up to $2 million']]);
  assert.equal(numberQuotes('The fire destroyed more than 14,000 homes.', 'The fire destroyed more than 10,000 homes.'), [['more than 14,000 homes', 'more than 10,000 homes']]);
});

test('bounds: counts told in another order, without their noun, or as "no fewer than" agree', () => {
  for (const [x, y] of [
    ['At least 14 people were killed and more than 30 injured in the blast.', 'More than 30 people were injured and at least 14 killed in the blast.'],
    ['Police arrested at least 20 protesters on Saturday and at least 35 on Sunday.', 'Police arrested at least 35 protesters on Sunday and at least 20 on Saturday.'],
    ['The airline cancelled 300 flights and delayed 1,200 others.', 'The airline delayed 1,200 flights and cancelled 300 others.'],
    ['At least 14 people were killed in the attack.', 'No fewer than 14 people were killed in the attack.'],
    ['Nearly half a million people were displaced by the floods.', 'Nearly 500,000 people were displaced by the floods.'],
    // Rounding in the figure's own unit, not a base unit.
    ['The fire has burned more than 10,000 acres.', 'The fire has burned more than 10,400 acres, officials said.'],
    ['The drought has lasted more than 2 years.', 'The drought has lasted more than 2.1 years.'],
  ]) assert.is(classOf(x, y), 'corroborating', `${x} / ${y}`);
  // A share approached from below is not rounded so far.
  assert.equal(numberQuotes('Nearly 60% of voters backed the measure.', 'Almost 55% of voters backed the measure.'), [['Nearly 60%', 'Almost 55%']]);
  // The only bounded counts on each side, sharing no more than their source: two facts.
  assert.equal(numberQuotes('At least 5 people died in the fire, officials said.', 'At least 20 people were rescued from the building, officials said.'), []);
});

test('review: a figure elsewhere on the other side, or a small round figure, still differs', () => {
  assert.equal(numberQuotes('The quake killed 30 people.', 'The quake killed 40 people and injured 30.'), [['30 people', '40 people']]);
  assert.equal(numberQuotes('The quake killed 40 people and injured 30.', 'The quake killed 30 people.'), [['40 people', '30 people']]);
  assert.equal(numberQuotes('The storm killed 2 people on Tuesday.', 'The storm killed 5 people on Highway 2 on Tuesday.'), [['2 people', '5 people']]);
  assert.equal(numberQuotes('At least 10 people died in the floods.', 'At least 11 people died in the floods.'), [['At least 10 people', 'At least 11 people']]);
  // "WON" in capitals is the verb too.
  assert.equal(numberQuotes('LIND WON 54 PERCENT OF THE VOTE', 'LIND TOOK 51 PERCENT OF THE VOTE'), [['54 PERCENT', '51 PERCENT']]);
});

test('shares: a fraction in words against a percentage', () => {
  assert.equal(numberQuotes('Readmissions fell by 25 percent.', 'Readmissions fell by a third.'), [['25 percent', 'a third']]);
  assert.is(classOf('Readmissions fell by 33 percent.', 'Readmissions fell by a third.'), 'corroborating');
  assert.is(classOf('Two-thirds of voters backed the plan.', '67% of voters backed the plan.'), 'corroborating');
  assert.equal(numberQuotes('Half of the patients were readmitted.', 'A third of the patients were readmitted.'), [['Half', 'A third']]);
});

test('units: lengths in miles and kilometres are compared after conversion', () => {
  assert.equal(numberQuotes('The storm moved 5 miles inland.', 'The storm moved 5 km inland.'), [['5 miles', '5 km']]);
  assert.is(classOf('The storm moved 5 miles inland.', 'The storm moved 8 km inland.'), 'corroborating');
  assert.is(classOf('The storm moved about 3 miles inland.', 'The storm moved 5 kilometres inland.'), 'corroborating');
});


test('units: weights, volumes and temperatures are compared after conversion', () => {
  assert.equal(numberQuotes('The parcel weighed 20 kg.', 'The parcel weighed 60 pounds.'), [['20 kg', '60 pounds']]);
  assert.is(classOf('The parcel weighed 20 kg.', 'The parcel weighed 44 pounds.'), 'corroborating');
  assert.is(classOf('The parcel weighed 20 kg.', 'The parcel weighed 44 lbs.'), 'corroborating');
  assert.equal(numberQuotes('The tank holds 100 gallons.', 'The tank holds 100 litres.'), [['100 gallons', '100 litres']]);
  assert.is(classOf('The tank holds 100 gallons.', 'The tank holds 379 litres.'), 'corroborating');
  // 40 C is 104 F; a figure in "degrees" of no stated scale reads as the other side's.
  assert.is(classOf('Temperatures reached 40 degrees Celsius.', 'Temperatures reached 104 degrees Fahrenheit.'), 'corroborating');
  assert.is(classOf('Temperatures hit 38C in Madrid.', 'Temperatures hit 100F in Madrid.'), 'corroborating');
  assert.equal(numberQuotes('Temperatures reached 40 degrees Celsius.', 'Temperatures reached 40 degrees Fahrenheit.'), [['40 degrees Celsius', '40 degrees Fahrenheit']]);
  assert.equal(numberQuotes('It was 40 degrees on Monday.', 'It was 45 degrees Celsius on Monday.'), [['40 degrees', '45 degrees Celsius']]);
  // A unit joined to its figure by a hyphen: "a 270-kilogram altar" is "a 600-pound altar".
  assert.is(classOf('This led to the recovery of the 270-kilogram altar.', 'This led to the recovery of the 600-pound altar.'), 'corroborating');
  assert.is(classOf('Police are examining a seven-mile section of the freeway.', 'Police are examining an 11-kilometre section of the freeway.'), 'corroborating');
  assert.equal(numberQuotes('He was given a 10-year sentence.', 'He was sentenced to 12 years in prison.'), [['10-year', '12 years']]);
  // Pounds sterling stay money: "20 pounds" against "£30" differs, against "20 kg" is not compared.
  assert.equal(numberQuotes('The fine was 20 pounds.', 'The fine was £30.'), [['20 pounds', '£30']]);
  assert.equal(numberQuotes('The fine was 20 pounds.', 'The fine was 20 kg.'), []);
  assert.equal(numberQuotes('Police seized cannabis worth 20,000 pounds in the raid.', 'Police seized 20 kilograms of cannabis in the raid.'), []);
});

test('temperatures: one scale compared exactly, two scales within about a degree Fahrenheit, below zero, ranges, "degrees" read either way', () => {
  assert.equal(numberQuotes('Temperatures hit 40C in Madrid.', 'Temperatures hit 41C in Madrid.'), [['40C', '41C']]);
  assert.equal(numberQuotes('Temperatures hit 40C in Madrid.', 'Temperatures hit 108F in Madrid.'), [['40C', '108F']]);
  assert.is(classOf('Overnight lows hit minus 5F in Fargo.', 'Overnight lows hit minus 21C in Fargo.'), 'corroborating');
  assert.is(classOf('Overnight lows hit 14F in Moscow.', 'Overnight lows hit minus 10C in Moscow.'), 'corroborating');
  assert.equal(numberQuotes('Overnight lows hit minus 10C in Moscow.', 'Overnight lows hit 10C in Moscow.'), [['minus 10C', '10C']]);
  assert.is(classOf('Temperatures will be 20-25 C this week.', 'Temperatures will be 68-77 F this week.'), 'corroborating');
  assert.is(classOf('Temperatures reached 40 degrees on Tuesday.', 'Temperatures reached 104F on Tuesday.'), 'corroborating');
  assert.is(classOf('Temperatures in Phoenix reached 104 degrees.', 'Temperatures in Phoenix reached 40 degrees Celsius.'), 'corroborating');
  assert.equal(numberQuotes('Lows in Moscow hit minus 10C.', 'Lows in Moscow hit 10C.'), [['minus 10C.', '10C.']], 'a scale letter ending the sentence');
});

test('change prepositions count only after verbs of change; bare ranges are quoted whole', () => {
  assert.equal(numberQuotes('Inflation was 3 percent in May, compared to 2 percent in April.', 'Inflation rose from 2 percent in April to 3 percent in May.'), []);
  assert.equal(numberQuotes('The death toll rose to between 10 and 15 on Monday.', 'The death toll rose to between 20 and 25 on Monday.'), [['between 10 and 15', 'between 20 and 25']]);
});

test('ranges hold what lies between their ends; tallies and ranges are compared figure by figure', () => {
  assert.is(classOf('Between 10 and 15 people were injured.', '12 people were injured.'), 'corroborating');
  assert.is(classOf('10-15 people were injured.', '12 people were injured.'), 'corroborating');
  // A range is quoted whole, and its ends are not compared again one by one.
  assert.equal(numberQuotes('10-15 people were injured.', '20 people were injured.'), [['10-15 people', '20 people']]);
  assert.equal(numberQuotes('Between 10 and 15 people were injured.', 'Between 10 and 20 people were injured.'), [['Between 10 and 15 people', 'Between 10 and 20 people']]);
  assert.equal(numberQuotes('Between 10 and 15 people were injured.', 'Between 20 and 25 people were injured.'), [['Between 10 and 15 people', 'Between 20 and 25 people']]);
  assert.equal(numberQuotes('The bill passed the Senate 60-40.', 'The bill passed the Senate 55-45.'), [['60-40', '55-45']]);
  assert.equal(numberQuotes('The Lakers won 110-98.', 'The Lakers won 110-95.'), [['110-98', '110-95']]);
  assert.is(classOf('The bill passed the Senate 60-40.', 'The bill passed the Senate 60-40 on Friday.'), 'corroborating');
});

test('a minus sign kept on the figure ("-5 C") is read', () => {
  assert.equal(numberQuotes('Temperatures fell to -5 C overnight in Moscow.', 'Temperatures fell to 5 C overnight in Moscow.'), [['-5 C', '5 C']]);
  assert.is(classOf('Temperatures fell to -5 C overnight in Moscow.', 'Temperatures fell to 23 F overnight in Moscow.'), 'corroborating');
  assert.is(classOf('Temperatures fell to -5 C overnight in Moscow.', 'Temperatures fell to minus 5 C overnight in Moscow.'), 'corroborating');
});

test.run();
