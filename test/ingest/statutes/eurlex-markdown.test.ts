// EUR-Lex Markdown recitals: text after "Whereas:" that no "(N)" line opens fails, naming its line.
import { describe, expect, it } from 'vitest';
import { DocumentError } from '../../../ingest/model.ts';
import { parseEurlexMarkdown } from '../../../ingest/statutes/eurlex-markdown.ts';
import { fixtureSource } from './helpers.ts';

describe('EUR-Lex Markdown recitals', () => {
  const src = fixtureSource('eu-recital-gap.en.md', 'markdown (converted from EUR-Lex)', { language: 'en' });

  it('rejects text between "Whereas:" and the first recital number instead of dropping it', () => {
    const text = src.text.replace('Whereas:\n\n(1)\n', 'Whereas:\n\nParsers are everywhere.\n\n(1)\n');
    expect(text).not.toBe(src.text);
    let error: unknown;
    try {
      parseEurlexMarkdown({ ...src, text });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).reason).toBe('line 9: text among the recitals that is neither a recital number "(N)" nor a lead-in: "Parsers are everywhere."');
  });

  it('passes over a second lead-in line before the first recital', () => {
    // The fixture's recitals jump from (1) to (3): reaching that check means the lead-in was passed.
    const text = src.text.replace('Whereas:\n\n(1)\n', 'Whereas:\n\nConsidering the following:\n\n(1)\n');
    expect(() => parseEurlexMarkdown({ ...src, text })).toThrow('recital numbers jump from 1 to 3');
  });
});
