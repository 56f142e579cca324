// "No." keeps its point as the abbreviation of "number" before a figure or a code ("Invoice No. 42", "Docket No. FCC
// 22-84"); before a word in title case it is the answer "No" and a full stop ("A. No. Kestrel Vale Robotics is ..."),
// no word of the name after it (names.ts tokenize). Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const runs = (t: string): string[] => nameRuns(t).map((r) => r.map((x) => x.t).join(' '));
const companies = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(`# T\n\n${md}`), 'Company');

describe('"No." before a word in title case', () => {
  it('is the answer, no word of the name after it', () => {
    expect(runs('A. No. Kestrel Vale Robotics is domiciled in Norland.')).toContain('Kestrel Vale Robotics');
    expect(companies('**Q2. May we fly drones made by Kestrel Vale Robotics Co., Ltd.?**\n\nA. No. Kestrel Vale Robotics is a covered foreign entity.')).toEqual(['Kestrel Vale Robotics Co., Ltd.', 'Kestrel Vale Robotics']);
  });
  it('stays the abbreviation of "number" before a figure or a code', () => {
    expect(runs('Invoice No. 42 went to Kestrel Vale Robotics.')).toEqual(['Invoice No.', 'Kestrel Vale Robotics']);
    expect(runs('See Docket No. FCC 22-84 for the order.')[0]).toContain('Docket No. FCC');
  });
});
