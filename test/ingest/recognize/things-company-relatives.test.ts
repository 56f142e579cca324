// A company's line read in its relative clauses (things.ts lineAt, companyBefore): a perfect's auxiliary before the verb of
// making ("which have supplied X"), a seat between the name and the relative pronoun ("X Ltd. of Lisbon, which makes Y"),
// and the possessive relative "whose" before a phrase on a head ("X Ltd., whose Y were found ..."). And a closed compound
// opened by a combining form (grammar/things.yaml combining-forms: "microcontrollers"). Own sentences, invented firms.
import { describe, expect, it } from 'vitest';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe("a company's relative clause of making", () => {
  it('reads a perfect with its auxiliary', () => {
    expect(found('Orvane Instruments Ltd., which has shipped thermal cameras to three ports, was fined.')).toContain('thermal cameras [thing:made]');
    expect(found('Two trading companies that have sold marine radios to the navy were named.')).toContain('marine radios [thing:made]');
  });
  it('reads past a seat after the name', () => {
    expect(found('Orvane Instruments Ltd. of Porto, which makes thermal cameras, was fined.')).toContain('thermal cameras [thing:made]');
  });
  it("reads a company's possessive relative before a phrase on a head, its conjuncts too", () => {
    expect(found('The ministry listed Orvane Instruments Ltd., whose depth sensors and sonar transducers were found in wrecked boats.')).toEqual([
      'depth sensors [thing:made]',
      'sonar transducers [thing:made]',
    ]);
  });
  it('not after a person, nor before a word on no head', () => {
    expect(found('The mayor, whose thermal cameras were stolen, spoke.')).not.toContain('thermal cameras [thing:made]');
    expect(found('Orvane Instruments Ltd., whose shares fell, was fined.')).toEqual([]);
    // A company noun's possession is no line ("carriers whose maintenance contracts ..."), nor a head alone after a name.
    expect(found('The fund bought capacity from carriers whose repair vessels are old.')).not.toContain('repair vessels [thing:made]');
    expect(found('Nobody removed kit from Orvane Instruments Ltd., whose radios some navies use.')).not.toContain('radios [thing:made]');
  });
});

describe('a closed compound opened by a combining form', () => {
  it('heads a thing where the lexicon lacks the word', () => {
    expect(grammar().thingHeads.written('microcontrollers')).toBe('Product');
    expect(found('The rule restricts microcontrollers and radios.')).toEqual(['microcontrollers [thing:regulated]', 'radios [thing:regulated]']);
  });
  it('not in a capitalised word, nor before no head', () => {
    expect(grammar().thingHeads.written('Microcontrollers')).toBeUndefined();
    expect(grammar().thingHeads.written('microfinance')).toBeUndefined();
  });
});
