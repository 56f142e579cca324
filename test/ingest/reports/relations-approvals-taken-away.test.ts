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
