// A body named in full once and then by a short form: its domain word acting ("Commerce also revised"), its name without
// the state's word ("the Ministry of Trade" after "the Valdmark Ministry of Trade"), its head's title after a country's
// word ("the Norwegian Minister of Fisheries"); a company whose legal form is written in lower case ("plc").
import { describe, expect, it } from 'vitest';
import { standsAsParty, unprefixedNames } from '../../../ingest/recognize/short-names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

/** Each sentence's mentions of `label`, as "surface=id" (the heading, read last, left out). */
const sentences = (label: string, md: string): string[][] =>
  recogniseMarkdown(`# T\n\n${md}`)
    .sentences.filter((s) => s.sentence.text !== 'T')
    .map((s) => s.mentions.filter((m) => m.label === label).map((m) => `${m.surface}=${m.id}`));

describe("a department's domain word acting", () => {
  it('reads it before an adverb and a past form the lexicon does not tag', () => {
    const at = (t: string): boolean => standsAsParty(t, 0, t.indexOf(' '));
    expect(at('Commerce also revised the rule.')).toBe(true);
    expect(at('Harbours today designated two firms.')).toBe(true);
    expect(at('Treasury designated two firms.')).toBe(true);
    // A noun it modifies is no verb.
    expect(at('Commerce rules apply.')).toBe(false);
    expect(at('Commerce officials met.')).toBe(false);
  });
  it('names the department the document names in full', () => {
    const got = sentences('Authority', 'The Department of Harbours met on Monday. Harbours also revised its list of cranes.');
    expect(got[1]).toEqual(['Harbours=authority:~harbours-department']);
    const treasury = sentences('Authority', 'The Department of the Treasury met on Monday. Treasury designated Harrow Optics Ltd.');
    expect(treasury[1]).toEqual(['Treasury=authority:~treasury-department']);
  });
});

describe("a body's name without the state's word", () => {
  it('leaves off one word of a state before a head and its link', () => {
    expect(unprefixedNames('Valdmark Ministry of Trade')).toEqual(['Ministry of Trade']);
    expect(unprefixedNames('Norwegian Office for Harbour Safety')).toEqual(['Office for Harbour Safety']);
    expect(unprefixedNames('Federal Office for Harbour Safety')).toEqual(['Office for Harbour Safety']);
    expect(unprefixedNames('Norwegian Minister of Fisheries')).toEqual(['Ministry of Fisheries']);
    // The state after the name: "<head> of <domain> of [the] <country>".
    expect(unprefixedNames("Ministry of Harbours of the People's Republic of China")).toEqual(['Ministry of Harbours']);
    expect(unprefixedNames('Ministry of Harbours of Norway')).toEqual(['Ministry of Harbours']);
    expect(unprefixedNames('Ministry of Harbours of Kestrel Island')).toEqual([]);
    // A name on its head: a country's word or a state prefix only.
    expect(unprefixedNames('Norwegian Maritime Authority')).toEqual(['Maritime Authority']);
    expect(unprefixedNames('U.S. Harbour Administration')).toEqual(['Harbour Administration']);
    expect(unprefixedNames('Valdmark Energy Commission')).toEqual([]);
    // A noun before the head is a word of the name; a name of two words has no state's word to leave off.
    expect(unprefixedNames('Export Office of Trade')).toEqual([]);
    expect(unprefixedNames('Ministry of Trade')).toEqual([]);
  });
  it('names the one body the document names in full, and its inverted name too', () => {
    const got = sentences('Authority', 'The Valdmark Ministry of Trade met. The Ministry of Trade fined Harrow Optics Ltd. The Trade Ministry fined Bluefin Marine Ltd.');
    expect(got).toEqual([
      ['Valdmark Ministry of Trade=authority:~valdmark-trade-ministry'],
      ['Ministry of Trade=authority:~valdmark-trade-ministry'],
      ['Trade Ministry=authority:~valdmark-trade-ministry'],
    ]);
  });
  it('binds the short name of two bodies to neither', () => {
    const got = sentences('Authority', 'The Valdmark Council of Trade and the Norland Council of Trade met. The Council of Trade fined Harrow Optics Ltd.');
    expect(got[1].some((m) => m.includes('valdmark') || m.includes('norland'))).toBe(false);
  });
});

describe("a country's word before a head's title", () => {
  it("names that country's body, and the body's name without the word", () => {
    const got = sentences('Authority', 'Yesterday the Norwegian Minister of Fisheries fined Harrow Optics Ltd. The Ministry of Fisheries said so.');
    expect(got).toEqual([['Norwegian Minister of Fisheries=authority:~no-fisheries-ministry'], ['Ministry of Fisheries=authority:~no-fisheries-ministry']]);
  });
});

describe('a legal form in lower case', () => {
  it('ends the name before it', () => {
    expect(sentences('Company', 'The ministry fined Harrow and Bluefin plc on Monday.')[0]).toEqual(['Harrow and Bluefin plc=company:~harrow-and-bluefin-plc']);
    expect(sentences('Company', 'The ministry fined Harrow Optics s.r.o. on Monday.')[0]).toEqual(['Harrow Optics s.r.o.=company:~harrow-optics-sro']);
  });
});

describe('bodies named by their head office-holder', () => {
  it("reads a Secretary of State 'for' a domain as the department for it", () => {
    const got = sentences('Authority', 'Yesterday the Secretary of State for Harbours and Fisheries fined Harrow Optics Ltd. The Department for Harbours and Fisheries said so.');
    expect(got).toEqual([
      ['Secretary of State for Harbours and Fisheries=authority:~department-for-harbours-and-fisheries'],
      ['Department for Harbours and Fisheries=authority:~department-for-harbours-and-fisheries'],
    ]);
  });
  it("reads a title's office in the possessive as one body", () => {
    expect(sentences('Authority', "Yesterday the Harbour Commissioner's Office fined Harrow Optics Ltd.")[0]).toEqual(["Harbour Commissioner's Office=authority:~harbour-commissioner-s-office"]);
    // No word before the title: no name of its own.
    expect(sentences('Authority', "The Commissioner's Office fined Harrow Optics Ltd.")[0]).toEqual([]);
    // A county's sheriff heads a public body of its own (helper-247).
    expect(sentences('Authority', "The Brackwater County Sheriff's Office bought drones from Harrow Optics Ltd.")[0]).toEqual(["Brackwater County Sheriff's Office=authority:~brackwater-county-sheriff-s-office"]);
  });
  it("reads a compound title's department in the possessive as one body, not the title's fixed department", () => {
    // A title compounded with "General" needs no word before it; any public body's head may follow it.
    expect(sentences('Authority', "The Auditor-General's Department audited Harrow Optics Ltd.")[0]).toEqual(["Auditor-General's Department=authority:~auditor-general-s-department"]);
    // "Attorney General" alone is a fixed title (the Department of Justice); before a head, a department of its own.
    const [own, fixed] = sentences('Authority', "The Attorney General's Department fined Harrow Optics Ltd. The Attorney General sued Harrow Optics Ltd.");
    expect(own).toEqual(["Attorney General's Department=authority:~attorney-general-s-department"]);
    expect(fixed).toEqual(['Attorney General=authority:~justice-department']);
  });
});

describe("a body's domain before its head", () => {
  it("names a commission or agency 'for' its domain too", () => {
    const got = sentences('Authority', 'The Valdmark Commission for Harbour Safety met on Monday. The Harbour Safety Commission fined Harrow Optics Ltd.');
    expect(got[1]).toEqual(['Harbour Safety Commission=authority:~valdmark-commission-for-harbour-safety']);
  });
});

describe('where one body ends and the next begins', () => {
  it("reads a title's domain written as a series", () => {
    expect(sentences('Authority', 'The Minister of Harbours, Fisheries and Industry fined Harrow Optics Ltd.')[0]).toEqual(['Minister of Harbours, Fisheries and Industry=authority:~ministry-of-harbours-fisheries-and-industry']);
  });
  it('keeps a head alone before another head and its link in one name', () => {
    expect(sentences('Authority', 'The Treasury Board of Norland Secretariat fined Harrow Optics Ltd.')[0]).toEqual(['Treasury Board of Norland Secretariat=authority:~treasury-board-of-norland-secretariat']);
  });
  it("ends a body's name at 'and' before words that end in a country", () => {
    // The words after "and" are a body of their own (applied-titles.ts), none of the first body's name.
    expect(sentences('Authority', 'The Norland Security Intelligence Service and Public Safety Canada fined Harrow Optics Ltd.')[0]).toEqual([
      'Norland Security Intelligence Service=authority:~norland-security-intelligence-service',
      'Public Safety Canada=authority:~public-safety-canada',
    ]);
    // A head before "and" and a head after: one name.
    expect(sentences('Authority', 'The Customs and Excise Service fined Harrow Optics Ltd.')[0]).toEqual(['Customs and Excise Service=authority:~customs-and-excise-service']);
  });
});

describe('a body named with its state after it, in a notice that signs with the full name', () => {
  it('is the body the shorter name in the text refers to, though the full name comes last (here the catalog\'s)', () => {
    const got = mentionsOf(recogniseMarkdown("# T\n\nThe Ministry of Commerce added Kestrel Cranes Ltd to its list.\n\nMinistry of Commerce of the People's Republic of China\n"), 'Authority').map((m) => m.id);
    expect(got).toEqual(['authority:mofcom', 'authority:mofcom']);
  });
});
