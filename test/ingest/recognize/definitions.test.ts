// Names a document defines for itself: acronyms, defined terms, "means" definitions, appositions.
import { describe, expect, it } from 'vitest';
import { bindTerms, findDefinitions, type Named } from '../../../ingest/recognize/definitions.ts';
import type { Ambiguity } from '../../../ingest/recognize/entities.ts';

const at = (text: string, surface: string, id: string, label = 'Authority'): Named => {
  const start = text.indexOf(surface);
  return { id, label, start, end: start + surface.length, surface };
};

describe('definitions', () => {
  it('binds a public body\'s acronym that keeps a former name\'s letters, and no such acronym of a company', () => {
    const text = 'The Harbour Pilotage Agency (NAPSA) and Northwind Optics Inc. (KLMQ) met.';
    const named = [at(text, 'Harbour Pilotage Agency', 'a:1'), at(text, 'Northwind Optics Inc.', 'c:1', 'Company')];
    expect(findDefinitions(text, 's1', named, new Map()).map((d) => `${d.term}=${d.id}`)).toEqual(['NAPSA=a:1']);
  });
  it("binds the first capitalised name of a filing's list of the names it will use, and one after a lead of whom it takes in", () => {
    const text = 'Ostrava Lifts Ltd. ("Ostrava", "we", "us" or "our") and Kestrel Cranes Inc. (together with its subsidiaries, "Kestrel") met.';
    const named = [at(text, 'Ostrava Lifts Ltd.', 'c:1', 'Company'), at(text, 'Kestrel Cranes Inc.', 'c:2', 'Company')];
    expect(findDefinitions(text, 's1', named, new Map()).map((d) => `${d.term}=${d.id}`)).toEqual(['Ostrava=c:1', 'Kestrel=c:2']);
  });
  it('binds a quoted name with its comma inside the quotes, before a lead of whom a second name takes in', () => {
    const text = 'Ostrava Lifts Ltd. ("Ostrava") and Ostrava Lifts USA, Inc. ("Ostrava USA," and together with Ostrava, "Plaintiffs") sued.';
    const named = [at(text, 'Ostrava Lifts Ltd.', 'c:1', 'Company'), at(text, 'Ostrava Lifts USA, Inc.', 'c:2', 'Company')];
    expect(findDefinitions(text, 's1', named, new Map()).map((d) => `${d.term}=${d.id}`)).toEqual(['Ostrava=c:1', 'Ostrava USA=c:2']);
  });
  it("binds a public body's short name made of its name's words clipped, and no word that is not", () => {
    const text = 'The Office of Harbour Pilotage (Ofharp), the Norland Maritime Board (Seaboard) and Kestrel Harbour Cranes Inc. (Kesharb) met.';
    const named = [at(text, 'Office of Harbour Pilotage', 'a:1'), at(text, 'Norland Maritime Board', 'a:2'), at(text, 'Kestrel Harbour Cranes Inc.', 'c:1', 'Company')];
    expect(findDefinitions(text, 's1', named, new Map()).map((d) => `${d.term}=${d.id}`)).toEqual(['Ofharp=a:1']);
  });
  it("binds a short name clipped in pieces each opened by a capital, and no such word that is not the name's (helper-140)", () => {
    const text = 'The Commission for Harbour Regulation (ComHar), the Norland Maritime Board (SeaLink) and Kestrel Harbour Cranes Inc. (KesHarb) met.';
    const named = [at(text, 'Commission for Harbour Regulation', 'a:1'), at(text, 'Norland Maritime Board', 'a:2'), at(text, 'Kestrel Harbour Cranes Inc.', 'c:1', 'Company')];
    expect(findDefinitions(text, 's1', named, new Map()).map((d) => `${d.term}=${d.id}`)).toEqual(['ComHar=a:1']);
  });
  it('reads a company\'s name in another script in the parenthesis right after it as the same company', () => {
    const text = '商务部将甲岭科技公司（Jialing Technologies Inc.）和乙峰公司（Yifeng Group）列入管控名单。';
    const apposed = new Map<string, string>();
    const named = [
      at(text, '甲岭科技公司', 'c:zh1', 'Company'),
      at(text, 'Jialing Technologies Inc.', 'c:en1', 'Company'),
      at(text, '乙峰公司', 'c:zh2', 'Company'),
      at(text, 'Yifeng Group', 'o:en2', 'Organization'),
    ];
    findDefinitions(text, 's1', named, apposed);
    expect([...apposed]).toEqual([['c:en1', 'c:zh1'], ['o:en2', 'c:zh2']]);
    // Not a body's acronym, nor a name in the same script, nor a parenthesis that holds more than the name.
    const other = '海关总署（GACC）与甲公司（乙公司）及丙公司（Bing Corp., its subsidiary）';
    const none = new Map<string, string>();
    findDefinitions(other, 's1', [at(other, '海关总署', 'a:g'), at(other, 'GACC', 'a:x'), at(other, '甲公司', 'c:j', 'Company'), at(other, '乙公司', 'c:y', 'Company'), at(other, '丙公司', 'c:b', 'Company'), at(other, 'Bing Corp.', 'c:be', 'Company')], none);
    expect([...none]).toEqual([]);
  });
  it('binds an acronym whose letters are the name\'s initials, not a stray parenthesis', () => {
    const text = 'The Cybersecurity and Infrastructure Security Agency (CISA) met the Ministry of Trade (Beijing).';
    const defs = findDefinitions(text, 's1', [at(text, 'Cybersecurity and Infrastructure Security Agency', 'a:cisa'), at(text, 'Ministry of Trade', 'a:mot')], new Map());
    expect(defs).toEqual([{ term: 'CISA', id: 'a:cisa', locator: 's1', acronym: true }]);
  });
  it('binds quoted and "hereinafter" terms, and words of the name', () => {
    const text = 'The Valdmark Department of Commerce (the "Department") and the Norland Committee for Trade (hereinafter “Committee”) and the Office of Cables (Office).';
    const defs = findDefinitions(text, 's1', [at(text, 'Valdmark Department of Commerce', 'a:d'), at(text, 'Norland Committee for Trade', 'a:c'), at(text, 'Office of Cables', 'a:o')], new Map());
    expect(defs.map((d) => [d.term, d.id])).toEqual([['Department', 'a:d'], ['Committee', 'a:c'], ['Office', 'a:o']]);
  });
  it('binds a "hereinafter" term after an aside in its parenthesis, and no term where the aside is all', () => {
    const text = 'The Ministry of Harbour Works (Minister Ada Lindqvist, hereinafter "MHW") and the Office of Pilotage (Director Tomas Berg) met.';
    const defs = findDefinitions(text, 's1', [at(text, 'Ministry of Harbour Works', 'a:m'), at(text, 'Office of Pilotage', 'a:o')], new Map());
    expect(defs.map((d) => [d.term, d.id, d.acronym])).toEqual([['MHW', 'a:m', true]]);
  });
  it('reads "the term X means Y"', () => {
    const text = 'In this section, the term “Commission” means the Federal Communications Commission.';
    expect(findDefinitions(text, 's1', [at(text, 'Federal Communications Commission', 'a:fcc')], new Map())).toMatchObject([{ term: 'Commission', id: 'a:fcc' }]);
  });
  it('takes a citation in apposition for the act, and the acronym after it for the act too', () => {
    const text = 'the International Emergency Economic Powers Act (50 U.S.C. 1701 et seq.) (IEEPA), and';
    const apposed = new Map<string, string>();
    const defs = findDefinitions(text, 's1', [at(text, 'International Emergency Economic Powers Act', 'law:ieepa', 'Law'), at(text, '50 U.S.C. 1701', 'law:usc', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:usc', 'law:ieepa']]);
    expect(defs).toMatchObject([{ term: 'IEEPA', id: 'law:ieepa', acronym: true }]);
  });
  it('takes a code citation with a subsection, or after an amendment note, in apposition for the act', () => {
    const text = 'under section 212(f) of the Immigration and Nationality Act of 1952 (8 U.S.C. 1182(f)), the';
    const apposed = new Map<string, string>();
    findDefinitions(text, 's1', [at(text, 'Immigration and Nationality Act of 1952', 'law:ina', 'Law'), at(text, '8 U.S.C. 1182', 'law:usc', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:usc', 'law:ina']]);
    const amended = 'the Defense Production Act of 1950, as amended (50 U.S.C. 4501 et seq.), and';
    const also = new Map<string, string>();
    findDefinitions(amended, 's1', [at(amended, 'Defense Production Act of 1950', 'law:dpa', 'Law'), at(amended, '50 U.S.C. 4501', 'law:usc', 'Law')], also);
    expect([...also]).toEqual([['law:usc', 'law:dpa']]);
  });
  it('takes a publication citation after an order\'s date and title for the order, not one after other words', () => {
    const text = 'Executive Order 13873 of May 15, 2019 (Securing the Information and Communications Technology and Services Supply Chain) (84 FR 22689), and';
    const apposed = new Map<string, string>();
    findDefinitions(text, 's1', [at(text, 'Executive Order 13873', 'law:eo', 'Law'), at(text, '84 FR 22689', 'law:fr', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:fr', 'law:eo']]);
    const other = 'Executive Order 13873 of May 15, 2019 (as amended) (84 FR 22689), and';
    const none = new Map<string, string>();
    findDefinitions(other, 's1', [at(other, 'Executive Order 13873', 'law:eo', 'Law'), at(other, '84 FR 22689', 'law:fr', 'Law')], none);
    expect([...none]).toEqual([]);
  });
  it('takes a Federal Register citation right after an instrument and a comma for the instrument, not one after other words', () => {
    const line = 'Authority: 50 U.S.C. 1701 et seq.; E.O. 13873, 84 FR 22689.';
    const apposed = new Map<string, string>();
    findDefinitions(line, 's1', [at(line, 'E.O. 13873', 'law:eo', 'Law'), at(line, '84 FR 22689', 'law:fr', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:fr', 'law:eo']]);
    const other = 'E.O. 13873 was amended, and 84 FR 22689 was corrected.';
    const none = new Map<string, string>();
    findDefinitions(other, 's1', [at(other, 'E.O. 13873', 'law:eo', 'Law'), at(other, '84 FR 22689', 'law:fr', 'Law')], none);
    expect([...none]).toEqual([]);
  });
  it('takes a Federal Register citation after a participle of publishing for the instrument it follows (helper-340)', () => {
    for (const line of [
      'The Harbour Crane Security Rule, published at 90 FR 11234, bars Norland cranes.',
      'The Harbour Crane Security Rule, as published in the Federal Register at 90 FR 11234, bars Norland cranes.',
      'The Harbour Crane Security Rule (published on March 3, 2031, at 90 FR 11234) bars Norland cranes.',
    ]) {
      const apposed = new Map<string, string>();
      findDefinitions(line, 's1', [at(line, 'Harbour Crane Security Rule', 'law:~r', 'Law'), at(line, '90 FR 11234', 'law:~fr', 'Law')], apposed);
      expect([...apposed]).toEqual([['law:~fr', 'law:~r']]);
    }
    const other = 'The Harbour Crane Security Rule amends a notice published at 90 FR 11234.';
    const none = new Map<string, string>();
    findDefinitions(other, 's1', [at(other, 'Harbour Crane Security Rule', 'law:~r', 'Law'), at(other, '90 FR 11234', 'law:~fr', 'Law')], none);
    expect([...none]).toEqual([]);
  });
  it('takes an act\'s number between commas right after its name (its acronym between) for the act, not an item of a list (helper-234)', () => {
    const text = "The Union's Harbour Fuels Regulation (HFR), Regulation (EU) 2031/1804, has applied since May.";
    const apposed = new Map<string, string>();
    const defs = findDefinitions(text, 's1', [at(text, 'Harbour Fuels Regulation', 'law:~hfr', 'Law'), at(text, 'Regulation (EU) 2031/1804', 'law:~n', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:~n', 'law:~hfr']]);
    expect(defs).toMatchObject([{ term: 'HFR', id: 'law:~hfr', acronym: true }]);
    const list = 'The Harbour Fuels Regulation, Regulation (EU) 2031/1804, and Directive (EU) 2031/9 apply.';
    const none = new Map<string, string>();
    findDefinitions(list, 's1', [at(list, 'Harbour Fuels Regulation', 'law:~hfr', 'Law'), at(list, 'Regulation (EU) 2031/1804', 'law:~n', 'Law'), at(list, 'Directive (EU) 2031/9', 'law:~d', 'Law')], none);
    expect([...none]).toEqual([]);
    const open = 'Under the Harbour Fuels Regulation, Regulation (EU) 2031/1804 applies too.';
    const neither = new Map<string, string>();
    findDefinitions(open, 's1', [at(open, 'Harbour Fuels Regulation', 'law:~hfr', 'Law'), at(open, 'Regulation (EU) 2031/1804', 'law:~n', 'Law')], neither);
    expect([...neither]).toEqual([]);
  });
  it('takes an act named after "the" in the parentheses right after its number for the act (helper-234)', () => {
    const text = 'Both fall within Regulation (EU) 2031/2847 (the Harbour Resilience Act, or "HRA"); the rest does not.';
    const apposed = new Map<string, string>();
    findDefinitions(text, 's1', [at(text, 'Regulation (EU) 2031/2847', 'law:~n', 'Law'), at(text, 'Harbour Resilience Act', 'law:~hra', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:~hra', 'law:~n']]);
  });
  it('takes a procedural citation for the instrument its parentheses name, after "the" too, and defines no term for it', () => {
    const text = 'The fees are set by 31 U.S.C. 9701 (the Independent Offices Appropriation Act, 1952) each year.';
    const citation = { ...at(text, '31 U.S.C. 9701', 'law:usc', 'Law'), procedural: true };
    const apposed = new Map<string, string>();
    const defs = findDefinitions(text, 's1', [citation, at(text, 'Independent Offices Appropriation Act', 'law:ioaa', 'Law')], apposed);
    expect([...apposed]).toEqual([['law:usc', 'law:ioaa']]);
    expect(defs).toEqual([]);
    // Two citations: the one inside stays the other name of the outer, as before.
    const both = 'under 15 CFR 791.4 (89 FR 12345), the';
    const also = new Map<string, string>();
    findDefinitions(both, 's1', [{ ...at(both, '15 CFR 791.4', 'law:cfr', 'Law'), procedural: true }, { ...at(both, '89 FR 12345', 'law:fr', 'Law'), procedural: true }], also);
    expect([...also]).toEqual([['law:fr', 'law:cfr']]);
  });
  it('takes each further citation of a named act\'s parenthesis for the act, not one after other words', () => {
    const law = (text: string, surface: string, id: string, procedural = true): Named => ({ ...at(text, surface, id, 'Law'), ...(procedural ? { procedural: true } : {}) });
    const text = 'The Harbour Security Act of 2021 (Public Law 117-55, which began as H.R. 3919) bars it.';
    const apposed = new Map<string, string>();
    findDefinitions(text, 's1', [law(text, 'Harbour Security Act of 2021', 'law:act', false), law(text, 'Public Law 117-55', 'law:pl'), law(text, 'H.R. 3919', 'law:hr')], apposed);
    expect([...apposed].sort()).toEqual([['law:hr', 'law:act'], ['law:pl', 'law:act']]);
    const listed = 'The Harbour Security Act of 2021 (Public Law 117-55; H.R. 3919) bars it.';
    const both = new Map<string, string>();
    findDefinitions(listed, 's1', [law(listed, 'Harbour Security Act of 2021', 'law:act', false), law(listed, 'Public Law 117-55', 'law:pl'), law(listed, 'H.R. 3919', 'law:hr')], both);
    expect([...both].sort()).toEqual([['law:hr', 'law:act'], ['law:pl', 'law:act']]);
    const amended = 'The Harbour Security Act of 2021 (Public Law 117-55, as amended by Public Law 118-159) bars it.';
    const one = new Map<string, string>();
    findDefinitions(amended, 's1', [law(amended, 'Harbour Security Act of 2021', 'law:act', false), law(amended, 'Public Law 117-55', 'law:pl'), law(amended, 'Public Law 118-159', 'law:amending')], one);
    expect([...one]).toEqual([['law:pl', 'law:act']]);
    // The parenthesis opens with the act's own citation (a catalog alias of it): the next citation is the act too.
    const own = new Map<string, string>();
    findDefinitions(text, 's1', [law(text, 'Harbour Security Act of 2021', 'law:act', false), law(text, 'Public Law 117-55', 'law:act', false), law(text, 'H.R. 3919', 'law:hr')], own);
    expect([...own]).toEqual([['law:hr', 'law:act']]);
  });
  it('reports a term defined for two entities and binds it to neither', () => {
    const ambiguities: Ambiguity[] = [];
    const terms = bindTerms(
      [
        { term: 'Secretary', id: 'a:x', locator: 's1', acronym: false },
        { term: 'Secretary', id: 'a:y', locator: 's2', acronym: false },
        { term: 'CISA', id: 'a:cisa', locator: 's1', acronym: true },
      ],
      ambiguities,
    );
    expect([...terms.keys()]).toEqual(['CISA']);
    expect(ambiguities).toMatchObject([{ surface: 'Secretary', candidates: ['a:x', 'a:y'] }]);
  });
});
