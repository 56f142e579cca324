// Finding a company a report named with its legal form by the words a reader types: the exposure's company lookup
// (queries/exposure.cypher) takes a recognised company's name without its legal form (`shortName`), and names every
// company those words could mean rather than choosing one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, removeDocument } from '../../../graph/load.ts';
import { Emitter } from '../../../ingest/emit.ts';
import { companyShortName } from '../../../ingest/recognize/entities.ts';
import { uniqueDocumentId } from '../../db.ts';
import { useApi } from '../client.ts';

const t = useApi();
const doc = uniqueDocumentId('company-names');
const word = doc.replace(/[^a-z0-9]/g, '');
const company = (n: string) => `company:~${doc}-${n}`;

beforeAll(async () => {
  const e = new Emitter(doc);
  e.node(`doc:${doc}`, ['Document'], { title: 'Company names', kind: 'report', language: 'en' });
  // As report extraction writes recognised companies (ingest/reports/records.ts).
  for (const [n, name] of [['harrow', `Harrow${word} Optics Co., Ltd.`], ['keel-inc', `Keel${word} Robotics Inc.`], ['keel-ltd', `Keel${word} Robotics Ltd.`]] as const) {
    e.node(company(n), ['Company'], { name, shortName: companyShortName(name), curated: false, searchText: name });
  }
  await loadDocument(t.db, { documentId: doc, sha256: doc, records: e.records() });
});

afterAll(async () => {
  await removeDocument(t.db, doc).catch(() => undefined);
});

const EXPOSURE = '($c: String!) { exposure(company: $c) { company { id } } }';

describe('company names', () => {
  it('reads a name without its legal form, as written', () => {
    expect(companyShortName('Harrow Optics Co., Ltd.')).toBe('Harrow Optics');
    expect(companyShortName('Keel Robotics Inc.')).toBe('Keel Robotics');
    expect(companyShortName('Keel Robotics')).toBeUndefined();
  });

  it('finds a recognised company by its name without its legal form', async () => {
    const r = await t.gql(`query E${EXPOSURE}`, { c: `harrow${word} optics` });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.exposure?.company.id).toBe(company('harrow'));
  });

  it('names both companies two legal forms of one name could mean, choosing neither', async () => {
    const r = await t.gql(`query E${EXPOSURE}`, { c: `Keel${word} Robotics` });
    expect(r.body.errors?.[0]?.extensions?.code).toBe('AMBIGUOUS');
    expect(JSON.stringify(r.body.errors?.[0]?.extensions)).toContain(company('keel-inc'));
    expect(JSON.stringify(r.body.errors?.[0]?.extensions)).toContain(company('keel-ltd'));
  });
});
