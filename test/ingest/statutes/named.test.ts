// A statute naming a company in nested parts (a holds a.1, which holds a.1.A, each with its children's text) says it
// once, from the finest part: one DESIGNATES record quoting that part's sentence, not one per level.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { Emitter, type RelationshipRecord } from '../../../ingest/emit.ts';
import type { Provision } from '../../../ingest/model.ts';
import { emitNamedCompanies } from '../../../ingest/statutes/named.ts';

const catalog = loadCatalog();
const where = { lawId: 'law:test:gadget-act', provisionId: (l: string) => `prov:test:${l}`, from: '2031-01-01', language: 'en' as const };

/** A provision whose parts are cut from its own text, as the adapters cut them (offsets in the provision's text). */
function provision(text: string, parts: [string, string][]): Provision {
  const paragraphs = parts.map(([locator, t]) => {
    const start = text.indexOf(t);
    if (start < 0) throw new Error(`${locator}: not in the text`);
    return { locator, number: locator, text: t, start, end: start + t.length };
  });
  return { locator: 'sec_9', kind: 'section', number: '9', order: 9, text, paragraphs };
}

function designations(p: Provision): RelationshipRecord[] {
  const emit = new Emitter('test-doc');
  emit.node(where.lawId, ['Law'], { name: 'Gadget Act' }, { locator: 'sec_9' });
  emitNamedCompanies(emit, catalog, [p], where);
  return emit.records().filter((r): r is RelationshipRecord => r.type === 'relationship' && r.label === 'DESIGNATES');
}

describe('statute text naming a company', () => {
  const a1A = 'Cameras produced by DJI.';
  const a1 = `(A) ${a1A}`;
  const a = `(a) In general.—The following is covered: (1) ${a1}`;

  it('quotes only the finest of nested parts that hold the name', () => {
    const found = designations(provision(a, [['sec_9.a', a], ['sec_9.a.1', `(1) ${a1}`], ['sec_9.a.1.A', a1A]]));
    expect(found.map((r) => r.properties.evidence.locator)).toEqual(['sec_9.a.1.A']);
    expect(found[0]?.properties.evidence.quote).toBe(a1A);
  });

  it('keeps a name said in a part and again in a sibling, once each', () => {
    const text = '(a) Radios produced by DJI. (b) Cameras produced by DJI.';
    const found = designations(provision(text, [['sec_9.a', '(a) Radios produced by DJI.'], ['sec_9.b', '(b) Cameras produced by DJI.']]));
    expect(found.map((r) => r.properties.evidence.locator)).toEqual(['sec_9.a', 'sec_9.b']);
  });

  it('a name in a part outside its children is said by that part', () => {
    const child = '(1) any radio.';
    const text = `(a) Equipment of DJI, including: ${child}`;
    const found = designations(provision(text, [['sec_9.a', text], ['sec_9.a.1', child]]));
    expect(found.map((r) => r.properties.evidence.locator)).toEqual(['sec_9.a']);
  });
});
