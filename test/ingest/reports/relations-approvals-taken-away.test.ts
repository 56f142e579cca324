// An approval, licence or certificate suspended, revoked, withdrawn or refused restricts its holder, and regulates nothing
// (relation-rules.yaml regulates: its approval words after a verb of taking away). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

describe('an approval taken away', () => {
  it('restricts its holder and regulates nothing', () => {
    expect(relations('In September the Norland Vehicle Agency suspended two type approvals held by Kestrel Vans Ltd.')).toEqual(['authority:~norland-vehicle-agency RESTRICTS company:~kestrel-vans-ltd']);
    expect(relations('The Norland Vehicle Agency revoked the licenses held by Kestrel Vans Ltd.')).toEqual(['authority:~norland-vehicle-agency RESTRICTS company:~kestrel-vans-ltd']);
  });
  it('leaves an approval granted, and a licensing body, regulating', () => {
    expect(relations('The Norland Vehicle Agency granted type approval to Kestrel Vans Ltd.')).toEqual(['authority:~norland-vehicle-agency REGULATES company:~kestrel-vans-ltd']);
    expect(relations('The Norland Vehicle Agency certifies harbour cranes.')).toEqual(['authority:~norland-vehicle-agency REGULATES product:~harbour-crane']);
  });
});

// A licence, permit, authorisation or certificate that was not taken away restricts no one: the negation of the act of
// taking it away is no "reversal negated" that leaves a measure in force (relation-rules.yaml unreversed), which stays so
// for a measure ("will not lift its ban").
describe('an approval not taken away', () => {
  it('restricts its holder in nothing', () => {
    expect(relations('The Norland Vehicle Agency has not revoked the export licences of Kestrel Vans Ltd.')).toEqual([]);
    expect(relations('The Norland Vehicle Agency did not withdraw the operating permit held by Kestrel Vans Ltd.')).toEqual([]);
    expect(relations('The Norland Vehicle Agency never suspended the certificates of Kestrel Vans Ltd.')).toEqual([]);
    expect(relations('Kestrel products are not on its list, and the Norland Vehicle Agency has not revoked the equipment authorizations of any Kestrel Vans Ltd. product.')).toEqual([]);
  });
  it('leaves a measure not lifted in force, and a licence revoked a restriction', () => {
    expect(relations('The Norland Vehicle Agency will not lift its ban on harbour cranes.')).toEqual(['authority:~norland-vehicle-agency RESTRICTS product:~harbour-crane']);
    expect(relations('The Norland Vehicle Agency revoked the export licences of Kestrel Vans Ltd.')).toEqual(['authority:~norland-vehicle-agency RESTRICTS company:~kestrel-vans-ltd']);
  });
});
