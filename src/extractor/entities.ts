import type { Entity, Mention } from './types';

/** People, places and organizations mentioned in `text`, grouped into entities. Placeholder. */
export function findEntities(_text: string): { mentions: Mention[]; entities: Entity[] } {
  return { mentions: [], entities: [] };
}
