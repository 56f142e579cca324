// Sentence splitting (ingest/text/sentences.ts) with the English rules: abbreviations, offsets.
import { describe, expect, it } from 'vitest';
import { english } from '../../../ingest/languages/en.ts';
import { splitSentences as split } from '../../../ingest/text/sentences.ts';

const splitSentences = (t: string) => split(t, english);

describe('sentences', () => {
  it('re-joins abbreviations that ICU splits before a capital', () => {
    const t = 'The U.S. Department of Commerce acted, e.g. Huawei was listed. Dr. James Mulvenon wrote it. See Art. 7 too.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The U.S. Department of Commerce acted, e.g. Huawei was listed.',
      'Dr. James Mulvenon wrote it.',
      'See Art. 7 too.',
    ]);
  });
  it('does not end a sentence inside a bracket it opened ("et seq.)"), but ends a parenthetical sentence', () => {
    const t = 'The Act (50 U.S.C. 1701 et seq.) (IEEPA) applies. Under the Act (5 U.S.C. 601 et seq.) BIS has acted. (See 5 U.S.C. 801 et seq.) The end.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The Act (50 U.S.C. 1701 et seq.) (IEEPA) applies.',
      'Under the Act (5 U.S.C. 601 et seq.) BIS has acted.',
      '(See 5 U.S.C. 801 et seq.)',
      'The end.',
    ]);
  });
  it('starts a sentence with the opening bracket or quote that follows the terminator with no space between', () => {
    const t = '该法适用于两用物项。《出口管制法》还规定了管制清单。“管控名单”由商务部公布。';
    expect(splitSentences(t).map((s) => s.text)).toEqual(['该法适用于两用物项。', '《出口管制法》还规定了管制清单。', '“管控名单”由商务部公布。']);
  });
  it('keeps a transcript speaker\'s title in capitals with the name after it', () => {
    const t = 'MS. HALVERSEN: Thank you, Senator. DR. OKORO: We agree. MR. PARK: So do we.';
    expect(splitSentences(t).map((s) => s.text)).toEqual(['MS. HALVERSEN: Thank you, Senator.', 'DR. OKORO: We agree.', 'MR. PARK: So do we.']);
  });
  it('keeps offsets into the paragraph', () => {
    const t = 'One. Two words here.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
  it('keeps citation abbreviations of US, EU and UK legal text inside the sentence', () => {
    const t =
      'BIS issued the rule at 87 Fed. Reg. 62186 (Oct. 13, 2022). The rule (see 15 C.F.R. pt. 744, Supp. No. 4) adds the firms. ' +
      'The EU adopted Council Reg. (EU) No. 833/2014. The rule cites Exec. Order No. 13873. The Court in Kestrel Techs. USA, Inc. v. FCC upheld it. ' +
      'Sens. Cotton and Rubio wrote to the Dept. of Commerce. (Pub. L. 116-124, div. N, 134 Stat. 160.)';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'BIS issued the rule at 87 Fed. Reg. 62186 (Oct. 13, 2022).',
      'The rule (see 15 C.F.R. pt. 744, Supp. No. 4) adds the firms.',
      'The EU adopted Council Reg. (EU) No. 833/2014.',
      'The rule cites Exec. Order No. 13873.',
      'The Court in Kestrel Techs. USA, Inc. v. FCC upheld it.',
      'Sens. Cotton and Rubio wrote to the Dept. of Commerce.',
      '(Pub. L. 116-124, div. N, 134 Stat. 160.)',
    ]);
  });
  it('ends a sentence at an abbreviation that may end one ("U.S.", "etc.", "Co.") only before a word that opens one', () => {
    const t =
      'The ban covers cranes imported into the U.S. The U.S. Department of Commerce said so. The list names Kestrel, Harbin Tide, etc. ' +
      'The FCC acted later. Zhejiang Kestrel Technology Co. Ltd. was named. The Bureau listed Harbin Tide Co. It said so. ' +
      'Imports from the P.R.C. were restricted. The measures are in Annex A. The goods are listed there.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The ban covers cranes imported into the U.S.',
      'The U.S. Department of Commerce said so.',
      'The list names Kestrel, Harbin Tide, etc.',
      'The FCC acted later.',
      'Zhejiang Kestrel Technology Co. Ltd. was named.',
      'The Bureau listed Harbin Tide Co.',
      'It said so.',
      'Imports from the P.R.C. were restricted.',
      'The measures are in Annex A.',
      'The goods are listed there.',
    ]);
  });
  it('still joins single initials and never-final abbreviations before any capital', () => {
    const t = 'The order was signed by Gov. Smith on Feb. 3. Under Pub. L. No. 115-232, Sec. 889 applies. John C. Smith wrote it.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'The order was signed by Gov. Smith on Feb. 3.',
      'Under Pub. L. No. 115-232, Sec. 889 applies.',
      'John C. Smith wrote it.',
    ]);
  });
  it('joins address and trading-company abbreviations ("ul.", "Imp. & Exp.") before a capital', () => {
    const t = 'Nordvik LLC, ul. Sadovaya 12, Moscow, is listed. Ningbo Larkspur Imp. & Exp. Co., Ltd. ships parts. It said so.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'Nordvik LLC, ul. Sadovaya 12, Moscow, is listed.',
      'Ningbo Larkspur Imp. & Exp. Co., Ltd. ships parts.',
      'It said so.',
    ]);
  });
  it('reads legal forms that may end a sentence in capitals too ("CO., LTD. (Chinese: ...")', () => {
    const t = 'ZHEJIANG LARKSPUR CO., LTD. (Chinese Simplified: 浙江) is listed. The list names LARKSPUR CO. It was named.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'ZHEJIANG LARKSPUR CO., LTD. (Chinese Simplified: 浙江) is listed.',
      'The list names LARKSPUR CO.',
      'It was named.',
    ]);
  });
  it('ends a sentence at a legal form before an acronym that opens a clause, not after a dotted group', () => {
    const t =
      'Nordvik is owned by Larkspur Optics Co., Ltd. OFAC is designating Nordvik too. Parts went into the U.S. FCC rules apply. ' +
      'LARKSPUR CO., LTD. NORDVIK is a trade name here.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'Nordvik is owned by Larkspur Optics Co., Ltd.',
      'OFAC is designating Nordvik too.',
      'Parts went into the U.S. FCC rules apply.',
      'LARKSPUR CO., LTD. NORDVIK is a trade name here.',
    ]);
  });
  it('keeps a state code\'s "s." and "ss." before a section number inside the sentence, but ends one at "s." before an opener', () => {
    const t =
      'An act relating to harbour cranes; creating s. 311.44, V.S.; amending ss. 311.40-311.43, V.S.; providing an effective date. ' +
      'The crane stops within 12 s. The operator then resets it.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'An act relating to harbour cranes; creating s. 311.44, V.S.; amending ss. 311.40-311.43, V.S.; providing an effective date.',
      'The crane stops within 12 s.',
      'The operator then resets it.',
    ]);
  });
  it('does not end a sentence inside a legal form of two abbreviations ("Sdn. Bhd.", "Pte. Ltd.", "Pvt. Ltd.")', () => {
    const t =
      'Kinabalu Circuits Sdn. Bhd. of Malaysia shipped the boards. Orchid Bay Pte. Ltd. resold them. ' +
      'The buyer was Narmada Sensors Pvt. Ltd. The listing followed. KINABALU CIRCUITS SDN. BHD. The entry was added.';
    expect(splitSentences(t).map((s) => s.text)).toEqual([
      'Kinabalu Circuits Sdn. Bhd. of Malaysia shipped the boards.',
      'Orchid Bay Pte. Ltd. resold them.',
      'The buyer was Narmada Sensors Pvt. Ltd.',
      'The listing followed.',
      'KINABALU CIRCUITS SDN. BHD.',
      'The entry was added.',
    ]);
  });
});
