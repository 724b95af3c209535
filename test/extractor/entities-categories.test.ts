// Kinds of names that news outside the development set brings: company suffixes, an office's
// portfolio, places in a list, clubs in a squad list. Invented names and text throughout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findEntities } from '../../src/extractor/entities';

function typesOf(text: string): Map<string, string[]> {
  const types = new Map<string, string[]>();
  for (const m of findEntities(text).mentions) types.set(m.text, [...(types.get(m.text) ?? []), m.type]);
  return types;
}

test('a name ending in "Cos." is a company, and so is the name without the suffix', () => {
  const types = typesOf('Shares rose at Brenner Stotts Cos., for example. Brenner Stotts has never lost money.');
  assert.deepEqual(types.get('Brenner Stotts Cos'), ['organization']);
  assert.deepEqual(types.get('Brenner Stotts'), ['organization']);
});

test('the portfolio after "Minister for" is no person', () => {
  const types = typesOf('The Ruritanian Minister for Harbour Affairs issued the statement. Marel, the Minister for Harbour Affairs believes that it works.');
  assert.deepEqual(types.get('Harbour Affairs'), ['organization', 'organization']);
});

test('an unknown name listed with places is a place', () => {
  const types = typesOf('Exports rose in provinces such as Qarvelo, Shanghai and Tianjin. Trade grew with Italy and Velmoria.');
  assert.deepEqual(types.get('Qarvelo'), ['place']);
  assert.deepEqual(types.get('Velmoria'), ['place']);
});

test('a possessive, a company in apposition with its town or a word before more words is not listed with places', () => {
  const types = typesOf("Bids came from Norway's Tarvik, Japan's Omuro and others. Analysts at Brevicorp, Chicago, said so. Fighting spread in Chechnya, Stradex news agency said.");
  assert.equal(types.get('Tarvik')?.includes('place') ?? false, false);
  assert.equal(types.get('Brevicorp')?.includes('place') ?? false, false);
  assert.equal(types.get('Stradex')?.includes('place') ?? false, false);
});

test('a company named with a given name before a title and a person is cut into the company and the person', () => {
  const types = typesOf('Thaddeus Corp. Chairman Lena A. Vorst said the maker must close plants. Thaddeus has had to close two of them.');
  assert.deepEqual(types.get('Thaddeus Corp.'), ['organization']);
  assert.deepEqual(types.get('Lena A. Vorst'), ['person']);
  assert.deepEqual(types.get('Thaddeus'), ['organization']);
});

test("a company's name before another word names its product, not a person", () => {
  const types = typesOf('Thaddeus Corp. said it will close plants. The plant builds Thaddeus Velaro coupes.');
  assert.deepEqual(types.get('Thaddeus Velaro'), ['organization']);
});

test('a leader named in full stays a person when a body is named after him', () => {
  const types = typesOf('Dara Velkov spoke on Monday. Things do not happen by chance in the Velkov White House. Velkov said the plan was ready.');
  assert.deepEqual(types.get('Velkov'), ['person']);
});

test('a name cut by a hard line break after the given name is a person on both lines', () => {
  const text = 'Leading first-round scores on Thursday (Britain unless stated):\n64 Dara Velt, Kelvin Maro (New Zealand), Ian\nTolvey, Bernhard Skeel (Germany), Wayne\nLenne (Sweden)\n65 Ronan Faxby';
  const types = typesOf(text);
  for (const part of ['Ian', 'Tolvey', 'Wayne', 'Lenne']) assert.deepEqual(types.get(part), ['person'], part);
});

test('an ALL-CAPS word that the first-name lexicon holds is an acronym in running text, not a person', () => {
  const types = typesOf('Filings involving KIRA BLVs have drawn criticism. Under KIRA, the agency may seek an order.');
  assert.equal(types.get('KIRA BLVs')?.includes('person') ?? false, false);
  assert.equal(types.get('KIRA')?.includes('person') ?? false, false);
});

test('an everyday word opening a sentence before a clause is no person with an apposition', () => {
  const types = typesOf('Mr. Varel writes with energy. Unfortunately, he gets low grades as a reporter. Actually, Varel borrowed that line from a writer.');
  assert.equal(types.has('Unfortunately'), false);
  assert.equal(types.has('Actually'), false);
});

test("a letter's signature before a town the lexicon lacks is the writer and the town", () => {
  const types = typesOf('We will see the harbour next spring. Walter C. Brine III Silver Lake, Md. Another reader agreed. Ronald Edwin Parkes Bellhaven, Mo.');
  assert.deepEqual(types.get('Walter C. Brine III'), ['person']);
  assert.deepEqual(types.get('Silver Lake'), ['place']);
  assert.deepEqual(types.get('Ronald Edwin Parkes'), ['person']);
  assert.deepEqual(types.get('Bellhaven'), ['place']);
});

test('a dateline of ALL-CAPS words before a state, a country or a date is a place, even a given name', () => {
  const state = typesOf('Maker target of patent lawsuit.\nMARGARET, N.J. 2003-05-12\nThe maker said on Tuesday it was sued.');
  assert.deepEqual(state.get('MARGARET'), ['place']);
  const date = typesOf('Deficit viable, bank says.\nQARVELLO 2003-05-12\nThe central bank governor said on Thursday the deficit was viable.');
  assert.deepEqual(date.get('QARVELLO'), ['place']);
});

test('a club before its country and a score, and a car after a driver and country, are no people', () => {
  const club = typesOf('Cup results on Thursday:\nIn Dunholt: Borel Vantaa (Norway) 2 Kesto Ulmar (Latvia) 1 (1-0)');
  assert.deepEqual(club.get('Borel Vantaa'), ['organization']);
  assert.deepEqual(club.get('Kesto Ulmar'), ['organization']);
  assert.deepEqual(club.get('Norway'), ['place']);
  const race = typesOf('Leading positions after the race:\n1. Ada Quill (Norway) Velaro Tempra 1:52.40 2. Ben Harrow (Latvia) Velaro Tempra 1:53.10');
  assert.deepEqual(race.get('Ada Quill'), ['person']);
  assert.deepEqual(race.get('Velaro Tempra'), ['organization', 'organization']);
});

test('a runner before a country and a time stays a person', () => {
  const types = typesOf("Women's 1,500 metres:\n1. Ada Quill (Norway) 4:08.22 2. Lena Vorst (Latvia) 4:08.96");
  assert.deepEqual(types.get('Ada Quill'), ['person']);
  assert.deepEqual(types.get('Lena Vorst'), ['person']);
});

test("a reporter's name run into the dateline's place is the person and the place", () => {
  const types = typesOf('News Agency, Harbin, May 9th, by reporters Tao Weilin and Ruo Fen Shanghai, the largest city, has grown.');
  assert.deepEqual(types.get('Ruo Fen'), ['person']);
  assert.deepEqual(types.get('Shanghai'), ['place']);
});

test('a surname that is a town stays part of the name outside a byline', () => {
  const types = typesOf('The film was made by director Marta Lenz Houston and her crew.');
  assert.equal(types.has('Houston'), false);
});

test('mountain ranges named alone are places', () => {
  const types = typesOf('The ski line runs across the Alps, and its sister company guides climbers in the Himalayas.');
  assert.deepEqual(types.get('Alps'), ['place']);
  assert.deepEqual(types.get('Himalayas'), ['place']);
});

test('"First" and a city name a bank or firm, not the city', () => {
  const types = typesOf('In August, First Dallas withdrew the offer. Mr. Carl of First Dallas Corp. said so. First, Dallas voted.');
  assert.deepEqual(types.get('First Dallas'), ['organization']);
  assert.deepEqual(types.get('First Dallas Corp.'), ['organization']);
  assert.deepEqual(types.get('Dallas'), ['place']);
});

test("a place in parentheses before a company's suffix is part of the company's name", () => {
  const types = typesOf('Ann Lee, an analyst with Dunmore Securities (Hong Kong) Ltd., said so. She lives in Hong Kong (China).');
  assert.deepEqual(types.get('Hong Kong'), ['place']);
  assert.deepEqual(types.get('China'), ['place']);
});

test('a given name before a surname like "Hill" opening a sentence is a person', () => {
  const types = typesOf('Gold closed higher. Dorian Hill in Tokyo and Lena B. Hill in Oslo filed reports.');
  assert.deepEqual(types.get('Dorian Hill'), ['person']);
  assert.deepEqual(types.get('Lena B. Hill'), ['person']);
});

test('a place in parentheses before a company word is part of the company name', () => {
  const types = typesOf('The firm will develop Velmont (Shanghai) Pharmaceutical Company into its base.');
  assert.equal(types.has('Shanghai'), false);
});

test('a direction and a demonym before a title leave the name after the title a person', () => {
  const types = typesOf('An aide to West German Chancellor Helmut Vorst said so on Monday.');
  assert.deepEqual(types.get('Helmut Vorst'), ['person']);
});

test('an institution "of" a country before a title and a name is cut into the institution and the person', () => {
  const types = typesOf("Dealers say that Bank of Norway Governor Mirei Okabe's reassurance helped.");
  assert.deepEqual(types.get('Bank of Norway'), ['organization']);
  assert.deepEqual(types.get('Mirei Okabe'), ['person']);
  assert.equal(types.has('Norway'), false);
});

test('a dateline before a state of two words, or opening with "ST", is a place', () => {
  const types = typesOf('RESULTS AT THE CUP.\nQUARRVILLE, New York 2003-05-12\nResults from the tournament.\nST OLAVS, England 2003-05-12\nThe club won.');
  assert.deepEqual(types.get('QUARRVILLE'), ['place']);
  assert.deepEqual(types.get('ST OLAVS'), ['place']);
});

test('a place of two words cut by a hard line break is a place on both lines', () => {
  const types = typesOf('Results on Thursday:\nAda Quill (Norway) beat Lena Vorst (Czech\nRepublic) 6-3 6-4 Ben Harrow (Britain) beat Tom Pell (Spain)');
  assert.deepEqual(types.get('Czech'), ['place']);
  assert.deepEqual(types.get('Republic'), ['place']);
});

test('"the" before a name ending in a surname-like place word makes it the place', () => {
  const types = typesOf('A section of the Dorian Bridge had collapsed. Lena Bridge said so.');
  assert.deepEqual(types.get('Dorian Bridge'), ['place']);
});

test('a single name with "a herdsman from …" after it, or a title and a comma before it, is a person', () => {
  const types = typesOf("Officials visited the farms. Dorvena, a herdsman from Velmo village, has a family of five. Norway's Foreign Minister, Maltrick said that he welcomed the plan.");
  assert.deepEqual(types.get('Dorvena'), ['person']);
  assert.deepEqual(types.get('Maltrick'), ['person']);
});

test('the name before a parenthesised place and a company suffix is the company', () => {
  const types = typesOf('Source: Harlan Vesco (Norway) Inc. The rate rose.');
  assert.deepEqual(types.get('Harlan Vesco'), ['organization']);
});

test('French and Spanish organization words make a company or agency', () => {
  const types = typesOf('A diplomat told Agence Marlen Presse that talks stalled. Funds moved to Banco Ferral last year.');
  assert.deepEqual(types.get('Agence Marlen Presse'), ['organization']);
  assert.deepEqual(types.get('Banco Ferral'), ['organization']);
});

test('a dateline at the very end of a text reads no word past it', () => {
  assert.doesNotThrow(() => findEntities('PORTVALE, State'));
  assert.doesNotThrow(() => findEntities('PORTVALE, New'));
});
