// An instrument's short name after a stage of it written in lower case ('(the "draft Regulations")'), its capitalised
// words the name's own, is a term the document defines (definitions.ts, instruments.yaml short-forms.stages). Own
// sentences; the acts are invented.
import { describe, expect, it } from 'vitest';
import { findDefinitions, type Named } from '../../../ingest/recognize/definitions.ts';

const at = (text: string, surface: string, id: string, label = 'Law'): Named => {
  const start = text.indexOf(surface);
  return { id, label, start, end: start + surface.length, surface };
};
const terms = (text: string, surface: string, label = 'Law'): string[] => findDefinitions(text, 's1', [at(text, surface, 'x:1', label)], new Map()).map((d) => `${d.term}=${d.id}`);

describe('a staged short name of an instrument', () => {
  it('binds a stage word and the name\'s own capitalised words', () => {
    expect(terms('We comment on the draft Harbour Pilotage (Licensing) Regulations 2027 (the "draft Regulations") below.', 'Harbour Pilotage (Licensing) Regulations 2027')).toEqual(['draft Regulations=x:1']);
    expect(terms('The Norland Quay Safety Rule 2026 (the "proposed Rule") is open for comment.', 'Norland Quay Safety Rule 2026')).toEqual(['proposed Rule=x:1']);
  });
  it('binds no stage word before words the name lacks, nor for a body', () => {
    expect(terms('We comment on the Harbour Pilotage Regulations 2027 (the "draft Code") below.', 'Harbour Pilotage Regulations 2027')).toEqual([]);
    expect(terms('The Norland Harbour Board (the "proposed Board") met.', 'Norland Harbour Board', 'Authority')).toEqual([]);
  });
});
