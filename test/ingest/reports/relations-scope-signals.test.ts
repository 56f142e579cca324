// How far an act reaches (issue 15): signals that keep it from a pair the sentence names (a clause with its own subject,
// a measure only weighed, a list's addition, a class an object is put in) and a construction that brings its object
// before its actor (a possessive relative clause). Own sentences, fictional bodies and products.
import { describe, expect, it } from 'vitest';
import { statedInOrder as stated } from './helpers.ts';
import { BIS, KESTREL, NMA } from './ids.ts';

describe('a coordinated clause with a subject of its own', () => {
  it('keeps a verb in the clause before it from reaching its objects, after a nested clause with no verb', () => {
    const text = 'The Norland Maritime Administration will have to tell ports which of their cranes to replace, and the Norland Trade Council will have to read reports from every firm selling harbour cranes.';
    expect(stated(text)).toEqual([]);
    // The verb's own object, before the comma, is still reached.
    expect(stated('The Norland Maritime Administration will tell ports to replace harbour cranes, and the Norland Trade Council will read the reports.')).toEqual([`${NMA} RESTRICTS product:~harbour-crane`]);
  });
});

describe('a measure only weighed', () => {
  it('reads no investigation of what a review asks whether to restrict or list', () => {
    expect(stated('The Norland Maritime Administration is reviewing whether imported harbour cranes should be restricted as well, officials said.')).toEqual([]);
    expect(stated('The Norland Maritime Administration has been examining whether harbour cranes ought to be banned.')).toEqual([]);
  });
  it('still reads an investigation of what the object did', () => {
    expect(stated('The Norland Maritime Administration is investigating whether imported harbour cranes were sold below cost.')).toEqual([`${NMA} INVESTIGATES product:~harbour-crane`]);
  });
});

describe('an addition to a list', () => {
  it('reads the addition, not a restriction of what the sentence names after the list', () => {
    expect(stated('Kestrel Cranes Ltd. sells harbour cranes. The Bureau of Industry and Security added Kestrel to the Entity List, saying the company had supplied cranes to Norland.')).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`]);
    // A restriction the sentence states is still read.
    expect(stated('The Bureau of Industry and Security restricted exports to Kestrel Cranes Ltd. in March.')).toEqual([`${BIS} RESTRICTS ${KESTREL}`]);
  });
});

describe('a class an object is put in', () => {
  it('reads the object, not its class, as the subject of an object-first verb after them', () => {
    expect(stated('Harbour cranes classified as forklift trucks under the annex fall within the scope of the Valdmark Crane Safety Act.')).toEqual([
      'law:~valdmark-crane-safety-act REGULATES product:~harbour-crane',
    ]);
    // Without a participle of classing both are its subjects.
    expect(stated('Harbour cranes and forklift trucks fall within the scope of the Valdmark Crane Safety Act.')).toEqual([
      'law:~valdmark-crane-safety-act REGULATES product:~harbour-crane',
      'law:~valdmark-crane-safety-act REGULATES product:~forklift-truck',
    ]);
  });
});

describe('a possessive relative clause', () => {
  it("reads the name a relative's possessive stands for as the object of the clause's verb", () => {
    expect(stated('Each board was made by Kestrel Cranes Ltd., the Norland company whose cranes the Norland Maritime Administration barred ports from buying in 2018.')).toEqual([`${NMA} RESTRICTS ${KESTREL}`]);
    // A relative clause whose verb is no cue states nothing.
    expect(stated('Each board was made by Kestrel Cranes Ltd., the Norland company whose cranes the Norland Maritime Administration praised in 2018.')).toEqual([]);
  });
});
