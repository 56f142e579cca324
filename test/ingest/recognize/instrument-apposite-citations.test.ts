// A procedural citation right after a named instrument, between commas or after a word that says where it was printed
// ("the connected vehicles rule, proposed at 89 FR 79088"), is that instrument (instrument-references.ts). Own sentences.
import { describe, expect, it } from 'vitest';
import { appositeCitations } from '../../../ingest/recognize/instrument-references.ts';

const mention = (text: string, surface: string, id: string, via: string, procedural = false) => {
  const start = text.indexOf(surface);
  return { id, label: 'Law', start, end: start + surface.length, surface, via, ...(procedural ? { procedural: true } : {}) };
};
const apposed = (text: string, named: [string, string], cited: string): Map<string, string> => {
  const out = new Map<string, string>();
  appositeCitations(text, [mention(text, named[0], 'law:named', named[1]), mention(text, cited, 'law:cited', 'instrument:federal-register', true)], out);
  return out;
};

describe('a Federal Register page after a rule', () => {
  it('is the rule where the text says it was proposed or published there', () => {
    expect([...apposed('Its connected vehicles rule, proposed at 89 FR 79088, bars the software.', ['connected vehicles rule', 'instrument:thing-rule'], '89 FR 79088')]).toEqual([['law:cited', 'law:named']]);
    expect([...apposed('The Harbour Cranes Rule, published in 91 FR 1200, applies.', ['Harbour Cranes Rule', 'instrument:named'], '91 FR 1200')]).toEqual([['law:cited', 'law:named']]);
  });
  it('is not where other words stand between them, nor after an act it cannot cite', () => {
    expect([...apposed('The connected vehicles rule, which cites 89 FR 79088, bars the software.', ['connected vehicles rule', 'instrument:thing-rule'], '89 FR 79088')]).toEqual([]);
    expect([...apposed('The Harbour Act, published in 91 FR 1200, applies.', ['Harbour Act', 'instrument:named'], '91 FR 1200')]).toEqual([]);
  });
});
