// "Identify" as the first of coordinated verbs that act on their object ("requiring agencies to identify, disconnect and
// remove X") finds X for that act: the removal restricts X, nothing designates it (relation-rules.yaml designates). A
// designating verb after it still designates ("identified and designated X"). Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const relations = (text: string): string[] => readSentence(text).relations.filter((r) => !/ MAKES /.test(r));

describe('identify, then act', () => {
  it('is the act alone', () => {
    const r = relations('The Secretary of the Department of Harbour Affairs has issued a direction under the Harbour Policy Framework requiring all agencies to identify, disconnect and remove video surveillance cameras, drones and connected access control devices manufactured by Kestrel Cranes Ltd. from their sites.');
    expect(r.filter((x) => / DESIGNATES /.test(x))).toEqual([]);
    expect(r).toContain('authority:~harbour-affairs-department RESTRICTS product:drones');
  });
  it('but a designating verb after it designates', () => {
    expect(relations('The Harbour Board identified and designated harbour cranes as critical.')).toEqual(['authority:~harbour-board DESIGNATES product:~harbour-crane']);
    expect(relations('The Harbour Board has identified harbour cranes as a risk.')).toEqual(['authority:~harbour-board DESIGNATES product:~harbour-crane']);
  });
});
