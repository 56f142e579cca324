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
  it('keeps offsets into the paragraph', () => {
    const t = 'One. Two words here.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});
