// A conjunct named after the destination a listing verb requires of its object ("added X to the Entity List along with Y",
// "..., and its rival Y as well") is listed as X is (relation-rules.yaml lateConjunct, relations.ts lateHead); the conjuncts
// chained to it too. Not a name after "and" that opens a clause of its own, nor a body. Own sentences; fictional
// companies, real bodies by their public names only.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, KESTREL, MARROWBY, VELDRY } from './ids.ts';

const added = (...ids: string[]): string[] => ids.map((id) => `${BIS} ADDS_TO_LIST ${id}`).sort();

describe('a conjunct after the list the verb puts its object on', () => {
  it.each([
    ['The Bureau of Industry and Security added Veldry Trawl Ltd. to the Entity List along with Kestrel Cranes Ltd.', added(VELDRY, KESTREL)],
    ['The Bureau of Industry and Security placed Veldry Trawl Ltd. on the Entity List, together with Kestrel Cranes Ltd.', added(VELDRY, KESTREL)],
    ['The Bureau of Industry and Security added Veldry Trawl Ltd. to the Entity List as well as Kestrel Cranes Ltd.', added(VELDRY, KESTREL)],
    ['The Bureau of Industry and Security added Veldry Trawl Ltd. to the Entity List, and its rival Kestrel Cranes Ltd. as well.', added(VELDRY, KESTREL)],
    ['The Bureau of Industry and Security added Veldry Trawl Ltd. to the Entity List along with Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.', added(VELDRY, KESTREL, MARROWBY)],
  ])('is listed too: %s', (sentence, want) => {
    expect(stated(sentence)).toEqual(want);
  });

  it.each([
    'The Bureau of Industry and Security added Veldry Trawl Ltd. to the Entity List, and Kestrel Cranes Ltd. criticised it.',
    'The Bureau of Industry and Security added Veldry Trawl Ltd. to the Entity List, and its rival Kestrel Cranes Ltd. objected.',
  ])('but not a name that opens a clause of its own: %s', (sentence) => {
    expect(stated(sentence)).toEqual(added(VELDRY));
  });
});
