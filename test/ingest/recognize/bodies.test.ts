// Government bodies, offices, organisations and companies by the grammar of their names.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';

const bodies = (text: string): string[] => findBodies(text).map((f) => `${f.surface} => ${f.label}:${f.name} [${f.rule}${f.pending ? ' pending' : ''}]`);

describe('bodies', () => {
  it('reads "<head> of <name>" and "<name> <head>"', () => {
    expect(bodies('The Federal Trade Commission and the Committee on Foreign Investment in the United States met.')).toEqual([
      'Federal Trade Commission => Authority:Federal Trade Commission [body:name-head]',
      'Committee on Foreign Investment in the United States => Authority:Committee on Foreign Investment in the United States [body:head-of]',
    ]);
  });
  it('reads a legislature\'s subcommittee as a body, its domain a list with a serial comma', () => {
    expect(bodies('The House Subcommittee on Ports, Harbours, and Inland Waterways heard the witness.')).toEqual([
      'House Subcommittee on Ports, Harbours, and Inland Waterways => Authority:House Subcommittee on Ports, Harbours, and Inland Waterways [body:head-of]',
    ]);
  });
  it('makes a conditional head public only with a public qualifier or a country', () => {
    expect(bodies('the National Science Foundation and the Asia Society Policy Institute')).toEqual([
      'National Science Foundation => Authority:National Science Foundation [body:name-head]',
      'Asia Society Policy Institute => Organization:Asia Society Policy Institute [body:name-head]',
    ]);
  });
  it("reads a state's armed forces by their head, public only as a state's", () => {
    expect(bodies("The People's Liberation Army, the Russian Navy and the Salvation Army met.")).toEqual([
      "People's Liberation Army => Authority:People's Liberation Army [body:name-head]",
      'Russian Navy => Authority:Russian Navy [body:name-head]',
      'Salvation Army => Organization:Salvation Army [body:name-head]',
    ]);
  });
  it('makes a conditional head public with a country of two words or a state\'s prefix', () => {
    expect(bodies('the United States Harbour Finance Corporation, the U.S. Harbour Finance Corporation and the Harbour Finance Corporation')).toEqual([
      'United States Harbour Finance Corporation => Authority:United States Harbour Finance Corporation [body:name-head]',
      'U.S. Harbour Finance Corporation => Authority:U.S. Harbour Finance Corporation [body:name-head]',
      'Harbour Finance Corporation => Organization:Harbour Finance Corporation [body:name-head]',
    ]);
  });
  it('makes a Corporation after a field in -ics a company: "Defense Electronics Corporation", "Harbour Robotics Corporation"', () => {
    expect(bodies('Meridian Defense Electronics Corporation replied; Harbour Robotics Corporation and the Harbour Finance Corporation did not.')).toEqual([
      'Meridian Defense Electronics Corporation => Company:Meridian Defense Electronics Corporation [body:name-head]',
      'Harbour Robotics Corporation => Company:Harbour Robotics Corporation [body:name-head]',
      'Harbour Finance Corporation => Organization:Harbour Finance Corporation [body:name-head]',
    ]);
  });
  it('keeps the country a body belongs to', () => {
    expect(findBodies('the Dutch Ministry of Foreign Affairs')[0]).toMatchObject({ label: 'Authority', jurisdiction: 'nl' });
  });
  it('reads companies by their legal form', () => {
    expect(bodies('Northwind Optics Inc. sued Kestrel Batteries Co., Ltd.')).toEqual([
      'Northwind Optics Inc. => Company:Northwind Optics Inc. [body:name-head]',
      'Kestrel Batteries Co., Ltd. => Company:Kestrel Batteries Co., Ltd. [body:name-head]',
    ]);
  });
  it('reads the European Commission\'s directorates-general, a series in their names', () => {
    expect(bodies('The Directorate-General for Communications Networks, Content and Technology (DG CONNECT) studies it.')).toEqual([
      'Directorate-General for Communications Networks, Content and Technology => Authority:Directorate-General for Communications Networks, Content and Technology [body:head-of]',
    ]);
  });
  it('reads a group named by its line of business as a company, other groups as organisations', () => {
    expect(bodies('Jiaxun Communications Group, the Kestrel Semiconductor Group, the Cooperation Group and the Group of Seven')).toEqual([
      'Jiaxun Communications Group => Company:Jiaxun Communications Group [body:name-head]',
      'Kestrel Semiconductor Group => Company:Kestrel Semiconductor Group [body:name-head]',
      'Cooperation Group => Organization:Cooperation Group [body:name-head]',
      'Group of Seven => Organization:Group of Seven [body:head-of]',
    ]);
    // The line of business alone names no company.
    expect(bodies('the Communications Group')).toEqual(['Communications Group => Organization:Communications Group [body:name-head]']);
    // A line of business of names.yaml company-lines before the group's word (helper-250).
    expect(bodies('Arbelo Retail Group and the Varnel Investment Group said so')).toEqual([
      'Arbelo Retail Group => Company:Arbelo Retail Group [body:name-head]',
      'Varnel Investment Group => Company:Varnel Investment Group [body:name-head]',
    ]);
    expect(bodies('the Retail Group')).toEqual(['Retail Group => Organization:Retail Group [body:name-head]']);
  });
  it('names the body an office-holder heads', () => {
    expect(bodies('The Secretary of the Treasury, the Attorney General and the Administrator of the Federal Aviation Administration.')).toEqual([
      'Secretary of the Treasury => Authority:Department of the Treasury [title:of]',
      'Attorney General => Authority:Department of Justice [title:fixed]',
      'Federal Aviation Administration => Authority:Federal Aviation Administration [title:of]',
    ]);
    expect(bodies('Secretary of State Antony Blinken spoke.')).toEqual(['Secretary of State => Authority:Department of State [title:of]']);
  });
  it('spans the title of an office-holder whose body is named in full, written as the body\'s name', () => {
    const [f] = findBodies('The Director of the National Science Foundation shall report.');
    expect(f).toMatchObject({ start: 4, surface: 'National Science Foundation', name: 'National Science Foundation', rule: 'title:of' });
  });
  it('ends a department\'s name at the next link', () => {
    expect(bodies('Remarks by the Minister of Trade on Securing Supply Chains')).toEqual(['Minister of Trade => Authority:Ministry of Trade [title:of]']);
  });
  it('reads legislatures that their name alone names, with or without a state', () => {
    expect(bodies('It passed the House of Representatives and awaits a vote in the Senate.')).toEqual([
      'House of Representatives => Authority:House of Representatives [body:self-named]',
      'Senate => Authority:Senate [body:self-named]',
    ]);
    expect(findBodies('The Commission reports to Parliament and to the U.S. Senate.').filter((f) => f.rule === 'body:self-named')).toMatchObject([
      { surface: 'Parliament' },
      { surface: 'U.S. Senate', jurisdiction: 'us' },
    ]);
  });
  it("reads Taiwan's branches of government by their names alone", () => {
    expect(bodies("Taiwan's Executive Yuan told agencies to stop, and the Legislative Yuan agreed.")).toEqual([
      'Executive Yuan => Authority:Executive Yuan [body:self-named]',
      'Legislative Yuan => Authority:Legislative Yuan [body:self-named]',
    ]);
  });
  it('reads the finance ministry by its own word, alone or after a state\'s prefix', () => {
    expect(bodies("Treasury's sanctions office acted, and a bureau, part of HM Treasury, said so.")).toEqual([
      'Treasury => Authority:Treasury [body:self-named]',
      'HM Treasury => Authority:HM Treasury [body:name-head]',
    ]);
    expect(bodies('The Secretary of the Treasury met the U.S. Treasury team.').at(-1)).toBe('U.S. Treasury => Authority:U.S. Treasury [body:self-named]');
  });
  it('leaves a country\'s own name to the countries', () => {
    expect(bodies('companies based in the Russian Federation')).toEqual([]);
  });
  it('leaves a title with words before it for the document\'s "Office of the ..." to resolve', () => {
    expect(bodies('Then the Trade Representative announced it.')).toEqual(['Trade Representative => Authority:Trade Representative [title:of pending]']);
  });
  it('reads a ranked title with "for" as an office, a title with "for" and no rank as nothing', () => {
    expect(bodies('the Assistant Secretary for Export Enforcement')).toEqual([
      'Assistant Secretary for Export Enforcement => Authority:Assistant Secretary for Export Enforcement [title:for pending]',
    ]);
    expect(bodies('a Secretary for Export Enforcement')).toEqual([]);
  });
  it('reads a ranked title of a department with "for" its domain as an office of its own, written as the title', () => {
    expect(bodies('the Deputy Secretary of Transport for Maritime Safety and the Associate Director of Research for Coastal Studies')).toEqual([
      'Deputy Secretary of Transport for Maritime Safety => Authority:Deputy Secretary of Transport for Maritime Safety [title:office]',
      'Associate Director of Research for Coastal Studies => Authority:Associate Director of Research for Coastal Studies [title:office]',
    ]);
    // Without "for" the ranked secretary is an official of the department (bodies-ranked-titles.test.ts). "Under" opens
    // names, but before a department's title with "for" its domain it is the office's rank (the lead's convention since
    // helper-112: "Under Secretary of Commerce for Industry and Security" names the bureau of that domain, not the
    // department), an office that waits for the body the document names for its domain.
    expect(bodies('the Deputy Secretary of Transport met')).toEqual(['Secretary of Transport => Authority:Department of Transport [title:of]']);
    expect(bodies('the Under Secretary of Transport for Maritime Safety')).toEqual([
      'Under Secretary of Transport for Maritime Safety => Authority:Under Secretary of Transport for Maritime Safety [title:office pending]',
    ]);
    expect(bodies('the Under Secretary of Transport met')).toEqual(['Secretary of Transport => Authority:Department of Transport [title:of]']);
  });
  it('reads a plural acronym of members before a collective head in lower case as a body, not a singular one', () => {
    expect(bodies('the SIRTs network and the PSAPs group met; the LTE network did not')).toEqual([
      'SIRTs network => Organization:SIRTs network [body:members]',
      'PSAPs group => Organization:PSAPs group [body:members]',
    ]);
  });
  it('reads a body the words around it call a think tank or a nonprofit as an organisation, whatever its head', () => {
    expect(bodies('The Harbour Council, a Norland think tank, and the nonprofit Bureau of Coastal Research met the Harbour Commission.')).toEqual([
      'Harbour Council => Organization:Harbour Council [body:name-head]',
      'Bureau of Coastal Research => Organization:Bureau of Coastal Research [body:head-of]',
      'Harbour Commission => Authority:Harbour Commission [body:name-head]',
    ]);
  });
  it('reads a group the words around it call a company as a company', () => {
    expect(bodies('Veldry Group, a drone maker, and drone makers such as Halvard Group met the Liaison Group.')).toEqual([
      'Veldry Group => Company:Veldry Group [body:name-head]',
      'Halvard Group => Company:Halvard Group [body:name-head]',
      'Liaison Group => Organization:Liaison Group [body:name-head]',
    ]);
  });
  it('reads a task force and an armed force as public bodies', () => {
    expect(bodies('The Interagency Task Force on Harbours and the Norland Air Force met; force majeure applies.')).toEqual([
      'Interagency Task Force on Harbours => Authority:Interagency Task Force on Harbours [body:head-of]',
      'Norland Air Force => Authority:Norland Air Force [body:name-head]',
    ]);
  });
  it('reads a title after its domain\'s words, before a person\'s name or nothing, as a candidate for the body', () => {
    expect(bodies('Harbours Secretary Jane Doe spoke; the U.S. Harbours Secretary Roe and the Fisheries Minister agreed.')).toEqual([
      'Harbours Secretary => Authority:Department of Harbours [body:inverted-title]',
      'U.S. Harbours Secretary => Authority:Department of Harbours [body:inverted-title]',
      'Fisheries Minister => Authority:Ministry of Fisheries [body:inverted-title]',
    ]);
    // Words after the title that are no person's name: no title of a body.
    expect(bodies('the Harbours Secretary Policy Review')).toEqual([]);
  });
  it('reads a body named after an organisation as one name, and splits one named after a public body', () => {
    expect(bodies('The Harbour Union Agency for Pilotage and the Department of Harbours Bureau of Pilotage met.')).toEqual([
      'Harbour Union Agency for Pilotage => Authority:Harbour Union Agency for Pilotage [body:head-of]',
      'Department of Harbours => Authority:Department of Harbours [body:head-of]',
      'Bureau of Pilotage => Authority:Bureau of Pilotage [body:head-of]',
    ]);
  });
  it('leaves bare heads and titles without a body for the document to resolve', () => {
    expect(bodies('the Commission and the Director of National Intelligence')).toEqual([
      'Commission => Authority:Commission [bare-head pending]',
      'Director of National Intelligence => Authority:Director of National Intelligence [title:of pending]',
    ]);
  });
  it('reads "U.S. <name>" without a head as a body, but not "U.S. IoT"', () => {
    expect(bodies('U.S. Customs and Border Protection and U.S. IoT firms')).toEqual([
      'U.S. Customs and Border Protection => Authority:U.S. Customs and Border Protection [body:state-prefix]',
    ]);
  });
  it('reads Chinese public bodies', () => {
    expect(bodies('国务院有关部门和国家密码管理局、公安机关依法履职。')).toEqual([
      '国务院有关部门 => Authority:国务院有关部门 [cjk:body]',
      '国家密码管理局 => Authority:国家密码管理局 [cjk:body]',
      '公安机关 => Authority:公安机关 [cjk:body]',
    ]);
  });
  it('reads a Chinese ministry or general administration by its own name, not a word on 部', () => {
    expect(bodies('出口企业应当向财政部申报，住房和城乡建设部、外交部和海关总署依法监管；日本经济产业部另行公告。')).toEqual([
      '财政部 => Authority:财政部 [cjk:body]',
      '住房和城乡建设部 => Authority:住房和城乡建设部 [cjk:body]',
      '外交部 => Authority:外交部 [cjk:body]',
      '海关总署 => Authority:海关总署 [cjk:body]',
      '日本经济产业部 => Authority:日本经济产业部 [cjk:body]',
    ]);
    expect(bodies('几乎全部企业的内部审查和加快部署，会同有关部门，一部分干部。')).toEqual([]);
  });
  it('reads the body that keeps a Chinese named list by the list\'s name, not a working mechanism of no list', () => {
    expect(bodies('出口管制管控名单工作机制和不可靠实体清单工作机制决定；建立健全工作机制。')).toEqual([
      '出口管制管控名单工作机制 => Authority:出口管制管控名单工作机制 [cjk:body]',
      '不可靠实体清单工作机制 => Authority:不可靠实体清单工作机制 [cjk:body]',
    ]);
  });
  it('reads the State Council alone, and not inside a name of its departments', () => {
    expect(bodies('经国务院批准，国务院有关部门依法监管。')).toEqual([
      '国务院有关部门 => Authority:国务院有关部门 [cjk:body]',
      '国务院 => Authority:国务院 [cjk:body]',
    ]);
  });
  it('reads a Chinese company by its ending, not a class of companies', () => {
    expect(bodies('商务部将北岭航电系统公司和华为技术有限公司列入清单，对卡斯特光学公司开展调查。')).toEqual([
      '商务部 => Authority:商务部 [cjk:body]',
      '北岭航电系统公司 => Company:北岭航电系统公司 [cjk:company]',
      '华为技术有限公司 => Company:华为技术有限公司 [cjk:company]',
      '卡斯特光学公司 => Company:卡斯特光学公司 [cjk:company]',
    ]);
    expect(bodies('禁止向外国公司和有关公司出口，美国公司不受影响。')).toEqual([]);
  });
  it('reads the body that holds a body named "<body> of the <body>"', () => {
    const [f] = findBodies('It reported to the Committee on Ports of the Norland Assembly.');
    expect(f).toMatchObject({ name: 'Committee on Ports of the Norland Assembly', stem: 'Committee on Ports', parent: { name: 'Norland Assembly', start: 45 } });
    expect(findBodies('the Office of the Valdmark Trade Representative')[0]?.stem).toBeUndefined();
  });
  it('marks a public title with no body in its name as an office of its own', () => {
    expect(findBodies('The Director of National Ports shall act.')[0]).toMatchObject({ name: 'Director of National Ports', pending: 'title', kind: 'office' });
    expect(findBodies('The Director of Ports shall act.')[0]?.kind).toBeUndefined();
  });
  it('reads the public body a unit is "for the" as its parent, as one it is "of the"', () => {
    const [unit] = findBodies('The Office of Tides for the Bureau of Harbour Security met.');
    expect(unit).toMatchObject({ name: 'Office of Tides for the Bureau of Harbour Security', stem: 'Office of Tides', parent: { name: 'Bureau of Harbour Security' } });
    // "for the" before no public body: no parent.
    expect(findBodies('The Harbour Office for the Coordination of Tides met.')[0]?.parent).toBeUndefined();
  });
});
