// A company named in full with its legal form keeps its name when the text shortens it.
import { describe, expect, it } from 'vitest';
import { authorityHead, domainOf, invertedNames, shortNames, standsAsParty } from '../../../ingest/recognize/short-names.ts';
import { recogniseMarkdown } from './helpers.ts';

const mentionsOf = (label: string, md: string): string[] =>
  recogniseMarkdown(md).sentences.flatMap((s) => s.mentions.filter((m) => m.label === label).map((m) => `${m.surface}=${m.id}`));
const mentions = (md: string): string[] => mentionsOf('Company', md);

describe('company short names', () => {
  it('derives the name without its legal form, and the leading words of a coined name', () => {
    expect(shortNames('Marrowby Cable Systems Co., Ltd.')).toEqual(['Marrowby Cable Systems', 'Marrowby Cable', 'Marrowby']);
    expect(shortNames('Oskarsund Power GmbH')).toEqual(['Oskarsund Power', 'Oskarsund']);
    // A first word the lexicon knows is no name of its own; the name without its legal form still is.
    expect(shortNames('General Harbour Cranes Inc.')).toEqual(['General Harbour Cranes']);
    expect(shortNames('Target Corporation')).toEqual([]);
    // A company's group ends on its corporate-form word.
    expect(shortNames('Jiaxun Communications Group')).toEqual(['Jiaxun Communications', 'Jiaxun']);
    // No legal form: a coined name itself (a company's wherever the text once shows it to be one) and its leading words,
    // never a known first word.
    expect(shortNames('Marrowby Cable Systems')).toEqual(['Marrowby Cable Systems', 'Marrowby Cable', 'Marrowby']);
    expect(shortNames('General Harbour Cranes')).toEqual([]);
    expect(shortNames('Marrowby')).toEqual([]);
  });
  it('drops a Chinese registered name\'s town or province, known to the gazetteer where compromise does not know it', () => {
    expect(shortNames('Quanzhou Ruida Trading Company')).toEqual(['Quanzhou Ruida Trading', 'Quanzhou Ruida', 'Ruida Trading', 'Ruida']);
    expect(shortNames('Zhejiang Tongyun Optics Co., Ltd.')).toContain('Tongyun Optics');
    // And with its town before its coined word alone ("Chengdu Yunque" for "Chengdu Yunque Microsystems Co., Ltd."), as
    // lists and reports write it.
    expect(shortNames('Chengdu Yunque Microsystems Co., Ltd.')).toContain('Chengdu Yunque');
    // A town elsewhere is as often a trade name: the name keeps it.
    expect(shortNames('Meridian Gulf General Trading L.L.C.')).not.toContain('Gulf General Trading');
    // A line of business right after the town is no trade name: "Optics" alone names no company.
    expect(shortNames('Harrow Optics Ltd.')).toEqual(['Harrow Optics']);
    expect(shortNames('Shenzhen Robotics Co., Ltd.')).toEqual(['Shenzhen Robotics']);
    // A name in capitals, as a sanctions list writes it, is shortened as the text writes it after, in title case.
    expect(shortNames('SHENZHEN MINGTAI ELECTRONICS CO., LIMITED')).toContain('Mingtai Electronics');
    expect(
      mentions('OFAC designated Quanzhou Ruida Trading Company and SHENZHEN MINGTAI ELECTRONICS CO., LIMITED.\n\nRuida Trading acted as a broker. Mingtai Electronics sold cameras.'),
    ).toEqual([
      'Quanzhou Ruida Trading Company=company:~quanzhou-ruida-trading-company',
      'SHENZHEN MINGTAI ELECTRONICS CO., LIMITED=company:~shenzhen-mingtai-electronics-co-limited',
      'Ruida Trading=company:~quanzhou-ruida-trading-company',
      'Mingtai Electronics=company:~shenzhen-mingtai-electronics-co-limited',
    ]);
  });
  it('reads a news report\'s short name of a company it named in full without a legal form', () => {
    const md = '# T\n\nKorvanta Drone Systems, a Wuhan-based maker of survey drones, was fined on Monday.\n\nA Korvanta spokesman said Korvanta would appeal.';
    expect(mentions(md)).toEqual([
      'Korvanta Drone Systems=company:~korvanta-drone-systems',
      'Korvanta=company:~korvanta-drone-systems',
      'Korvanta=company:~korvanta-drone-systems',
    ]);
  });
  it('reads a coined name without a legal form again where nothing around it says it is a company', () => {
    const md = '# T\n\nKorvanta Drone Systems, a Wuhan-based maker of survey drones, was fined on Monday.\n\nIn June the ministry added Korvanta Drone Systems to its control list.';
    expect(mentions(md)).toEqual(['Korvanta Drone Systems=company:~korvanta-drone-systems', 'Korvanta Drone Systems=company:~korvanta-drone-systems']);
  });
  it('reads the short names as the company named in full, over a catalog technology inside them', () => {
    const md = '# T\n\nThe ministry fined Veldry Semiconductor Co., Ltd. in May.\n\nVeldry Semiconductor appealed, and Veldry later paid.';
    expect(mentions(md)).toEqual([
      'Veldry Semiconductor Co., Ltd.=company:~veldry-semiconductor-co-ltd',
      'Veldry Semiconductor=company:~veldry-semiconductor-co-ltd',
      'Veldry=company:~veldry-semiconductor-co-ltd',
    ]);
  });
  it('binds a short name two companies share to neither', () => {
    const md = '# T\n\nOskarsund Power GmbH and Oskarsund Cable AG met. Oskarsund said nothing.';
    expect(mentions(md).filter((m) => m.startsWith('Oskarsund='))).toEqual([]);
  });
});

describe('bodies named after their domain', () => {
  it('writes a ministry or department of one domain word with its domain first', () => {
    expect(invertedNames('Ministry of Fisheries')).toEqual(['Fisheries Ministry', 'fisheries ministry']);
    expect(invertedNames('Department of Harbours')).toEqual(['Harbours Department', 'harbours department']);
    expect(invertedNames('Ministry of Industry and Information Technology')).toEqual([]);
    expect(invertedNames('Office of Fisheries')).toEqual([]);
    // A domain that names the body alone (names.yaml self-named) is one of its names too.
    expect(invertedNames('Department of the Treasury')).toEqual(['Treasury Department', 'treasury department', 'Treasury']);
  });
  it('reads "Treasury" as the Department of the Treasury the document names', () => {
    const md = '# T\n\nThe Department of the Treasury fined Veldry Trawl Ltd. in May.\n\nTreasury said so.';
    expect(mentionsOf('Authority', md)).toEqual(['Department of the Treasury=authority:~treasury-department', 'Treasury=authority:~treasury-department']);
  });
  it('names a department of one domain word, or its secretary\'s title, by the domain alone', () => {
    expect(['Department of Fisheries', 'Secretary of Fisheries', 'Ministry of Fisheries', 'Department of Fisheries and Oceans', 'Bureau of Fisheries'].map(domainOf)).toEqual([['Fisheries'], ['Fisheries'], [], [], []]);
  });
  it('reads a department\'s domain alone only where it stands as a party', () => {
    const party = (sentence: string): boolean => standsAsParty(sentence, sentence.indexOf('Fisheries'), sentence.indexOf('Fisheries') + 'Fisheries'.length);
    expect(['Fisheries opened an inquiry.', 'Fisheries will decide.', 'Fisheries’ own rules', 'Fisheries\' own rules', 'It was filed with Fisheries.'].map(party)).toEqual([true, true, false, false, true]);
    expect(["Fisheries's inspectors came.", 'the Fisheries said', 'Fisheries policy changed.', 'Fisheries and oceans matter.'].map(party)).toEqual([true, false, false, false]);
    const md = '# T\n\nThe Secretary of Fisheries fined Veldry Trawl Ltd. in May.\n\nFisheries opened an inquiry. Fisheries policy changed.';
    expect(mentionsOf('Authority', md)).toEqual(['Secretary of Fisheries=authority:~fisheries-department', 'Fisheries=authority:~fisheries-department']);
  });
  it('reads a department named with its domain first ("the Fisheries Department") by the domain alone, and a present verb after it', () => {
    expect(['Fisheries Department', 'The Fisheries Department', 'U.S. Fisheries Department', 'Fisheries Board', 'fisheries department'].map(domainOf)).toEqual([['Fisheries'], ['Fisheries'], ['Fisheries'], [], []]);
    const party = (sentence: string): boolean => standsAsParty(sentence, sentence.indexOf('Fisheries'), sentence.indexOf('Fisheries') + 'Fisheries'.length);
    // A present form the lexicon does not tag; a plural noun's spelling only before its object.
    expect(['Fisheries blacklists two trawlers.', 'Fisheries bans the Veldry nets.', 'Fisheries bans rose in May.', 'Fisheries prices fell.', 'Fisheries rules apply.'].map(party)).toEqual([true, true, false, false, false]);
    const md = '# T\n\nThe Fisheries Department said on Monday it had fined Veldry Trawl Ltd.\n\nMARCH 2024 - Fisheries blacklists Veldry Trawl Ltd. and two other firms.';
    expect(mentionsOf('Authority', md)).toEqual(['Fisheries Department=authority:~fisheries-department', 'Fisheries=authority:~fisheries-department']);
  });
  it('reads "the fisheries ministry" as the Ministry of Fisheries the document names', () => {
    const md = '# T\n\nNorland\'s fisheries ministry fined Veldry Trawl Ltd. in May.\n\nThe Ministry of Fisheries said so.';
    expect(mentionsOf('Authority', md)).toEqual(['fisheries ministry=authority:~fisheries-ministry', 'Ministry of Fisheries=authority:~fisheries-ministry']);
  });
});

describe('a body named by its head noun alone', () => {
  it('reads no head noun alone in an instrument, nor its plural in a report', () => {
    expect(mentionsOf('Authority', '# Directive (EU) 2031/7 on harbours\n\nThis Directive applies. The Harbour Pilot Service met. The service shall be safe.')).toEqual([
      'Harbour Pilot Service=authority:~harbour-pilot-service',
    ]);
    expect(mentionsOf('Authority', '# A report\n\nThe Harbour Pilot Service met. The services were slow, the service said.')).toEqual([
      'Harbour Pilot Service=authority:~harbour-pilot-service',
      'the service=authority:~harbour-pilot-service',
    ]);
  });
  it('finds the head noun of a body\'s name', () => {
    expect(authorityHead('Ministry of Fisheries')).toBe('ministry');
    expect(authorityHead('Norland Harbour Commission')).toBe('commission');
    expect(authorityHead('Norland Harbour Institute')).toBeUndefined();
  });
  it('reads "the ministry" as the one ministry the news report names', () => {
    const md = "# T\n\nNorland's Ministry of Fisheries said it objected. In May the ministry put Veldry Trawl on its list.";
    expect(mentionsOf('Authority', md)).toEqual(['Ministry of Fisheries=authority:~fisheries-ministry', 'the ministry=authority:~fisheries-ministry']);
  });
  it('binds no head noun two bodies share, nor the parent that owns a body\'s name', () => {
    const two = '# T\n\nThe Office of Fisheries and the Office of Harbours met. The office said nothing.';
    expect(mentionsOf('Authority', two).filter((m) => m.startsWith('The office'))).toEqual([]);
    const parent = "# T\n\nThe Department of Fisheries spoke. X was fined by the department's Bureau of Trawling.";
    expect(mentionsOf('Authority', parent).filter((m) => m.startsWith('the department'))).toEqual([]);
  });
  it("counts a catalog body named by its acronym alone as a body of its name's head", () => {
    // The FCC (the catalog's Federal Communications Commission) and a commission named in full: "the commission" is either.
    const md = '# T\n\nOur annual report went to the Norland Harbour Commission in March.\n\nIn May the FCC barred Veldry radios. Will the commission act again?';
    expect(mentionsOf('Authority', md).filter((m) => m.startsWith('the commission'))).toEqual([]);
    const one = '# T\n\nOur annual report went to the Norland Harbour Commission in March.\n\nWill the commission act again?';
    expect(mentionsOf('Authority', one).filter((m) => m.startsWith('the commission'))).toEqual(['the commission=authority:~norland-harbour-commission']);
  });
});
