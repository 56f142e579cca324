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

// A footnote call-out is no part of the law: dropped with its space, as the Formex and XHTML adapters drop theirs.
describe('EUR-Lex Markdown footnote call-outs', () => {
  const parsed = parseEurlexMarkdown(fixtureSource('eu-footnote-callouts.en.md', 'markdown (converted from EUR-Lex)', { language: 'en' }));
  const byLocator = new Map(parsed.provisions.map((p) => [p.locator, p]));

  it('drops OJ call-outs "[(N)](#ntrN-…)" from recitals and articles, so a list of cited acts reads on', () => {
    expect(byLocator.get('rct_1')?.text).toBe('Directive 2098/5/EU of the European Parliament and of the Council set rules for parsers.');
    expect(byLocator.get('art_1')?.text).toContain(
      '1. This Regulation applies without prejudice to Directives 2098/11/EU and 2098/12/EU of the European Parliament and of the Council.',
    );
    expect(byLocator.get('art_1')?.paragraphs.find((p) => p.locator === 'art_1__para_3')?.text).toBe(
      'Regulation (EU) 2099/2 of the European Parliament and of the Council.',
    );
  });

  it('drops consolidated call-outs "( [N](#E000N) )" and "( [\\*N](#E000N) )"', () => {
    expect(byLocator.get('art_1')?.paragraphs.find((p) => p.locator === 'art_1__para_2')?.text).toBe(
      'It amends Regulation (EU) 2098/7, as set out in Annex I to Regulation (EU) 2098/8.',
    );
  });

  it('keeps the notes themselves out of the provisions', () => {
    expect(parsed.provisions.map((p) => p.locator)).toEqual(['rct_1', 'art_1']);
    expect(JSON.stringify(parsed.provisions)).not.toContain('on tests');
  });
});
