// The entities and mentions of a text in order of first mention, with canonical names, aliases,
// roles and genders; mention objects of an earlier grouping are handed out again where equal.
import type { Entity, EntityType, Mention } from '../types';
import type { Resolved } from './resolve';
import { longer, moreWords, NONE, type PersonRecord, personOf, preferredForm, surfaceOf } from './people';
import { genderOfFirstName } from '../lexicon/index';

// 4. Entities in order of first mention.
export function makeEntities(text: string, r: Resolved, previous: readonly Mention[]): { mentions: Mention[]; entities: Entity[] } {
  let resolved = r.candidates;
  let resolvedTypes = r.types;
  let resolvedGroups = r.groups;
  let inOrder = true;
  for (let k = 1; k < resolved.length && inOrder; k++) if (resolved[k - 1].start > resolved[k].start) inOrder = false;
  if (!inOrder) {
    const order = resolved.map((_, k) => k).sort((x, y) => resolved[x].start - resolved[y].start);
    resolved = order.map((k) => r.candidates[k]);
    resolvedTypes = order.map((k) => r.types[k]);
    resolvedGroups = order.map((k) => r.groups[k]);
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  const people: PersonRecord[] = [];
  const entityOfGroup: Record<'place' | 'organization', Map<string, number>> = { place: new Map(), organization: new Map() };
  const counters: Record<EntityType, number> = { person: 0, place: 0, organization: 0 };
  // Surface forms of each entity (by entity index), in order of first use.
  const surfaces: Set<string>[] = [];
  let lastEnd = -1;
  for (let ri = 0; ri < resolved.length; ri++) {
    const c = resolved[ri];
    const type = resolvedTypes[ri];
    if (c.start < lastEnd) continue;
    lastEnd = c.end;
    let index: number;
    if (type === 'person') {
      const p = personOf(c)!;
      index = p.entity;
      if (index < 0) {
        index = p.entity = entities.length;
        entities.push({ id: `person-${++counters.person}`, type: 'person', name: '', aliases: [], mentionCount: 0 });
        surfaces.push(new Set());
        people.push(p);
      }
    } else {
      const groups = entityOfGroup[type];
      const group = resolvedGroups[ri];
      index = groups.get(group) ?? -1;
      if (index < 0) {
        index = entities.length;
        groups.set(group, index);
        const entity: Entity = { id: `${type}-${++counters[type]}`, type, name: '', aliases: [], mentionCount: 0 };
        entities.push(entity);
        surfaces.push(new Set());
        if (type === 'place' && c.canonical) entity.name = c.canonical;
      }
    }
    const entity = entities[index];
    const surface = surfaceOf(text, c);
    entity.mentionCount++;
    surfaces[index].add(surface);
    // The previous mention at the same place when equal (before an edit, or past one that kept the
    // length): an analysis after an edit then holds few new objects.
    const old = previous[mentions.length];
    mentions.push(old !== undefined && old.start === c.start && old.end === c.end && old.type === type && old.text === surface && old.entityId === entity.id ? old : { start: c.start, end: c.end, type, text: surface, entityId: entity.id });
  }

  for (let pi = 0; pi < people.length; pi++) {
    const p = people[pi];
    const entity = entities[p.entity];
    const forms = [...surfaces[p.entity]];
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
    const forms = [...surfaces[index]];
    if (!entity.name) entity.name = preferredForm(forms, longer);
    entity.aliases = forms.filter((f) => f !== entity.name);
  }
  return { mentions, entities };
}
