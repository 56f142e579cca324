// What a verb of moving goods past controls takes as its object is goods (grammar/things.yaml trade-verbs; things.ts):
// its support, past an origin ("U.S.-origin") or a determiner, and its conjuncts'. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const traded = (text: string): string[] => findThings(text).filter((f) => f.rule === 'thing:traded').map((f) => f.surface);

describe("the object of a verb of diverting, transshipping or smuggling", () => {
  it('is traded goods, with its conjuncts', () => {
    expect(traded('Harlow Trading has diverted U.S.-origin field-programmable gate arrays and GNSS receiver modules to Norland.')).toEqual([
      'field-programmable gate arrays',
      'GNSS receiver modules',
    ]);
    expect(traded('Harlow attempted to transship high-performance servers to end users in Norland.')).toEqual(['high-performance servers']);
    expect(traded('The firm smuggled the thermal imaging cameras across the border.')).toEqual(['thermal imaging cameras']);
  });
  it('not after another verb', () => {
    expect(traded('Harlow has repaired high-performance servers for Norland.')).toEqual([]);
  });
});
