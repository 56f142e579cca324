// The title of an EU act cited with its authors and date names the act at its head: the short name in brackets that
// closes it, and an instrument it establishes, are that act's, not the act it names last as amended or repealed; the
// publication reference after it is no title (eu-titles.ts; instruments.ts citedEuTitles; definitions.ts euTitleNames).
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';

/** The names other than the citations themselves, each once (a title read by two rules is one name). */
const names = (text: string): string[] => [...new Set(findInstruments(text).filter((f) => !f.pending && !f.rule.startsWith('instrument:eu-act')).map((f) => `${f.surface} => ${f.name}`))];
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
/** Each instrument of the text with its surfaces, as the document resolves them. */
const laws = (md: string): string[] => {
  const rec = recogniseMarkdown(`# T\n\n${md}`, bare);
  const byId = new Map<string, string[]>();
  for (const m of rec.sentences.flatMap((s) => s.mentions)) if (m.label === 'Law' && !byId.get(m.id)?.includes(m.surface)) byId.set(m.id, [...(byId.get(m.id) ?? []), m.surface]);
  return [...byId.values()].map((s) => s.join(' | '));
};

const REPEALING = 'Regulation (EU) No 1234/2030 of the European Parliament and of the Council of 2 May 2030 on harbour cranes and repealing Directive 2001/77/EC (Harbour Cranes Act) (OJ L 1, 3.5.2030, p. 1).';

describe('a cited EU act\'s title', () => {
  it('gives the short name closing it to the act at its head, not to the act it repeals', () => {
    expect(names(REPEALING)).toEqual(['Harbour Cranes Act => Regulation (EU) No 1234/2030']);
    expect(laws(REPEALING)).toEqual(['Regulation (EU) No 1234/2030 | Harbour Cranes Act', 'Directive 2001/77/EC']);
  });
  it('reads past a note in brackets after the short name', () => {
    const text = 'Regulation (EU) 2030/9 of the European Parliament and of the Council of 2 May 2030 on quays and repealing Directive 2001/77/EC (Harbour Cranes Act) (Text with EEA relevance) (OJ L 1, 3.5.2030, p. 1).';
    expect(laws(text)).toEqual(['Regulation (EU) 2030/9 | Harbour Cranes Act', 'Directive 2001/77/EC']);
  });
  it('reads a quoted short name after the title\'s last words as the act\'s', () => {
    const text = 'Directive 2031/5/EU of the European Parliament and of the Council of 4 June 2031 concerning safety in inland ports (‘Quay Safety Directive’) (OJ L 9, 5.6.2031, p. 3).';
    expect(names(text)).toEqual(['Quay Safety Directive => Directive 2031/5/EU']);
  });
  it('makes an instrument the title establishes the act itself', () => {
    const text = 'Regulation (EU) 2030/77 of the European Parliament and of the Council of 1 March 2030 establishing the Union Quay Code (OJ L 5, 2.3.2030, p. 1).';
    expect(names(text)).toEqual(['Union Quay Code => Regulation (EU) 2030/77']);
    expect(laws(text)).toEqual(['Regulation (EU) 2030/77 | Union Quay Code']);
  });
  it('leaves an instrument to the act named right before the verb that establishes it', () => {
    const text = 'Regulation (EU) 2031/9 of the European Parliament and of the Council of 6 May 2031 amending Regulation (EU) No 1234/2030 laying down the Union Quay Code (OJ L 4, 7.5.2031, p. 1).';
    expect(names(text)).toEqual(['Union Quay Code => Regulation (EU) No 1234/2030']);
    expect(laws(text)).toEqual(['Regulation (EU) 2031/9', 'Regulation (EU) No 1234/2030 | Union Quay Code']);
  });
  it('reads no publication reference as a title', () => {
    const text = 'Directive 2032/8/EU of the European Parliament and of the Council of 3 May 2032 on quays and repealing Directive 2001/77/EC (OJ L 7, 4.5.2032, p. 2).';
    expect(names(text)).toEqual([]);
    expect(laws(text)).toEqual(['Directive 2032/8/EU', 'Directive 2001/77/EC']);
  });
  it('leaves a bracketed title right after an act cited without its date to that act', () => {
    expect(names('Directive 2001/77/EC (Harbour Cranes Act) still applies to quays.')).toContain('Harbour Cranes Act => Directive 2001/77/EC');
  });
});
