// A list's last conjunct with a restrictive relative clause, then an aside of examples ("covers A, B and any networked
// device that stores patient data, including X and Y"): the examples are members of that conjunct, objects of the verb
// before it, no objects of the clause's own verb (relations.ts antecedentExamples, relation-rules.yaml chain
// RELATIVE_EXAMPLES, and "any" before a conjunct, chain DETERMINER). Own sentences, fictional instruments and goods.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const ACT = 'law:~ostmark-port-safety-act-2026';

describe('examples after a conjunct with a restrictive relative clause', () => {
  it('are objects of the verb before the conjunct, as the conjunct after "and any" is', () => {
    const got = stated('The Ostmark Port Safety Act 2026 regulates smart meters and any networked camera that records audio, such as doorbell cameras and baby monitors.');
    expect(got).toEqual(
      [`${ACT} REGULATES product:smart-meters`, `${ACT} REGULATES product:~networked-camera`, `${ACT} REGULATES product:~doorbell-camera`, `${ACT} REGULATES product:~baby-monitor`].sort(),
    );
  });

  it('not after a clause that ends with a plural: the examples may be its members', () => {
    const got = stated('The Ostmark Port Safety Act 2026 regulates smart meters and any survey drone that carries sensors, including thermal cameras and lidar units.');
    expect(got.filter((r) => /thermal|lidar/.test(r))).toEqual([]);
  });

  it('not where the clause names objects of its own before the comma', () => {
    const got = stated('The Ostmark Port Safety Act 2026 regulates smart meters and any gateway that connects doorbell cameras to a hub, including baby monitors.');
    expect(got.filter((r) => /baby-monitor/.test(r))).toEqual([]);
  });
});
