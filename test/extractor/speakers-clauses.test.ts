// Which clause of a sentence names the speaker of a quotation inside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract } from '../../src/extractor/extract';

/** The speaker given to the last quotation of the text. */
function lastSpeaker(text: string): string | undefined {
  const quotes = extract(text).quotes;
  return quotes[quotes.length - 1]?.speaker;
}

test('a reporting verb in a subordinate clause nearer the quote names its speaker', () => {
  const text =
    'The council met on Tuesday to vote on the river plan.\n\n' +
    'Council member Petra Lindqvist posted a long reply after Mayor Arvid Halloran argued that "the river belongs to every family in this town."';
  assert.equal(lastSpeaker(text), 'Arvid Halloran');
});

test('a subordinate clause without a reporting verb leaves the quote to the main clause', () => {
  const text =
    'The council met on Tuesday to vote on the river plan.\n\n' +
    'Council member Petra Lindqvist said that while Mayor Arvid Halloran had been "far too patient" with the builders, the plan would pass.';
  assert.equal(lastSpeaker(text), 'Petra Lindqvist');
});

test('"according to its …" names the document or body as the source', () => {
  const text =
    'The senator met voters on Monday.\n\n' +
    'The council studied a report that, according to its authors, "paints the harbor board as careless with public money."';
  assert.equal(lastSpeaker(text), 'its authors');
});

test('a reporting clause opening the sentence with "as" names the speaker of a later quote', () => {
  const cases: [string, string][] = [
    ['The senator met voters on Monday.\n\nAs the harbor master Dirk Vandermeer explained to the council, the ferry will stop in May, "because the pier is unsafe."', 'Dirk Vandermeer'],
    ['The senator met voters on Monday.\n\nBut as the county paper noted in an editorial, the mayor "has won over the shop owners."', 'the county paper'],
  ];
  for (const [text, speaker] of cases) assert.equal(lastSpeaker(text), speaker, text);
});

test('a closing "says X, an apposition." names the speaker of a quote opening the sentence', () => {
  const text =
    'The senator met voters on Monday.\n\n' +
    '"Small towns are short of doctors and nurses" unless the county steps in, says Ilse Brandauer, a health consultant with Ridge Care in Dayton, Ohio.';
  assert.equal(lastSpeaker(text), 'Ilse Brandauer');
});

test('a next sentence that reports something new is not the reporting clause of the quote before it', () => {
  const cases: [string, string][] = [
    ['The vote was close.\n\n"It is a sad day," Mayor Greta Ostrand told reporters. "This is what comes of a rushed plan." Councilman Bruno Fessler said he would have waited.', 'Greta Ostrand'],
    ['The vote was close.\n\nMayor Greta Ostrand said she was asked about the plan and answered, "It is a sad day for the town." Councilman Bruno Fessler recalled a similar vote in the spring.', 'Greta Ostrand'],
  ];
  for (const [text, speaker] of cases) assert.equal(lastSpeaker(text), speaker, text);
});

test('a descriptive speaker phrase links to the person an earlier apposition or title describes', () => {
  const cases: [string, string][] = [
    ['The bakery reopened on Monday.\n\nOtto Brennholz, the cheerful owner of the bakery, greeted every guest at the door. "We missed our regulars," the owner said.', 'Otto Brennholz'],
    ['The bakery reopened on Monday.\n\nLongtime owner Otto Brennholz greeted every guest at the door. "We missed our regulars," the owner said.', 'Otto Brennholz'],
    ['The bakery reopened on Monday.\n\nOtto Brennholz greeted every guest at the door. "We missed our regulars," the owner said.', 'the owner'],
  ];
  for (const [text, speaker] of cases) assert.equal(lastSpeaker(text), speaker, text);
});

test('a phrase quoted in a clause opened by "he" or "she" belongs to that pronoun, not the main subject', () => {
  const text =
    'The board met on Friday.\n\n' +
    'Board chair Marta Quillon praised the budget. Councilman Bruno Fessler voted for it too, though she warned that the schedule left "little room for error."';
  const quotes = extract(text).quotes;
  const q = quotes[quotes.length - 1];
  assert.equal(q.speaker, 'Marta Quillon');
  assert.equal(text.slice(q.speakerStart, q.speakerEnd), 'she');
});

test('"he" in a later clause stands for the person opening the sentence rather than a nearer object of the same gender', () => {
  const text = 'The debate ran late.\n\nGovernor Tom Ames thanked Paul Brody for the invitation, then, as he left the stage, he called the tax plan "reckless."';
  assert.equal(lastSpeaker(text), 'Tom Ames');
  // Without a person opening the sentence, the nearest one of that gender stays.
  assert.equal(lastSpeaker('The debate ran late.\n\nAt the fair, Tom Ames thanked Paul Brody. Later he called the plan "reckless."'), 'Paul Brody');
});

test('a reporting clause itself reported from a paper or a document gives the quote to that source', () => {
  const cases: [string, string][] = [
    ['The hearing ran long.\n\n"Nobody here has read the file," the magistrate said, according to a court transcript.', 'a court transcript'],
    ['The hearing ran long.\n\n"The buses never come on time," said Ada Lorn, who chairs a riders group, reports the Ledger.', 'the Ledger'],
    ['The hearing ran long.\n\n"The buses never come on time," said Ada Lorn, who chairs a riders group.', 'Ada Lorn'],
  ];
  for (const [text, speaker] of cases) assert.equal(lastSpeaker(text), speaker, text);
});

test('a poll speaks for the share of people it counts', () => {
  const cases: [string, string][] = [
    ['Turnout was low.\n\nA new state poll shows that 42 percent of renters say the landlords are "to blame" for the rise.', 'A new state poll'],
    ['Turnout was low.\n\nIn a county survey of 900 homes, 18% of families said they were "barely getting by" this winter.', 'a county survey'],
    ['Turnout was low.\n\nAt the meeting, 31 residents said they were "very worried" about taxes.', '31 residents'],
  ];
  for (const [text, speaker] of cases) assert.equal(lastSpeaker(text), speaker, text);
});

test('the agent of a naming participle speaks the label it gives', () => {
  const cases: [string, string][] = [
    ['The plan was debated.\n\nThe inquiry, often labeled a "fishing trip" by its critics, went on for years.', 'its critics'],
    ['The plan was debated.\n\nThe gesture came to be known by some voters as a "truce" in the weeks after.', 'some voters'],
  ];
  for (const [text, speaker] of cases) assert.equal(lastSpeaker(text), speaker, text);
});

test('the reporting clause after an earlier quotation in the sentence names the speaker of the next one', () => {
  const text =
    'The board met on Friday.\n\n' +
    'Marta Quillon said the vote was "far from over," Bruno Fessler replied, adding that the choice belongs "to the voters alone."';
  assert.equal(lastSpeaker(text), 'Bruno Fessler');
});

test('"cannot" between the speaker and the verb is not part of the speaker phrase', () => {
  assert.equal(lastSpeaker('The board met on Friday.\n\nMarta Quillon cannot say that the plan "works for everyone in town."'), 'Marta Quillon');
});

test('an adverb of time and a prepositional phrase opening the sentence are not its subject', () => {
  assert.equal(lastSpeaker('The race was close.\n\nEarly in the spring, Tom Ames visited the mill, praising its owners as "the backbone of the valley."'), 'Tom Ames');
});

test('the writer\'s aside of quoting does not take the quote from the speaker', () => {
  assert.equal(lastSpeaker('The debate ran late.\n\nBack then Tom Ames told the crowd, and I quote, "Keep the mills open."'), 'Tom Ames');
});

test('a relative clause whose reporting verb is the last before the quote reports it', () => {
  const text =
    'The race was close.\n\n"The count looked fine to me," said Ilse Brandauer, who said the ballots in the back room were "stored under lock and key."';
  const q = extract(text).quotes[1];
  assert.equal(text.slice(q.speakerStart, q.speakerEnd), 'who');
  assert.equal(q.speaker, 'Ilse Brandauer');
  assert.equal(lastSpeaker('The race was close.\n\nMarta Quillon, who says she knows the mayor, wrote that the plan is "a mistake."'), 'Marta Quillon');
});

test('a phrase quoted after "as" characterizes: it is the subject\'s, not the possessor\'s', () => {
  assert.equal(lastSpeaker('The race was close.\n\nOn Monday, Tom Ames dismissed Paul Brody\'s plan as "only a campaign habit" in a radio talk.'), 'Tom Ames');
});

test('a past participle and its agent opening the sentence ("Led by X,") are not its subject', () => {
  assert.equal(lastSpeaker('The march was loud.\n\nLed by Council Speaker Ada Lorn, the rally denounced the mayor for his call for "a total freeze on new housing."'), 'the rally');
});

test('the agent of "asked by" speaks the words quoted in the question', () => {
  assert.equal(lastSpeaker('The forum ran long.\n\nAsked by Nora Pell whether the mayor "truly listens" to tenants, Tom Ames changed the subject.'), 'Nora Pell');
});

test('"he" stands for the person opening the sentence after a lowercase title, past nearer people of that gender', () => {
  const text = 'The race was close.\n\nCampaign spokesman Otto Brennholz said that the ads will show voters that Paul Brody has "no plan for the mills," he said.';
  assert.equal(lastSpeaker(text), 'Otto Brennholz');
});

test('a possessive "his"/"her" before a noun for something said is its speaker, resolved as "he"/"she"', () => {
  const text = 'The debate ran late.\n\nMarta Quillon, a mill owner, was criticised in the spring for her claim that "the mills will never come back."';
  const q = extract(text).quotes[0];
  assert.equal(q.speaker, 'Marta Quillon');
  assert.equal(text.slice(q.speakerStart, q.speakerEnd), 'her');
});

test('a phrase quoted in a relative clause after a name belongs to that person', () => {
  const text = 'The vote is close.\n\nThe recount drags on for Marta Quillon, who still sees herself as the "true winner" of the race.';
  const q = extract(text).quotes[0];
  assert.equal(q.speaker, 'Marta Quillon');
  assert.equal(text.slice(q.speakerStart, q.speakerEnd), 'who');
});

test('a name set off by a dash right before the colon names the speaker of the quote after it', () => {
  assert.equal(lastSpeaker('Polls were off.\n\nPollsters agree - Dana Morrow: "Keep calling voters until the last day."'), 'Dana Morrow');
  assert.equal(lastSpeaker('Polls were off.\n\nDana Morrow said of the count: "Keep calling voters until the last day."'), 'Dana Morrow');
});

test('the agent of a passive reporting verb ("was asked by Y") speaks', () => {
  assert.equal(lastSpeaker('The forum ran long.\n\nTom Ames was asked by moderator Nora Pell whether the plan would end up "doubling the cost of the new bus lines."'), 'Nora Pell');
});

test('a clause after a dash and "but" with its own subject takes the phrase it quotes', () => {
  const text = 'The race was close.\n\nMarta Quillon proposed a debate on Monday - but the Brody campaign turned the idea down as "a stunt" because of a rally.';
  assert.equal(lastSpeaker(text), 'Brody');
});

test('a person of unknown gender opening the sentence is the antecedent of "he" before a nearer object', () => {
  const text = 'The fair ran late.\n\nSenator Ames thanked Paul Brody for the invitation, then, as he left the stage, he called the tax plan "reckless."';
  assert.equal(lastSpeaker(text), 'Ames');
});

test('a past participle and its object opening the sentence ("Warned of X,") are not its subject', () => {
  assert.equal(lastSpeaker('The count went on.\n\nWarned of the early returns, Nora Pell shrugged them off as "good news for the valley."'), 'Nora Pell');
});

test('the object of a verb of causing speaks the infinitive after it ("prompting X to reply that …")', () => {
  const text = 'The vote went on.\n\nThe mayor\'s post on the bus plan spread quickly, prompting Nora Pell to reply that "every bus line loses money."';
  assert.equal(lastSpeaker(text), 'Nora Pell');
});
