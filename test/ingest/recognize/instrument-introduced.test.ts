// "the President signed a proclamation ...": an instrument word in lower case after "signed" and "a|an"
// introduces an instrument named by that word, which "the proclamation" takes up. Own sentences.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { recogniseMarkdown } from './helpers.ts';

const rules = (t: string): string[] => findInstruments(t).map((f) => `${f.surface}:${f.rule}`);

describe('an instrument introduced by "signed a|an"', () => {
  it('is named by its word', () => {
    expect(rules('On Monday the governor signed a proclamation closing the harbour.')).toEqual(['proclamation:instrument:introduced']);
    expect(rules('The minister signed an order against the importer.')).toEqual(['order:instrument:introduced']);
  });
  it('is none where a title names it, in capitals, or with no verb of issuing', () => {
    expect(rules('The governor signed a proclamation, Securing Harbour Cranes Against Intrusion, that closes a gap.')).not.toContain('proclamation:instrument:introduced');
    expect(rules('Today the governor signed an Executive Order on cranes.')).not.toContain('Executive Order:instrument:introduced');
    expect(rules('The governor may sign a proclamation later.')).toEqual([]);
    expect(rules('The agency adopted an order against the importer.')).toEqual([]);
  });
  it('is taken up by "the proclamation" after it, one instrument', () => {
    const md = '# Remarks\n\nOn Monday the governor signed a proclamation closing the harbour. The proclamation puts a duty on imported cranes.';
    const r = recogniseMarkdown(md);
    const laws = r.sentences.flatMap((s) => s.mentions).filter((m) => m.label === 'Law');
    expect(laws.map((m) => m.surface)).toEqual(['proclamation', 'proclamation']);
    expect(new Set(laws.map((m) => m.id)).size).toBe(1);
  });
});

describe('an instrument a body issues or adopts, by the noun of its kind (instruments.yaml introduced.adopted)', () => {
  it('is named by that noun and at most one word of its own, past an opener', () => {
    expect(rules('The Council adopted a new sanctions package on 3 June.')).toEqual(['sanctions package:instrument:introduced']);
    expect(rules('The harbour authority issued a public notice in May listing three crane makers.')).toEqual(['public notice:instrument:introduced']);
    expect(rules('The ministry issued a determination that the hoists pose a risk.')).toEqual(['determination:instrument:introduced']);
  });
  it('is none with no verb of issuing, negated, or for a kind named after "of"', () => {
    expect(rules('The Council may adopt a sanctions package later.')).toEqual([]);
    expect(rules('The Council has not adopted a sanctions package.')).toEqual([]);
    expect(rules('The harbour authority published a notice of inquiry into crane imports.')).toEqual([]);
    expect(rules('Reporters received a notice about the meeting.')).toEqual([]);
    // A stage towards an instrument, none in force.
    expect(rules('The harbour authority published an advance notice on crane imports.')).toEqual([]);
    expect(rules('The Council adopted a draft decision on crane imports.')).toEqual([]);
  });
});
