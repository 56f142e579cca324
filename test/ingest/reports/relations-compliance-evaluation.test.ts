// An evaluation "of compliance" whose object is left out is of what the condition before it says is not compliant
// (relation-rules.yaml evaluates-compliance: the market surveillance clauses of EU acts). Own sentences.
import { describe, expect, it } from 'vitest';
import { relations } from './helpers.ts';

const EC = 'authority:european-commission';
const FAA = 'authority:~federal-aviation-administration';
const DRONES = 'product:drones';

describe('an evaluation of compliance after a condition of non-compliance', () => {
  it('investigates the thing the condition names', () => {
    expect(relations('Where the European Commission has sufficient reason to consider that the drones referred to in paragraph 1 remain non-compliant with the requirements laid down in this Regulation, the European Commission shall carry out an evaluation of compliance and may request an analysis.')).toEqual([
      `${EC} INVESTIGATES ${DRONES}`,
    ]);
  });
  it('is the act of the subject before "shall", not of a body the condition names', () => {
    expect(relations('Where the European Commission has reason to consider that the drones remain non-compliant with this Regulation and no effective measures have been taken by the Federal Aviation Administration, the European Commission shall carry out an evaluation of compliance.')).not.toContain(`${FAA} INVESTIGATES ${DRONES}`);
  });
  it('reads nothing where the evaluation is of something else, or the thing is not said to fail', () => {
    expect(relations('Where the European Commission considers that the drones remain non-compliant with this Regulation, the European Commission shall carry out an evaluation of its budget.')).toEqual([]);
    expect(relations('Where the European Commission considers that the drones remain compliant with this Regulation, the European Commission shall carry out an evaluation of compliance.')).toEqual([]);
  });
});
