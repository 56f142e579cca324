// Companies written without a legal form, read from the list they stand in (companies.ts company:listed,
// company:coordinated; grammar/names.yaml listed-quantities, listed-approximators): names listed before a quantified company
// noun's phrase ("and about 40 small component makers"), a name with its seat in brackets listed beside names with legal
// forms ("Tarvo Instruments (Russia) and Blue Harbor Holdings Ltd (Hong Kong)"), and a company's name on a plural body
// head ("Halden Marine Services") that a company rule reads. helper-389 (dev108, dev109 first-sight misses). Own sentences,
// invented names.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const named = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`, bare), ['Authority', 'Company']).map((m) => `${m.label}:${m.surface}`);

describe('names listed before a quantified company noun', () => {
  it('are companies after "and about 40 ... makers", "and several other suppliers", "and dozens of vendors"', () => {
    expect(named('Officials met with representatives of Borvani Aerospace, KTN Systems, Delmar Electronics and about 40 small and medium-sized component makers in Busan.')).toEqual([
      'Company:Borvani Aerospace',
      'Company:KTN Systems',
      'Company:Delmar Electronics',
    ]);
    expect(named('The ministry invited Borvani Aerospace, Delmar Electronics and several other suppliers to a briefing.')).toEqual(['Company:Borvani Aerospace', 'Company:Delmar Electronics']);
    expect(named('The minister thanked Borvani Aerospace, Delmar Electronics and dozens of smaller vendors.')).toEqual(['Company:Borvani Aerospace', 'Company:Delmar Electronics']);
  });
  it('leaves public bodies listed before other agencies to the bodies grammar', () => {
    expect(named('The Department of Energy, the Department of State and several other agencies met.')).toEqual(['Authority:Department of Energy', 'Authority:Department of State']);
  });
});

describe('a name with its seat in brackets listed beside names with legal forms', () => {
  it('is a company between or beside them, after a comma, "and" or "as well as"', () => {
    expect(named('The parties are Crestline Parts Trading FZE (Oman), Tarvo Instruments (Russia) and Blue Harbor Holdings Ltd (Hong Kong).')).toEqual([
      'Company:Crestline Parts Trading FZE',
      'Company:Tarvo Instruments',
      'Company:Blue Harbor Holdings Ltd',
    ]);
    expect(named('The parties are Tarvo Instruments (Russia), Crestline Parts Trading FZE (Oman) and Pellham Optics (Hong Kong, China).')).toEqual([
      'Company:Tarvo Instruments',
      'Company:Crestline Parts Trading FZE',
      'Company:Pellham Optics',
    ]);
    expect(named('The agency also listed Korvin Metals LLC (Belarus), as well as Yarrow Precision Industries (Iran).')).toEqual(['Company:Korvin Metals LLC', 'Company:Yarrow Precision Industries']);
  });
  it('is not one whose aside is an acronym, not a seat', () => {
    expect(named('Officials from Quarry Lane Partners (QLP), Korvin Metals LLC (KML) and Public Safety Canada (PSC) met.')).not.toContain('Company:Quarry Lane Partners');
  });
});

describe('a company name on a plural head of bodies', () => {
  it('is the company where a company rule reads it', () => {
    expect(named('The bureau named Gorse Shipping LLC and Halden Marine Services on Monday.')).toEqual(['Company:Gorse Shipping LLC', 'Company:Halden Marine Services']);
    expect(named('The entities are Red Reef Shipping and Trading Co. and Qarn Technical Services.')).toEqual(['Company:Red Reef Shipping and Trading Co.', 'Company:Qarn Technical Services']);
  });
  it('stays a plural of a body elsewhere', () => {
    expect(named('The Approval Authority appointed two Technical Services. The Technical Services test the vehicles.')).toEqual(['Authority:Approval Authority']);
  });
});
