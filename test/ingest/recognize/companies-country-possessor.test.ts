// A company named after a cue with a country's possessive between ("the Dutch subsidiary of China's X", "the
// acquisition of Japan's X": companies.ts countryPossessor), and after the words of ownership (names.yaml company-links:
// "subsidiary of", "affiliate of"); and a coined name after a country's possessive that the clause or the next sentence says
// is a company's ("Japan's X said it would stop selling ...", "... The firm ...": companies.ts findPossessedCompanies). Own
// sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findCompanies, findPossessedCompanies } from '../../../ingest/recognize/companies.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { analyseText } from '../reports/helpers.ts';

const entities = (text: string): string[] => analyseText(text).rec.entities.map((e) => `${e.label} ${e.name}`);
const companies = (text: string): string[] => entities(text).filter((e) => e.startsWith('Company'));

describe("a country's possessive between a company cue and the name", () => {
  it('names the company, not the country', () => {
    const found = entities('The regulator cleared the acquisition of Japan\'s Dalmeon by a pension fund.');
    expect(found).toContain('Company Dalmeon');
    expect(found.filter((e) => e.startsWith('Company'))).toEqual(['Company Dalmeon']);
  });
  it('reads a name of two words and a country of two', () => {
    expect(companies("The fund bought a stake in South Korea's Hanbrae Coatings last year.")).toEqual(['Company Hanbrae Coatings']);
  });
  it("leaves a public body after the country's possessive to the bodies' rules", () => {
    const text = "The office is a subsidiary of China's State Council.";
    expect(findCompanies(text, nameRuns(text)).map((f) => f.surface)).not.toContain('State Council');
  });
  it('needs the cue: a possessive alone names no company', () => {
    expect(companies("Officials said Japan's Harumi would host the talks.")).toEqual([]);
  });
});

describe('the words of ownership', () => {
  it('name the owner a company', () => {
    expect(companies('The minister ordered Tarrowby Semis, the Belgian subsidiary of Kovaru, to sell its plant.')).toEqual(['Company Tarrowby Semis', 'Company Kovaru']);
    expect(companies("Orlen Wafer, an affiliate of Taiwan's Meiruo, makes power chips.")).toContain('Company Meiruo');
  });
});

describe("a coined name after a country's possessive, as a clause's subject", () => {
  const found = (text: string, after = ''): string[] => findPossessedCompanies(text, after).map((f) => f.surface);
  it('is a company where "it" then makes or sells goods in its sentence', () => {
    expect(found("Japan's Hamatsu said it would stop selling drone motors to buyers in Russia.")).toEqual(['Hamatsu']);
  });
  it('is a company where the next sentence takes it up as a company', () => {
    expect(found("Norway's Kovaru has cut its prices.", 'The firm blamed the new tariffs.')).toEqual(['Kovaru']);
  });
  it('is no company without that: a person says things too', () => {
    expect(found("Japan's Harumi said he would visit Seoul.", 'Officials welcomed the plan.')).toEqual([]);
    expect(found("Japan's Harumi hosted the talks.")).toEqual([]);
  });
  it('reads the whole document so', () => {
    expect(companies("Japan's Hamatsu said it would stop selling drone motors to buyers in Russia.")).toEqual(['Company Hamatsu']);
  });
});
