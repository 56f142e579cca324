// A part of an organisation staffed from several bodies is a public body's (grammar/names.yaml public-subunit-words,
// joint-qualifiers; bodies.ts publicSubunit): "the Export Control Joint Unit", "the Joint Fraud Taskforce". A company's
// unit stays none. Own sentences, invented names except the UK's export licensing unit (helper-401; dev118, a sanctions
// notice, at first sight missed "Export Control Joint Unit").
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const of = (text: string): string[] => findBodies(text).filter((f) => f.label === 'Authority').map((f) => f.surface);

describe('a joint unit', () => {
  it('is a public body', () => {
    expect(of('Licences are issued by the Export Control Joint Unit.')).toEqual(['Export Control Joint Unit']);
    expect(of('The Harbour Security Joint Taskforce met in May.')).toEqual(['Harbour Security Joint Taskforce']);
    expect(of('The Interagency Review Team reported in June.')).toEqual(['Interagency Review Team']);
  });
  it("leaves a company's unit alone", () => {
    expect(of('The firm set up a Quality Control Unit in 2020.')).toEqual([]);
    expect(of('The Licensing Unit of the firm reviewed the file.')).toEqual([]);
  });
});
