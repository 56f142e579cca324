// Companies named with a legal form as registers and sanctions lists write them (legal-forms.ts): names in capitals,
// forms that open the name, aliases after "a.k.a."/"f.k.a.". Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findLegalForms } from '../../../ingest/recognize/legal-forms.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf, surfaceIdsOf } from '../one-sentence.ts';

const found = (text: string): string[] => findLegalForms(text).filter((f) => f.label === 'Company').map((f) => `${f.surface} [${f.rule}] ${f.name}`);
const mentions = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md), 'Company');

describe('a name in capitals with a legal form', () => {
  it('is a company, the form of any case at its end, a place in brackets inside it', () => {
    expect(found('TARNWELL MARINE INSTRUMENTS CO., LTD., Dalian, China, was listed.')).toEqual([
      'TARNWELL MARINE INSTRUMENTS CO., LTD. [company:capitals] Tarnwell Marine Instruments Co., Ltd.',
    ]);
    expect(found('The list adds OSTELVIK RADIO (HK) LIMITED, Flat 5, 9/F, Pine Court, Kowloon.')).toEqual([
      'OSTELVIK RADIO (HK) LIMITED [company:capitals] Ostelvik Radio (HK) Limited',
    ]);
    expect(found('QARLUK TRADE L.L.C. re-exported the parts.')).toEqual(['QARLUK TRADE L.L.C. [company:capitals] Qarluk Trade L.L.C.']);
  });
  it('reads the form with its comma or its space left out', () => {
    expect(found('TARNWELL MARINE CO.,LTD. and OSTELVIK RADIO CO LTD were listed.')).toEqual([
      'TARNWELL MARINE CO.,LTD. [company:capitals] Tarnwell Marine Co.,Ltd.',
      'OSTELVIK RADIO CO LTD [company:capitals] Ostelvik Radio Co Ltd',
    ]);
  });
  it('needs a word of its own before the form, and no capitalised word before it', () => {
    expect(found('SANCTIONS ON DRONE SUPPLIERS')).toEqual([]);
    expect(found('He founded Ostelvik HOLDINGS LIMITED in 2019.')).toEqual([]);
    expect(found('AND CO. was no name.')).toEqual([]);
  });
  it('is named in title case, initials, places in brackets and the form as the grammar writes them', () => {
    expect(findLegalForms('SZ OSTELVIK OF THE NORTH GMBH (a.k.a. OSTELVIK NORD) sold radios.').map((f) => f.name)).toEqual([
      'SZ Ostelvik of the North GmbH',
      'SZ Ostelvik of the North GmbH',
    ]);
  });
  it('is the company its title-case name is in the same document', () => {
    const md = '# T\n\nTarnwell Marine Instruments Co., Ltd. makes buoys.\n\n- TARNWELL MARINE INSTRUMENTS CO., LTD., Dalian, China, is being designated.';
    expect(mentions(md)).toEqual([
      'Tarnwell Marine Instruments Co., Ltd.=company:~tarnwell-marine-instruments-co-ltd',
      'TARNWELL MARINE INSTRUMENTS CO., LTD.=company:~tarnwell-marine-instruments-co-ltd',
    ]);
  });
});

describe('a legal form that opens the name', () => {
  it('is a company with a Russian form written after a title-case name', () => {
    const md = '# T\n\nThe Treasury delisted Kamskaya Relay Works OOO in June. It fined Uralsk Kabel PAO in July.';
    expect(mentions(md).map((m) => m.split('=')[0]).sort()).toEqual(['Kamskaya Relay Works OOO', 'Uralsk Kabel PAO']);
  });
  it('is a company named by the words after it, in title case or capitals', () => {
    expect(found('Limited Liability Company Sevmorpribor supplies the yard.')).toEqual([
      'Limited Liability Company Sevmorpribor [company:form-first] Sevmorpribor',
    ]);
    expect(found('The bank froze the accounts of OOO Baltpromsnab Trade and AO VOLZHSKY RADIOZAVOD.')).toEqual([
      'OOO Baltpromsnab Trade [company:form-first] Baltpromsnab Trade',
      'AO VOLZHSKY RADIOZAVOD [company:form-first] Volzhsky Radiozavod',
    ]);
    expect(found('It is a unit of Public Joint Stock Company Ural Optics.')).toEqual(['Public Joint Stock Company Ural Optics [company:form-first] Ural Optics']);
  });
  it('takes a name in quotes after the form', () => {
    expect(found('The network paid OOO "Baltpromsnab" and AO «Volzhsky Radiozavod» in cash.')).toEqual([
      'OOO "Baltpromsnab" [company:form-first] Baltpromsnab',
      'AO «Volzhsky Radiozavod» [company:form-first] Volzhsky Radiozavod',
    ]);
  });
  it('opens a name after a place-based adjective', () => {
    expect(found('The bank paid Russia-based OOO Sevmorpribor in May.')).toEqual(['OOO Sevmorpribor [company:form-first] Sevmorpribor']);
  });
  it('is no form inside a name, nor in lower case', () => {
    expect(found('Ostelvik Limited Liability Company Act')).toEqual([]);
    expect(found('The ao of the plan was met.')).toEqual([]);
  });
  it('makes each form of the company and its words alone one company', () => {
    const md = '# T\n\nLimited Liability Company Sevmorpribor (OOO Sevmorpribor) buys sonar parts.\n\nThe agency sanctioned LIMITED LIABILITY COMPANY SEVMORPRIBOR.';
    expect(new Set(mentions(md).map((m) => m.split('=')[1]))).toEqual(new Set(['company:~sevmorpribor']));
  });
});

describe('aliases after a company name', () => {
  it('are the company: several after "a.k.a." separated by ";", a former name after "f.k.a."', () => {
    expect(found('TARNWELL MARINE INSTRUMENTS CO., LTD. (a.k.a. TARNWELL MARINE; a.k.a. "DALIAN TARNWEI HAIYANG YIQI"), Dalian.')).toEqual([
      'TARNWELL MARINE INSTRUMENTS CO., LTD. [company:capitals] Tarnwell Marine Instruments Co., Ltd.',
      'TARNWELL MARINE [company:alias] Tarnwell Marine Instruments Co., Ltd.',
      'DALIAN TARNWEI HAIYANG YIQI [company:alias] Tarnwell Marine Instruments Co., Ltd.',
    ]);
    // A former name with a form of its own is the company too, not a second one.
    expect(found('OSTELVIK RADIO (HK) LIMITED (f.k.a. OSTELVIK CABLE LIMITED), Kowloon.')).toEqual([
      'OSTELVIK RADIO (HK) LIMITED [company:capitals] Ostelvik Radio (HK) Limited',
      'OSTELVIK CABLE LIMITED [company:alias] Ostelvik Radio (HK) Limited',
    ]);
  });
  it('include the name in its own script after the script and a colon', () => {
    expect(found('TARNWELL MARINE LIMITED (Chinese Simplified: 塔恩威尔海洋有限公司; a.k.a. TARNWELL), Dalian.')).toEqual([
      'TARNWELL MARINE LIMITED [company:capitals] Tarnwell Marine Limited',
      '塔恩威尔海洋有限公司 [company:alias] Tarnwell Marine Limited',
      'TARNWELL [company:alias] Tarnwell Marine Limited',
    ]);
    expect(found('AO SEVMORPRIBOR (Cyrillic: АО СЕВМОРПРИБОР), Murmansk.')).toEqual([
      'AO SEVMORPRIBOR [company:form-first] Sevmorpribor',
      'АО СЕВМОРПРИБОР [company:alias] Sevmorpribor',
    ]);
  });
  it('follow a title-case name too, and leave a bracket with no cue or a clause alone', () => {
    expect(found('Qarluk Trade L.L.C. (f.k.a. Qarluk Logistics FZE) re-exported them.')).toEqual(['Qarluk Logistics FZE [company:alias] Qarluk Trade L.L.C.']);
    expect(found('Qarluk Trade L.L.C. (Qarluk) re-exported them.')).toEqual([]);
    expect(found('Qarluk Trade L.L.C. (a.k.a. the firm that ships them) re-exported them.')).toEqual([]);
  });
  it('join a title-case company in a document, an alias the names grammar reads as a company of its own too', () => {
    const md = '# T\n\nQarluk Trade L.L.C. (f.k.a. Qarluk Logistics FZE; a.k.a. Qarluk Gulf Limited) re-exported the parts.';
    expect(mentions(md)).toEqual([
      'Qarluk Trade L.L.C.=company:~qarluk-trade-llc',
      'Qarluk Logistics FZE=company:~qarluk-trade-llc',
      'Qarluk Gulf Limited=company:~qarluk-trade-llc',
    ]);
  });
  it('join the company in a document', () => {
    const md = '# T\n\n- TARNWELL MARINE INSTRUMENTS CO., LTD. (a.k.a. TARNWELL MARINE; f.k.a. DALIAN TARNWEI), Dalian, China, is being designated.';
    expect(new Set(mentions(md).map((m) => m.split('=')[1]))).toEqual(new Set(['company:~tarnwell-marine-instruments-co-ltd']));
    expect(mentions(md)).toHaveLength(3);
  });
});

describe('the address after a company name', () => {
  const places = (text: string): string[] => findLegalForms(text).filter((f) => f.label === 'Place').map((f) => f.surface);
  it('is a place up to its country, after the aliases, from an opener, a floor or a number before a name', () => {
    expect(places('OSTELVIK RADIO (HK) LIMITED (f.k.a. OSTELVIK CABLE LIMITED), Flat 5, 9/F, Pine Court, 12 Nathan Road, Mong Kok, Hong Kong, is being designated.')).toEqual([
      'Flat 5, 9/F, Pine Court, 12 Nathan Road, Mong Kok',
    ]);
    expect(places('Tarnwell Marine Co., Ltd., 3rd Floor, Harbour Science Park, Dalian, China, makes buoys.')).toEqual(['3rd Floor, Harbour Science Park, Dalian']);
    expect(places('Qarluk Trade L.L.C., 7/F, Gulf Tower, Sharjah, United Arab Emirates, ships them.')).toEqual(['7/F, Gulf Tower, Sharjah']);
  });
  it('is none where the words after the name are no address', () => {
    expect(places('Tarnwell Marine Co., Ltd., a maker of buoys, was listed.')).toEqual([]);
    expect(places('Tarnwell Marine Co., Ltd., 2025 sales fell, it said.')).toEqual([]);
    expect(places('Tarnwell Marine Co., Ltd., Dalian, China, was listed.')).toEqual([]);
  });
  it('leaves no body or company in the address', () => {
    const md = '# T\n\n- OSTELVIK RADIO (HK) LIMITED, Unit 7, 18/F, Pine Court Centre, 12 Nathan Road, Kowloon, Hong Kong, is being designated.';
    const r = recogniseMarkdown(md);
    expect(mentionsOf(r).map((m) => `${m.label} ${m.surface}`)).toEqual(['Company OSTELVIK RADIO (HK) LIMITED', 'Jurisdiction Hong Kong']);
  });
});

describe('a name in capitals that opens an entry, with no legal form', () => {
  it('is a company where its aliases or its address follow it', () => {
    expect(found('SEVMORPRIBOR TRADE (a.k.a. SEVMORPRIBOR), Murmansk, Russia, is being designated.')).toEqual([
      'SEVMORPRIBOR TRADE [company:listed-capitals] Sevmorpribor Trade',
      'SEVMORPRIBOR [company:alias] Sevmorpribor Trade',
    ]);
    expect(found('KRASNY MAYAK, 5 Lenina Street, Perm, Russia, is being designated.')).toEqual(['KRASNY MAYAK [company:listed-capitals] Krasny Mayak']);
  });
  it('is no company where the entry is a person, or nothing follows that a list gives', () => {
    expect(found('ZHOU MINGYU (a.k.a. ZHOU MING), a Chinese national, is being designated.')).toEqual([]);
    expect(found('DANA WHITFIELD (a.k.a. DANA WHITE), Perm, Russia, is being designated.')).toEqual([]);
    expect(found('CHEN WENBO (a.k.a. CHEN WEN), Dalian, China, is being designated.')).toEqual([]);
    expect(found('SANCTIONS IMPLICATIONS (a.k.a. the rules), below.')).toEqual([]);
    expect(found('KRASNY MAYAK, a plant in Perm, is being designated.')).toEqual([]);
  });
});
