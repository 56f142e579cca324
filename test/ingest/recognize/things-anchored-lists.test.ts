// A list with a conjunct on a specific head names things of that kind in all its conjuncts, through a conjunct on a
// generic head between them ("routers, cellular base station equipment and optical network terminals": things.ts
// coordinate); a list of generic-head conjuncts alone names only those with the same modifiers. Own sentences.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => `${f.surface} [${f.rule}]`);

describe('lists anchored by a conjunct on a specific head', () => {
  it('reads a plural head alone before a generic-head conjunct as a thing of the list', () => {
    expect(found('The risk posed by routers, cellular base station equipment and optical network terminals is high.')).toContain('routers [thing:coordinated]');
    expect(found('Norvik ships modems, surveillance equipment and marine radars.')).toContain('modems [thing:coordinated]');
  });
  it('reads a phrase on a head the grammar lacks before a generic-head conjunct too', () => {
    expect(found('Customs held sonar buoys, surveillance equipment and marine radars in May.')).toContain('sonar buoys [thing:coordinated]');
    expect(found('The ministry listed tidal beacons, navigation hardware and marine radars.')).toContain('tidal beacons [thing:coordinated]');
  });
  it('still names no generic or unmodified conjunct of a list without a specific head', () => {
    expect(found('The port sells communications equipment, processes and services.')).toEqual(['communications equipment [thing:noun-phrase]']);
    expect(found('The port sells routers, equipment and services.')).toEqual([]);
  });
  it('reads a plural alone between two phrases on heads as the list\'s middle item, a head of things to WordNet though read as a verb', () => {
    expect(found('Retailers should review drone batteries, gimbals and flight controllers sourced from listed makers.')).toContain('gimbals [thing:coordinated]');
    expect(found('The harbour bought tide sensors, gimbals, and marine radars.')).toContain('gimbals [thing:coordinated]');
    // A plural that is no head of things to WordNet stays out ("stacks": things.test.ts).
    expect(found('The harbour bought tide sensors, hydrophones, and marine radars.').some((f) => f.startsWith('hydrophones'))).toBe(false);
    // A verb after the comma has no phrase right after its "and": no item.
    expect(found('Kestrel makes drone batteries, ships them and sells flight controllers.').some((f) => f.startsWith('ships'))).toBe(false);
    // Nor a generic plural between them.
    expect(found('The rule covers drone batteries, parts and flight controllers.').some((f) => f.startsWith('parts'))).toBe(false);
  });
});
