// Instruments named in ways the grammar missed or cut (helper-258, issue 15; own names and sentences): a body's own
// policy named with its owner (instruments.yaml named.owned-heads), a rule named by a capitalised subject
// (instruments.ts subjectRules), a numbered note with its series in brackets (citation numbered-note), and a list the
// document names with capitals written again in lower case (short-names.ts lowerCaseListNames).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { analysed, surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const laws = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare, { documentId: 'doc' }), 'Law');
const found = (text: string): string[] => findInstruments(text).map((f) => `${f.name} [${f.rule}]`);

describe('a body\'s own policy', () => {
  it('is named where an acronym opens its name or an acronym\'s possessive stands before it', () => {
    expect(found('Agencies must comply with the HRCS Data Security Policy when handling records.')).toEqual(['HRCS Data Security Policy [instrument:owned]']);
    expect(found("The NPA's Vehicle Data Handling Policy applies to contractors.")).toEqual(['Vehicle Data Handling Policy [instrument:owned]']);
    expect(found('Under the VMA Port Access Policy, drones need a permit.')).toEqual(['VMA Port Access Policy [instrument:owned]']);
  });
  it('is named with the acronym its words spell in brackets inside it (helper-342)', () => {
    expect(found("Hosts must meet the NPA's Vehicle Data Handling (VDH) Security Policy in full.")).toEqual(['Vehicle Data Handling Security Policy [instrument:owned]']);
    // A bracket that spells no words before it ends the name there.
    expect(found("Hosts must meet the NPA's Vehicle Data Handling (XQ) Security Policy in full.")).not.toContain('Vehicle Data Handling Security Policy [instrument:owned]');
  });
  it('is no instrument as a field or a body\'s name', () => {
    expect(found('The National Security Policy of Valdmark was debated.')).toEqual([]);
    expect(found('The Office of Trade Policy met on Monday.')).toEqual([]);
    expect(found('Harbour Security Policy is a field of study.')).toEqual([]);
  });
});

describe('a rule named by a capitalised subject', () => {
  it('is named after a determiner or a possessive, two words or more, one of them a word of the language', () => {
    expect(found("The FAA's Remote ID rule requires drones to broadcast their location.")).toEqual(['Remote ID rule [instrument:subject-rule]']);
    expect(found('The Open Port rule took effect in 2023.')).toEqual(['Open Port rule [instrument:subject-rule]']);
    expect(found("Valdmark's Secure Charging regulation applies from May.")).toEqual(['Secure Charging regulation [instrument:subject-rule]']);
  });
  it('is none after a body\'s name, a person\'s, a month or a generic word, nor with one word', () => {
    expect(found('The Harbour Agency rule applies.')).toEqual([]);
    expect(found('The Barack Obama rule was repealed.')).toEqual([]);
    expect(found('The New Harbour rule took effect.')).toEqual([]);
    expect(found('The Harbour rule took effect.')).toEqual([]);
  });
});

describe('rules named by an acronym after their owner\'s possessive', () => {
  it('are an instrument, the acronym and the head, singular or plural', () => {
    expect(found("Valdmark's Harbour Ministry applies the Ministry's HDS rules to every port.")).toEqual(['HDS rules [instrument:owned-acronym-rule]']);
    expect(found("Under Norland's PTX regulation, importers file a return.")).toEqual(['PTX regulation [instrument:owned-acronym-rule]']);
  });
  it('are none without an owner before the acronym, or with a word that is no acronym', () => {
    expect(found('The HDS rules apply to every port.')).toEqual([]);
    expect(found("The Ministry's harbour rules apply to every port.")).toEqual([]);
    expect(found("The Ministry's Harbour rules apply to every port.")).toEqual([]);
  });
  it('act on what they name', () => {
    const { rec, relations } = analysed("The Harbour Ministry's HDS rules prohibit routers made by Lumora Optics.");
    const names = new Map(rec.entities.map((e) => [e.id, e.name]));
    expect(relations.map((r) => `${names.get(r.start)} ${r.type} ${names.get(r.end)}`)).toContain('HDS rules RESTRICTS routers');
  });
});

describe('a numbered note of a series', () => {
  it('keeps its series in brackets as its name, and without one is its document\'s own', () => {
    expect(found('Guidance Note 4 (2023 Series) requires approval for investments.')).toEqual(['Guidance Note 4 (2023 Series) [instrument:numbered-note]']);
    expect(laws('Under Practice Note 12, ports report every drone.')).toEqual(['Practice Note 12=law:~practice-note-12-in-doc']);
  });
  it('keeps the one capitalised word that names its series before "Policy Note" (helper-335)', () => {
    expect(found('Procurement Policy Note 14 sets out the action buyers must take.')).toEqual(['Procurement Policy Note 14 [instrument:numbered-note]']);
    expect(found('This Policy Note 14 sets out the action buyers must take.')).toEqual(['Policy Note 14 [instrument:numbered-note]']);
  });
  it('takes no determiner, possessive or preposition of the lexicon for that word, listed or not (grammar.ts lexiconClasses)', () => {
    // Listed by hand before: "Each", "Their", "Per"; not: "Several", "Your", "From", "Within".
    for (const opener of ['Each', 'Their', 'Per', 'Several', 'Your', 'From', 'Within']) {
      expect(found(`${opener} Policy Note 9 tells buyers what to check.`)).toEqual(['Policy Note 9 [instrument:numbered-note]']);
    }
    // Nor the words of time, version or reference the lexicon reads otherwise, still written in the pattern.
    expect(found('Under Policy Note 9 buyers check suppliers.')).toEqual(['Policy Note 9 [instrument:numbered-note]']);
    expect(found('Estates Policy Note 9 tells buyers what to check.')).toEqual(['Estates Policy Note 9 [instrument:numbered-note]']);
  });
  it('is the note of the series the document names, where it writes it again without the series', () => {
    expect(laws('Press Note 7 (2021 Series) requires approval. Under Press Note 7, investments from Norland need approval.')).toEqual([
      'Press Note 7 (2021 Series)=law:~press-note-7-2021-series',
      'Press Note 7=law:~press-note-7-2021-series',
    ]);
    // Two series' notes of one number stay two.
    const two = laws('Press Note 7 (2021 Series) and Press Note 7 (2019 Series) differ.');
    expect(new Set(two.map((x) => x.split('=')[1])).size).toBe(2);
  });
});

describe('a list named with capitals, written again in lower case', () => {
  it('is that list', () => {
    expect(laws('Kestrel Robotics is on the Harbour Watch List. The harbour watch list is kept by the port.')).toEqual([
      'Harbour Watch List=law:~harbour-watch-list',
      'harbour watch list=law:~harbour-watch-list',
    ]);
    expect(laws('The Valdmark Restricted Suppliers List grew in 2025. Firms on the valdmark restricted suppliers list need licences.')).toHaveLength(2);
  });
  it('is nothing where the document never names it with capitals', () => {
    expect(laws('The harbour watch list is long.')).toEqual([]);
  });
});
