// The tokenizer of names: runs of capitalised words and connectors, openers, possessives, splits.
import { describe, expect, it } from 'vitest';
import { isCap, nameRuns, spanText, tokenize } from '../../../ingest/recognize/names.ts';

const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));

describe('name runs', () => {
  it('joins capitalised words with connectors and drops openers', () => {
    expect(runs('Pursuant to the Bureau of Industry and Security rules, the Office of the United States Trade Representative met.')).toEqual([
      'Bureau of Industry and Security',
      'Office of the United States Trade Representative',
    ]);
  });
  it('lets "the" follow only of/for/on/in, so "X and the Y" are two names', () => {
    expect(runs('the Department of Commerce and the Treasury')).toEqual(['Department of Commerce', 'Treasury']);
  });
  it('ends a name at a possessive, but not at "People\'s"', () => {
    expect(runs("the Federal Communications Commission's Covered List")).toEqual(['Federal Communications Commission', 'Covered List']);
    expect(runs("the People's Republic of China")).toEqual(["People's Republic of China"]);
  });
  it('joins "<link> the" only to a word that opens a name of its own', () => {
    expect(runs("President Trump blocked the acquisition of Qualcomm by Broadcom on the Committee's recommendation.")).toEqual([
      'President Trump',
      'Qualcomm',
      'Broadcom',
      'Committee',
    ]);
    expect(runs('Members of the European Parliament and the Office of the Director of National Intelligence')).toEqual([
      'Members',
      'European Parliament',
      'Office of the Director of National Intelligence',
    ]);
  });
  it('reads the comma of a series of a body\'s name, closed by ", and" or by "and"', () => {
    expect(runs('the Committee on Commerce, Science, and Transportation met')).toEqual(['Committee on Commerce, Science, and Transportation']);
    expect(runs('with the Ministry of Economy, Trade and Industry')).toEqual(['Ministry of Economy, Trade and Industry']);
    // No body's head before the series: names listed, each its own.
    expect(runs('Brightwell, Kestrel and Northwind met')).toEqual(['Brightwell', 'Kestrel and Northwind']);
  });
  it('counts the last item of a series only up to a bracket (a minister named in it is no word of the item)', () => {
    expect(runs('The Ministry of Ports, Fisheries and Oceans (Minister Hana Orlov Petrenko, hereinafter "MPFO") said.')).toEqual([
      'Ministry of Ports, Fisheries and Oceans',
      'Minister Hana Orlov Petrenko',
      'MPFO',
    ]);
  });
  it('reads ", and" after a body\'s only item as joining two phrases, no series (a counsel list: name, title, body)', () => {
    expect(runs('With him on the brief were Mara Quill, Counsel, Norland Ministry of Ports, and Tobin Reyes, Attorney.')).toEqual([
      'Mara Quill',
      'Counsel',
      'Norland Ministry of Ports',
      'Tobin Reyes',
      'Attorney',
    ]);
    // Three items or more are a series still.
    expect(runs('the Committee on Fisheries, Harbours, and Ports met')).toEqual(['Committee on Fisheries, Harbours, and Ports']);
  });
  it('ends a name before "and of", which coordinates two phrases', () => {
    expect(runs('Directive 2016/1 of the Valdmark Parliament and of the Council')).toEqual(['Directive', 'Valdmark Parliament', 'Council']);
  });
  it('ends a body\'s name before "and" and an acronym, which names another body', () => {
    expect(runs('They cooperate with the Fisheries Board and NFA, and the Bureau of Ports and Harbours.')).toEqual(['Fisheries Board', 'NFA', 'Bureau of Ports and Harbours']);
  });
  it('splits where a second body opens inside a run', () => {
    expect(runs('the Department of Commerce Bureau of Industry and Security')).toEqual(['Department of Commerce', 'Bureau of Industry and Security']);
  });
  it('ends a name before a day of the week, which "on" would otherwise link to a body\'s head', () => {
    expect(runs('The Norland Harbour Department on Tuesday fined Marrowby Cable.')).toEqual(['Norland Harbour Department', 'Marrowby Cable']);
    expect(runs('The Committee on Foreign Investment met on Friday.')).toEqual(['Committee on Foreign Investment']);
  });
  it('ends a company name at its legal form, keeping "Co., Ltd."', () => {
    expect(runs('Northwind Optics Inc. and Huawei Technologies Co., Ltd. objected')).toEqual(['Northwind Optics Inc.', 'Huawei Technologies Co., Ltd.']);
  });
  it('keeps the dots of initialisms and legal forms, not of a sentence end', () => {
    expect(tokenize('U.S. Commerce Inc. ends here.').map((t) => t.t)).toEqual(['U.S.', 'Commerce', 'Inc.', 'ends', 'here']);
  });
  it('does not take adjectival compounds for names', () => {
    expect(isCap('Government-related')).toBe(false);
    expect(isCap('U.S.-China')).toBe(true);
  });
  it('ends a name before a date and splits an instrument from the body that issued it', () => {
    expect(runs('the Orders of the Valdmark Trade Board on March 3, 2021')).toEqual(['Orders of the Valdmark Trade Board', 'March']);
    expect(runs('the Final Notice and Order of the Board in the matter')).toEqual(['Final Notice and Order', 'Board']);
  });
  it('keeps a name whose words are listed with commas, closed by ", and", after a head or before one', () => {
    expect(runs('a report to the Board on Ports, Rail, and Roads of the Assembly and the Ports, Rail, and Roads Council today')).toEqual([
      'Board on Ports, Rail, and Roads of the Assembly',
      'Ports, Rail, and Roads Council',
    ]);
    expect(runs('Norland, Valdmark, and Estmark signed; the Board of Trade, Finance, and the Navy met')).toEqual([
      'Norland',
      'Valdmark',
      'Estmark',
      'Board of Trade',
      'Finance',
      'Navy',
    ]);
  });
  it('keeps the body an office-holder heads in the title\'s run', () => {
    expect(runs('the Director of the Valdmark Bureau of Standards and the Secretary')).toEqual(['Director of the Valdmark Bureau of Standards', 'Secretary']);
  });
  it('opens no name with a question\'s auxiliary', () => {
    expect(runs('Is Treasury going to fine Brackwater Optics?')).toEqual(['Treasury', 'Brackwater Optics']);
    expect(runs('Will the Harbour Board approve it? Does Valdmark Customs agree?')).toEqual(['Harbour Board', 'Valdmark Customs']);
    // Inside a name the word is no opener.
    expect(runs('the Good Will Foundation')).toEqual(['Good Will Foundation']);
  });
  it('opens no name with a quantifier that opens a sentence', () => {
    expect(runs('Some Members of Congress objected. Several Valdmark Ports agreed.')).toEqual(['Members of Congress', 'Valdmark Ports']);
  });
  it("opens no name with a party's role in a suit", () => {
    expect(runs('Plaintiff Brackwater Optics Co., Ltd. is a company organized under the laws of Valdmark.')).toEqual(['Brackwater Optics Co., Ltd.', 'Valdmark']);
    expect(runs('Defendant United States Department of Commerce is an executive department.')).toEqual(['United States Department of Commerce']);
    expect(runs('The appeal of Appellant Kestrel Cranes was heard.')).toEqual(['Kestrel Cranes']);
  });
  it("opens no name with a heading's letter before an opener (helper-247)", () => {
    expect(runs('D. The Entity List addition')).toEqual(['Entity List']);
    expect(runs('C. The Final Determination')).toEqual(['Final Determination']);
    // An initial before a name stays.
    expect(runs('John D. Brackwater met the Harbour Board.')).toEqual(['John D. Brackwater', 'Harbour Board']);
  });
  it('opens no name with a sentence adverb written without its comma', () => {
    expect(runs('Later Treasury fined Brackwater Optics.')).toEqual(['Treasury', 'Brackwater Optics']);
  });
  it('ends a name before an acronym its words spell, written beside it', () => {
    expect(runs('the Harbour Product Safety Commission HPSC met')).toEqual(['Harbour Product Safety Commission', 'HPSC']);
    expect(runs('the Department of Harbour Security DHS met')).toEqual(['Department of Harbour Security', 'DHS']);
    // An acronym the words do not spell stays in the name.
    expect(runs('the Harbour Product Safety Commission II met')).toEqual(['Harbour Product Safety Commission II']);
  });
  it('splits two bodies joined by "and" without "the" before a head that opens a name of its own', () => {
    expect(runs('The Office of Dredging and Office of Tides for the Bureau of Harbour Security met.')).toEqual([
      'Office of Dredging',
      'Office of Tides for the Bureau of Harbour Security',
    ]);
    expect(runs('the Department of Harbours and Department of Tides met')).toEqual(['Department of Harbours', 'Department of Tides']);
    // "and" inside one body's name ("Bureau of Industry and Security", "Committee on Energy and Commerce") joins its words.
    expect(runs('the Bureau of Industry and Security and the Committee on Energy and Commerce met')).toEqual(['Bureau of Industry and Security', 'Committee on Energy and Commerce']);
  });
});
