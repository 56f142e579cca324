// Goods after a company's possessive whose head is a thing the document names on its own (recognize/headed-phrases.ts):
// the act bears on the company and on that thing, and the longer phrase, named once, is no class of its own beside it.
// (A phrase the text names as goods traded, "the sale of X's thermal surveillance cameras", is a class the recognizer keeps
// on its own, relation or not.) Own sentences, fictional bodies and companies; "surveillance cameras" is a catalog product.
import { describe, expect, it } from 'vitest';
import { analyseText, statedRelations as stated } from './helpers.ts';
import { COUNCIL, KESTREL } from './ids.ts';

const CAMERAS = 'product:ip-cameras';
const THERMAL = 'product:~thermal-surveillance-camera';
const things = (text: string): string[] =>
  analyseText(text).rec.entities.filter((e) => e.label === 'Product').map((e) => e.id);

const NAMED = 'Surveillance cameras are sold across Norland.';

describe("goods after a company's possessive", () => {
  it('are the thing their head names, where the document names it on its own', () => {
    const text = `${NAMED} The Norland Trade Council added Kestrel Cranes Ltd's thermal surveillance cameras to its list in 2027.`;
    expect(stated(text)).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${CAMERAS}`]);
    expect(things(text)).not.toContain(THERMAL);
  });

  it('stay a phrase of their own where the head is named nowhere else', () => {
    expect(stated("The Norland Trade Council added Kestrel Cranes Ltd's thermal surveillance cameras to its list in 2027.")).toContain(`${COUNCIL} ADDS_TO_LIST ${THERMAL}`);
  });

  it('without the possessive, a relation keeps the phrase beside its head', () => {
    expect(stated(`${NAMED} The Norland Trade Council added thermal surveillance cameras to its list in 2027.`)).toEqual([`${COUNCIL} ADDS_TO_LIST ${THERMAL}`]);
  });
});
