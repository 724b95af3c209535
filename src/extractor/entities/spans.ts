// Spans of a paragraph's tokens: which lines are headlines, the lexicon key of a span, and the
// length of a title at the start of a span ("Secretary of State", "press secretary").
import { Token, TokenKind } from './tokens';
import { commonWordOf, firstNameOf } from './token-facts';
import { NEVER_NAME, TITLES } from './words';

/** Is this line a headline (title case or all capitals), where capitalisation is no evidence? */
const NO_HEADLINES = new Uint8Array(0);

export function headlineLines(tokens: Token[]): Uint8Array {
  // Most paragraphs have no headline line: they share one empty (never written) array.
  let flags = NO_HEADLINES;
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && !tokens[j].lineStart) j++;
    let words = 0;
    let caps = 0;
    let uppers = 0;
    let everydayCaps = 0;
    let lower = 0;
    let sentences = 0;
    for (let k = i; k < j; k++) {
      const t = tokens[k];
      if (t.kind !== TokenKind.Word || t.digit) continue;
      if (!t.cap) {
        if (t.key.length <= 4 && NEVER_NAME.has(t.key)) continue;
        // Running text: two lower-case words already rule out a headline (see titleCase, allCaps).
        if (++lower > 1) {
          words = 0;
          break;
        }
      } else if (k > i && tokens[k - 1].kind === TokenKind.Punct && (tokens[k - 1].text === '.' || tokens[k - 1].text === '?' || tokens[k - 1].text === '!')) {
        // A second sentence: running text, not a headline.
        sentences++;
      }
      words++;
      if (t.cap) {
        caps++;
        // A capitalised everyday word ("Will Meet With", "Pushes") marks title case; names alone do
        // not. Counted only while title case is still possible.
        if (lower === 0 && sentences === 0 && t.text.length > 2 && (NEVER_NAME.has(t.key) || commonWordOf(t)) && !firstNameOf(t)) everydayCaps++;
      }
      if (t.upper) uppers++;
    }
    const titleCase = words >= 2 && lower === 0 && sentences === 0 && caps >= words * 0.8 && everydayCaps >= Math.max(1, caps * 0.25);
    const allCaps = words >= 2 && uppers >= words * 0.6 && lower <= 1;
    if (titleCase || allCaps) {
      if (flags === NO_HEADLINES) flags = new Uint8Array(tokens.length);
      flags.fill(1, i, j);
    }
    i = j;
  }
  return flags;
}

export function spanKey(text: string, tokens: Token[], a: number, b: number): string {
  // One ASCII word: its token key is already the lexicon key.
  if (b === a + 1) {
    const t = tokens[a];
    if (t.kind === TokenKind.Word && !t.nonAscii) return t.key;
  } else {
    // ASCII words one space apart ("New York"): their keys with those spaces.
    let key = '';
    for (let k = a; k < b; k++) {
      const t = tokens[k];
      if (t.kind !== TokenKind.Word || t.nonAscii) break;
      if (k === a) key = t.key;
      else if (t.start === tokens[k - 1].end + 1 && text.charCodeAt(t.start - 1) === 32) key = `${key} ${t.key}`;
      else break;
      if (k === b - 1) return key;
    }
  }
  let k = text.slice(tokens[a].start, tokens[b - 1].end).toLowerCase();
  // Most keys are plain ASCII words and single spaces: nothing below would change them.
  let plain = true;
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c >= 128 || c === 46 || c === 10 || c === 9 || (c === 32 && k.charCodeAt(i + 1) === 32)) {
      plain = false;
      break;
    }
  }
  if (plain) return k;
  if (/[^\x00-\x7f]/.test(k)) k = k.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (k.indexOf('.') >= 0) k = k.replace(/[.]/g, '');
  if (k.indexOf('’') >= 0) k = k.replace(/’/g, "'");
  if (k.indexOf('  ') >= 0 || k.indexOf('\n') >= 0 || k.indexOf('\t') >= 0) k = k.replace(/\s+/g, ' ');
  return k;
}

/** Longest title phrase starting at token a (within [a, b)), as a token count. */
/** The titles as a tree of words ("secretary" → "of" → "state"), walked with the tokens' keys. */
interface TitleWord {
  /** The words up to here make a title. */
  title: boolean;
  next: Map<string, TitleWord> | undefined;
}
const TITLE_TREE: ReadonlyMap<string, TitleWord> = (() => {
  const root = new Map<string, TitleWord>();
  for (const title of TITLES) {
    let level = root;
    const words = title.split(' ');
    words.forEach((word, i) => {
      let node = level.get(word);
      if (node === undefined) level.set(word, (node = { title: false, next: undefined }));
      if (i === words.length - 1) node.title = true;
      else level = node.next ??= new Map<string, TitleWord>();
    });
  }
  return root;
})();

export function titleLength(tokens: Token[], a: number, b: number): number {
  if (a >= b) return 0;
  let node = TITLE_TREE.get(tokens[a].key);
  if (node === undefined) return 0;
  let best = node.title ? 1 : 0;
  for (let k = a + 1; k < b && k < a + 5; k++) {
    node = node.next?.get(tokens[k].key);
    if (node === undefined) break;
    if (node.title) best = k - a + 1;
  }
  // "Secretary of Transportation", "Minister of Foreign Affairs": an office of one department.
  const head = tokens[a];
  if (OFFICE_TITLES.has(head.key) && best <= 1 && a + 3 < b && tokens[a + 1].key === 'of' && !tokens[a + 1].cap && tokens[a + 2].cap) {
    let k = a + 3;
    if (tokens[k].key === 'affairs' || tokens[k].key === 'security' || tokens[k].key === 'services') k++;
    if (k < b) best = k - a;
  }
  return best;
}

const OFFICE_TITLES = new Set(['secretary', 'minister', 'director', 'chairman', 'head', 'governor', 'commissioner', 'ambassador', 'undersecretary', 'administrator', 'chancellor']);
