// "The amendment" under a later heading takes up the one amending instrument the document named in any earlier section;
// a citation in brackets after "a Cabinet Order partially amending the X Order" names the amending order, whose act a
// participle of the subject's clause states, not the order amended; a lead-in's destination named by a numbered part
// may run long; a list of objects goes on past a conjunct's parenthesis and a relative aside after it
// (relations.ts amendingBefore, citesAmending, clauseActors, reached; relation-rules.yaml amendsBefore, placeholder).
// Own sentences, fictional bodies, instruments and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, KESTREL, VELDRY } from './ids.ts';

const AMENDED = 'law:~valdmark-export-control-order';
const AMENDING = /^law:~cabinet-order-no-12\b/;
const release = (opening: string): string =>
  [
    opening,
    '',
    '## 1. Background',
    '',
    'Norland has controlled the export of harbour equipment since 1950.',
    '',
    '## 2. Outline of the Amendment',
    '',
    'The amendment adds the following items to Schedule 1 of the Valdmark Export Control Order, and the related software and technical data to the Valdmark Ministerial Ordinance on Controlled Goods and Technologies (Ordinance of the Norland Ministry of Ports No. 7 of 1988):',
    '',
    '- Tidal survey drones with a range of more than 40 kilometres',
    '- Forklift trucks for container terminals',
  ].join('\n');
const OPENING = 'At the same time, a Cabinet Order partially amending the Valdmark Export Control Order (Cabinet Order No. 12 of 2031) was approved by the Cabinet of Norland today, adding harbour cranes to the items subject to export licensing.';

describe('the amending instrument of a release, across its sections', () => {
  it('credits the participle of the subject to the order the citation names, not to the order amended', () => {
    const got = stated(release(OPENING));
    expect(got.some((r) => AMENDING.test(r) && r.endsWith('ADDS_TO_LIST product:~harbour-crane'))).toBe(true);
    expect(got.filter((r) => r.startsWith(AMENDED))).toEqual([]);
  });

  it('reads "The amendment" under a later heading as that order, for each item of its long lead-in', () => {
    const got = stated(release(OPENING)).filter((r) => AMENDING.test(r));
    expect(got.some((r) => r.endsWith('ADDS_TO_LIST product:~tidal-survey-drone'))).toBe(true);
    expect(got.some((r) => r.endsWith('ADDS_TO_LIST product:~forklift-truck'))).toBe(true);
  });

  it('takes up no amending order where the document named two', () => {
    const two = release(`${OPENING} A Cabinet Order partially amending the Valdmark Customs Order (Cabinet Order No. 13 of 2031) was approved too.`);
    expect(stated(two).filter((r) => r.endsWith('product:~tidal-survey-drone'))).toEqual([]);
  });

  it('takes no citation of the order amended for the amending one', () => {
    const cited = release('The Cabinet of Norland today approved a regulation amending the Valdmark Export Control Order (Cabinet Order No. 12 of 1950).');
    expect(stated(cited).filter((r) => r.endsWith('product:~tidal-survey-drone') && r.startsWith('law:'))).toEqual([]);
  });
});

describe('a list of objects past an aside after a conjunct', () => {
  it('goes on past a parenthesis and a relative clause to the conjunct after them', () => {
    const got = stated('The Norland Trade Council banned Kestrel Cranes Ltd. (Valdmark), which supplies harbour cranes to the navy, as well as Veldry Trawl Ltd.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(got).toContain(`${COUNCIL} RESTRICTS ${VELDRY}`);
  });
});
