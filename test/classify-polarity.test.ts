import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { comparePair } from '../src/pipeline/pair.js';

const classOf = (a: string, b: string) => comparePair(a, b).class;

function quoted(a: string, b: string, type: string): [string, string] {
  const v = comparePair(a, b);
  assert.is(v.class, 'divergent', `${a} / ${b}`);
  const d = v.differences.find((x) => x.type === type && x.material);
  assert.ok(d, `no ${type} difference for ${a} / ${b}`);
  assert.is(a.slice(d.a.start, d.a.end), d.a.text);
  assert.is(b.slice(d.b.start, d.b.end), d.b.text);
  return [d.a.text, d.b.text];
}

test('verdicts: "not guilty" / "acquitted" clash with "convicted" / "found guilty"', () => {
  quoted('The jury found him not guilty of all charges.', 'The jury convicted him of all charges.', 'negation');
  const [x, y] = quoted('The court acquitted the former mayor on Tuesday.', 'The court found the former mayor guilty on Tuesday.', 'negation');
  assert.equal([x, y], ['acquitted', 'guilty']);
});

test('opposites news reports turn on: profit / loss, surplus / deficit, takeoff / landing, ally / adversary', () => {
  assert.equal(quoted('The company reported a loss of $3 billion.', 'The company reported a profit of $3 billion.', 'negation'), ['loss', 'profit']);
  assert.equal(quoted('The country ran a budget surplus last year.', 'The country ran a budget deficit last year.', 'negation'), ['surplus', 'deficit']);
  assert.equal(quoted('The plane crashed shortly after takeoff.', 'The plane crashed shortly before landing.', 'negation'), ['takeoff', 'landing']);
  assert.equal(quoted('He called Turkey an ally.', 'He called Turkey an adversary.', 'negation'), ['ally', 'adversary']);
  // Both words on one side: a change over time, not a clash.
  assert.is(classOf('The company reported a profit of $3 billion.', 'The company reported a profit of $3 billion, up from a loss a year earlier.'), 'corroborating');
});

test('custody, sanctions and jobs: arrested / released, imposed / lifted, hired / fired or laid off, resigned / fired; accidental / deliberate', () => {
  assert.equal(quoted('Police arrested the journalist on Monday.', 'Police released the journalist on Monday.', 'negation'), ['arrested', 'released']);
  assert.equal(quoted('Soldiers detained two aid workers near the border.', 'Soldiers released two aid workers near the border.', 'negation'), ['detained', 'released']);
  assert.equal(quoted('The EU imposed sanctions on the oil sector.', 'The EU lifted sanctions on the oil sector.', 'negation'), ['imposed', 'lifted']);
  assert.equal(quoted('The club hired its coach in May.', 'The club fired its coach in May.', 'negation'), ['hired', 'fired']);
  assert.equal(quoted('Officials said the fire was accidental.', 'Officials said the fire was deliberate.', 'negation'), ['accidental', 'deliberate']);
  // A phrasal verb: "laid off" is "fired", quoted whole; it agrees with "fired" itself.
  assert.equal(quoted('The company hired 200 workers.', 'The company laid off 200 workers.', 'negation'), ['hired', 'laid off']);
  assert.is(classOf('The firm laid off 300 workers.', 'The firm fired 300 workers.'), 'corroborating');
  // Leaving of one's own accord, or made to: "resigned" / "stepped down" against "fired" / "ousted".
  assert.equal(quoted('The senator resigned on Friday.', 'The senator was fired on Friday.', 'event'), ['resigned', 'fired']);
  assert.equal(quoted('The CEO stepped down on Monday.', 'The CEO was ousted on Monday.', 'event'), ['stepped down', 'ousted']);
  assert.is(classOf('The CEO stepped down on Monday.', 'The CEO resigned on Monday.'), 'corroborating');
  assert.is(classOf('The coach was forced to resign on Sunday.', 'The coach was fired on Sunday.'), 'corroborating');
  // Both on one side: what happened in turn, not a clash.
  assert.is(classOf('Police released the journalist on Monday.', 'Police released the journalist on Monday, two days after they arrested him.'), 'corroborating');
});

test('outcomes that exclude each other: signed / vetoed, upheld / struck down, cancelled / postponed, resumed / suspended, wounded / killed, survived / died', () => {
  assert.equal(quoted('The governor signed the bill on Friday.', 'The governor vetoed the bill on Friday.', 'event'), ['signed', 'vetoed']);
  assert.equal(quoted('The appeals court upheld the ruling.', 'The appeals court struck down the ruling.', 'event'), ['upheld', 'struck down']);
  assert.equal(quoted('The Formula One race at Imola was cancelled.', 'The Formula One race at Imola was postponed.', 'event'), ['cancelled', 'postponed']);
  assert.equal(quoted('The talks resumed on Monday.', 'The talks were suspended on Monday.', 'event'), ['resumed', 'suspended']);
  assert.equal(quoted('Two people were wounded in the attack.', 'Two people were killed in the attack.', 'event'), ['wounded', 'killed']);
  assert.equal(quoted('All passengers survived the crash.', 'All passengers died in the crash.', 'event'), ['survived', 'died']);
  assert.equal(quoted('The president will attend the summit.', 'The president will boycott the summit.', 'event'), ['attend', 'boycott']);
  assert.equal(quoted('The US withdrew troops from the region.', 'The US deployed troops to the region.', 'event'), ['withdrew', 'deployed']);
  // Both outcomes told on each side, in other words or another order: no clash.
  assert.is(classOf('Three people were killed and five injured in the blast.', 'The blast killed three people and wounded five others.'), 'corroborating');
  assert.is(classOf('The attack killed two soldiers and wounded four.', 'Two soldiers were killed and four wounded in the attack.'), 'corroborating');
  assert.is(classOf('The crash killed the driver, but the passenger survived.', 'The driver died in the crash and the passenger survived.'), 'corroborating');
  assert.is(classOf('The president signed the bill, which Congress approved last week.', 'The bill, approved by Congress last week, was signed into law.'), 'corroborating');
});

test('outcomes in other words: died is killed, wounded is injured, called off is cancelled, headlines in capitals', () => {
  // The standard casualty sentence told in other words on each side: no clash.
  for (const [x, y] of [
    ['Five people were killed and dozens wounded in the attack.', 'Five people died and dozens were injured in the attack.'],
    ['Three people were killed and 20 wounded in the blast.', 'The blast left three people dead and 20 injured.'],
  ]) assert.is(classOf(x, y), 'corroborating', `${x} / ${y}`);
  assert.equal(quoted('Two soldiers were injured in the ambush.', 'Two soldiers died in the ambush.', 'event'), ['injured', 'died']);
  assert.equal(quoted('The match was called off because of heavy rain.', 'The match was put off until Sunday because of heavy rain.', 'event'), ['called off', 'put off']);
  assert.equal(quoted('The appeals court upheld his conviction.', 'The appeals court quashed his conviction.', 'event'), ['upheld', 'quashed']);
  assert.equal(quoted('Governor Signs Budget Bill', 'Governor Vetoes Budget Bill', 'event'), ['Signs', 'Vetoes']);
  assert.equal(quoted('Final Postponed Due To Rain', 'Final Cancelled Due To Rain', 'event'), ['Postponed', 'Cancelled']);
  assert.is(classOf('Governor Signs Budget Bill', 'Governor Signs State Budget Bill'), 'corroborating');
  // A phrasal verb in a headline, and an irregular verb right after a title.
  assert.equal(quoted('Court Strikes Down Ban on Assault Weapons', 'Court Upholds Ban on Assault Weapons', 'event'), ['Strikes Down', 'Upholds']);
  assert.equal(quoted('Governor Won Re-Election in Ohio', 'Governor Lost Re-Election in Ohio', 'negation'), ['Won', 'Lost']);
  assert.is(classOf('Governor Won Praise for Budget', 'Governor Drew Praise for Budget'), 'corroborating');
});

test('outcomes: approved or blocked, and acts named as nouns; of one thing only', () => {
  assert.equal(quoted('Regulators approved the merger.', 'Regulators blocked the merger.', 'event'), ['approved', 'blocked']);
  assert.equal(quoted('The cancellation of the match was announced on Friday.', 'The postponement of the match was announced on Friday.', 'event'), ['cancellation', 'postponement']);
  assert.equal(quoted('The governor signed the bill on Friday.', 'The governor vetoed the measure on Friday.', 'event'), ['signed', 'vetoed']);
  // Two acts on two things are no different outcome of one.
  const outcome = (a: string, b: string) => comparePair(a, b).differences.some((d) => d.note.startsWith('different outcome'));
  assert.is(outcome('The governor signed the budget on Friday.', 'The governor vetoed the tax increase on Friday.'), false);
  assert.is(outcome("Trump is expected to approve Congress' spending bill.", 'Democrats vowed to block any spending proposal that included the funding.'), false);
  // No direct object on one side: "stepped down in February" is no act on February.
  assert.is(outcome('Trump said he fired Flynn for lying to Pence.', 'Flynn stepped down in February, saying he had misled Pence.'), true);
});

test('review: outcomes are no complements, and a name after a title in a headline is no word', () => {
  assert.is(classOf('The driver was not injured in the crash.', 'The driver survived the crash.'), 'corroborating');
  // "drew praise" and "charged protesters" are no results of a match or a case.
  assert.is(classOf('The plan won praise from critics.', 'The plan drew praise from critics.'), 'corroborating');
  assert.is(classOf('Police arrested protesters in the square.', 'Police charged protesters in the square.'), 'corroborating');
  assert.is(classOf('Senator White Backs Tax Bill', 'Senator Black Backs Tax Bill') === 'divergent' ? comparePair('Senator White Backs Tax Bill', 'Senator Black Backs Tax Bill').differences.some((d) => d.type === 'negation') : false, false);
});

test('negation in other words agrees: "dont" as "don\'t", "decided against" as "decided not to", "less expensive" as "cheaper"', () => {
  assert.is(classOf('That is why the Americans can\'t find him.', 'That is why the Americans cant find him.'), 'corroborating');
  assert.equal(quoted('That is why the Americans cant find him.', 'That is why the Americans can find him.', 'negation'), ['cant find', 'find']);
  assert.is(classOf('Larger publishers decided against pursuing the books group.', 'Larger publishers decided not to pursue the books group.'), 'corroborating');
  assert.is(comparePair('Larger publishers decided against pursuing the books group.', 'Larger publishers decided to pursue the books group.').class, 'divergent');
  // "turned down" is "rejected": the same rejection told two ways, and against an acceptance.
  assert.is(classOf('The club rejected two offers before accepting the third.', 'Two offers were turned down before the club accepted a third.'), 'corroborating');
  assert.equal(quoted('The club accepted the offer.', 'The club turned down the offer.', 'negation'), ['accepted the offer', 'turned down the offer']);
  // "No player has cost Harbourside more" claims a record; it denies nothing.
  assert.is(classOf("It is the largest transfer in Harbourside's history.", 'No player has cost Harbourside more; the previous record was 31 million euros.'), 'corroborating');
  assert.is(classOf('No one was hurt in the blast.', 'Two people were hurt in the blast.'), 'divergent');
  assert.is(classOf('Lee said he no longer believes the network meant harm.', 'Lee believes the network meant harm.'), 'divergent');
  // Other words of rejection agree with it; a way taken is no rejection; a denied passive denies its subject.
  for (const [x, y] of [
    ['The club turned down the offer.', 'The club rebuffed the offer.'],
    ['The club turned down the offer.', 'The club voted down the offer.'],
    ['The offer was turned down by the board.', 'The board declined the offer.'],
    ['The plane turned down the runway.', 'The plane taxied down the runway.'],
  ]) assert.is(classOf(x, y), 'corroborating', `${x} / ${y}`);
  assert.is(classOf('Sun sells it as a less expensive alternative to Windows.', 'Sun sells it as a cheaper alternative to Windows.'), 'corroborating');
  assert.equal(quoted('Sun sells it as a more expensive alternative to Windows.', 'Sun sells it as a cheaper alternative to Windows.', 'negation'), ['expensive', 'cheaper']);
});

test('custody and dismissal clash only about the same person', () => {
  for (const [a, b] of [
    ['Police released the name of the suspect on Monday.', 'Police arrested the suspect on Monday.'],
    ['He was released from hospital on Monday.', 'He was arrested on Monday.'],
    ['Police released a statement after arresting the suspect.', 'Police arrested the suspect on Monday.'],
    ['The officer who fired the fatal shot left the force on Monday.', 'The officer resigned from the force on Monday.'],
    ['The judge dismissed the case on Monday.', 'The judge resigned on Monday.'],
    ['The firm laid off staff on Monday.', 'The boss stepped down on Monday as the firm cut staff.'],
    ['The board forced the chief executive to resign.', 'The board fired the chief executive.'],
    ['The coach stepped down from the podium on Monday.', 'The coach was fired on Monday.'],
    ['Sun sells it as a less-expensive alternative.', 'Sun sells it as a cheaper alternative.'],
  ]) assert.is(classOf(a, b), 'corroborating', `${a} / ${b}`);
  assert.equal(quoted('Rebels freed the hostages.', 'Rebels captured the hostages.', 'negation'), ['freed', 'captured']);
  assert.equal(quoted('The board fired the coach on Monday.', 'The coach resigned on Monday.', 'event'), ['fired', 'resigned']);
});

test('verdicts: the same verdict in other words agrees', () => {
  assert.is(classOf('The jury found him not guilty of all charges.', 'The jury acquitted him of all charges.'), 'corroborating');
  assert.is(classOf('The jury convicted him of fraud.', 'The jury found him guilty of fraud.'), 'corroborating');
});

test('negation: a denial copied on both sides does not answer another denial on one side', () => {
  assert.equal(
    quoted('His lawyer said his client would appeal, and that he was not surprised.', 'His lawyer said his client would not appeal, and that he was not surprised.', 'negation'),
    ['appeal', 'not appeal'],
  );
  // Each side's denials answered: no clash, also with a negative verb denied in the passive.
  assert.is(classOf('The lawyer said he would not appeal and was not surprised.', 'The lawyer said he was not surprised and would not appeal.'), 'corroborating');
  assert.is(
    classOf(
      'Inspectors walked into a restricted area without being stopped; others took pictures without being challenged.',
      'Inspectors walked into a restricted area without being stopped by employees; others took pictures without anyone challenging them.',
    ),
    'corroborating',
  );
});

test('negation: a denial and a negative verb that say the same are no clash', () => {
  for (const [a, b] of [
    ['The board did not approve the merger.', 'The board rejected the merger.'],
    ['The minister did not accept the offer.', 'The minister declined the offer.'],
    ['The company suspended production at the plant.', 'The company halted production at the plant.'],
    ['The storm cut power to 20,000 homes.', 'The storm left 20,000 homes without power.'],
  ]) {
    assert.is(classOf(a, b), 'corroborating', `${a} / ${b}`);
  }
});

test('negation: a negative verb is answered by the other side\'s verb, not its object', () => {
  const [x, y] = quoted('The Senate passed the bill on Friday.', 'The Senate rejected the bill on Friday.', 'negation');
  assert.ok(x.startsWith('passed'), x);
  assert.ok(y.includes('rejected'), y);
  // Past the object's own phrase, one preposition included; not into another clause.
  const [p, q] = quoted('A group calling itself the Northern Front claimed responsibility in a statement online.', 'The Northern Front denied any involvement in a statement online.', 'negation');
  assert.ok(p.startsWith('claimed responsibility'), p);
  assert.ok(q.startsWith('denied'), q);
});

test('negation: a verb of taking away answers an absence, not a denied act', () => {
  // "cutting" is not a denial of "slicing".
  assert.is(classOf('There is no man slicing a potato', 'A man is cutting a potato'), 'divergent');
  assert.is(classOf('He was not convicted of the charges.', 'He was convicted of the charges.'), 'divergent');
});

test.run();
