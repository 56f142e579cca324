// A possessive pronoun before a noun of trade that names no goods of its own ("prohibit their importation", "its sale")
// takes up the one thing named before it in the sentence, else in its paragraph (relations.ts tradedObjects): an order's
// "To address the threat posed by X, the Secretary shall prohibit their importation" restricts X. Own sentences in the
// orders' genre; the department is a catalog entry.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const COMMERCE = 'authority:us-commerce';
const CRANES = 'product:~harbour-crane';
const stated = (text: string): string[] => relations(text).filter((r) => !/ (?:MAKES|SUBJECT_TO) /.test(r));

describe('a possessive pronoun before a noun of trade', () => {
  it('takes up the thing its sentence names before it', () => {
    expect(stated('To address the threat posed by harbour cranes made by Kestrel Cranes Ltd., the Secretary of Commerce shall prohibit their importation into the United States.')).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
    expect(stated('The Secretary of Commerce shall publish a rule identifying harbour cranes as covered equipment and prohibiting their importation.')).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
  });
  it('takes up the one thing its paragraph names before the sentence', () => {
    expect(stated('Harbour cranes made by Kestrel Cranes Ltd. pose an undue risk. The Secretary of Commerce shall prohibit their importation.')).toEqual([`${COMMERCE} RESTRICTS ${CRANES}`]);
  });
  it('takes up nothing where two things could be meant, or where the noun of trade names its own goods', () => {
    expect(stated('Harbour cranes and drones pose an undue risk. The Secretary of Commerce shall prohibit their importation.')).toEqual([]);
    expect(stated('The Secretary of Commerce reviewed harbour cranes, and it has prohibited their sale of drones.')).toEqual([
      `${COMMERCE} RESTRICTS product:drones`,
      `${COMMERCE} INVESTIGATES ${CRANES}`,
    ]);
  });
  it('takes up nothing where the noun of trade modifies a noun after it', () => {
    expect(stated('The Bureau of Industry and Security fined a distributor over shipments of flight controllers, and it issued a denial order against Astrava Trading FZE, cutting off its export privileges for 180 days.')).not.toContain('authority:bis RESTRICTS product:~flight-controller');
  });
  it('reads no restriction the sentence denies or only weighs', () => {
    expect(stated('The Secretary of Commerce reviewed harbour cranes but did not prohibit their importation.')).toEqual([`${COMMERCE} INVESTIGATES ${CRANES}`]);
    expect(stated('The Secretary of Commerce reviewed harbour cranes and may consider restricting their sale.')).toEqual([`${COMMERCE} INVESTIGATES ${CRANES}`]);
  });
});
