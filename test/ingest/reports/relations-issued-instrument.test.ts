// "BIS issued a final rule that restricts X": an unnamed instrument the clause's subject has just issued has no name to act
// under; the restrictive relative clause is the issuer's act (relation-rules.yaml clauses.issuing), as the development
// files annotate it. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const stated = (text: string): string[] => readSentence(text).relations.filter((r) => / RESTRICTS /.test(r)).sort();

describe('an unnamed instrument just issued', () => {
  it("acts as its issuer: the relative clause takes up the issuing clause's subject", () => {
    expect(stated('In March, the Bureau of Industry and Security issued a final rule that restricts lidar sensors linked to China.')).toEqual([
      'authority:bis RESTRICTS jur:cn',
      'authority:bis RESTRICTS product:~lidar-sensor',
    ]);
    // Through a pronoun subject of a coordinated clause, to the name it takes up.
    expect(stated('The Commerce Department added Velmora Systems to the Entity List, and in May it issued a final rule that restricts lidar sensors linked to Russia.')).toEqual([
      'authority:us-commerce RESTRICTS jur:ru',
      'authority:us-commerce RESTRICTS product:~lidar-sensor',
    ]);
  });
});
