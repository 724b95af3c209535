// The workspace index: one compact record per article (record.ts) and the tables that answer
// the queries of the editor features and `newsmark index` quickly at ten thousand articles:
// which articles name an entity (by key), which names contain a word starting with a fragment
// (a sorted word table), and the people and places across articles. Pure: no `vscode`, no I/O.
import type { EntityType } from '../extractor/types';
import type { ArticleRecord, IndexedQuote } from './record';
import { keyKind, keyName, keyWords, normaliseName, surnameOf } from './names';

/** Why a file is not in the index; `link`: reached through a symbolic link, not followed. */
export type SkipReason = 'tooLarge' | 'binary' | 'unreadable' | 'link';

export interface EntitySummary {
  key: string;
  kind: EntityType;
  /** The fullest canonical name any article gives. */
  name: string;
  articleCount: number;
  quoteCount: number;
  mentionCount: number;
}

export interface EntityOccurrence {
  record: ArticleRecord;
  /** Index into `record.entities`. */
  index: number;
}

export interface QuoteOccurrence {
  record: ArticleRecord;
  quote: IndexedQuote;
}

export interface IndexStats {
  articles: number;
  skipped: Record<SkipReason, number>;
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly skipped = new Map<string, SkipReason>();
  /** Entity key → the articles that name it. */
  private readonly byKey = new Map<string, Set<ArticleRecord>>();
  /** Word of a key's name → keys; `sortedWords` holds the same words in order, for prefix search. */
  private readonly byWord = new Map<string, Set<string>>();
  private sortedWords: string[] = [];
  /** Surname → person keys, so "Lavrov" alone finds "Sergey V. Lavrov" and the other way round. */
  private readonly bySurname = new Map<string, Set<string>>();
  private readonly strings = new Map<string, string>();
  private changeCount = 0;
  private summaryChangeCount = 0;

  /** Grows by one with every change; callers cache derived views against it. */
  get version(): number {
    return this.changeCount;
  }

  /**
   * Grows when what `entities()` returns may have changed: not when an article is replaced by one
   * with the same entities, mention counts and quote counts (an edit that moved text around).
   */
  get summaryVersion(): number {
    return this.summaryChangeCount;
  }

  /** Shares equal names between records (pass to `recordArticle`). */
  readonly intern = (text: string): string => {
    const known = this.strings.get(text);
    if (known !== undefined) return known;
    const copy = text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
    this.strings.set(copy, copy);
    return copy;
  };

  get(uri: string): ArticleRecord | undefined {
    return this.articles.get(uri);
  }

  records(): IterableIterator<ArticleRecord> {
    return this.articles.values();
  }

  /** Adds an article or replaces its previous record. */
  set(record: ArticleRecord): void {
    const previous = this.articles.get(record.uri);
    if (!previous || !sameSummary(previous, record)) this.summaryChangeCount++;
    this.drop(record.uri);
    this.skipped.delete(record.uri);
    this.articles.set(record.uri, record);
    for (const entity of record.entities) {
      let set = this.byKey.get(entity.key);
      if (!set) {
        this.byKey.set(entity.key, (set = new Set()));
        this.addKey(entity.key);
      }
      set.add(record);
    }
    this.changeCount++;
  }

  /** Records that a file was not indexed, and why (it is counted, not an error). */
  skip(uri: string, reason: SkipReason): void {
    this.drop(uri);
    this.skipped.set(uri, reason);
    this.changeCount++;
    this.summaryChangeCount++;
  }

  delete(uri: string): boolean {
    const had = this.drop(uri) || this.skipped.delete(uri);
    if (had) {
      this.changeCount++;
      this.summaryChangeCount++;
    }
    return had;
  }

  /** A renamed or moved file keeps its record under the new URI (its text did not change). */
  rename(from: string, to: string, folder?: string): boolean {
    const record = this.articles.get(from);
    const reason = this.skipped.get(from);
    if (record) this.set({ ...record, uri: to, folder: folder ?? record.folder });
    else if (reason) this.skip(to, reason);
    else return false;
    this.delete(from);
    return true;
  }

  /** Forgets every article of a folder (a workspace folder removed). */
  deleteFolder(folder: string): void {
    for (const record of [...this.articles.values()]) if (record.folder === folder) this.delete(record.uri);
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    for (const uri of [...this.skipped.keys()]) if (uri.startsWith(prefix)) this.delete(uri);
  }

  clear(): void {
    this.articles.clear();
    this.skipped.clear();
    this.byKey.clear();
    this.byWord.clear();
    this.bySurname.clear();
    this.sortedWords = [];
    this.strings.clear();
    this.changeCount++;
    this.summaryChangeCount++;
  }

  stats(): IndexStats {
    const skipped: Record<SkipReason, number> = { tooLarge: 0, binary: 0, unreadable: 0, link: 0 };
    for (const reason of this.skipped.values()) skipped[reason]++;
    return { articles: this.articles.size, skipped };
  }

  /**
   * Keys whose name has a word starting with the query's first word and contains the whole
   * query (case, accents and periods ignored), people and places before organizations, at most `limit`.
   */
  findKeys(query: string, limit = 200): string[] {
    const normalised = normaliseName(query);
    if (normalised === '') return [];
    const first = normalised.split(' ')[0];
    const seen = new Set<string>();
    for (let i = lowerBound(this.sortedWords, first); i < this.sortedWords.length && this.sortedWords[i].startsWith(first); i++) {
      for (const key of this.byWord.get(this.sortedWords[i]) ?? []) {
        if (keyName(key).includes(normalised)) seen.add(key);
      }
      if (seen.size >= limit * 4) break;
    }
    const found = [...seen];
    const rank = (key: string) => (keyKind(key) === 'organization' ? 1 : 0);
    return found.sort((a, b) => rank(a) - rank(b) || (this.byKey.get(b)?.size ?? 0) - (this.byKey.get(a)?.size ?? 0)).slice(0, limit);
  }

  /** Every article naming the entity of `key`, with that entity's index in the article. */
  occurrences(key: string): EntityOccurrence[] {
    const result: EntityOccurrence[] = [];
    for (const record of this.byKey.get(key) ?? []) {
      const index = record.entities.findIndex((e) => e.key === key);
      if (index >= 0) result.push({ record, index });
    }
    return result;
  }

  /**
   * The keys that name the same person as `key`: itself, and for a person the surname alone
   * ("Lavrov") or the full names that end in it ("Sergey V. Lavrov").
   */
  relatedKeys(key: string): string[] {
    if (keyKind(key) !== 'person') return this.byKey.has(key) ? [key] : [];
    const words = keyWords(key);
    const related = new Set<string>(this.byKey.has(key) ? [key] : []);
    const surname = words[words.length - 1] ?? '';
    if (words.length > 1 && this.byKey.has(`person:${surname}`)) related.add(`person:${surname}`);
    if (words.length === 1) for (const other of this.bySurname.get(surname) ?? []) related.add(other);
    return [...related];
  }

  /** Every mention, in every article, of the entity of `key` (surname matches included for people). */
  references(key: string): EntityOccurrence[] {
    return this.relatedKeys(key).flatMap((k) => this.occurrences(k));
  }

  /** Entities of one kind across articles, most articles first. */
  entities(kind: EntityType): EntitySummary[] {
    const result: EntitySummary[] = [];
    for (const [key, records] of this.byKey) {
      if (keyKind(key) !== kind) continue;
      let name = '';
      let quoteCount = 0;
      let mentionCount = 0;
      for (const record of records) {
        const entity = record.entities.find((e) => e.key === key);
        if (!entity) continue;
        if (entity.name.length > name.length) name = entity.name;
        quoteCount += entity.quoteCount;
        mentionCount += entity.mentions.length / 2;
      }
      result.push({ key, kind, name: name || keyName(key), articleCount: records.size, quoteCount, mentionCount });
    }
    return result.sort((a, b) => b.articleCount - a.articleCount || b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  }

  /** The quotes of the entity of `key` (and of its surname alone), article by article. */
  quotesBy(key: string): QuoteOccurrence[] {
    const result: QuoteOccurrence[] = [];
    for (const { record, index } of this.references(key)) {
      for (const quote of record.quotes) if (quote.speakerIndex === index) result.push({ record, quote });
    }
    return result;
  }

  private drop(uri: string): boolean {
    const record = this.articles.get(uri);
    if (!record) return false;
    this.articles.delete(uri);
    for (const entity of record.entities) {
      const set = this.byKey.get(entity.key);
      if (!set) continue;
      set.delete(record);
      if (set.size === 0) {
        this.byKey.delete(entity.key);
        this.removeKey(entity.key);
      }
    }
    return true;
  }

  private addKey(key: string): void {
    const words = keyWords(key);
    for (const word of words) {
      let keys = this.byWord.get(word);
      if (!keys) {
        this.byWord.set(word, (keys = new Set()));
        this.sortedWords.splice(lowerBound(this.sortedWords, word), 0, word);
      }
      keys.add(key);
    }
    if (keyKind(key) === 'person' && words.length > 1) {
      const surname = surnameOf(keyName(key));
      let keys = this.bySurname.get(surname);
      if (!keys) this.bySurname.set(surname, (keys = new Set()));
      keys.add(key);
    }
  }

  private removeKey(key: string): void {
    const words = keyWords(key);
    for (const word of words) {
      const keys = this.byWord.get(word);
      if (!keys) continue;
      keys.delete(key);
      if (keys.size === 0) {
        this.byWord.delete(word);
        const at = lowerBound(this.sortedWords, word);
        if (this.sortedWords[at] === word) this.sortedWords.splice(at, 1);
      }
    }
    if (keyKind(key) === 'person' && words.length > 1) {
      const surname = surnameOf(keyName(key));
      const keys = this.bySurname.get(surname);
      keys?.delete(key);
      if (keys?.size === 0) this.bySurname.delete(surname);
    }
  }
}

/** Whether two records of one article give the same people, places and counts. */
function sameSummary(a: ArticleRecord, b: ArticleRecord): boolean {
  if (a.entities.length !== b.entities.length || a.folder !== b.folder) return false;
  return a.entities.every((e, i) => {
    const f = b.entities[i];
    return e.key === f.key && e.name === f.name && e.mentionCount === f.mentionCount && e.quoteCount === f.quoteCount;
  });
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
