// The entities and mentions of a text in order of first mention, with canonical names, aliases,
// roles and genders; mention objects of an earlier grouping are handed out again where equal.
import type { Entity, EntityType, Mention } from '../types';
import { RESOLVED_TYPES, type Resolved } from './resolve';
import { longer, moreWords, NONE, type PersonRecord, personOf, preferredForm } from './people';
import { genderOfFirstName } from '../lexicon/index';

/**
 * The surface forms of an entity in order of first use, each to its first instance (the mentions of
 * a form share one string): nothing yet, its only form, or a map once it has several (most entities
 * of a long or hostile text have one form, and need no map of their own).
 */
type Forms = undefined | string | Map<string, string>;

/** Adds a form to entity `index`'s forms; returns the instance its mentions share. */
function addForm(surfaces: Forms[], index: number, surface: string): string {
  const forms = surfaces[index];
  if (forms === undefined) surfaces[index] = surface;
  else if (typeof forms === 'string') {
    if (forms === surface) return forms;
    surfaces[index] = new Map([
      [forms, forms],
      [surface, surface],
    ]);
  } else {
    const seen = forms.get(surface);
    if (seen !== undefined) return seen;
    forms.set(surface, surface);
  }
  return surface;
}

function formsOf(forms: Forms): string[] {
  return forms === undefined ? [] : typeof forms === 'string' ? [forms] : [...forms.keys()];
}

// 4. Entities in order of first mention.
export function makeEntities(text: string, r: Resolved, previous: readonly Mention[]): { mentions: Mention[]; entities: Entity[] } {
  const { candidates, types, groups } = r;
  // The resolved candidates' indexes by start (a stable sort, so the candidates' order on a tie);
  // only when they are out of order, which is rare.
  let order: number[] | undefined;
  let lastStart = -1;
  for (let k = 0; k < candidates.length; k++) {
    if (types[k] === 0) continue;
    if (candidates[k].start < lastStart) {
      order = [];
      for (let j = 0; j < candidates.length; j++) if (types[j] !== 0) order.push(j);
      order.sort((x, y) => candidates[x].start - candidates[y].start);
      break;
    }
    lastStart = candidates[k].start;
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const people: PersonRecord[] = [];
  const entityOfGroup: Record<'place' | 'organization', Map<string, number>> = { place: new Map(), organization: new Map() };
  const counters: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  const surfaces: Forms[] = [];
  let lastEnd = -1;
  const count = order === undefined ? candidates.length : order.length;
  for (let ri = 0; ri < count; ri++) {
    const ci = order === undefined ? ri : order[ri];
    const code = types[ci];
    if (code === 0) continue;
    const c = candidates[ci];
    const type = RESOLVED_TYPES[code]!;
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    let index: number;
    if (type === 'person') {
      const p = personOf(c)!;
      index = p.entity;
      if (index < 0) {
        index = p.entity = entities.length;
        entities.push({ id: `person-${++counters.person}`, type: 'person', name: '', aliases: [], mentionCount: 0 });
        surfaces.push(undefined);
        people.push(p);
      }
    } else {
      const byGroup = entityOfGroup[type];
      const group = groups[ci]!;
      index = byGroup.get(group) ?? -1;
      if (index < 0) {
        index = entities.length;
        byGroup.set(group, index);
        const entity: Entity = { id: `${type}-${++counters[type]}`, type, name: '', aliases: [], mentionCount: 0 };
        entities.push(entity);
        surfaces.push(undefined);
        if (type === 'place' && c.canonical) entity.name = c.canonical;
      }
    }
    const entity = entities[index];
    // Sliced without being kept on the candidate, which dies with grouping: a kept copy would be
    // carried along until then, for every mention of a long text.
    const surface = addForm(surfaces, index, c.surface ?? text.slice(c.start, c.end));
    entity.mentionCount++;
    // The previous mention at the same place when equal (before an edit, or past one that kept the
    // length): an analysis after an edit then holds few new objects.
    const old = previous[mentions.length];
    mentions.push(old !== undefined && old.start === c.start && old.end === c.end && old.type === type && old.text === surface && old.entityId === entity.id ? old : { start: c.start, end: c.end, type, text: surface, entityId: entity.id });
  }

  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi];
    const entity = entities[p.entity];
    const forms = formsOf(surfaces[p.entity]);
    const name = preferredForm(forms, moreWords);
    entity.name = name;
    entity.aliases = [...forms.filter((f) => f !== name), ...(p.titleForms ?? NONE)].filter((f, k, all) => all.indexOf(f) === k && f !== name);
    if (p.role) entity.role = p.role;
    const gender = p.gender ?? genderOfFirstName(name.split(/\s+/)[0].toLowerCase());
    if (gender) entity.gender = gender;
  }
  for (let index = 0; index < entities.length; index++) {
    const entity = entities[index];
    if (entity.type === 'person') continue;
    const forms = formsOf(surfaces[index]);
    if (!entity.name) entity.name = preferredForm(forms, longer);
    entity.aliases = forms.filter((f) => f !== entity.name);
  }
  return { mentions, entities };
}
