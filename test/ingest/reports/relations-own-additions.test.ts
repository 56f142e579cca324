// An addition or designation a document that is itself an instrument states in the agentless passive ("The following
// entries have been added to the Consolidated List: ...", "X is hereby designated."): the document adds or designates, as
// its own prohibitions are its (relation-rules.yaml own-addition, own-designation; relations.ts selfAct). Never in a
// document that is no instrument, nor where the sentence names another doer or another instrument. helper-416 (issue 15).
// Own text, invented notice and companies.
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { parseTextReport } from '../../../ingest/reports/text.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';

const catalog = loadCatalog();

function read(text: string) {
  const e: ManifestEntry = { id: 'inline', title: 'inline', jurisdiction: 'gb', kind: 'report', language: 'en', format: 'text', file: 'inline.txt' };
  const file: SourceFile = { path: 'inline.txt', entry: e, text, sha256: crypto.createHash('sha256').update(text).digest('hex') };
  return analyseReport(parseReport(file), catalog, e);
}

/** The relations of the given type the document's text states, as "actor name -> object name". */
function acts(text: string, type: string): string[] {
  const r = read(text);
  const name = (id: string) => r.rec.entities.find((e) => e.id === id)?.name ?? id;
  return r.relations
    .filter((x) => x.type === type)
    .map((x) => `${name(x.start)} -> ${name(x.end)}`)
    .sort();
}

const notice = (...paras: string[]) => ['EXPORT RESTRICTIONS NOTICE', '', '1. Introduction', '', '1.1 This Notice sets out changes to the sanctions regime.', '', ...paras].join('\n');
const report = (...paras: string[]) => ['Quarterly sanctions review', '', '1. Introduction', '', '1.1 This review looks at changes to the sanctions regime.', '', ...paras].join('\n');

const LEAD_IN = '2.1 Additions: the following entries have been added to the Control List and are now subject to an asset freeze:';
const ITEMS = ['', '- Harwick Lantern Systems Ltd', '- Pellow Aerodyne LLC'];

describe('an agentless addition in a document that is an instrument', () => {
  it('is the document adding each company its list items name', () => {
    expect(acts(notice(LEAD_IN, ...ITEMS), 'ADDS_TO_LIST')).toEqual(['EXPORT RESTRICTIONS NOTICE -> Harwick Lantern Systems Ltd', 'EXPORT RESTRICTIONS NOTICE -> Pellow Aerodyne LLC']);
  });
  it('is the document adding a company its sentence names', () => {
    expect(acts(notice('2.1 Harwick Lantern Systems Ltd is hereby added to the Control List.'), 'ADDS_TO_LIST')).toEqual(['EXPORT RESTRICTIONS NOTICE -> Harwick Lantern Systems Ltd']);
  });
  it('is the document designating a company', () => {
    expect(acts(notice('2.2 Pellow Aerodyne LLC has been designated with effect from today.'), 'DESIGNATES')).toEqual(['EXPORT RESTRICTIONS NOTICE -> Pellow Aerodyne LLC']);
  });
});

describe('an addition that is not the document its own', () => {
  it('is none in a document that is no instrument', () => {
    expect(acts(report(LEAD_IN, ...ITEMS), 'ADDS_TO_LIST')).toEqual([]);
    expect(acts(report('2.1 Harwick Lantern Systems Ltd is hereby added to the Control List.'), 'ADDS_TO_LIST')).toEqual([]);
  });
  it('is none told in the past, or done by another body or under another instrument', () => {
    expect(acts(notice('2.1 Harwick Lantern Systems Ltd was added to the Control List in 2024.'), 'ADDS_TO_LIST')).toEqual([]);
    expect(acts(notice('2.1 Harwick Lantern Systems Ltd has been added to the Control List by HM Treasury.'), 'ADDS_TO_LIST').filter((x) => x.startsWith('EXPORT'))).toEqual([]);
    expect(acts(notice('2.2 Pellow Aerodyne LLC has been designated under the Export Control Order 2008.'), 'DESIGNATES').filter((x) => x.startsWith('EXPORT'))).toEqual([]);
    expect(acts(notice('2.2 Pellow Aerodyne LLC is designated the competent supplier.'), 'DESIGNATES')).toEqual([]);
  });
});

describe('bulleted lines of a plain-text document', () => {
  const paras = (text: string) => {
    const e: ManifestEntry = { id: 'inline', title: 'inline', jurisdiction: 'gb', kind: 'report', language: 'en', format: 'text', file: 'inline.txt' };
    const parsed = parseTextReport({ path: 'inline.txt', entry: e, text, sha256: crypto.createHash('sha256').update(text).digest('hex') });
    return parsed.sections.flatMap((sec) => sec.paragraphs.map((p) => `${p.item ? 'item: ' : ''}${p.sentences.map((x) => x.text).join(' ')}`));
  };
  it('are list items, each a paragraph, after their lead-in in the same block or the block before', () => {
    expect(paras(['Title of the Note', '', 'The list now holds:', '- Harwick Lantern Systems Ltd', '- Pellow Aerodyne LLC, a maker of', 'gyroscopes'].join('\n'))).toEqual([
      'The list now holds:',
      'item: Harwick Lantern Systems Ltd',
      'item: Pellow Aerodyne LLC, a maker of gyroscopes',
    ]);
  });
  it('leave a closing line that opens a sentence of its own as a paragraph', () => {
    expect(paras(['Title of the Note', '', '- Harwick Lantern Systems Ltd.', 'Both firms were informed.'].join('\n'))).toEqual(['item: Harwick Lantern Systems Ltd.', 'Both firms were informed.']);
  });
});

describe('a lead-in whose class of entries is the subject of a perfect passive', () => {
  it('is no placeholder: its auxiliaries stay in the sentence an item is read in', () => {
    const lead = '2.1 Additions: the following 2 entries have been added to the Control List and are now subject to an asset freeze:';
    expect(acts(notice(lead, '', '- Harwick Lantern Systems Ltd'), 'ADDS_TO_LIST')).toEqual(['EXPORT RESTRICTIONS NOTICE -> Harwick Lantern Systems Ltd']);
  });
});
