// A name opening with a public body's acronym ("the MSA Harbour Watch List") beside the same name written alone ("the
// Harbour Watch List maintained by the Maritime Security Agency") is one instrument, where the acronym is the document's
// for a body it names (helper-360, issue 15; instrument-references.ts ownerOpenedNames). Own text.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';

const lawIds = (text: string): string[] => [...new Set(analyseText(text).rec.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Law').map((m) => m.id)))];

describe("an instrument's name opened by its owner's acronym", () => {
  it('is the instrument the document names without it (the acronym spells the body)', () => {
    const text = [
      '# Port equipment',
      '',
      'Bidders must not supply cranes that appear on the Harbour Watch List maintained by the Maritime Security Agency.',
      '',
      'Each bidder certifies that no crane offered is on the MSA Harbour Watch List.',
    ].join('\n');
    expect(lawIds(text)).toHaveLength(1);
  });
  it('is so in either order, the acronym defined for the body', () => {
    const text = [
      '# Port equipment',
      '',
      'The MSA Harbour Watch List names three crane makers. The Maritime Security Agency (MSA) said on Monday that it would review the list.',
      '',
      'Operators must check the Harbour Watch List before they buy a crane.',
    ].join('\n');
    expect(lawIds(text)).toHaveLength(1);
  });
  it('stays two where two owners open the same name', () => {
    const text = [
      '# Port equipment',
      '',
      'Bidders must not supply cranes that appear on the Harbour Watch List, whether it is the one maintained by the Maritime Security Agency or by the Coastal Trade Office.',
      '',
      'Each bidder checks the MSA Harbour Watch List and the CTO Harbour Watch List.',
    ].join('\n');
    expect(lawIds(text).length).toBeGreaterThan(1);
  });
  it('leaves a capitalised word that spells no body of the document alone', () => {
    const text = [
      '# Port equipment',
      '',
      'Bidders must not supply cranes that appear on the Harbour Watch List.',
      '',
      'Each bidder certifies that no crane offered is on the KRX Harbour Watch List.',
    ].join('\n');
    expect(lawIds(text).length).toBeGreaterThan(1);
  });
});
