// A demonstrative with the noun of an amendment ("The amendment", "the revision", "The amending Order") takes up the one
// instrument named before that amends another, never the instrument amended; where none is named, the body the sentence
// before says amended one (relation-rules.yaml `amendment`, `amends`, `amendsAfter`, `amendedBy`; relations.ts
// amendingBefore). Own sentences, fictional bodies, instruments and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, KESTREL } from './ids.ts';

const AMENDING = 'law:~valdmark-export-control-amendment-order-2031';
const AMENDED = 'law:~valdmark-export-control-order';
const ADDS = 'The amendment adds tidal survey drones made by Kestrel Cranes Ltd. to Schedule 1.';

describe('"the amendment" as an actor', () => {
  it('takes up the instrument whose name says it amends, not the instrument it amends', () => {
    const got = stated(`The Cabinet approved the Valdmark Export Control (Amendment) Order 2031, which amends the Valdmark Export Control Order. ${ADDS}`);
    expect(got).toContain(`${AMENDING} ADDS_TO_LIST ${KESTREL}`);
    expect(got.filter((r) => r.startsWith(AMENDED))).toEqual([]);
  });

  it('takes up an instrument the words after it say amends another, in the paragraph before', () => {
    const got = stated('The Valdmark Port Security Regulations 2031, which amend the Valdmark Crane Safety Act, take effect on 2 June.\n\nThe revision bans tidal survey drones made by Kestrel Cranes Ltd.');
    expect(got).toContain(`law:~valdmark-port-security-regulations-2031 RESTRICTS ${KESTREL}`);
    expect(got.filter((r) => r.startsWith(ACT))).toEqual([]);
  });

  it('takes up the body that amended an instrument, where no amending instrument is named', () => {
    const got = stated(`The Norland Trade Council approved an order amending the Valdmark Export Control Order. ${ADDS}`);
    expect(got).toContain(`${COUNCIL} ADDS_TO_LIST ${KESTREL}`);
    expect(got.filter((r) => r.startsWith(AMENDED))).toEqual([]);
  });

  it('takes up no instrument that amends nothing, nor one of two amending instruments', () => {
    expect(stated(`The Norland Trade Council enforces the Valdmark Export Control Order. ${ADDS}`).filter((r) => r.endsWith(KESTREL))).toEqual([]);
    const two = stated(`The Valdmark Export Control (Amendment) Order 2031 and the Valdmark Customs (Amendment) Order 2031 take effect in May. ${ADDS}`);
    expect(two.filter((r) => r.endsWith(KESTREL) && r.startsWith('law:'))).toEqual([]);
  });
});
