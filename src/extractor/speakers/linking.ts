// Linking a speaker phrase to the people and organizations found in the text: the mention the
// phrase names (its head, not a modifier), or the person a pronoun stands for.
import type { Entity, Mention } from '../types';
import type { RawQuote } from '../quotes';
import { speakerLabelEnd } from '../quotes';
import type { Attributor, Cue } from './cues';
import { SUBJECT_PRONOUNS } from './lexicon';
import type { Antecedents } from './pronouns';
import type { TokenList } from './tokens';
import { PREPOSITIONS } from './words';
import { firstEndingAfter } from '../text/search';

/** Possessive pronouns of people and the subject pronouns they resolve as. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
]);

export interface Speaker {
  start: number;
  end: number;
  name: string;
  entityId?: string;
  cue?: string;
}

/** Turns cues into speakers. */
export class SpeakerLinker {
  constructor(
    private readonly text: string,
    private readonly tokens: TokenList,
    private readonly at: Attributor,
    /** The entity mentions attribution reads, in order of start (see namedMentions()). */
    private readonly mentions: Mention[],
    private readonly entityById: Map<string, Entity>,
    private readonly antecedents: Antecedents,
  ) {}

  /** The entity mention that overlaps the phrase, the last one when several do. */
  mentionIn(start: number, end: number): Mention | undefined {
    const mentions = this.mentions;
    let found: Mention | undefined;
    for (let k = firstEndingAfter(mentions, start); k < mentions.length && mentions[k].start < end; k++) {
      if (mentions[k].end > start && (!found || mentions[k].type === 'person' || found.type !== 'person')) found = mentions[k];
    }
    return found;
  }

  speakerFrom(cue: Cue): Speaker {
    const { text, tokens, at, entityById } = this;
    if (cue.phrase.refers) {
      // "…, who said": the pronoun is the mention, the phrase it stands for names the speaker
      const named = this.speakerFrom({ ...cue, phrase: cue.phrase.refers });
      return { ...named, start: tokens.start[cue.phrase.first], end: tokens.end[cue.phrase.first] };
    }
    const first = { start: tokens.start[cue.phrase.first], end: tokens.end[cue.phrase.first] };
    const last = { start: tokens.start[cue.phrase.last], end: tokens.end[cue.phrase.last] };
    const cueText =
      cue.verbLength === 0 || at.isDash(cue.verb)
        ? undefined
        : cue.verbLength === 1
          ? tokens.norm(cue.verb) // one token: no space inside, and its lowercase form made once
          : text.slice(tokens.start[cue.verb], tokens.end[cue.verb + cue.verbLength - 1]).replace(/\s+/g, ' ').toLowerCase();
    const phraseText = text.slice(first.start, last.end);
    const tokenWord = tokens.norm(cue.phrase.first);
    // "his claim", "her warning": the possessive stands for a person as "he" and "she" do
    const firstWord = cue.phrase.first === cue.phrase.last ? (POSSESSIVE_PRONOUNS.get(tokenWord) ?? tokenWord) : tokenWord;
    if (cue.phrase.first === cue.phrase.last && SUBJECT_PRONOUNS.has(firstWord)) {
      const gender = SUBJECT_PRONOUNS.get(firstWord);
      if (firstWord === 'he' || firstWord === 'she' || firstWord === 'it') {
        const m = firstWord === 'it' ? this.antecedents.lastOrganizationBefore(first.start) : this.antecedents.lastPersonBefore(first.start, gender);
        if (m) {
          const e = entityById.get(m.entityId!);
          return { start: first.start, end: first.end, name: e?.name ?? m.text, entityId: m.entityId, cue: cueText };
        }
      }
      return { start: first.start, end: first.end, name: phraseText, cue: cueText };
    }
    // Linked only when the name is the head of the phrase ("pollster Hal Brennecke"), not a
    // modifier ("the Biden administration", "Trump’s campaign", "a spokesman for the ministry").
    let head = cue.phrase.last;
    for (let k = cue.phrase.first + 1; k < cue.phrase.last; k++) {
      if (at.inTable(k, PREPOSITIONS) && at.personNoun(k - 1) && (!at.capitalised(k - 1) || k - 1 === cue.phrase.first)) {
        head = k - 1;
        break;
      }
    }
    const m = this.mentionIn(first.start, tokens.end[head]);
    if (m && m.end > tokens.start[head]) {
      const e = entityById.get(m.entityId!);
      return { start: m.start, end: m.end, name: e?.name ?? m.text, entityId: m.entityId, cue: cueText };
    }
    // "the owner": the person an earlier apposition or title describes with that noun
    if (cue.phrase.last > cue.phrase.first && (firstWord === 'the' || firstWord === 'this') && !at.capitalised(cue.phrase.last)) {
      const described = this.antecedents.describedBefore(first.start, tokens.norm(cue.phrase.last));
      if (described) {
        const e = entityById.get(described.entityId!);
        return { start: first.start, end: last.end, name: e?.name ?? described.text, entityId: described.entityId, cue: cueText };
      }
    }
    return { start: first.start, end: last.end, name: phraseText, cue: cueText };
  }
}

/** The entity mentions attribution reads (people, organizations and places), in order of start. */
export function namedMentions(entityMentions: Mention[]): Mention[] {
  // Entity mentions are usually all of these, in order: then the list itself serves (it is never changed).
  let all = true;
  for (let mi = 0; all && mi < entityMentions.length; mi++) {
    const m = entityMentions[mi];
    all = m.entityId !== undefined && (m.type === 'person' || m.type === 'organization' || m.type === 'place') && (mi === 0 || entityMentions[mi - 1].start <= m.start);
  }
  if (all) return entityMentions;
  const mentions: Mention[] = [];
  let inOrder = true;
  for (let mi = 0; mi < entityMentions.length; mi++) {
    const m = entityMentions[mi];
    if (m.entityId === undefined || !(m.type === 'person' || m.type === 'organization' || m.type === 'place')) continue;
    if (mentions.length > 0 && mentions[mentions.length - 1].start > m.start) inOrder = false;
    mentions.push(m);
  }
  if (!inOrder) mentions.sort((a, b) => a.start - b.start);
  return mentions;
}

export function indexEntities(entities: readonly Entity[]): Map<string, Entity> {
  const byId = new Map<string, Entity>();
  for (let k = 0; k < entities.length; k++) byId.set(entities[k].id, entities[k]);
  return byId;
}

/** "SMITH: …" — a transcript turn whose speaker label opens the quotation. */
export function transcriptLabel(text: string, q: RawQuote): Speaker | undefined {
  const end = speakerLabelEnd(text, q.start);
  if (end < 0) return undefined;
  const name = text.slice(q.start, end).trim();
  return { start: q.start, end: q.start + name.length, name };
}
