// Defined terms of things (recognize/defined-things.ts): a measure's participle and a head of things, both written with a
// capital, name one class ("Covered Equipment"), as does the participle before a catalog thing's acronym ("Covered UAS");
// a heading's capitals, a longer name and a head of no thing do not. Own sentences; the council and the port are invented.
import { describe, expect, it } from 'vitest';
import { findDefinedThings } from '../../../ingest/recognize/defined-things.ts';
import { matcher } from './helpers.ts';
import { analyseMarkdown } from '../reports/helpers.ts';

const terms = (text: string): string[] =>
  findDefinedThings(text, matcher.find(text).filter((m) => m.label === 'Product' || m.label === 'Technology')).map((f) => `${f.surface} [${f.label}]`);

describe('defined terms of things', () => {
  it('reads a capitalised participle of a measure and a capitalised head as one class', () => {
    expect(terms('The port may not buy Covered Equipment for its cranes.')).toEqual(['Covered Equipment [Product]']);
    expect(terms('Exporters need a licence for Controlled Items and Restricted Telecommunications Equipment.')).toEqual(['Controlled Items [Product]', 'Restricted Telecommunications Equipment [Product]']);
  });
  it('ends a term in a thing the catalog names by its acronym', () => {
    expect(terms('No vendor may offer a Covered UAS to the port.')).toEqual(['Covered UAS [Product]']);
  });
  it('reads no term in a heading, in a longer name, or on a head of no thing', () => {
    expect(terms('How Restricted Harbour Equipment Still Reaches Our Ports')).toEqual([]);
    expect(terms('The Covered Equipment Act took effect in May.')).toEqual([]);
    expect(terms('The council keeps the Covered List and names each Restricted Party.')).toEqual([]);
    // Lower case is the things grammar's ("covered equipment": a generic participle it leaves out).
    expect(terms('The port may not buy covered equipment.')).toEqual([]);
  });
  it('is kept where a measure names it as its object, named once', () => {
    const { rec, relations } = analyseMarkdown('# T\n\nThe Norland Trade Council prohibits Covered Equipment in its ports.');
    const term = rec.entities.find((e) => e.name === 'Covered Equipment');
    expect(term?.label).toBe('Product');
    expect(relations.map((r) => `${r.start} ${r.type} ${r.end}`)).toEqual([`authority:~norland-trade-council RESTRICTS ${term?.id}`]);
  });
  it('names its class where the document writes it in lower case too, before or after the capitalised term', () => {
    const text = [
      '# Notice',
      '',
      'Section 3 of the Harbour Integrity Act forbids port authorities from buying any crane that uses restricted equipment as a component.',
      '',
      'Restricted equipment installed before May is not affected.',
      '',
      'Tenders shall include the clause on Restricted Equipment.',
    ].join('\n');
    const { rec, relations } = analyseMarkdown(text);
    const term = rec.entities.find((e) => e.name === 'Restricted Equipment');
    expect(term?.label).toBe('Product');
    expect([...new Set(rec.sentences.flatMap((s) => s.mentions.filter((m) => m.id === term?.id).map((m) => m.surface)))].sort()).toEqual(['Restricted Equipment', 'Restricted equipment', 'restricted equipment']);
    expect(relations.some((r) => r.end === term?.id && r.type === 'RESTRICTS' && r.start.includes('harbour-integrity-act'))).toBe(true);
  });
  it('leaves a lower-case phrase alone in a document that writes no capitalised term', () => {
    const { rec } = analyseMarkdown('# T\n\nThe port may not buy restricted equipment. Restricted equipment already installed stays.');
    expect(rec.entities.filter((e) => /restricted equipment/i.test(e.name))).toEqual([]);
  });
});
