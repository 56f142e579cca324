// "Under Secretary of Commerce for Industry and Security", "Under Secretary for Industry and Security": a ranked title with
// "for" its domain names the body the document, or the catalog of the document's jurisdiction, names "<head> of|for"
// that domain (the lead's convention, dev4 and dev18), else an office of its own. Own sentences.
import { describe, expect, it } from 'vitest';
import { matcher, recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const mentions = (md: string, jurisdiction?: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md, matcher, jurisdiction ? { jurisdiction } : {}), 'Authority');

describe('a ranked title with "for" its domain', () => {
  it('is the body the document names for that domain, with or without its department', () => {
    const md = '# T\n\nThe Valdmark Bureau of Harbour Safety keeps a register. The Under Secretary of Transport for Harbour Safety shall review it.';
    expect(mentions(md)).toEqual([
      'Valdmark Bureau of Harbour Safety=authority:~valdmark-harbour-safety-bureau',
      'Under Secretary of Transport for Harbour Safety=authority:~valdmark-harbour-safety-bureau',
    ]);
  });
  it("is the catalog's body of the document's jurisdiction for that domain, where the document names none", () => {
    const md = '# T\n\nThe Under Secretary of Commerce for Industry and Security shall review the register.';
    expect(mentions(md, 'us')).toEqual(['Under Secretary of Commerce for Industry and Security=authority:bis']);
    expect(mentions('# T\n\nThe Under Secretary for Industry and Security shall review it.', 'us')).toEqual(['Under Secretary for Industry and Security=authority:bis']);
  });
  it('is an office of its own where no body has that domain, its holder left out', () => {
    expect(mentions('# T\n\nThe Under Secretary of Transport for Harbour Safety Jane Morrow shall review it.', 'us')).toEqual([
      'Under Secretary of Transport for Harbour Safety=authority:~under-secretary-of-transport-for-harbour-safety',
    ]);
  });
});
