// Who: the same statement about people of kinds that exclude each other (thirteenth pass).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { exclusiveKinds } from '../src/classify/kinds.js';
import { comparePair } from '../src/pipeline/pair.js';

function who(a: string, b: string): string[][] {
  const v = comparePair(a, b);
  return v.differences.filter((d) => d.type === 'entity' && d.material && d.note.startsWith('who:')).map((d) => [d.a.text, d.b.text]);
}

test('kinds below two opposed kinds exclude each other; kinds on one side do not', () => {
  // soldier > enlisted person > serviceman, which WordNet opposes to civilian.
  assert.ok(exclusiveKinds('soldier', 'civilian'));
  assert.ok(exclusiveKinds('civilian', 'officer'));
  assert.ok(exclusiveKinds('child', 'adult'));
  assert.ok(exclusiveKinds('baby', 'adult'));
  assert.ok(exclusiveKinds('mum', 'dad'));
  assert.ok(exclusiveKinds('militant', 'villager'));
  assert.not.ok(exclusiveKinds('soldier', 'troop'));
  assert.not.ok(exclusiveKinds('soldier', 'officer'));
  assert.not.ok(exclusiveKinds('child', 'teenager'));
  assert.not.ok(exclusiveKinds('civilian', 'noncombatant'));
  // "girl" and "boy" are a young woman or man and a child: neither adult nor juvenile.
  assert.not.ok(exclusiveKinds('girl', 'teenager'));
  assert.not.ok(exclusiveKinds('boy', 'adult'));
  // Two ends of one relation can be one person seen from the other end.
  assert.not.ok(exclusiveKinds('son', 'father'));
  assert.not.ok(exclusiveKinds('employee', 'employer'));
  // Teenagers and youths may be 18 or 19; news calls young men "kids".
  assert.not.ok(exclusiveKinds('teenager', 'adult'));
  assert.not.ok(exclusiveKinds('youth', 'man'));
  assert.not.ok(exclusiveKinds('kid', 'man'));
  // Opposites WordNet has that are judgements, traits or relative to a country, not categories.
  assert.not.ok(exclusiveKinds('retiree', 'worker'));
  assert.not.ok(exclusiveKinds('foreigner', 'citizen'));
  assert.not.ok(exclusiveKinds('culprit', 'contributor'));
  assert.not.ok(exclusiveKinds('capitalist', 'neoliberal'));
  // Commonest senses that news seldom means: a volunteer who enlisted, a horse.
  assert.not.ok(exclusiveKinds('volunteer', 'civilian'));
  assert.not.ok(exclusiveKinds('yearling', 'thoroughbred'));
});

test('the same count of other people is a difference of who', () => {
  assert.equal(who('The blast killed 12 soldiers near the border on Monday.', 'The blast killed 12 civilians near the border on Monday.'), [['soldiers', 'civilians']]);
  assert.equal(who('The attack killed 12 people, including three children.', 'The attack killed 12 people, including three adults.'), [['children', 'adults']]);
  assert.equal(who('Soldiers shot dead five militants in the village.', 'Soldiers shot dead five villagers in the village.'), [['militants', 'villagers']]);
  assert.equal(who('The victims included two women and a child.', 'The victims included two women and a man.'), [['child', 'man']]);
  // A capital at the start of the sentence, a plural the lemmatiser keeps, an adjective as a head.
  assert.equal(who('Militiamen killed 20 people in the raid on the village.', 'Villagers killed 20 people in the raid on the village.'), [['Militiamen', 'Villagers']]);
  assert.equal(who('The strike killed a senior commander in the city.', 'The strike killed a senior civilian in the city.'), [['commander', 'civilian']]);
  assert.equal(who('Two policemen were killed in the bombing.', 'Two civilians were killed in the bombing.'), [['policemen', 'civilians']]);
  // The state's forces against insurgents, the police against the military, also as a modifier of one noun.
  assert.equal(who('The army shelled the town overnight.', 'The rebels shelled the town overnight.'), [['army', 'rebels']]);
  assert.equal(who('Government forces shelled the town overnight.', 'Rebel forces shelled the town overnight.'), [['Government', 'Rebel']]);
  assert.equal(who('Police opened fire on the protesters.', 'Soldiers opened fire on the protesters.'), [['Police', 'Soldiers']]);
  assert.equal(who('Gunmen killed two police officers in Peshawar.', 'Gunmen killed two soldiers in Peshawar.'), [['police', 'soldiers']]);
  assert.equal(who('Two tourists were killed when the building collapsed.', 'Two residents were killed when the building collapsed.'), [['tourists', 'residents']]);
  // Emergency responders against the public they serve; a report naming both opposes nothing.
  assert.equal(who('Two firefighters were injured in the blaze.', 'Two residents were injured in the blaze.'), [['firefighters', 'residents']]);
  assert.equal(who('Firefighters rescued two residents from the building.', 'Two residents were rescued from the building by firefighters.'), []);
  assert.equal(comparePair('The blast killed 12 soldiers near the border on Monday.', 'The blast killed 12 civilians near the border on Monday.').class, 'divergent');
  // The same count in a sentence turned from passive to active: the figure places both.
  assert.equal(who('12 soldiers were killed in the attack.', 'The attack killed 12 civilians.'), [['soldiers', 'civilians']]);
  assert.equal(who('Two children were among 12 people killed.', 'Twelve people, including two adults, were killed.'), [['children', 'adults']]);
  // Both counts on each side, in another order: no difference.
  assert.equal(who('The attack killed 12 soldiers and three civilians.', 'Three civilians and 12 soldiers died in the attack.'), []);
  // "an army base" is a place, not soldiers named on the other side.
  assert.equal(
    who('At least 12 soldiers were killed when militants attacked an army base.', 'Militants stormed an army base, killing at least 12 civilians.'),
    [['soldiers', 'civilians']],
  );
});

test('compatible kinds, both kinds on one side, or nouns paired otherwise are no difference', () => {
  for (const [a, b] of [
    ['The blast killed 12 soldiers near the border on Monday.', 'The blast killed 12 troops near the border on Monday.'],
    ['The blast killed 12 people near the border on Monday.', 'The blast killed 12 civilians near the border on Monday.'],
    ['Two soldiers and a civilian were killed in the attack.', 'A civilian and two soldiers died in the attack.'],
    ['The teacher told students to leave the building.', 'The teacher told children to leave the building.'],
    ['Noncombatants were killed in the shelling.', 'Civilians were killed in the shelling.'],
    // "mother" is replaced by "woman" and "child" by "daughter", not "mother" by "daughter".
    ['The mother said her child was safe.', 'The woman said her daughter was safe.'],
    ['The girl was rescued by a stranger.', 'The teenager was rescued by a stranger.'],
    ['Police detained five youths after the riot.', 'Police detained five young men after the riot.'],
    ['The shooter was an 18-year-old teenager, police said.', 'The shooter was an 18-year-old man, police said.'],
    ['Hundreds of volunteers searched the rubble for survivors.', 'Hundreds of civilians searched the rubble for survivors.'],
    ['A resident opened fire on police from his flat.', 'A gunman opened fire on police from his flat.'],
    ['The couple were looked after by their children in old age.', 'The couple were looked after by their carers in old age.'],
    ['The former child star was arrested on Friday.', 'The former celebrity was arrested on Friday.'],
    ['Two British citizens were detained at the airport.', 'Two foreigners were detained at the airport.'],
    ['Civilian deaths rose sharply in March.', 'Military deaths rose sharply in March.'],
    ['Militants attacked the convoy, killing two soldiers.', 'Rebels attacked the convoy, killing two troops.'],
    ['Troops and police sealed off the area.', 'Soldiers and police sealed off the area.'],
    ['The former child star was arrested on Friday.', 'The former child actor was arrested on Friday.'],
    ['Security forces killed five militants.', 'Troops killed five militants.'],
    // From a review: one kind named two ways across a list, a source, military police, mutineers, offices, disguises, one named group.
    ['Police and soldiers were deployed to the square.', 'Troops and policemen were deployed to the square.'],
    ['The army said 20 rebels were killed in the fighting.', 'Police said 20 rebels were killed in the fighting.'],
    ['Military police arrested the deserters on Monday.', 'Soldiers arrested the deserters on Monday.'],
    ['Mutinous soldiers attacked the palace overnight.', 'Rebels attacked the palace overnight.'],
    ['Twenty rebel MPs voted with the opposition.', 'Twenty government MPs voted with the opposition.'],
    ['Gunmen dressed as soldiers stormed the hotel.', 'Gunmen disguised as police officers stormed the hotel.'],
    ['Taliban soldiers patrolled the streets of Kabul.', 'Taliban militants patrolled the streets of Kabul.'],
    // One man seen from either end of a relation, in sentences the diff rewrites whole.
    ['Hutchinson called up Mark Mattioli, whose 6-year-old son was killed at the school.', 'Mark Mattioli, the father of one victim, also spoke after the announcement.'],
  ]) assert.equal(who(a, b), [], `${a} / ${b}`);
});

function entities(a: string, b: string): string[][] {
  return comparePair(a, b).differences.filter((d) => d.type === 'entity' && d.material).map((d) => [d.a.text, d.b.text]);
}

test('a party swapped for another is a different party; one party named two ways is not', () => {
  assert.equal(entities('Democrats blocked the bill in the Senate.', 'Republicans blocked the bill in the Senate.'), [['Democrats', 'Republicans']]);
  assert.equal(entities('Republican senators blocked the bill.', 'Democratic senators blocked the bill.'), [['Republican', 'Democratic']]);
  assert.equal(entities('In the by-election, Labour won the seat.', 'In the by-election, the Conservatives won the seat.'), [['Labour', 'Conservatives']]);
  assert.equal(entities('Senator Hale, a Republican from Ohio, voted against it.', 'Senator Hale, a Democrat from Ohio, voted against it.'), [['Republican', 'Democrat']]);
  for (const [a, b] of [
    ['Republicans blocked the bill in the Senate.', 'The GOP blocked the bill in the Senate.'],
    ['The Tories lost the seat to Labour.', 'The Conservatives lost the seat to Labour.'],
    ['Senator Hale, a Republican from Ohio, voted against it.', 'Senator Hale, an Ohio Republican, voted against it.'],
    ['Democrats said the bill would hurt workers.', 'Democratic lawmakers said the bill would hurt workers.'],
    ['Leaders of the Republican Party rejected the deal.', 'Leaders of the GOP rejected the deal.'],
    ['The Conservative Party lost the seat.', 'The Tories lost the seat.'],
    // At the start of a sentence "Conservative" may be an ideology; a party and a person may be the party and its member.
    ['Conservative justices voted to overturn the ruling.', 'Republican-appointed justices voted to overturn the ruling.'],
    ['The offer was rejected by Democrats on Tuesday.', 'The offer was rejected by Chuck Schumer on Tuesday.'],
  ]) assert.equal(entities(a, b), [], `${a} / ${b}`);
  assert.equal(entities('The Democratic Party won control of the House.', 'The Republican Party won control of the House.'), [['Democratic Party', 'Republican Party']]);
});

test('Title Case headlines: who, parties and swapped sources are read there too', () => {
  assert.equal(who('12 Soldiers Killed in Blast Near Border', '12 Civilians Killed in Blast Near Border'), [['Soldiers', 'Civilians']]);
  assert.equal(who('Democrats Block Bill in Senate', 'Republicans Block Bill in Senate'), [['Democrats', 'Republicans']]);
  assert.ok(comparePair('Russia Says Ukraine Shelled Nuclear Plant', 'Ukraine Says Russia Shelled Nuclear Plant').differences.some((d) => d.note.startsWith('attribution swapped')));
  for (const [a, b] of [
    ['Soldiers Kill 12 Civilians in Border Town', 'Troops Kill 12 Civilians in Border Town'],
    ['GOP Blocks Bill in Senate', 'Republicans Block Bill in Senate'],
    ['Democratic Senators Block Spending Bill', 'Democrats Block Spending Bill'],
    ['Labour Shortages Hit Farms Across Britain', 'Worker Shortages Hit Farms Across Britain'],
    ['Military Police Detain Deserters', 'Soldiers Detain Deserters'],
  ]) assert.equal(comparePair(a, b).class, 'corroborating', `${a} / ${b}`);
  // A headline against a sentence in ordinary case: a name they share still matches in the diff.
  const v = comparePair('Joe Biden Signs Infrastructure Bill Into Law', 'Joe Biden signs infrastructure bill into law');
  assert.equal(v.class, 'corroborating');
  // The word diff of a headline splits its capitalised words: only the swapped word is marked.
  const diff = comparePair('12 Soldiers Killed in Blast Near Border', '12 Civilians Killed in Blast Near Border').differences[0];
  assert.equal([diff.a.text, diff.b.text], ['Soldiers', 'Civilians']);
});

test.run();
