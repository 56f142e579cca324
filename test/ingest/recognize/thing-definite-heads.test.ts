// A thing named once in full and then by its head after a determiner that points back ("the charge controller" ... "The
// controller"): thing-aliases.ts definiteHeads. Own sentences, invented products.
import { describe, expect, it } from 'vitest';
import { analysed } from '../one-sentence.ts';

/** The things the document keeps (after settling), each with its surfaces. */
function things(text: string): string[] {
  const { rec } = analysed(text, { heading: 'T', asEntry: true });
  const by = new Map<string, Set<string>>();
  for (const s of rec.sentences) for (const m of s.mentions) if (m.label === 'Product' || m.label === 'Technology') by.set(m.id, (by.get(m.id) ?? new Set()).add(m.surface));
  return [...by.values()].map((s) => [...s].join(' | '));
}

describe('a head after a determiner that points back takes up the one thing named on it', () => {
  it('keeps a thing named once in full and then by its head, singular or plural', () => {
    expect(things('Each buoy carries a tide gauge controller. The controller wakes every hour.')).toEqual(['tide gauge controller | controller']);
    expect(things('The pier lights use a harbour lamp meter. Inspectors read these meters weekly.')).toEqual(['harbour lamp meter | meters']);
  });
  it('takes up nothing where two things were named on the head, or none before it', () => {
    expect(things('The pier has a tide gauge controller and a lamp relay controller. The controller wakes every hour.')).toEqual([]);
    expect(things('The controller wakes every hour. Each buoy carries a tide gauge controller.')).toEqual([]);
  });
  it('takes up nothing where the document names the class itself by the head alone before it', () => {
    // "meters" is a thing of its own here (the scope names the class): "the meter" may be any of them, not only the kind.
    expect(things('This code applies to meters, with regard to safety. It also applies to tide lamp meters of Category B. The owner grants access to the meter and its data.')).toEqual(['meters', 'tide lamp meters']);
  });
  it('reads no generic head, no head that modifies a noun after it, and no head without a determiner that points back', () => {
    expect(things('The pier runs a tide gauge system. The system wakes every hour.')).toEqual([]);
    expect(things('Each buoy carries a tide gauge controller. The controller board wakes every hour.')).toEqual([]);
    expect(things('Each buoy carries a tide gauge controller. A controller wakes every hour.')).toEqual([]);
  });
  it('reads "both" before a plural head as pointing back, not "both" that opens a coordination', () => {
    expect(things('The pier lights use two harbour lamp meters. Inspectors replaced both meters in May.')).toEqual(['harbour lamp meters | meters']);
    expect(things('The pier lights use two harbour lamp meters. Inspectors replaced both meters and relays in May.')).toEqual([]);
  });
});

describe('a head written alone with no determiner takes up the one thing named on it', () => {
  it('reads a plural head after a preposition, a governing verb, "that", or opening the sentence', () => {
    expect(things('The harbour authority certifies tide gauge controllers. Its new code sets limits for controllers fitted to buoys.')).toEqual(['tide gauge controllers | controllers']);
    expect(things('The harbour authority certifies tide gauge controllers. The code bars pilots from installing controllers without a seal.')).toEqual(['tide gauge controllers | controllers']);
    expect(things('The harbour authority certifies tide gauge controllers. Controllers on buoys must carry a seal.')).toEqual(['tide gauge controllers | controllers']);
    expect(things('The harbour authority certifies tide gauge controllers. It found that controllers of one batch failed.')).toEqual(['tide gauge controllers | controllers']);
  });
  it("reads a head right after a company's name as that company's goods of the kind", () => {
    expect(things('Brackwater Instruments Ltd sells tide gauge controllers. The harbour authority seized the Brackwater controllers in May.')).toEqual(['tide gauge controllers | controllers']);
  });
  it('takes up nothing where two things were named on the head, none before it, or a word before it says which ones', () => {
    expect(things('The authority certifies tide gauge controllers and lamp relay controllers. Its code sets limits for controllers fitted to buoys.')).toEqual(['tide gauge controllers', 'lamp relay controllers']);
    expect(things('Its code sets limits for controllers fitted to buoys. The authority certifies tide gauge controllers.')).toEqual(['tide gauge controllers']);
    expect(things('The harbour authority certifies tide gauge controllers. Its code sets limits for other controllers too.')).toEqual(['tide gauge controllers']);
    expect(things('The harbour authority certifies a tide gauge controller. Its code sets limits for a controller on a buoy.')).toEqual(['tide gauge controller']);
  });
  it('takes up nothing where the document names the class itself on the head', () => {
    // "controller type" names the class controller: "controllers" with no determiner is that class, not the kind.
    expect(things('The code applies to each controller type. The harbour authority certifies tide gauge controllers. Its code sets limits for controllers fitted to buoys.')).toEqual(['controller type', 'tide gauge controllers']);
  });
});
