import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { comparePair } from '../src/pipeline/pair.js';

const classOf = (a: string, b: string) => comparePair(a, b).class;

test('attribution: one speaker described two ways, or spelt two ways, is one source', () => {
  assert.is(classOf('Senator Hale, a Republican from Ohio, said Governor Ross would sign the bill.', 'Senator Hale said Governor Ross would sign the bill.'), 'corroborating');
  const v = comparePair('Zelenskyy said the troops would hold the city.', 'Zelensky said the troops would hold the city.');
  assert.equal(v.differences.map((d) => d.type), []);
  const w = comparePair('Alan Futerfas, an attorney for Trump Jr., said the papers were leaked.', 'Trump Jr.’s attorney, Alan Futerfas, said the papers were leaked.');
  assert.equal(w.differences.map((d) => d.type), []);
  // Two different named speakers are still a material difference.
  assert.is(classOf('Senator Hale said the bill would pass.', 'Senator Ross said the bill would pass.'), 'divergent');
  // One title on both sides, two names beside it: the note quotes the names, not the title twice.
  const named = comparePair("The hospital's chief executive, Anne Cole, said the ward would close.", "The hospital's chief executive, Mark Dunn, said the ward would close.");
  assert.equal(named.differences.filter((d) => d.type === 'attribution').map((d) => [d.a.text, d.b.text]), [['Anne Cole', 'Mark Dunn']]);
});

test('entity: two people of one family name differ; a short form, initial, title or transliteration of one given name does not', () => {
  const people = (a: string, b: string) => comparePair(a, b).differences.filter((d) => d.type === 'entity').map((d) => [d.a.text, d.b.text]);
  assert.equal(people('Hillary Clinton spoke in Iowa.', 'Bill Clinton spoke in Iowa.'), [['Hillary Clinton', 'Bill Clinton']]);
  assert.equal(people('Sen. Mark Kelly voted no.', 'Sen. Trent Kelly voted no.'), [['Mark Kelly', 'Trent Kelly']]);
  for (const [a, b] of [
    ['Bill Clinton spoke in Iowa.', 'William Clinton spoke in Iowa.'],
    ['Secretary of State Tony Blinken will visit China.', 'Secretary of State Antony Blinken will visit China.'],
    ['J. Smith spoke in Iowa.', 'John Smith spoke in Iowa.'],
    ['Zulifquar Ali, a worshiper, said the attackers targeted the guards.', 'Witness Zulfiqar Ali said the attackers targeted the guards.'],
    // The other family member named elsewhere on the other side is no substitution.
    ['Gary Nicklaus, the son of Jack Nicklaus, birdied five holes.', 'Gary Nicklaus, the son of the Golden Bear, birdied five holes.'],
  ]) assert.equal(people(a, b), [], `${a} / ${b}`);
});

test('title: one person given another office is noted, material only for offices no one holds at once', () => {
  const titles = (a: string, b: string) => comparePair(a, b).differences.filter((d) => d.note.startsWith('title')).map((d) => [d.a.text, d.b.text, d.material]);
  assert.equal(titles('Chief medical officer Helen Okafor said the ward would close.', 'Chief executive Helen Okafor said the ward would close.'), [['Chief medical officer', 'Chief executive', false]]);
  assert.equal(titles('Sen. Bob Corker said the deal was dead.', 'Rep. Bob Corker said the deal was dead.'), [['Sen.', 'Rep.', true]]);
  // A lower rank of the same office, another portfolio: material.
  assert.equal(titles('Vice President Kamala Harris met the delegation.', 'President Kamala Harris met the delegation.'), [['Vice President', 'President', true]]);
  assert.equal(titles('Deputy Mayor Tom Hale opened the bridge.', 'Mayor Tom Hale opened the bridge.'), [['Deputy Mayor', 'Mayor', true]]);
  assert.equal(titles('Health Minister Ana Ruiz said the plan would be reviewed.', 'Foreign Minister Ana Ruiz said the plan would be reviewed.'), [['Health Minister', 'Foreign Minister', true]]);
  for (const [a, b] of [
    ['Treasury Secretary Janet Yellen met Liu He.', 'U.S. Treasury Secretary Janet Yellen met Liu He.'],
    ['Sen. Bob Corker said the deal was dead.', 'Senator Bob Corker said the deal was dead.'],
    ['Rep. Anthony Weiner denied sending the photo.', 'Congressman Anthony Weiner denied sending the photo.'],
    ['Mr. Trump said the wall would be built.', 'President Trump said the wall would be built.'],
    // Two people who share a surname, a former office.
    ['Sen. Mark Kelly voted no.', 'Rep. Trent Kelly voted no.'],
    ['Sen. Tammy Duckworth spoke on Monday.', 'Former Rep. Tammy Duckworth spoke on Monday.'],
    // A portfolio named on one side only, or spelt two ways (MRPC); a former lower office.
    ['Foreign Minister Ana Ruiz said the plan would be reviewed.', 'Minister Ana Ruiz said the plan would be reviewed.'],
    ['Defense Department Inspector General Joseph Schmitz spoke.', 'Joseph Schmitz, Defence Department inspector general, spoke.'],
    ['Former Vice President Joe Biden spoke.', 'President Joe Biden spoke.'],
    // From a review: one post under two names, a combined post, a state's minister, "Associate
    // Justice", a lower rank of another of two posts, an office at another time.
    ['Economy Minister Bruno Le Maire spoke.', 'Finance Minister Bruno Le Maire spoke.'],
    ['Home Minister Amit Shah spoke.', 'Interior Minister Amit Shah spoke.'],
    ['Commerce and Industry Minister Piyush Goyal spoke.', 'Trade Minister Piyush Goyal spoke.'],
    ['State Health Minister Rajesh Tope spoke.', 'Maharashtra Health Minister Rajesh Tope spoke.'],
    ['Associate Justice Sonia Sotomayor wrote the opinion.', 'Justice Sonia Sotomayor wrote the opinion.'],
    ['John Smith, vice president and general manager, spoke.', 'John Smith, the general manager, spoke.'],
    ['In 2015, then-Vice President Joe Biden visited.', 'In 2015, now-President Joe Biden visited.'],
    ['Seattle Deputy Police Chief Clark Kimerer said it went well.', 'Police Deputy Chief Clark Kimerer said it went well.'],
  ]) assert.equal(titles(a, b), [], `${a} / ${b}`);
});

test('attribution: two sources that each blame the other are swapped, a material difference', () => {
  const swapped = (a: string, b: string) =>
    comparePair(a, b).differences.filter((d) => d.type === 'attribution' && d.material && d.note.startsWith('attribution swapped')).map((d) => [d.a.text, d.b.text]);
  assert.equal(swapped('Russia said Ukraine shelled the nuclear plant on Friday.', 'Ukraine said Russia shelled the nuclear plant on Friday.'), [['Russia', 'Ukraine']]);
  assert.equal(swapped('The rebels shot down the helicopter, the army said.', 'The army shot down the helicopter, the rebels said.'), [['the army', 'the rebels']]);
  assert.equal(swapped('Israel said the rocket was fired by Islamic Jihad.', 'Islamic Jihad said the rocket was fired by Israel.'), [['Israel', 'Islamic Jihad']]);
  // A demonym names its country ("Russian forces"); a possessive's "s" is no shared word.
  assert.equal(swapped("Ukraine's military said Russian forces shelled the plant.", "Russia's defence ministry said Ukrainian forces shelled the plant."), [["Ukraine's military", "Russia's defence ministry"]]);
  for (const [a, b] of [
    ['Russia said Ukraine shelled the nuclear plant on Friday.', 'Russia said Ukrainian forces shelled the nuclear plant on Friday.'],
    ['Police said the suspect told officers he acted alone.', 'The suspect told police he acted alone, officers said.'],
    ['Democrats said Republicans blocked the bill.', 'Republicans said they blocked the bill, Democrats said.'],
    ['In a statement, Lee said he no longer blames the network.', 'Lee no longer blames the network, according to a statement read in court.'],
    // From a review: both named in the subject, a prepositional add-on, a passive's victim, reported speech, both sides' words given.
    ['Russia said Russian and Ukrainian delegations met in Istanbul.', 'Ukraine said Ukrainian and Russian delegations met in Istanbul.'],
    ['Israel said Hamas and Israel had agreed to extend the truce.', 'Hamas said Israel and Hamas had agreed to extend the truce.'],
    ['The army said the ceasefire with the rebels had collapsed.', 'The rebels said the ceasefire with the army had collapsed.'],
    ['Israel said Israeli soldiers were attacked by Hamas fighters.', 'Hamas said Israeli soldiers were attacked by Hamas fighters.'],
    ['Russia said Ukraine claimed Russian forces shelled the plant.', 'Ukraine said Russian forces shelled the plant.'],
    ["Ukraine said Russia's claim that Ukraine shelled the plant was false.", 'Russia said Ukraine shelled the plant.'],
    ['Russia said Ukraine shelled the plant, while Kyiv blamed Moscow.', 'Ukraine said Russia shelled the plant, while Moscow blamed Kyiv.'],
  ]) assert.equal(swapped(a, b), [], `${a} / ${b}`);
  // A trailing source with words after it, an irregular passive, a headline.
  assert.equal(swapped('Ukrainian forces shelled the plant, Russia said on Tuesday.', 'Russian forces shelled the plant, Ukraine said on Tuesday.'), [['Russia', 'Ukraine']]);
  assert.equal(swapped('Russia said the plant was hit by Ukrainian drones.', 'Ukraine said the plant was hit by Russian drones.'), [['Russia', 'Ukraine']]);
  assert.equal(swapped('Police said protesters threw the first stones.', 'Protesters said police threw the first stones.'), [['Police', 'Protesters']]);
  // A relative "that" after the claim's verb does not start the claim.
  assert.equal(swapped('Russia said Ukraine shelled the plant that powers the city.', 'Ukraine said Russia shelled the plant that powers the city.'), [['Russia', 'Ukraine']]);
  // Sources naming different countries are two sources, a word in common notwithstanding.
  assert.ok(comparePair('Ukrainian officials said the talks had failed.', 'Russian officials said the talks had failed.').differences.some((d) => d.type === 'attribution'));
  // "Officials" opening a sentence is a common word: close to "authorities", one source.
  assert.not.ok(comparePair('Officials said the road would reopen.', 'Authorities said the road would reopen.').differences.some((d) => d.type === 'attribution'));
  // Names close in the vectors are still two sources ("Russia" / "Ukraine" 0.86).
  assert.ok(comparePair('Russia said the talks had failed.', 'Ukraine said the talks had failed.').differences.some((d) => d.type === 'attribution'));
});

test('entities: a company replaced by another in the same slot, even when one looks like a person', () => {
  const v = comparePair('The contract was awarded to Boeing on Monday.', 'The contract was awarded to Lockheed Martin on Monday.');
  assert.equal(v.differences.filter((d) => d.material).map((d) => [d.type, d.a.text, d.b.text]), [['entity', 'Boeing', 'Lockheed Martin']]);
  // A rewrite that swaps a person for an organisation elsewhere is not a substitution.
  assert.is(classOf('Police said they arrested a man on suspicion of burglary.', 'Mr Barschak was arrested on suspicion of burglary.'), 'corroborating');
  // "IBM Corp." abbreviates "International Business Machines".
  assert.is(classOf('The deal was signed by IBM Corp. on Monday.', 'The deal was signed by International Business Machines on Monday.'), 'corroborating');
});

test.run();
