// Instruments cited by number the ways practitioners write them (grammar/instruments.yaml citations): a CFSP decision,
// an EU act without "(EU)", a UK statutory instrument's number, a US bill, an issuer's numbered instrument of a year, a
// Chinese order without a year, an annex entities are listed in, a council's numbered resolution. Own sentences.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const found = (t: string, rule: string): string[] => findInstruments(t).filter((f) => f.rule === `instrument:${rule}`).map((f) => `${f.surface} => ${f.name}${f.procedural ? ' (procedural)' : ''}`);

describe('a Council decision of the common foreign and security policy', () => {
  it('is an EU act with CFSP where others say EU', () => {
    expect(found('The measures in Council Decision (CFSP) 2022/266 bear on the order.', 'eu-act')).toEqual(['Council Decision (CFSP) 2022/266 => Decision (CFSP) 2022/266']);
    expect(found('It amended Decision 2014/512/CFSP in June.', 'eu-act-old')).toEqual(['Decision 2014/512/CFSP => Decision 2014/512/CFSP']);
  });
});

describe('an EU act of 2015 or later without "(EU)"', () => {
  it('is named as with it, so both spellings are one act', () => {
    expect(found('Implementing Regulation 2024/2690 spells out the measures.', 'eu-act-bare')).toEqual(['Implementing Regulation 2024/2690 => Regulation (EU) 2024/2690']);
    expect(found('Operators follow Regulation 2019/947 when they fly.', 'eu-act-bare')).toEqual(['Regulation 2019/947 => Regulation (EU) 2019/947']);
  });
  it('leaves older numbers, decisions and the old form alone', () => {
    expect(found('Regulation 765/2008 set up market surveillance.', 'eu-act-bare')).toEqual([]);
    expect(found('Decision 2022/266 was cited.', 'eu-act-bare')).toEqual([]);
    expect(found('Directive 2014/53/EU governs radios.', 'eu-act-bare')).toEqual([]);
    expect(found('Regulation (EU) 2019/881 set up the scheme.', 'eu-act-bare')).toEqual([]);
  });
});

describe('a UK statutory instrument by its number', () => {
  it('reads the slash and the printed forms as one number, a procedural citation', () => {
    expect(found('The Regulations (SI 2023/1007) apply from April.', 'uk-si-number')).toEqual(['SI 2023/1007 => SI 2023/1007 (procedural)']);
    expect(found('Amending instruments cite S.I. 2023 No. 1007 instead.', 'uk-si-number')).toEqual(['S.I. 2023 No. 1007 => SI 2023/1007 (procedural)']);
  });
  it('needs the year first', () => {
    expect(found('The unit is SI 7 compliant.', 'uk-si-number')).toEqual([]);
  });
});

describe('a US bill by its number', () => {
  it('is a procedural citation of the bill', () => {
    expect(found('The act began as H.R. 3919 in the House.', 'us-bill')).toEqual(['H.R. 3919 => H.R. 3919 (procedural)']);
    expect(found('It was introduced as H.R.2864 last year.', 'us-bill')).toEqual(['H.R.2864 => H.R. 2864 (procedural)']);
  });
  it('is not a number after other initials', () => {
    expect(found('Its AH.R. 55 module failed.', 'us-bill')).toEqual([]);
  });
});

describe('an issuer\'s numbered instrument of a year', () => {
  it('is named by its type, number and year', () => {
    expect(found('Under Announcement No. 27 of 2023, exports need a licence.', 'numbered-of-year')).toEqual(['Announcement No. 27 of 2023 => Announcement No. 27 of 2023']);
    expect(found('The ministry issued Order No 3 of 2024 in May.', 'numbered-of-year')).toEqual(['Order No 3 of 2024 => Order No. 3 of 2024']);
  });
  it('needs the year', () => {
    expect(found('See Announcement No. 27 for details.', 'numbered-of-year')).toEqual([]);
  });
});

describe('a council\'s or a board\'s numbered resolution or ordinance (helper-135)', () => {
  it('is named by its number, in its document only', () => {
    expect(found('On 21 October the board adopted Resolution No. 2026-44, which bars such purchases.', 'numbered-resolution')).toEqual(['Resolution No. 2026-44 => Resolution No. 2026-44']);
    expect(found('The city council passed Ordinance No 1187 in May.', 'numbered-resolution')).toEqual(['Ordinance No 1187 => Ordinance No. 1187']);
    expect(findInstruments('The board adopted Resolution No. 2026-44.').find((f) => f.rule === 'instrument:numbered-resolution')?.local).toBe(true);
  });
  it('needs "No." and a number that ends there', () => {
    expect(found('The resolution was adopted in 2026.', 'numbered-resolution')).toEqual([]);
    expect(found('See Resolution No. 12/2024 of the assembly.', 'numbered-resolution')).toEqual([]);
  });
});

describe('a Chinese order numbered in its issuer\'s series', () => {
  it('is named with its issuer, which is a mention of its own', () => {
    const f = findInstruments('《关键信息基础设施安全保护条例》（国务院令第745号）自9月起施行。').filter((x) => x.rule === 'instrument:cn-order');
    expect(f.map((x) => [x.surface, x.parent?.surface, x.parent?.label])).toEqual([['国务院令第745号', '国务院', 'Authority']]);
    expect(found('依据工信部令第57号，企业应当办理手续。', 'cn-order')).toEqual(['工信部令第57号 => 工信部令第57号']);
  });
  it('needs the issuer', () => {
    expect(found('根据令第745号办理。', 'cn-order')).toEqual([]);
  });
});

describe('an annex that entities are listed in', () => {
  it('is a list of its own where it is named alone', () => {
    expect(found('The Council added Volkhov Avia Supply LLC, a Moscow distributor, to Annex IV.', 'annex-list')).toEqual(['Annex IV => Annex IV']);
    expect(found('The committee called on the Council to list the firm in Annex IV.', 'annex-list')).toEqual(['Annex IV => Annex IV']);
  });
  it('is a part of its act where the act follows, and no list without a verb of listing', () => {
    expect(found('The Council added the firm to Annex IV of Council Regulation (EU) No 833/2014.', 'annex-list')).toEqual([]);
    expect(found('Annex IV sets out the conformity assessment procedure.', 'annex-list')).toEqual([]);
    expect(found('The firm added a chapter. Annex IV follows.', 'annex-list')).toEqual([]);
  });
});

describe('an instrument word inside a body\'s name', () => {
  it('is no instrument when a body\'s head follows it', () => {
    const laws = (t: string): string[] => findInstruments(t).map((f) => f.surface);
    expect(laws('Harwick Lund LLP, Trade and Technology Regulation Group, wrote the memo.')).toEqual([]);
    expect(laws('The Rules Committee met on Monday.')).toEqual([]);
    expect(laws('The Harbour Code applies, and the Implementing Regulation of the Commission too.')).toEqual(['Harbour Code', 'Implementing Regulation']);
  });
});

describe('a list named by the section that requires it', () => {
  it('is a list of its own', () => {
    expect(found('The Department added the firm to its section 1260H list of Chinese military companies.', 'section-list')).toEqual(['section 1260H list => section 1260H list']);
    expect(found('Suppliers on the 1260H list are screened.', 'section-list')).toEqual(['1260H list => section 1260H list']);
  });
  it('needs "section" or a letter after the number', () => {
    expect(found('The 2024 list has forty names.', 'section-list')).toEqual([]);
    expect(found('Section 5 lists the requirements.', 'section-list')).toEqual([]);
  });
});

describe('a Chinese list whose name is quoted before the list word', () => {
  it('is the list, named without the quotes', () => {
    const f = findInstruments('美国国防部还把翔鹰航空列入了“中国军事企业”清单。').filter((x) => x.rule === 'instrument:cjk');
    expect(f.map((x) => `${x.surface} => ${x.name}`)).toEqual(['“中国军事企业”清单 => 中国军事企业清单']);
    expect(findInstruments('商务部将其列入不可靠实体清单。').map((x) => x.name)).toEqual(['不可靠实体清单']);
  });
});

describe('a docket, the file of an agency\'s proceeding (helper-137)', () => {
  it('is a procedural citation, by its bureau\'s letters and number or by its federal docket identifier', () => {
    expect(found('Comments were filed in GN Docket No. 19-118 last spring.', 'docket')).toEqual(['GN Docket No. 19-118 => GN Docket No. 19-118 (procedural)']);
    expect(found('The rule was proposed in docket NTC-2025-0012 in March.', 'docket-identifier')).toEqual(['NTC-2025-0012 => NTC-2025-0012 (procedural)']);
    expect(found('See Docket No. USTR-2024-0002 for the comments.', 'docket-identifier')).toEqual(['USTR-2024-0002 => USTR-2024-0002 (procedural)']);
  });
  it('needs the word docket', () => {
    expect(found('The NTC-2025-0012 unit shipped in March.', 'docket-identifier')).toEqual([]);
    expect(found('The file is No. 19-118.', 'docket')).toEqual([]);
  });
});

describe('a UN resolution cited by its number and its year in brackets', () => {
  it('is named by both, with or without the organ before it, and each of a list', () => {
    expect(found('Such transfers breach paragraph 4 of resolution 2901 (2027).', 'un-resolution')).toEqual(['resolution 2901 (2027) => resolution 2901 (2027)']);
    expect(found('States implement Security Council resolutions 1540 (2004) and 2325 (2016), as well as Resolution 2663 (2022).', 'un-resolution')).toEqual([
      'Security Council resolutions 1540 (2004) => resolution 1540 (2004)',
      '2325 (2016) => resolution 2325 (2016)',
      'Resolution 2663 (2022) => resolution 2663 (2022)',
    ]);
  });
  it('needs the year in brackets', () => {
    expect(found('The board adopted Resolution No. 2026-44 and resolution 12 of its rules.', 'un-resolution')).toEqual([]);
  });
});
