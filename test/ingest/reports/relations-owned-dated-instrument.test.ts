// "the Bureau's rule of March 2027, which bars exports of X", "the Commission's 2023 rules barring Y": an instrument a text
// names by its owner's possessive and its date, no title (instrument-references.ts ownedDatedPattern): one instrument of
// its document, which acts where it is the subject, and which "the rule" after it takes up. Only a body's or a country's
// possessive: a company's "2024 order" is its business. Own sentences, real bodies by their public names, invented
// companies and measures.
import { describe, expect, it } from 'vitest';
import { readSentence, statedRelations } from './helpers.ts';

const laws = (t: string): string[] => readSentence(t).entities.filter((e) => e.startsWith('law:'));

describe('an instrument named by its owner and a date', () => {
  it('is one instrument after a body\'s possessive, the year before its words or after them with "of"', () => {
    expect(laws("Shippers still cite BIS's rule of March 2027 in their filings.")).toEqual(['law:~rule-of-march-2027-in-inline']);
    expect(laws("Shippers still cite the Federal Communications Commission's 2023 rules in their filings.")).toEqual(['law:~2023-rules-in-inline']);
    expect(laws("Shippers still cite the Department of Commerce's November 2024 interim final rule in their filings.")).toEqual(['law:~november-2024-interim-final-rule-in-inline']);
    // A body named by its head alone, resolved after the instrument is read.
    expect(laws("The Maritime Authority met exporters. Shippers still cite the Authority's 2023 rules in their filings.")).toEqual(['law:~2023-rules-in-inline']);
  });
  it('is none after a company\'s possessive, without a date, or for a rule of thumb', () => {
    expect(laws("Shippers still cite Tessaro Optics's 2023 rules in their filings.")).toEqual([]);
    expect(laws("Shippers still cite the Federal Communications Commission's rules in their filings.")).toEqual([]);
    expect(laws("Shippers still cite the Federal Communications Commission's 2023 rule-making in their filings.")).toEqual([]);
  });
  it('acts where it is the subject, and its relative clause states what it does', () => {
    expect(statedRelations("The Bureau of Industry and Security's rule of March 2027, which extends license requirements to lidar sensors, took effect quickly.")).toContain('law:~rule-of-march-2027-in-inline RESTRICTS product:~lidar-sensor');
    expect(statedRelations("The Federal Communications Commission's 2023 rules barring authorization of lidar sensors name Tessaro Optics.")).toContain('law:~2023-rules-in-inline RESTRICTS product:~lidar-sensor');
  });
});

describe('a numbered instrument named by its owner (citations numbered-owned)', () => {
  it('is one instrument after an owner\'s possessive, with its number and no year, and acts where it is the subject', () => {
    expect(laws("Exporters are studying MOFCOM's Announcement No. 61 closely.")).toEqual(['law:~announcement-no-61-in-inline']);
    expect(statedRelations("The Ministry of Commerce's Order No. 7 bans exports of lidar sensors.")).toContain('law:~order-no-7-in-inline RESTRICTS product:~lidar-sensor');
  });
  it('is none without the owner\'s possessive', () => {
    expect(laws('Exporters are studying Announcement No. 61 closely.')).toEqual([]);
  });
});
