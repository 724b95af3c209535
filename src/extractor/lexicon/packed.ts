// The packed form of a lexicon list (written by scripts/build-lexicons.mjs, described there): unpacking
// it, and searching it in place without unpacking.

/** The n-th character starts an entry that shares n characters with the previous one. */
const SEPARATORS = '#;:!$%*+<>?@[]^_`{|}~';
const ENTRY_START = /(?=[#;:!$%*+<>?@[\]^_`{|}~])/;

/** Character code → the number of characters shared that it stands for, or -1 for an entry's own characters. */
const SHARED = /* @__PURE__ */ (() => {
  const shared = new Int8Array(128).fill(-1);
  for (let n = 0; n < SEPARATORS.length; n++) shared[SEPARATORS.charCodeAt(n)] = n;
  return shared;
})();

const sharedBy = (code: number): number => (code < 128 ? SHARED[code] : -1);

/** Inverse of the packing in scripts/build-lexicons.mjs. */
export function unpack(packed: string): string[] {
  const out: string[] = [];
  if (!packed) return out;
  let prev = '';
  for (const part of packed.split(ENTRY_START)) {
    const shared = sharedBy(part.charCodeAt(0));
    prev = shared < 0 ? part : prev.substring(0, shared) + part.substring(1);
    out.push(prev);
  }
  return out;
}

/** Per spelling function: capital letter − 65 → the code of the first character it spells out. */
const PAIR_STARTS = /* @__PURE__ */ new WeakMap<(shortened: string) => string, Int32Array>();

/** One packed list, searched in place: a lookup compares the key with a few neighbouring entries only. */
export class PackedList {
  /** First character → the entries that start with it, as packed (until first asked for, where they start). */
  private groups: Map<number, string | number> | undefined;
  /**
   * First two characters (as run() combines them) → the entries that share them, spelled out, or
   * null for none. A run after the first of its group starts with ";".
   */
  private readonly runs = new Map<number, string | null>();

  /**
   * `packed` as generated, and `spell`, which spells its pairs out again (see scripts/build-lexicons.mjs):
   * applied to each run of entries when a lookup first reaches it, so that a short text spells out little.
   * A pair never holds "#" or ";", so groups and runs are found in the list as packed.
   */
  constructor(
    readonly packed: string,
    private readonly spell?: (shortened: string) => string,
  ) {}

  /** The entries that start with the character `first`, as packed, or undefined if there are none. */
  private group(first: number): string | undefined {
    const packed = this.packed;
    let groups = this.groups;
    if (!groups) {
      groups = this.groups = new Map();
      for (let at = packed ? 0 : -1; at >= 0; ) {
        groups.set(this.codeAt(packed, at), at);
        at = packed.indexOf(SEPARATORS[0], at);
        if (at >= 0) at++;
      }
    }
    const group = groups.get(first);
    if (typeof group !== 'number') return group;
    const end = packed.indexOf(SEPARATORS[0], group);
    const cut = packed.substring(group, end < 0 ? packed.length : end);
    groups.set(first, cut);
    return cut;
  }

  /** The code of the first character that the character at `at` of `packed` spells out. */
  private codeAt(packed: string, at: number): number {
    const c = packed.charCodeAt(at);
    return this.spell !== undefined && c >= 65 && c <= 90 ? this.pairStarts()[c - 65] : c;
  }

  private pairStarts(): Int32Array {
    const spell = this.spell!;
    let starts = PAIR_STARTS.get(spell);
    if (starts === undefined) {
      starts = new Int32Array(26);
      for (let i = 0; i < 26; i++) starts[i] = spell(String.fromCharCode(65 + i)).charCodeAt(0);
      PAIR_STARTS.set(spell, starts);
    }
    return starts;
  }

  /** The entries that share their first two characters with `key` (one with a key of one character), spelled out. */
  private run(key: string): string | undefined {
    const first = key.charCodeAt(0);
    const second = key.length > 1 ? key.charCodeAt(1) : -1;
    // One number for the key's first two characters.
    const id = first * 0x10000 + (second & 0xffff);
    let run = this.runs.get(id);
    if (run === undefined) {
      const group = this.group(first);
      run = group === undefined ? null : this.findRun(group, second);
      this.runs.set(id, run);
    }
    return run ?? undefined;
  }

  private findRun(group: string, second: number): string | null {
    const spell = this.spell;
    // The group's first entry is written whole, its first character perhaps as a pair.
    const head = spell ? spell(group.substring(0, 2)) : group.substring(0, 2);
    const headSecond = head.length > 1 && sharedBy(head.charCodeAt(1)) < 0 ? head.charCodeAt(1) : -1;
    let at = -1;
    if (headSecond === second) at = 0;
    else if (second >= 0) {
      // After ";", the second character is written as itself or as the first of a pair.
      at = group.indexOf(SEPARATORS[1] + String.fromCharCode(second));
      if (spell !== undefined) {
        const starts = this.pairStarts();
        for (let i = 0; i < 26; i++) {
          if (starts[i] !== second) continue;
          const found = group.indexOf(SEPARATORS[1] + String.fromCharCode(65 + i));
          if (found >= 0 && (at < 0 || found < at)) at = found;
        }
      }
    }
    if (at < 0) return null;
    const end = group.indexOf(SEPARATORS[1], at + 1);
    const cut = group.substring(at, end < 0 ? group.length : end);
    return spell ? spell(cut) : cut;
  }

  has(key: string): boolean {
    const n = key.length;
    if (n === 0) return false;
    const group = this.run(key);
    if (group === undefined) return false;
    const end = group.length;
    // `at` is where the characters of an entry begin, after the `shared` characters it has in common
    // with the previous entry. Entries are sorted, so those that share key's first two characters
    // follow one another, the first of them written whole (the group's first entry) or after ";";
    // among them, those that share key's first three follow the one written after ":".
    let at = 0;
    let shared = 0;
    if (group.charCodeAt(0) === 59 /* ; */) {
      at = 1;
      shared = 1;
    }
    if (n > 2 && group.charCodeAt(at + 2 - shared) !== key.charCodeAt(2)) {
      const next = group.indexOf(SEPARATORS[2] + key.charAt(2), at);
      if (next < 0) return false;
      at = next + 1;
      shared = 2;
    }
    // Invariant: every entry before the one at `at` sorts before key, and the last one shares `matched` characters with it.
    let matched = shared;
    for (;;) {
      let i = at;
      if (shared <= matched) {
        // The entry agrees with key on its first `shared` characters: compare the rest.
        let j = shared;
        for (; i < end; i++, j++) {
          const c = group.charCodeAt(i);
          if (sharedBy(c) >= 0) break;
          if (j === n) return false; // key is a prefix of the entry, so it sorts before it
          const k = key.charCodeAt(j);
          if (c !== k) {
            if (c > k) return false;
            break;
          }
        }
        if (j === n) return true; // the entry ended where key does
        matched = j;
      }
      // Otherwise the entry shares more with the previous one than key does, so it sorts before key too.
      while (i < end && sharedBy(group.charCodeAt(i)) < 0) i++;
      if (i === end) return false;
      shared = sharedBy(group.charCodeAt(i));
      at = i + 1;
    }
  }
}

