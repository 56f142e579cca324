// Goods "linked to"/"tied to" a country are chained to it (relation-rules.yaml chain): a prohibition done under an
// instrument restricts both the goods and the country. Own sentences, a fictional act and products.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { ACT, CRANES } from './ids.ts';

describe('goods linked to a country under a prohibition', () => {
  it('are restricted with the country', () => {
    const got = stated('The Valdmark Crane Safety Act took effect in May. Under the Valdmark Crane Safety Act, harbour cranes linked to China may not be imported into Norland.');
    expect(got).toContain(`${ACT} RESTRICTS ${CRANES}`);
    expect(got).toContain(`${ACT} RESTRICTS jur:cn`);
  });
});
