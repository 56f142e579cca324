// A heading's shorter name of an instrument the body names in full is that instrument. Own headings and sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const laws = (md: string): string[] => {
  const rec = recogniseMarkdown(md);
  return [...new Set(surfaceIdsOf(rec, 'Law'))];
};

describe('a heading short name of an instrument', () => {
  it('is the one instrument of the body whose name it ends', () => {
    expect(laws('# T\n\n## New names on the Harbour List\n\nThe ministry added Harlow Systems Inc. to the Valdmark Harbour List in May.')).toEqual([
      'Valdmark Harbour List=law:~valdmark-harbour-list',
      'Harbour List=law:~valdmark-harbour-list',
    ]);
    expect(laws('# T\n\n## 关于将有关外国实体列入港口名单的公告\n\n商务部决定将甲公司列入港口安全港口名单。')).toContain('港口名单=law:~港口安全港口名单');
  });
  it('stays apart where the body names it too, or two instruments end so', () => {
    const both = laws('# T\n\n## New names on the Harbour List\n\nThe ministry added Harlow Systems Inc. to the Valdmark Harbour List. The Harbour List is older.');
    expect(both).toContain('Harbour List=law:~harbour-list');
    const two = laws('# T\n\n## New names on the Harbour List\n\nThe ministry added Harlow Systems Inc. to the Valdmark Harbour List and to the Norland Harbour List.');
    expect(two).toContain('Harbour List=law:~harbour-list');
  });
});
