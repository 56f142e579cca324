// A direction only a bill, proposal, amendment or resolution gives, not yet law, and an authorisation withheld, state no act
// of the body they name (relation-rules.yaml requested); an enacted direction still does. Own sentences (helper-254's probes,
// issue 15).
import { describe, expect, it } from 'vitest';
import { FCC } from './ids.ts';
import { statedRelations } from './helpers.ts';

describe("a body's act directed by a bill or not authorised", () => {
  it.each([
    'Lawmakers introduced a bill directing the Federal Communications Commission to ban drones.',
    'The amendment would require the Federal Communications Commission to ban lidar sensors.',
    'The Export Control Reform Act of 2018 does not authorize the Department of Commerce to restrict imports of harbour cranes.',
  ])('%s: none', (sentence) => {
    expect(statedRelations(sentence)).toEqual([]);
  });
  it('keeps the act an order directs', () => {
    expect(statedRelations('The order directed the Federal Communications Commission to ban drones.')).toEqual([`${FCC} RESTRICTS product:drones`]);
  });
});
