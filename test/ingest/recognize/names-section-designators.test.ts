// A contract's or a solicitation's section number, a capital letter, a point and figures ("C.3", "H.9.6", "K.12"), that
// opens a capitalised run is the section's designator, no word of the name after it (names.ts nameRuns). Own sentences,
// invented companies and sections.
import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { recogniseMarkdown } from './helpers.ts';

const runs = (t: string): string[] => nameRuns(t).map((r) => r.map((x) => x.t).join(' '));
const named = (md: string, label: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`).sentences.flatMap((s) => s.mentions.filter((m) => m.label === label).map((m) => m.surface));

describe('a section designator opening a run', () => {
  it('is no word of the name after it', () => {
    expect(runs('C.3 Tallow Creek Optics Ltd. shall deliver the radios.')).toEqual(['Tallow Creek Optics Ltd.']);
    expect(runs('H.12.4 Marlin Sound Systems Inc. keeps the logs.')).toEqual(['Marlin Sound Systems Inc.']);
    expect(named('C.3 Tallow Creek Optics Ltd. shall deliver the radios.', 'Company')).toEqual(['Tallow Creek Optics Ltd.']);
  });
  it('stays a run of its own where nothing capitalised follows it', () => {
    expect(runs('The exception described in H.9.4 applies to Tallow Creek Optics.')).toEqual(['H.9.4', 'Tallow Creek Optics']);
  });
});
