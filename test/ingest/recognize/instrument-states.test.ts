// An instrument's name runs through the state it is "of" ("the Export Control Law of the People's Republic of China"),
// which is mentioned there too; a tariff schedule is an instrument (grammar/instruments.yaml named.heads).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';

const named = (text: string): string[] => findInstruments(text).filter((f) => !f.pending).map((f) => `${f.surface}${f.parent ? ` (${f.parent.id})` : ''}`);
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const mentions = (md: string): string[] =>
  recogniseMarkdown(`# T\n\n${md}`, bare).sentences.flatMap((s) => s.mentions.flatMap((m) => [m, ...(m.parts ?? [])]).map((m) => `${m.surface}=${m.id}`));

describe('the state an instrument is of', () => {
  it('ends the instrument\'s name and is its part', () => {
    expect(named('Under the Harbour Safety Law of the Republic of Korea, the ministry acted.')).toEqual(['Harbour Safety Law of the Republic of Korea (jur:kr)']);
    expect(named('the Kelp Tariff Schedule of the United States applies')).toEqual(['Kelp Tariff Schedule of the United States (jur:us)']);
  });
  it('leaves a name whose "of" part is no state as before', () => {
    expect(named('the Harbour Safety Law of the Northern Fleet applies')).toEqual(['Harbour Safety Law']);
    expect(named('the Harbour Safety Act of 2019 of the United States applies')).toEqual(['Harbour Safety Act of 2019']);
  });
  it('keeps the country an entity of the document, and binds an acronym defined after the whole name', () => {
    const found = mentions('Kelp is classified in chapter 3 of the Kelp Tariff Schedule of the United States (KTSUS). The KTSUS was amended.');
    expect(found).toEqual([
      'Kelp Tariff Schedule of the United States=law:~kelp-tariff-schedule-of-the-united-states',
      'United States=jur:us',
      'KTSUS=law:~kelp-tariff-schedule-of-the-united-states',
      'KTSUS=law:~kelp-tariff-schedule-of-the-united-states',
    ]);
  });
});

describe('an act\'s title with small words and possessives', () => {
  it('takes the words back to the "the" that opens the title', () => {
    expect(named('under the Protecting Harbours\' Tides from Foreign Dredgers Act of 2031, the agency acted')).toEqual(['Protecting Harbours\' Tides from Foreign Dredgers Act of 2031']);
    expect(named('The Shielding Ports against Kelp Smugglers Act bans kelp imports.')).toEqual(['Shielding Ports against Kelp Smugglers Act']);
  });
  it('takes no verb\'s object, body or other instrument before it', () => {
    expect(named('The agency barred Brackwater from the Foreign Dredgers Act programme.')).toEqual(['Foreign Dredgers Act']);
    expect(named('the work of the Harbour Security Bureau with the Foreign Dredgers Act')).toEqual(['Foreign Dredgers Act']);
    expect(named('under the Harbour Powers Act and the Foreign Dredgers Act of 2031')).toEqual(['Harbour Powers Act', 'Foreign Dredgers Act of 2031']);
  });
});

