// A provision cited after "referred to in", "as defined in" is a reference, no actor; a comma and a determiner close the
// citation, and the clause's subject after them acts (relation-rules.yaml reference). Own sentences.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const EC = 'authority:european-commission';
const DRONES = 'product:drones';

describe('a reference closed by a comma', () => {
  it('leaves the subject after the comma its act', () => {
    expect(relations('On the basis of the review referred to in paragraph 2 of this Article, the European Commission may adopt implementing acts to provide for restrictive measures at Union level, including requiring the drones concerned to be withdrawn from the market.')).toContain(
      `${EC} RESTRICTS ${DRONES}`,
    );
  });
  it('still makes the instrument a provision cites no actor', () => {
    expect(relations('The measures referred to in Article 4 of the Harbour Drone Act shall restrict drones.')).toEqual([]);
  });
});
