// A Chinese goods name the grammar reads in one sentence (cjk-things.ts: 无人驾驶航空器 after a start) names the goods
// wherever the document writes it again, also where the grammar sees no start before it (违规飞行无人驾驶航空器落地后: after
// a verb it does not know), as a term the document defines does.
import type { Definition, Named } from './definitions.ts';

type Sentences = { locator: string; mentions: (Named & { via?: string })[] }[];

/** Each Chinese goods name found by the grammar (rule thing:cjk), once, as a term of the entity it names. */
export function cjkThingTerms(sentences: Sentences): Definition[] {
  const out = new Map<string, Definition>();
  for (const { locator, mentions } of sentences) {
    for (const m of mentions) if (m.via === 'thing:cjk' && !out.has(m.surface)) out.set(m.surface, { term: m.surface, id: m.id, locator, acronym: false });
  }
  return [...out.values()];
}
