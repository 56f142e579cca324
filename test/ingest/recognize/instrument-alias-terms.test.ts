// A term the document defines for an instrument's name ("HDPR" for the "Harbour Data Protection Regulation") names the
// instrument that name is an alias of (a reference gives it as the title of "Regulation (EU) 2031/679"): the term and the
// name were two Law entities of one act (helper-351, issue 15; index.ts, instrument-references.ts instrumentAliases).
// Own text.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../reports/helpers.ts';

const lawIds = (text: string): string[] => [...new Set(analyseText(text).rec.sentences.flatMap((s) => s.mentions.filter((m) => m.label === 'Law').map((m) => m.id)))];

describe("a defined term of an instrument's alias", () => {
  it('names the instrument the alias is of', () => {
    const text = [
      '# Harbour data',
      '',
      'The Harbour Data Protection Regulation (HDPR) treats crane data as personal data. Crane makers that comply with the HDPR may sell in the Union.',
      '',
      '## References',
      '',
      'Regulation (EU) 2031/679 (Harbour Data Protection Regulation). OJ L 119, 4.5.2031, p. 1.',
    ].join('\n');
    expect(lawIds(text)).toEqual(['law:~regulation-eu-2031-679']);
  });
  it('keeps a term of a name that is no alias its own', () => {
    expect(lawIds('# Harbour data\n\nThe Harbour Data Protection Regulation (HDPR) treats crane data as personal data. The HDPR applies in May.')).toEqual(['law:~harbour-data-protection-regulation']);
  });
});
