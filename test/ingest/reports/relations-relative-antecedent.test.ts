// A relative pronoun after a name's "of" phrase stands for the head name, not for the name that says whose it is
// (clauses.ts antecedent): "the connected vehicles rule of the Department of Commerce, which bars X" is the rule's ban.
// Own sentences; the rule and the department are catalog entries.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const RULE = 'law:us:bis-connected-vehicles-rule';
const COMMERCE = 'authority:us-commerce';
const SOFTWARE = 'technology:~harbour-telematics-software';

describe("a relative clause after a name's of-phrase", () => {
  it('takes the head name as its subject', () => {
    expect(relations('Shipowners criticised the connected vehicles rule of the Department of Commerce, which bars harbour telematics software from 2029.')).toEqual([`${RULE} RESTRICTS ${SOFTWARE}`]);
  });
  it('takes the name right before it where no of-phrase stands there', () => {
    expect(relations('Shipowners wrote to the Department of Commerce, which bars harbour telematics software from 2029.')).toEqual([`${COMMERCE} RESTRICTS ${SOFTWARE}`]);
  });
});
