// An acronym the document defines for a body, written after a capitalised word that opens the sentence or a list's item
// ("Add MOFCOM's list ..."), names the document's body, as its other mentions do, and not the catalog's entity of the same
// letters: one entity per acronym in a document.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

const named = (md: string, surface: RegExp): string[] =>
  recogniseMarkdown(md).sentences.flatMap((s) => s.mentions.filter((m) => surface.test(m.surface)).map((m) => `${m.surface}=${m.id}`));

describe('an acronym the document defines, after a sentence\'s capitalised first word', () => {
  it('names the body the document defined it for, in a list item and in a sentence', () => {
    const md = [
      '# Export controls: what to check',
      '',
      'The Ministry of Commerce (MOFCOM) keeps a list of foreign end users.',
      '',
      "1. **Check buyers.** Add MOFCOM's list to the screening tools you use.",
      "2. Read MOFCOM's notices each month.",
    ].join('\n');
    expect(named(md, /^MOFCOM$/)).toEqual(['MOFCOM=authority:~commerce-ministry', 'MOFCOM=authority:~commerce-ministry', 'MOFCOM=authority:~commerce-ministry']);
  });
  it('leaves the catalog\'s entity where the document defines no acronym of those letters', () => {
    expect(named("# Export controls\n\nRead MOFCOM's notices each month.", /^MOFCOM$/)).toEqual(['MOFCOM=authority:mofcom']);
  });
});
