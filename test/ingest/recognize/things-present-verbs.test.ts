// A verb right after its subject opens no goods phrase (things.ts verbAfterSubject with presentSubject, baseVerbAfterPlural):
// a present form after a pronoun or a name, a base form read mostly as a verb after a plural noun phrase. Own sentences,
// invented products.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a verb after its subject before a thing', () => {
  it('is no word of the thing: a present form after a pronoun or a name, the lexicon\'s plural or a word it does not know', () => {
    expect(found('Since 2027 it designates harbour cranes as critical equipment.')).toEqual(['harbour cranes']);
    expect(found('Ostrava Lifts Ltd. supplies harbour cranes to Valdmark.')).toEqual(['harbour cranes']);
    expect(found('Kestrel Cranes Ltd., which supplies harbour cranes to Valdmark, was fined.')).toEqual(['harbour cranes']);
  });
  it('is no word of the thing: a past participle after a form of "have" (the perfect), unlike one after an article', () => {
    expect(found('Several ports have restricted harbour cranes.')).toEqual(['harbour cranes']);
    expect(found('They had banned harbour cranes.')).toEqual(['harbour cranes']);
    expect(found('It publishes a list of restricted harbour cranes.')).toEqual(['restricted harbour cranes']);
  });
  it('is no word of the thing across an adverb between the subject and its verb', () => {
    expect(found('The rule also reaches harbour cranes.')).toEqual(['harbour cranes']);
    expect(found('It also supplies harbour cranes.')).toEqual(['harbour cranes']);
    expect(found('Ostrava Lifts Ltd. already supplies harbour cranes to Valdmark.')).toEqual(['harbour cranes']);
  });
  it("is no word of the thing across an aside in brackets after the subject, a name's own definitions", () => {
    expect(found('Ostrava Lifts Ltd. ("Ostrava", "we" or "our") supplies harbour cranes.')).toEqual(['harbour cranes']);
    expect(found('Ostrava Lifts Ltd. (Ostrava) supplies harbour cranes.')).toEqual(['harbour cranes']);
  });
  it('is no word of the thing: a base form read mostly as a verb after a plural that a noun modifies', () => {
    expect(found("Norland's own export controls reach harbour cranes as well.")).toEqual(['harbour cranes']);
  });
  it('leaves compounds: a plural head, a people\'s adjective before a plural modifier, a word read mostly as a noun', () => {
    expect(found('Valdmark buys drone parts, sensor arrays and camera modules.')).toEqual(['drone parts', 'sensor arrays', 'camera modules']);
    expect(found('Ports use Chinese parts kits.')).toEqual(['parts kits']);
    // "steel", "harbour": nouns more often than verbs (WordNet's tagged senses), so the plural before them is the verb.
    expect(found('The mill rolls steel bars.')).toEqual(['steel bars']);
    expect(found('The lab tests harbour survey drones.')).toEqual(['harbour survey drones']);
    expect(found('Cheap fitness trackers pose risks to wearers.')).toEqual(['fitness trackers']);
  });
  it('is no head when coordinated with a word read mostly as a verb after a plural noun', () => {
    expect(found('The rule does not say how telematics control units store or transmit data.')).toEqual(['telematics control units']);
    // A conjunct that is a noun leaves both heads things' heads.
    expect(found('The survey asked how many telematics control units and gateway modules were sold.')).toEqual(['telematics control units', 'gateway modules']);
  });
});
