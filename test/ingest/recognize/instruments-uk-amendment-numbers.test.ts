// A UK statutory instrument's title with an amending instrument's number in brackets ("(Amendment) (No. 3)") and an
// acronym opening a bracketed qualifier ("(EU Exit)"), as every post-Brexit SI is titled: the whole title is one
// instrument, and "EU" inside it no mention of the Union (grammar/instruments.yaml uk-si, uk-act; instruments.ts
// qualifiedNames). helper-412 (issue 15). Own sentences, invented titles.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const surfaces = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`)).map((m) => `${m.label}:${m.surface}`);

describe('a UK title with an amendment number in brackets', () => {
  it('is one instrument with its year, and holds no European Union', () => {
    const found = surfaces('The Valdmark (Sanctions) (EU Exit) (Amendment) (No. 3) Regulations 2025 extend the export ban to gyroscopes.');
    expect(found).toContain('Law:Valdmark (Sanctions) (EU Exit) (Amendment) (No. 3) Regulations 2025');
    expect(found.filter((s) => s.includes('EU') && !s.startsWith('Law:'))).toEqual([]);
  });
  it('is one instrument without its year after "the", "(EU Exit)" a qualifier of its own', () => {
    const found = surfaces('Licences are issued under the Harbour (Sanctions) (EU Exit) Regulations by the ministry.');
    expect(found).toContain('Law:Harbour (Sanctions) (EU Exit) Regulations');
    expect(found.filter((s) => s.includes('EU') && !s.startsWith('Law:'))).toEqual([]);
    expect(surfaces('Licences are issued under the Harbour (Sanctions) (EU Exit) (Amendment) (No. 2) Regulations by the ministry.')).toContain(
      'Law:Harbour (Sanctions) (EU Exit) (Amendment) (No. 2) Regulations',
    );
  });
  it('is one instrument in a heading set in capitals, the same as in mixed case', () => {
    const caps = mentionsOf(recogniseMarkdown('# T\n\nTHE VALDMARK (SANCTIONS) (EU EXIT) REGULATIONS 2019\n\nThe Valdmark (Sanctions) (EU Exit) Regulations 2019 apply to gyroscopes.'));
    expect(caps.filter((m) => m.label !== 'Law' && m.surface.includes('EU'))).toEqual([]);
    const ids = new Set(caps.filter((m) => m.label === 'Law').map((m) => m.id));
    expect(ids.size).toBe(1);
  });
  it('does not take a lone acronym in brackets for a qualifier', () => {
    expect(surfaces('Firms report under the Harbour Security (ZQX) Regulations each year.')).not.toContain('Law:Harbour Security (ZQX) Regulations');
  });
});
