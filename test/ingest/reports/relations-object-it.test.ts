// "it" right after a verb of designating, or of adding to a list with the list after it, takes up the thing or company
// named before (relation-rules.yaml objectPronoun): in the sentence, past its actor, else the sentence before. Not "them"
// there (a plural may stand for goods where the sentence before opens with their maker), not "it" after "added" with no
// list after it. Own sentences; fictional companies, real bodies by their public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, KESTREL, OFAC, VELDRY } from './ids.ts';

describe('"it" after designating or adding to a list', () => {
  it.each([
    ['Veldry Trawl Ltd. supplied the fleet. The Office of Foreign Assets Control designated it in March.', `${OFAC} DESIGNATES ${VELDRY}`],
    ['Veldry Trawl Ltd. supplied the fleet. The Office of Foreign Assets Control added it to the SDN List in March.', `${OFAC} ADDS_TO_LIST ${VELDRY}`],
    ['Kestrel Cranes Ltd. shipped parts to Russia. The Bureau of Industry and Security placed it on the Entity List.', `${BIS} ADDS_TO_LIST ${KESTREL}`],
  ])('takes up the company named before: %s', (text, want) => {
    expect(stated(text)).toContain(want);
  });

  it.each([
    'Veldry Trawl Ltd. supplied the fleet. The Office of Foreign Assets Control added it to its review.',
    'The Office of Foreign Assets Control received the request and designated it a priority.',
  ])('but not where no list follows or nothing was named: %s', (text) => {
    expect(stated(text).filter((r) => r.endsWith(VELDRY) || r.includes('DESIGNATES'))).toEqual([]);
  });
});
