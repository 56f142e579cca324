// Statute text that cites another law by its title (依照《中华人民共和国网络安全法》的规定, 《中华人民共和国个人信息保护法》
// 第十三条): the provision CITES that law, quoting the sentence, as a report's passage does. Titles are read by the
// reports' own rule (book-title marks, instrument:cjk) and resolve through the catalog's names with the same matcher;
// a law the catalog does not know is the recognised law a report citing the same title makes (one id from one key), which
// the same-law derivation (graph/rules/20-same-law.cypher) joins to a statute of that title the graph holds. A text
// cannot cite a law that began to apply after it took effect: a title the catalog's law carries but which the citing text
// used before that law existed names an earlier work of the same title (the Counter-Espionage Law of 2014 repeals the
// 国家安全法 of 1993, not the one of 2015), kept apart under its title with the date it precedes.
import type { Catalog, CatalogEntry } from '../catalog/index.ts';
import { emitEntity } from '../catalog/records.ts';
import type { Emitter } from '../emit.ts';
import { LANGUAGES } from '../languages/index.ts';
import type { Provision } from '../model.ts';
import { bracketedCjkLaws } from '../recognize/instruments.ts';
import { entityKey, recognisedId } from '../recognize/keys.ts';
import { Matcher } from '../recognize/matcher.ts';
import { emitRecognised } from '../recognize/recognised-node.ts';
import { splitSentences } from '../text/sentences.ts';

export interface CitingText {
  /** The citing law: a title naming it is the text itself (its own title in a note), not a citation. */
  lawId: string;
  ownTitles: string[];
  provisionId: (locator: string) => string;
  /** When the citing text took effect (yyyy-mm-dd), where known. */
  from?: string;
}

/** The day a catalog law began to apply (its earliest APPLIES_IN), where the catalog dates it. */
function startOf(entry: CatalogEntry | undefined): string | undefined {
  const dates = (entry?.facts ?? []).filter((f) => f.type === 'APPLIES_IN' && f.from).map((f) => f.from as string);
  return dates.length ? dates.sort()[0] : undefined;
}

/** Emits one CITES per (provision, cited law); returns how many. Chinese text only: other languages cite laws by
 *  number, which the cross-reference and citation readers handle. */
export function emitCitedLaws(emit: Emitter, catalog: Catalog, provisions: Provision[], language: string, where: CitingText): number {
  if (language !== 'zh') return 0;
  const matcher = Matcher.fromCatalog(catalog.entries);
  const own = new Set(where.ownTitles.map((t) => t.replace(/[《》]/g, '')));
  let n = 0;
  for (const p of provisions) {
    if (!p.text.includes('《')) continue;
    const titles = bracketedCjkLaws(p.text).filter((f) => !own.has(f.name));
    if (titles.length === 0) continue;
    const sentences = splitSentences(p.text, LANGUAGES.zh, { dropLabels: true });
    const done = new Set<string>();
    for (const f of titles) {
      const match = matcher.find(f.surface).find((m) => m.label === 'Law' && m.end - m.start >= f.surface.length - 2);
      const start = match && where.from ? startOf(catalog.byId.get(match.id)) : undefined;
      const earlier = start !== undefined && (where.from as string) < start;
      const known = earlier ? undefined : match;
      // The earlier work's name says which it is not; its title is its alias (a name, not the same-law key).
      const name = earlier ? `${f.name} (before ${start})` : f.name;
      const key = entityKey('Law', name);
      const lawId = known?.id ?? recognisedId('Law', key);
      if (lawId === where.lawId || done.has(lawId)) continue;
      const s = sentences.find((x) => x.start <= f.start && f.end <= x.end);
      if (!s) continue;
      if (known && catalog.byId.has(known.id)) emitEntity(emit, catalog.byId.get(known.id) as CatalogEntry);
      else if (!emit.has(lawId)) {
        emitRecognised(emit, { id: lawId, label: 'Law', name, key, surfaces: [f.surface], rules: { [f.rule]: 1 }, score: f.score, kind: f.kind, acronyms: [], tentative: false });
      }
      emit.rel('CITES', where.provisionId(p.locator), lawId, { locator: p.locator, quote: s.text, method: `pattern:${f.rule.replace(/:/g, '-')}`, confidence: f.score }, { surface: f.surface });
      done.add(lawId);
      n++;
    }
  }
  return n;
}
