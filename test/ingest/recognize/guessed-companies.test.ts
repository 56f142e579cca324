// A one-word name compromise's lexicon lists as an organisation ("Lenovo", "Tencent", beside "Oxfam" and "Interpol") is
// read by the fallback as an Organization, a guess; where a sentence gives it a company's role (a company cue, its
// results, a listing on a list of parties, a public act done to companies), it is a company, in every sentence of the
// document (guessed-companies.ts, entities.ts retyped). Own sentences (helper-366, issue 15).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const parties = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Company', 'Organization']);

describe('a one-word name the lexicon calls an organisation', () => {
  it('is a company as the object of a public act done to companies', () => {
    expect(parties('Last spring the regulator opened an antitrust investigation into Tencent over its music licences.')).toEqual(['Tencent=company:~tencent']);
    expect(parties('In 2023 the agency fined Lenovo for selling laptops with hidden software.')).toEqual(['Lenovo=company:~lenovo']);
  });
  it('is a company where a company cue or its results name it so', () => {
    expect(parties('Investors sold shares of Xiaomi after the ruling.')).toEqual(['Xiaomi=company:~xiaomi']);
    expect(parties("Tencent's revenue fell by a tenth in the third quarter.")).toEqual(['Tencent=company:~tencent']);
  });
  it('is a company as a party put on a list of parties', () => {
    expect(parties('The bureau added Lenovo to the Entity List in June.')).toEqual(['Lenovo=company:~lenovo']);
  });
  it('is that company in every sentence of the document, not an organisation beside it', () => {
    expect(parties('Lenovo declined to comment. Weeks later the ministry fined Lenovo for the breach.')).toEqual(['Lenovo=company:~lenovo', 'Lenovo=company:~lenovo']);
  });
  it("stays the lexicon's organisation where the text gives it no company's role", () => {
    // A charity that speaks, an international police body that acts.
    expect(parties('Oxfam said the tariffs would hurt farmers in Kenya.')).toEqual(['Oxfam=organization:~oxfam']);
    expect(parties('Interpol issued a notice for the two brokers in March.')).toEqual(['Interpol=organization:~interpol']);
    // Acts a state does to associations as much as to companies.
    expect(parties('The government banned Oxfam from the region.')).toEqual(['Oxfam=organization:~oxfam']);
  });
});
