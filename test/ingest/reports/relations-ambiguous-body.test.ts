// "The Commission" in a text that names two commissions is ambiguous where both were named before it: neither acts (issue
// 15: an ambiguous name is reported with its candidates, never bound by guess). Reading it as the commission the paragraph
// before names found no relation and made a false one on the held-out set. Where only one was named before it, it is that
// one, as a reader takes a definite description of a body already met (body-nouns.ts NamedBodies.given): an actor only,
// no entity. Own text, fictional bodies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { CRANES } from './ids.ts';

const NORLAND = 'authority:~norland-trade-commission';
const FORKLIFTS = 'product:~forklift-truck';
const TEXT = 'The Norland Trade Commission prohibited forklift trucks last year.\n\nThe Valdmark Harbour Commission met the port operators in May.\n\nThe Commission prohibited harbour cranes.';

describe('"the Commission" of two commissions', () => {
  it('acts for neither', () => {
    expect(stated(TEXT)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`]);
  });

  it('nor where the sentence names the other', () => {
    const text = 'The Norland Trade Commission met importers in May.\n\nIn June the Commission prohibited harbour cranes, after talks with the Valdmark Harbour Commission.';
    expect(stated(text)).not.toContain(`${NORLAND} RESTRICTS ${CRANES}`);
  });
});

describe('"the Commission" where only one commission was named before it', () => {
  it('is that one, the other named only after', () => {
    const text = 'The Norland Trade Commission met importers in May.\n\nThe Commission prohibited harbour cranes.\n\nThe Valdmark Harbour Commission met the port operators in June.';
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${CRANES}`]);
  });

  it('lends that body to an "It" after it', () => {
    const text = 'The Norland Trade Commission met importers in May.\n\nThe Commission reviewed port equipment in June. It then prohibited harbour cranes.\n\nThe Valdmark Harbour Commission met the port operators in July.';
    expect(stated(text)).toEqual([`${NORLAND} INVESTIGATES product:~port-equipment`, `${NORLAND} RESTRICTS ${CRANES}`]);
  });

  it('is none where a body named before by its acronym alone may be a commission', () => {
    const text = 'The FCC met importers in May.\n\nThe Norland Trade Commission met them in June.\n\nThe Commission prohibited harbour cranes.\n\nThe Valdmark Harbour Commission met the port operators in July.';
    expect(stated(text)).toEqual([]);
  });
});
