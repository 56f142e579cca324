// A thing the text names as a member of a class names that class wherever else the document writes it, also where the
// grammar alone would not read it (members.ts memberThingTerms): "tide pumps" and "berth monitors" have no head of things
// (WordNet's first "monitor" is a person). Own sentences; the council, the bureau and the act are invented.
import { describe, expect, it } from 'vitest';
import { analyseMarkdown } from '../reports/helpers.ts';

const read = (text: string) => analyseMarkdown(text);

describe('a member of a class, named again', () => {
  it('is the member where the document names it again, and a relation reads it there', () => {
    const { rec, relations } = read(
      ['# Notice', '', 'The plan covers harbour machinery, including ballast tide pumps, berth monitors and quay cranes.', '', 'The Norland Harbour Bureau already regulates ballast tide pumps and berth monitors under the Harbour Safety Act.'].join('\n'),
    );
    const pumps = rec.entities.find((e) => e.name === 'ballast tide pumps');
    const monitors = rec.entities.find((e) => e.name === 'berth monitors');
    expect(rec.sentences[1].mentions.map((m) => m.id)).toEqual(expect.arrayContaining([pumps?.id, monitors?.id]));
    expect(relations.map((r) => `${r.start} ${r.type} ${r.end}`)).toEqual(
      expect.arrayContaining([`authority:~norland-harbour-bureau REGULATES ${pumps?.id}`, `authority:~norland-harbour-bureau REGULATES ${monitors?.id}`]),
    );
  });
  it('takes up no single word a list names', () => {
    const { rec } = read(['# Notice', '', 'The plan covers harbour machinery, including winches, berth monitors and quay cranes.', '', 'The bureau counted winches.'].join('\n'));
    expect(rec.sentences[1].mentions.filter((m) => m.surface === 'winches' && m.via === 'acronym:learned')).toEqual([]);
  });
});
