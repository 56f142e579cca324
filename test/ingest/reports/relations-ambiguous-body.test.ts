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

// A text naming two commissions: "the Commission" is the one its own paragraph named before it, alone (a reader's focus:
// "The Valdmark Harbour Commission met ... . In June the Commission prohibited ..."); none where the paragraph named both
// or neither, or the sentence names the other (no guess by nearness across paragraphs).
describe('"the Commission" of two commissions, one named in its paragraph before it', () => {
  const VALDMARK = 'authority:~valdmark-harbour-commission';
  const OPENING = 'The Norland Trade Commission prohibited forklift trucks last year.\n\n';

  it('is the one its paragraph named, a sentence or two before', () => {
    const text = `${OPENING}The Valdmark Harbour Commission met the port operators in May. The operators asked for more time. In June the Commission prohibited harbour cranes.`;
    expect(stated(text)).toContain(`${VALDMARK} RESTRICTS ${CRANES}`);
    expect(stated(text)).not.toContain(`${NORLAND} RESTRICTS ${CRANES}`);
  });

  it('is none where its paragraph named both commissions', () => {
    const text = `${OPENING}The Valdmark Harbour Commission met the Norland Trade Commission in May. In June the Commission prohibited harbour cranes.`;
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`]);
  });

  it('is none where only the paragraph before named one', () => {
    const text = `${OPENING}The Valdmark Harbour Commission met the port operators in May.\n\nIn June the Commission prohibited harbour cranes.`;
    expect(stated(text)).toEqual([`${NORLAND} RESTRICTS ${FORKLIFTS}`]);
  });
});

// "the Commission in October": a time or place after "in" ends the name as it ends any name (grammar/names.yaml
// name-stops), so the noun is a description; "the Commission on Harbour Safety" goes on as a name and is none.
describe('"the Commission" before a time or a place', () => {
  const LATER = '\n\nThe Valdmark Harbour Commission met the port operators in December.';

  it('is a description before a month', () => {
    const text = `The Norland Trade Commission met importers in May.\n\nAn investigation into harbour cranes was opened by the Commission in October.${LATER}`;
    expect(stated(text)).toEqual([`${NORLAND} INVESTIGATES ${CRANES}`]);
  });

  it('is a name going on before a domain', () => {
    const text = `The Norland Trade Commission met importers in May.\n\nAn investigation into harbour cranes was opened by the Commission on Harbour Safety.${LATER}`;
    expect(stated(text)).not.toContain(`${NORLAND} INVESTIGATES ${CRANES}`);
  });
});
