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
  it('keeps offsets into the paragraph', () => {
    const t = 'One. Two words here.';
    for (const s of splitSentences(t)) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
});
