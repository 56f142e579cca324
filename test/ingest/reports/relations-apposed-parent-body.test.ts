// A body's name between commas right after another body's, with no conjunction, is the government or ministry the first
// belongs to, not the subject's head: "The Ministry of Harbour Affairs (MoHA), Government of Kenya, has blocked X" is
// the ministry's act (relations.ts clauseActors), as Indian and Commonwealth releases write a ministry with its
// government. A list of bodies still acts together ("A, B and C have banned X"). Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const restricts = (text: string): string[] => readSentence(text).relations.filter((r) => / RESTRICTS /.test(r));

describe('a body apposed to the subject between commas', () => {
  it('leaves the act to the body before it', () => {
    const r = restricts('The Ministry of Harbour Affairs (MoHA), Government of Kenya, has blocked 40 harbour cranes made abroad.');
    expect(r.some((x) => x.startsWith('authority:~harbour-affairs-ministry ') || x.startsWith('authority:~ministry-of-harbour-affairs '))).toBe(true);
    expect(r.some((x) => x.startsWith('authority:~government-of-kenya '))).toBe(false);
  });
  it('while bodies listed with a conjunction act together', () => {
    const r = restricts('The Ministry of Harbour Affairs, the Ministry of Ports and the Ministry of Trade have banned harbour cranes made abroad.');
    expect(new Set(r.map((x) => x.split(' ')[0])).size).toBe(3);
  });
});
