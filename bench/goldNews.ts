/**
 * Real news for the benchmark: the texts of the gold files in ../shared/eval/dev and
 * ../shared/eval/train (OntoNotes, CoNLL-2003, PolNeAR, TimeBank), which the benchmark may read but
 * never copies into the repository. Tens of thousands of distinct words, unlike text made from the
 * sample article, so that lexicon look-ups and per-word caches are measured as news exercises them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cutToBytes, random } from './corpus';

export interface GoldText {
  id: string;
  text: string;
}

export const goldDirs = (root: string) => ['dev', 'train'].map((split) => join(root, '../shared/eval', split));

/** Every gold document's text, dev then train, file by file; undefined when the gold data is absent. */
export function goldTexts(root: string): GoldText[] | undefined {
  const dirs = goldDirs(root).filter((dir) => existsSync(dir));
  if (dirs.length === 0) return undefined;
  const texts: GoldText[] = [];
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
      for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const doc = JSON.parse(line) as { id?: unknown; text?: unknown };
        if (typeof doc.text === 'string' && doc.text.trim() !== '') texts.push({ id: String(doc.id), text: doc.text });
      }
    }
  }
  return texts;
}

/**
 * About `bytes` of UTF-8 real news: whole documents in a seeded random order, a blank line between
 * them. Past the size of all gold texts (≈ 4.5 MB) the documents come round again in a new order.
 */
export function realNewsText(texts: readonly GoldText[], bytes: number, seed = 1): string {
  const rnd = random(seed);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const order = texts.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      parts.push(texts[i].text);
      size += Buffer.byteLength(texts[i].text) + 2;
      if (size >= bytes) break;
    }
  }
  return cutToBytes(parts.join('\n\n'), bytes);
}

/** All gold texts as JSON Lines ({"id","text"}), the archive a newsroom would stream through the CLI. */
export function archiveJsonl(texts: readonly GoldText[]): string {
  return `${texts.map((t) => JSON.stringify({ id: t.id, text: t.text })).join('\n')}\n`;
}
