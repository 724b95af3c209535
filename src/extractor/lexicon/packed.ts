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

/** One packed list, searched in place: a lookup compares the key with a few neighbouring entries only. */
export class PackedList {
  /** First character → the entries that start with it, as packed (until first asked for, where they start). */
  private groups: Map<number, string | number> | undefined;

  /**
   * `packed` as generated, and `spell`, which spells its pairs out again (see scripts/build-lexicons.mjs):
   * applied to each group when a lookup first reaches it, so that a short text spells out little.
   */
  constructor(
    readonly packed: string,
    private readonly spell?: (shortened: string) => string,
  ) {}

  /** The entries that start with the character `first`, as packed, or undefined if there are none. */
  private group(first: number): string | undefined {
    const packed = this.packed;
    const spell = this.spell;
    let groups = this.groups;
    if (!groups) {
      groups = this.groups = new Map();
      for (let at = packed ? 0 : -1; at >= 0; ) {
        groups.set(spell ? spell(packed.charAt(at)).charCodeAt(0) : packed.charCodeAt(at), at);
        at = packed.indexOf(SEPARATORS[0], at);
        if (at >= 0) at++;
      }
    }
    const group = groups.get(first);
    if (typeof group !== 'number') return group;
    const end = packed.indexOf(SEPARATORS[0], group);
    const cut = packed.substring(group, end < 0 ? packed.length : end);
    const entries = spell ? spell(cut) : cut;
    groups.set(first, entries);
    return entries;
  }

  has(key: string): boolean {
    const n = key.length;
    if (n === 0) return false;
    const group = this.group(key.charCodeAt(0));
    if (group === undefined) return false;
    const end = group.length;
    // `at` is where the characters of an entry begin, after the `shared` characters it has in common
    // with the previous entry. Entries are sorted, so those that share key's first two characters
    // follow one another, the first of them written whole (the group's first entry) or after ";";
    // among them, those that share key's first three follow the one written after ":".
    let at = 0;
    let shared = 0;
    if (n > 1 && group.charCodeAt(1) !== key.charCodeAt(1)) {
      at = group.indexOf(SEPARATORS[1] + key.charAt(1)) + 1;
      if (at === 0) return false;
      shared = 1;
    }
    if (n > 2 && group.charCodeAt(at + 2 - shared) !== key.charCodeAt(2)) {
      const next = group.indexOf(SEPARATORS[2] + key.charAt(2), at);
      if (next < 0) return false;
      const runEnd = group.indexOf(SEPARATORS[1], at);
      if (runEnd >= 0 && next > runEnd) return false;
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
