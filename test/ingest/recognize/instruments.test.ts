// Legal instruments by their citations and names.
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const names = (text: string): string[] => findInstruments(text).filter((f) => !f.pending).map((f) => `${f.surface} => ${f.name} [${f.rule}]`);

describe('instrument citations', () => {
  it('reads US citation forms into one canonical name each', () => {
    expect(names('50 U.S.C. 1701, section 301 of title 3, United States Code, 14 CFR part 107, 15 C.F.R. 744 and 89 FR 15421')).toEqual(
      expect.arrayContaining([
        '50 U.S.C. 1701 => 50 U.S.C. 1701 [instrument:us-code]',
        'section 301 of title 3, United States Code => 3 U.S.C. 301 [instrument:us-code]',
        '14 CFR part 107 => 14 CFR part 107 [instrument:cfr]',
        '15 C.F.R. 744 => 15 CFR part 744 [instrument:cfr]',
        '89 FR 15421 => 89 FR 15421 [instrument:federal-register]',
      ]),
    );
    // As a statute cites the Code: a title by its number, "United States Code" left out; not the CFR's, nor an act's own title.
    expect(names('as defined in section 70101 of title 46 and section 1260H of title 10')).toEqual([
      'section 70101 of title 46 => 46 U.S.C. 70101 [instrument:us-code]',
      'section 1260H of title 10 => 10 U.S.C. 1260H [instrument:us-code]',
    ]);
    expect(names('section 791.4 of title 15, Code of Federal Regulations').some((n) => n.includes('U.S.C.'))).toBe(false);
    expect(names('section 2 of title II of this Act')).toEqual([]);
    expect(names('Pub. L. 115-232, Public Law 116-124, E.O. 14034, Executive Order 13873 and Proclamation 9705')).toEqual(
      expect.arrayContaining([
        'Pub. L. 115-232 => Public Law 115-232 [instrument:public-law]',
        'E.O. 14034 => Executive Order 14034 [instrument:executive-order]',
        'Executive Order 13873 => Executive Order 13873 [instrument:executive-order]',
        'Proclamation 9705 => Proclamation 9705 [instrument:proclamation]',
      ]),
    );
  });
  it('reads a section of a CFR part as that section', () => {
    expect(names('as defined in 15 CFR 7.2 and 47 C.F.R. § 1.50002')).toEqual(
      expect.arrayContaining(['15 CFR 7.2 => 15 CFR 7.2 [instrument:cfr-section]', '47 C.F.R. § 1.50002 => 47 CFR 1.50002 [instrument:cfr-section]']),
    );
  });
  it('reads a CFR part or section written out as a statute writes it as that citation', () => {
    // (The code's own name inside is a candidate too; the longer citation wins when mentions are settled.)
    expect(names('as defined in section 791.2 of title 15, Code of Federal Regulations, and part 744 of title 15, Code of Federal Regulations')).toEqual(
      expect.arrayContaining([
        'section 791.2 of title 15, Code of Federal Regulations => 15 CFR 791.2 [instrument:cfr-section]',
        'part 744 of title 15, Code of Federal Regulations => 15 CFR part 744 [instrument:cfr]',
      ]),
    );
  });
  it('reads a section cited by its symbol, or by "Section" opening a sentence, but not a heading', () => {
    expect(names('A person may apply for an authorization under § 797.202.')).toEqual(['§ 797.202 => § 797.202 [instrument:cfr-section-sign]']);
    expect(names('Section 797.204 applies to vehicles.')).toEqual(['Section 797.204 => § 797.204 [instrument:cfr-section-sign]']);
    expect(names('§ 797.101 Purpose and scope.')).toEqual([]);
    expect(names('as described in Section 4.2 of the report')).toEqual([]);
  });
  it('reads a UK title with bracketed words before its head and a bare year as one instrument', () => {
    expect(names('breaches of the Norland (Sanctions) (Harbour Exit) Regulations 2021 were found')).toEqual([
      'Norland (Sanctions) (Harbour Exit) Regulations 2021 => Norland (Sanctions) (Harbour Exit) Regulations 2021 [instrument:uk-si]',
    ]);
    expect(names('the Valdmark Telecommunications (Security) Act 2021 requires')).toEqual([
      'Valdmark Telecommunications (Security) Act 2021 => Valdmark Telecommunications (Security) Act 2021 [instrument:uk-act]',
    ]);
    // No head and year after the brackets: no title.
    expect(names('The Council (in May) met in 2021, and Norland (Harbour) Rules apply.')).toEqual([]);
  });
  it("leaves the sentence's opening word out of a bracketed title, and reads a bill's so", () => {
    expect(names('The Harbour (Interception and Access) Act 1979 requires carriers to keep data.')).toEqual([
      'Harbour (Interception and Access) Act 1979 => Harbour (Interception and Access) Act 1979 [instrument:uk-act]',
    ]);
    expect(names('The Norland Code Amendment (Foreign Interference) Bill 2017 passed.')).toEqual([
      'Norland Code Amendment (Foreign Interference) Bill 2017 => Norland Code Amendment (Foreign Interference) Bill 2017 [instrument:uk-act]',
    ]);
  });
  it('reads a bracketed title with a comma before its year, and words such as "in" inside the brackets', () => {
    expect(names('issued under the Harbour Trade (Development and Regulation) Act, 1992, and the Public Procurement (Preference to Buy in Norland) Order, 2017').sort()).toEqual([
      'Harbour Trade (Development and Regulation) Act, 1992 => Harbour Trade (Development and Regulation) Act, 1992 [instrument:uk-act]',
      'Public Procurement (Preference to Buy in Norland) Order, 2017 => Public Procurement (Preference to Buy in Norland) Order, 2017 [instrument:uk-si]',
    ]);
  });
  it('reads a notification by its number in its series', () => {
    expect(names('according to Notification No. 54/2015-2020 issued in May')).toEqual(['Notification No. 54/2015-2020 => Notification No. 54/2015-2020 [instrument:numbered-notification]']);
    expect(names('Notification No. 12/2023 applies')).toEqual(['Notification No. 12/2023 => Notification No. 12/2023 [instrument:numbered-notification]']);
  });
  it("reads a state legislature's bill by its chamber and number, and a session law by its number and year", () => {
    expect(names('Senate Bill 44, signed in 2023, and HB 4213 bar such purchases; so does Act 300 of 2023.').sort()).toEqual([
      'Act 300 of 2023 => Act 300 of 2023 [instrument:numbered-act-of-year]',
      'HB 4213 => HB 4213 [instrument:state-bill-initials]',
      'Senate Bill 44 => Senate Bill 44 [instrument:state-bill]',
    ]);
    // The chamber's word and "Bill" alone name no bill; nor does a Swedish company's form before a year.
    expect(names('The Senate Bill was debated.')).toEqual([]);
    expect(names('Norrsken Optics AB 2023 results were published.').filter((n) => n.includes('state-bill'))).toEqual([]);
  });
  it("reads a bill's version as part of its number: a committee substitute, an engrossed or substitute bill", () => {
    expect(names('The analysis of CS/CS/HB 318 and of CS/SB 960 was filed with CSHB 27, HCS HB 5, ESSB 6120 and 2SHB 1410.').sort()).toEqual([
      '2SHB 1410 => 2SHB 1410 [instrument:state-bill-initials]',
      'CS/CS/HB 318 => CS/CS/HB 318 [instrument:state-bill-initials]',
      'CS/SB 960 => CS/SB 960 [instrument:state-bill-initials]',
      'CSHB 27 => CSHB 27 [instrument:state-bill-initials]',
      'ESSB 6120 => ESSB 6120 [instrument:state-bill-initials]',
      'HCS HB 5 => HCS HB 5 [instrument:state-bill-initials]',
    ]);
    // A bare chamber's number stays as it was; a word's capitals before it are no version.
    expect(names('SB 960 and HB 318 passed; HOSSB 12 did not.').sort()).toEqual(['HB 318 => HB 318 [instrument:state-bill-initials]', 'SB 960 => SB 960 [instrument:state-bill-initials]']);
  });
  it('reads a bill by its name', () => {
    expect(names('Parliament debated the Harbour Safety Bill in May.')).toEqual(['Harbour Safety Bill => Harbour Safety Bill [instrument:named]']);
  });
  it('reads a UK name\'s bare year after its head as part of it, not the start of a number', () => {
    expect(names('made under the Harbour Security and Investment Act 2031 (HSI Act) in May')).toContain(
      'Harbour Security and Investment Act 2031 => Harbour Security and Investment Act 2031 [instrument:named]',
    );
    expect(names('the Norland Quay Cranes Order 2030 applies')).toEqual(['Norland Quay Cranes Order 2030 => Norland Quay Cranes Order 2030 [instrument:named]']);
    expect(names('Implementing Regulation 2019/947 applies.').join()).not.toContain('Regulation 2019 ');
  });
  it('keeps a UK name\'s bare year before the full stop that ends its sentence', () => {
    expect(names('The beacons exceeded the limits set by the Harbour Radio Regulations 2031. Officers confirmed it.')).toEqual([
      'Harbour Radio Regulations 2031 => Harbour Radio Regulations 2031 [instrument:named]',
    ]);
    expect(names('The Office banned the beacons under section 9 of the Quay Safety Act 2030.')).toContain('Quay Safety Act 2030 => Quay Safety Act 2030 [instrument:named]');
  });
  it('reads a register a body keeps as a named list, not the Federal Register', () => {
    expect(names('The Council placed the firm on the Harbour Parties Register in May.')).toEqual(['Harbour Parties Register => Harbour Parties Register [instrument:named]']);
    expect(names('The notice was published in the Federal Register on 3 May.')).toEqual([]);
  });
  it('opens an act named after a person with the person\'s first name, initials and bracketed nickname', () => {
    expect(names('under section 12 of the Edda K. (Teddy) Lund Harbour Security Act of 2031, the list')).toContain(
      'Edda K. (Teddy) Lund Harbour Security Act of 2031 => Edda K. (Teddy) Lund Harbour Security Act of 2031 [instrument:named]',
    );
    // A bracket of lower-case words is no nickname.
    expect(names('The Council (in May) met, and the Harbour Act applies.')).toEqual(['Harbour Act => Harbour Act [instrument:named]']);
  });
  it('reads EU acts numbered before 2015 ("No <number>/<year>") and recommendations', () => {
    expect(names('Regulation (EU) No 910/2014, Regulation (EC) No 765/2008, Decision No 768/2008/EC and Recommendation (EU) 2019/534')).toEqual(
      expect.arrayContaining([
        'Regulation (EU) No 910/2014 => Regulation (EU) No 910/2014 [instrument:eu-act-numbered]',
        'Regulation (EC) No 765/2008 => Regulation (EC) No 765/2008 [instrument:eu-act-numbered]',
        'Decision No 768/2008/EC => Decision 768/2008/EC [instrument:eu-act-old]',
        'Recommendation (EU) 2019/534 => Recommendation (EU) 2019/534 [instrument:eu-act]',
      ]),
    );
  });
  it('reads the institution opening an EU act\'s title as part of its citation, not in its name', () => {
    expect(names('Commission Delegated Regulation (EU) 2019/945 and Council Regulation (EC) No 428/2009 apply.')).toEqual(
      expect.arrayContaining([
        'Commission Delegated Regulation (EU) 2019/945 => Regulation (EU) 2019/945 [instrument:eu-act]',
        'Council Regulation (EC) No 428/2009 => Regulation (EC) No 428/2009 [instrument:eu-act-numbered]',
      ]),
    );
  });
  it('reads EU acts, new and old style', () => {
    expect(names('Regulation (EU) 2016/679 and Directive 95/46/EC')).toEqual(
      expect.arrayContaining(['Regulation (EU) 2016/679 => Regulation (EU) 2016/679 [instrument:eu-act]', 'Directive 95/46/EC => Directive 95/46/EC [instrument:eu-act-old]']),
    );
  });
});

describe('named instruments', () => {
  it('reads named lists opening with "List of", and a version number as part of a name', () => {
    expect(names('added to the List of Untrusted Vendors under the Drone Strategy 2.0.')).toEqual([
      'List of Untrusted Vendors => List of Untrusted Vendors [instrument:leading]',
      'Drone Strategy 2.0 => Drone Strategy 2.0 [instrument:named]',
    ]);
    expect(findInstruments('the List of Untrusted Vendors')[0].kind).toBe('list');
  });
  it('reads "the X Act (of YEAR)", fiscal years and named lists', () => {
    expect(names('The Secure and Trusted Communications Networks Act of 2019, the National Defense Authorization Act for Fiscal Year 2019 and the Entity List.')).toEqual([
      'Secure and Trusted Communications Networks Act of 2019 => Secure and Trusted Communications Networks Act of 2019 [instrument:named]',
      'National Defense Authorization Act for Fiscal Year 2019 => National Defense Authorization Act for Fiscal Year 2019 [instrument:named]',
      'Entity List => Entity List [instrument:named]',
    ]);
  });
  it('reads names that open with an instrument word', () => {
    expect(names('the Measures for the Security Assessment of Outbound Data')).toEqual([
      'Measures for the Security Assessment of Outbound Data => Measures for the Security Assessment of Outbound Data [instrument:leading]',
    ]);
    expect(names('under the Treaty on Northern Fisheries and the Charter of Rights of Norland')).toEqual([
      'Treaty on Northern Fisheries => Treaty on Northern Fisheries [instrument:leading]',
      'Charter of Rights of Norland => Charter of Rights of Norland [instrument:leading]',
    ]);
  });
  it('reads no name that opens with an instrument word where a lower-case noun continues it: a product the words name (helper-135)', () => {
    expect(names('Re: Rules for the Harrow K7 survey drone in the EU and the UK')).toEqual([]);
    expect(names('The Rules for Export Licensing remain in force.')).toEqual(['Rules for Export Licensing => Rules for Export Licensing [instrument:leading]']);
    expect(names('The Measures for the Security Assessment of Outbound Data took effect.')).toEqual([
      'Measures for the Security Assessment of Outbound Data => Measures for the Security Assessment of Outbound Data [instrument:leading]',
    ]);
  });
  it('reads a treaty or act cited by its acronym right after an article (EU drafting: "Article 218 TFEU")', () => {
    expect(names('in accordance with Article 218 TFEU, the Union may conclude agreements')).toEqual(['TFEU => TFEU [instrument:article-acronym]']);
    expect(names('under Articles 56 and 57 NLDR and Article 4(2) TEU.')).toEqual(['NLDR => NLDR [instrument:article-acronym]', 'TEU => TEU [instrument:article-acronym]']);
    expect(names('under Article 5 of this Regulation and Article 6 Fisheries.')).toEqual([]);
  });
  it('reads no title after "this" or "such": the head is the document or one named before, its words a phrase of the sentence', () => {
    expect(names('The authority shall use the model set out in Annex 4 to this Regulation for the Certificate of Conformity for Drones.')).toEqual([]);
    expect(names('Exporters shall follow such Rules for the Export of Harbour Cranes.')).toEqual([]);
    expect(names('Exporters shall follow the Rules for the Export of Harbour Cranes.')).toEqual(['Rules for the Export of Harbour Cranes => Rules for the Export of Harbour Cranes [instrument:leading]']);
  });
  it('reads an EU name\'s date and the capitalised title after it as part of the name', () => {
    expect(names('laid down in the Interinstitutional Accord of 2 May 2011 on Better Fishing.')).toEqual([
      'Interinstitutional Accord of 2 May 2011 on Better Fishing => Interinstitutional Accord of 2 May 2011 on Better Fishing [instrument:named]',
    ]);
    expect(names('the Fisheries Agreement of 5 May 2010 on fish applies')).toEqual(['Fisheries Agreement of 5 May 2010 => Fisheries Agreement of 5 May 2010 [instrument:named]']);
  });
  it('reads a year before a lone head as a short form for the document to resolve, not a year elsewhere', () => {
    // "the 2019 Act" is the act of 2019 the text named before, else an instrument of its own (instrument-references.ts).
    expect(findInstruments('Parties to the 1958 Agreement apply it.')).toMatchObject([{ surface: '1958 Agreement', name: '1958 Agreement', pending: 'bare-head', kind: 'treaty' }]);
    expect(findInstruments('In 2019 the Agreement applied.')).toMatchObject([{ surface: 'Agreement', pending: 'bare-head' }]);
  });
  it('refuses generic and non-names: "this Act", "the Final Rule", "a PhD in Law"', () => {
    expect(findInstruments('this Act and the Final Rule, from a PhD in Law.')).toEqual([]);
    expect(findInstruments('as defined in the Act')).toMatchObject([{ surface: 'Act', pending: 'bare-head' }]);
  });
  it('refuses a word of time or relevance and a head, as section headings write them: "Current Law", "Existing Regulations"', () => {
    expect(names('Current Law\n\nExisting Regulations do not reach harbour cranes; Applicable Law differs.')).toEqual([]);
    // A word of its own before the head still names one.
    expect(names('Under the Harbour Cranes Law, ports report.')).toEqual(['Harbour Cranes Law => Harbour Cranes Law [instrument:named]']);
  });
  it('reads an instrument named by its type and subject, the subject in any case, to a verb or a function word', () => {
    expect(names('as defined in the EU Toolbox on 5G cybersecurity agreed by the Cooperation Group.')).toEqual([
      'EU Toolbox on 5G cybersecurity => EU Toolbox on 5G cybersecurity [instrument:subject]',
    ]);
    expect(names('The Harbour Toolbox for Port Security, which states agreed, applies.')).toEqual(['Harbour Toolbox for Port Security => Harbour Toolbox for Port Security [instrument:subject]']);
    expect(names('the Commission Communication on the Digital Decade and the Recommendation on connected vehicles apply')).toEqual([
      'Commission Communication on the Digital Decade => Commission Communication on the Digital Decade [instrument:subject]',
      'Recommendation on connected vehicles => Recommendation on connected vehicles [instrument:subject]',
    ]);
    // No determiner or qualifier before the head, or no subject after it: no name.
    expect(names('Communication on this topic is key.')).toEqual([]);
    expect(names('the Toolbox, as agreed')).toEqual([]);
  });
  it('reads a named toolbox as a named instrument, a generation\'s name (5G, 3GPP) a word of its name', () => {
    expect(names('Ministers applied the Harbour 5G Toolbox and the 6G Port Security Toolbox to their networks.')).toEqual([
      'Harbour 5G Toolbox => Harbour 5G Toolbox [instrument:named]',
      '6G Port Security Toolbox => 6G Port Security Toolbox [instrument:named]',
    ]);
  });
  it('reads no instrument after an indefinite determiner, nor in a body\'s name', () => {
    expect(names('developing a UN Regulation on automated vehicles and any Harbour Act')).toEqual([]);
    expect(names('The World Forum for Harmonization of Vehicle Regulations and the Committee on Rules met.')).toEqual([]);
    // An instrument word opening "of" keeps its name: the head is the instrument's.
    expect(names('the Code of Federal Regulations')).toEqual(['Code of Federal Regulations => Code of Federal Regulations [instrument:named]']);
  });
  it('reads a Chinese instrument by its issuer\'s number for the year, the issuer a body of its own', () => {
    const [f] = findInstruments('根据商务部公告2027年第18号，有关物项实施出口管制。');
    expect(f).toMatchObject({ surface: '商务部公告2027年第18号', name: '商务部公告2027年第18号', rule: 'instrument:cn-numbered', parent: { surface: '商务部', label: 'Authority' } });
    expect(names('见公告2027年第3号')).toEqual(['公告2027年第3号 => 公告2027年第3号 [instrument:cn-numbered]']);
  });
  it('reads a lower-case rule named by the technology it is about, after a determiner or a possessive', () => {
    expect(names('Commerce wrote the connected vehicles rule and the ministry\'s harbour-crane rule.')).toEqual([
      'connected vehicles rule => connected vehicles rule [instrument:thing-rule]',
      'harbour-crane rule => harbour-crane rule [instrument:thing-rule]',
    ]);
    // No thing head before the rule, a generic word, or no determiner: no name.
    expect(names('the final rule, the same rule, the export rule, the rule of law, vehicles rule the road')).toEqual([]);
  });
  it('names the instrument right before a quoted title by that title', () => {
    const found = findInstruments('It is the ministry\'s crane rule, published in 2031 as "Securing the Harbour Supply Chain: Cranes".');
    expect(found.map((f) => `${f.surface} => ${f.name}`).sort()).toEqual([
      'Securing the Harbour Supply Chain: Cranes => Securing the Harbour Supply Chain: Cranes',
      'crane rule => Securing the Harbour Supply Chain: Cranes',
    ]);
  });
  it('reads Chinese instrument names in and out of 《》', () => {
    expect(names('依据《网络安全法》和《不可靠实体清单规定》以及中华人民共和国数据安全法')).toEqual([
      '《网络安全法》 => 网络安全法 [instrument:cjk]',
      '《不可靠实体清单规定》 => 不可靠实体清单规定 [instrument:cjk]',
      '中华人民共和国数据安全法 => 中华人民共和国数据安全法 [instrument:cjk]',
    ]);
  });
  it('reads a Chinese named list without 《》 where something is listed on it or taken off it', () => {
    expect(names('工作机制将甲公司列入不可靠实体清单；丙公司已移出实体清单。')).toEqual([
      '不可靠实体清单 => 不可靠实体清单 [instrument:cjk]',
      '实体清单 => 实体清单 [instrument:cjk]',
    ]);
    expect(names('将有关企业列入清单，纳入名单管理。')).toEqual([]);
  });
  it('names an order, alone or joined by "and", but not "the Executive Order" alone', () => {
    expect(names('the Notice and Order and the Crane Designation Orders, under the Executive Order')).toEqual([
      'Notice and Order => Notice and Order [instrument:named]',
      'Crane Designation Orders => Crane Designation Orders [instrument:named]',
    ]);
  });
});

// A year between a determiner and a name of two words or more opens the name (helper-144).
describe('a name with its year before it', () => {
  it('takes the year after a determiner into the name', () => {
    expect(names('In the 2021 Harbour Cranes Order, the Port Authority barred two suppliers.')).toContain('2021 Harbour Cranes Order => 2021 Harbour Cranes Order [instrument:named]');
  });
  it('leaves a year that is no part of a name phrase out', () => {
    expect(names('Since 2021 the Harbour Cranes Order has barred two suppliers.')).toContain('Harbour Cranes Order => Harbour Cranes Order [instrument:named]');
    expect(names('By 2021 Harbour Cranes Order filings had doubled.')).toContain('Harbour Cranes Order => Harbour Cranes Order [instrument:named]');
  });
});

// A Chinese rule named by the goods it is about, after 的 (helper-144; dev28: "美国商务部…发布的网联汽车规则").
describe('a Chinese rule named by its goods', () => {
  it('is a rule where the words before 规则 end on a head of goods', () => {
    expect(names('该部去年发布的网联汽车规则禁止销售此类车辆。')).toContain('网联汽车规则 => 网联汽车规则 [instrument:thing-rule]');
    expect(names('欧盟发布的无人机规则对遥控识别作出要求。')).toContain('无人机规则 => 无人机规则 [instrument:thing-rule]');
  });
  it('is none where they name no goods, or no 的 opens them', () => {
    expect(names('该部去年发布的出口管制规则禁止此类交易。').filter((n) => n.includes('thing-rule'))).toEqual([]);
    expect(names('网联汽车规则禁止销售此类车辆。').filter((n) => n.includes('thing-rule'))).toEqual([]);
  });
});

// A leading type with only a part of the document after its link ("List of Subjects in 12 CFR Part 412", "List of
// Figures") names that part, no instrument (instruments.yaml named.leading-apparatus). Own sentences.
describe('a leading type that names a part of the document', () => {
  it('is no instrument', () => {
    expect(names('List of Subjects in 12 CFR Part 412').filter((n) => n.includes('instrument:leading'))).toEqual([]);
    expect(names('The List of Figures follows the summary.').filter((n) => n.includes('instrument:leading'))).toEqual([]);
  });
  it('leaves a list named by what it lists', () => {
    expect(names('The List of Restricted Suppliers took effect in May.')).toContain('List of Restricted Suppliers => List of Restricted Suppliers [instrument:leading]');
  });
});

describe('a leading type after "Public"', () => {
  it('names a public notice or announcement by its subject, as Korean and Chinese titles are translated', () => {
    expect(names('The ministry amended the Public Notice on Export of Dual-Use Harbour Cranes last week.')).toContain('Public Notice on Export of Dual-Use Harbour Cranes => Public Notice on Export of Dual-Use Harbour Cranes [instrument:leading]');
    expect(names('The Public Announcement on Controls of Rare Earth Magnets took effect.')).toContain('Public Announcement on Controls of Rare Earth Magnets => Public Announcement on Controls of Rare Earth Magnets [instrument:leading]');
  });
  it('not "Public" before another word or a public law\'s number', () => {
    expect(names('The Public Notice will be posted.').filter((n) => n.includes('instrument:leading'))).toEqual([]);
    expect(names('Under Public Law 117-55, the Commission acted.').filter((n) => n.includes('instrument:leading'))).toEqual([]);
  });
});
