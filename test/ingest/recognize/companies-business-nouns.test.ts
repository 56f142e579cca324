// Companies without a legal form read by grammar (companies.ts): an apposition whose head is a business noun
// (grammar/names.yaml company-nouns: resellers, integrators, sellers ...), a plural apposition after coordinated names
// ("two shell companies"), and the agent of a participle of making or selling ("made by"). Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';

const companies = (text: string): string[] => findCompanies(text, nameRuns(text)).map((f) => `${f.surface} [${f.rule}]`);

describe('an apposition headed by a business noun', () => {
  it('makes the names before it companies', () => {
    expect(companies('Regulators questioned Pellow Harbour Goods, a Norland reseller of radios.')).toEqual(['Pellow Harbour Goods [company:apposition]']);
    expect(companies('The cranes came from Quarrell Civic Works, an integrator in Valdmark.')).toEqual(['Quarrell Civic Works [company:apposition]']);
    expect(companies('The order named Drevin Cargo and Ostel Route, two freight forwarders in Norland.')).toEqual(['Drevin Cargo [company:apposition]', 'Ostel Route [company:apposition]']);
  });

  it('leaves names whose apposition is no business', () => {
    expect(companies('The order named Drevin Cargo and Ostel Route, two ports in Norland.')).toEqual([]);
    expect(companies('Regulators questioned Pellow Harbour Goods, a Norland museum.')).toEqual([]);
  });
});

describe('a pre-posed business noun', () => {
  it('makes the names after it companies', () => {
    expect(companies('Regulators questioned the Norland reseller Pellow Harbour Goods.')).toEqual(['Pellow Harbour Goods [company:cue]']);
    expect(companies('The order named two freight forwarders, Drevin Cargo and Ostel Route, in May.')).toEqual(['Drevin Cargo [company:cue]', 'Ostel Route [company:cue]']);
  });
});

describe('a business noun with its seat before the names', () => {
  it('makes the names after the seat and its comma companies, an assembler too', () => {
    expect(companies('The office named two of its suppliers in Kyrgyzstan, Drevin Cargo and Ostel Route.')).toEqual(['Drevin Cargo [company:cue]', 'Ostel Route [company:cue]']);
    expect(companies('It listed two distributors based in the United Arab Emirates, Harlow Tide and Sefton Avia.')).toEqual(['Harlow Tide [company:cue]', 'Sefton Avia [company:cue]']);
    expect(companies('Regulators questioned Morvane Kettering, a Norland drone assembler, in May.')).toEqual(['Morvane Kettering [company:apposition]']);
  });

  it('leaves a list of places that goes on after the seat', () => {
    expect(companies('Drone makers in Europe, Asia and North America protested.')).toEqual([]);
    expect(companies('Drone makers in Europe, North America and Asia protested.')).toEqual([]);
  });

  it('leaves names after a seat that is no place', () => {
    expect(companies('The rule covers providers in Title Two, Harlow Tide and Sefton Avia.')).toEqual([]);
  });
});

describe('the agent of a participle of making or selling', () => {
  it('is a company, by any name, and so are the agents coordinated with it', () => {
    expect(companies('The radars were made almost exclusively by QVRT.')).toEqual(['QVRT [company:made-by]']);
    expect(companies('The buoys supplied by Tarnwell Marine Instruments failed.')).toEqual(['Tarnwell Marine Instruments [company:made-by]']);
    // One word too: a short name of a company the document names in full resolves to it there (short-names.ts).
    expect(companies('Modules made by Tarnwell and Ostel reached the port.')).toEqual(['Tarnwell [company:made-by]', 'Ostel [company:made-by]']);
    expect(companies('Gear produced by Morvik, Tarnwell Marine and Ostel was banned.')).toEqual(['Morvik [company:made-by]', 'Tarnwell Marine [company:made-by]', 'Ostel [company:made-by]']);
  });

  it('leaves the agents of other participles alone', () => {
    expect(companies('The buoys were inspected by Tarnwell Marine Instruments.')).toEqual([]);
  });
});

describe('a capitalised class after "a" or "an"', () => {
  it('is one of many, no company, before a verb of making too', () => {
    expect(companies('Where the authority of a Member State makes one of the following findings, it shall act.')).toEqual([]);
    expect(companies('An Approval Authority makes the final decision.')).toEqual([]);
  });
  it('leaves a name standing alone before the verb a company', () => {
    expect(companies('Where Norvik Robotics makes drone parts, it shall register.')).toEqual(['Norvik Robotics [company:agent]']);
  });
});
