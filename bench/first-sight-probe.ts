// `node bench/first-sight-probe.ts GOLD DOC...`: run by bench/first-sight.ts inside a checkout of the commit that added a
// development gold file, with that checkout's own recognizer: prints as JSON, for each document named, what the
// recognizer extracted (each entity with its surfaces and the rules or catalog routes that found it) and the stated
// relations, so the first-sight errors can be classed by the rule that made them, and the evidence each entity has (its
// mentions, where they stand, whether a relation uses it) can be set beside its outcome (bench/first-sight-evidence.ts). Only APIs every checkout since the
// fourth development file has (evaluate.ts goldSource, loadGoldSet, extract and scoreDocument, records.ts analyseReport)
// are used. Each document is also scored by the checkout's own extract and scoreDocument, as its evaluate.ts scores one
// document: the score of a file the checkout's evaluate.ts did not list yet (its first score was taken with the file
// added to the list in the tree).
import { loadConfig } from '../config.ts';
import { loadCatalog } from '../ingest/catalog/index.ts';
import { extract, goldSource, loadGoldSet, scoreDocument } from '../ingest/reports/evaluate.ts';
import { parseReport } from '../ingest/reports/index.ts';
import { analyseReport } from '../ingest/reports/records.ts';

/** The offset is inside quotation marks: more curly ones opened than closed before it, or an odd number of straight. */
const quoted = (text: string, at: number): boolean => {
  const before = text.slice(0, at);
  const n = (re: RegExp): number => (before.match(re) ?? []).length;
  return n(/“/g) > n(/”/g) || n(/"/g) % 2 === 1;
};
const [goldFile, ...ids] = process.argv.slice(2);
const gold = loadGoldSet(goldFile);
const catalog = loadCatalog();
const corpus = loadConfig().corpus;
const out: Record<string, unknown> = {};
for (const id of ids) {
  const file = goldSource(id, gold.documents[id], corpus);
  const report = parseReport(file);
  const { rec, relations } = analyseReport(report, catalog, file.entry);
  const found = new Map(rec.entities.map((e) => [e.id, e]));
  const names = new Map<string, string>(catalog.entries.map((e) => [e.id, e.name]));
  // Where each sentence stands: a heading, a list item (Paragraph.item, where the checkout has it), body text.
  const items = new Set(report.sections.flatMap((sec) => sec.paragraphs.filter((p) => (p as { item?: boolean }).item).flatMap((p) => p.sentences.map((x) => x.locator))));
  type Entity = { id: string; label: string; name: string; surfaces: string[]; rules: string[]; procedural: boolean; mentions: number; heading: number; item: number; quoted: number; tentative: boolean; related: boolean };
  const byId = new Map<string, Entity>();
  const ends = new Set(relations.flatMap((r) => [r.start, r.end]));
  for (const s of rec.sentences) {
    for (const m of s.mentions.flatMap((x) => [x, ...((x as { parts?: typeof x[] }).parts ?? [])])) {
      const r = found.get(m.id);
      const e = byId.get(m.id) ?? { id: m.id, label: m.label, name: r?.name ?? names.get(m.id) ?? m.surface, surfaces: [], rules: r ? Object.keys(r.rules) : [], procedural: true, mentions: 0, heading: 0, item: 0, quoted: 0, tentative: Boolean((r as { tentative?: boolean } | undefined)?.tentative), related: ends.has(m.id) };
      if (!e.surfaces.includes(m.surface)) e.surfaces.push(m.surface);
      // The evidence a mention gives: how many, and where (a heading, a list item, inside quotation marks).
      e.mentions++;
      if (/\.heading(?:_\d+)?$/.test(s.sentence.locator)) e.heading++;
      if (items.has(s.sentence.locator)) e.item++;
      if (quoted(s.sentence.text, m.start)) e.quoted++;
      // A catalog entity's route (alias, acronym learned in the document, a phrase's inner name).
      if (!r && !e.rules.includes(`catalog:${m.via}`)) e.rules.push(`catalog:${m.via}`);
      if (!(m as { procedural?: boolean }).procedural) e.procedural = false;
      byId.set(m.id, e);
    }
  }
  const x = extract(file, catalog) as { entities: unknown; relations: unknown; trace?: unknown };
  const score = (scoreDocument as (...a: unknown[]) => unknown)(id, gold.documents[id], x.entities, x.relations, x.trace);
  out[id] = { score, entities: [...byId.values()], relations: relations.map((r) => ({ type: r.type, start: r.start, end: r.end, rule: (r as { rule?: string }).rule, quote: (r as { quote?: string }).quote })) };
}
console.log(JSON.stringify(out));
