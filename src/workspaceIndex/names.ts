// Names as the workspace index compares them: "Antony J. Blinken" and "Antony Blinken" are one
// person, "Blinken" alone matches them by surname. And the rename of a person's name in one
// article. Pure: no `vscode`, no I/O.
import type { EntityType } from '../extractor/types';

/** Lower case, accents and periods dropped, middle initials ("J.") dropped, spaces collapsed. */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[.,]/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  // An initial between two other words ("antony j blinken") says nothing the others do not.
  const kept = words.filter((word, i) => !(word.length === 1 && i > 0 && i < words.length - 1));
  return kept.join(' ');
}

/** The key of an entity: its kind and normalised name. */
export function entityKey(kind: EntityType, name: string): string {
  return `${kind}:${normaliseName(name)}`;
}

export function keyKind(key: string): EntityType {
  return key.slice(0, key.indexOf(':')) as EntityType;
}

export function keyName(key: string): string {
  return key.slice(key.indexOf(':') + 1);
}

/** The words of a key's name ("person:antony blinken" → antony, blinken). */
export function keyWords(key: string): string[] {
  return keyName(key).split(' ').filter((w) => w !== '');
}

/** Last word of a normalised name: the surname of a person. */
export function surnameOf(normalisedName: string): string {
  const space = normalisedName.lastIndexOf(' ');
  return space < 0 ? normalisedName : normalisedName.slice(space + 1);
}

export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export type RenameResult = { kind: 'edits'; edits: TextEdit[] } | { kind: 'refused'; reason: 'empty' | 'unchanged' | 'notAName' };

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;

/**
 * Renames a person in one article. `from` is the name as it stands at the cursor (the whole name
 * or a part of it, e.g. the surname), `to` the new text. Every mention (`text`, `mentions` as
 * start/end pairs) that holds `from` whole gets `to` in its place; a mention that holds only some
 * of its words ("Blinkin" in a later "Mr. Blinkin’s") gets the matching words of `to`: the last
 * word for the surname, the first for a first name. What surrounds a name (titles, possessives)
 * is outside the mention and stays.
 */
export function renamePerson(options: { text: string; mentions: ArrayLike<number>; from: string; to: string }): RenameResult {
  const from = options.from.trim();
  const to = options.to.replace(/\s+/g, ' ').trim();
  if (to === '') return { kind: 'refused', reason: 'empty' };
  if (to === from) return { kind: 'refused', reason: 'unchanged' };
  const fromWords: string[] = [...from.matchAll(WORD)].map((m) => m[0]);
  const toWords: string[] = to.split(' ');
  if (fromWords.length === 0) return { kind: 'refused', reason: 'notAName' };
  const wordMap = new Map<string, string>();
  if (fromWords.length === toWords.length) {
    fromWords.forEach((word, i) => wordMap.set(word, toWords[i]));
  } else {
    wordMap.set(fromWords[fromWords.length - 1], toWords[toWords.length - 1]);
    if (fromWords.length > 1 && toWords.length > 1) wordMap.set(fromWords[0], toWords[0]);
  }
  const edits: TextEdit[] = [];
  const { text, mentions } = options;
  for (let i = 0; i + 1 < mentions.length; i += 2) {
    const start = mentions[i];
    const mention = text.slice(start, mentions[i + 1]);
    const whole = mention.indexOf(from);
    if (whole >= 0) {
      edits.push({ start: start + whole, end: start + whole + from.length, text: to });
      continue;
    }
    for (const match of mention.matchAll(WORD)) {
      const replacement = wordMap.get(match[0]);
      if (replacement !== undefined && replacement !== match[0]) {
        edits.push({ start: start + (match.index ?? 0), end: start + (match.index ?? 0) + match[0].length, text: replacement });
      }
    }
  }
  return { kind: 'edits', edits };
}
