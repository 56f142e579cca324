// A catalogued list named by the description its keeper publishes it under: the Department of Defense's Section 1260H
// list is "the list of Chinese military companies", often with the class in quotes, and the "Chinese" inside it is no
// mention of China. Own sentences, invented companies.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const ids = (md: string): string[] => mentionsOf(recogniseMarkdown(`# T\n\n${md}`)).map((m) => m.id);
const LIST = 'law:us:dod-1260h-list';

describe('the Section 1260H list by its description', () => {
  it.each([
    'The Department of Defense added Brasholt Optics Inc. to its list of Chinese military companies in January.',
    'Brasholt Optics Inc. asked to be removed from the list of “Chinese military companies” in March.',
    'The Department of Defense kept Brasholt Optics Inc. on the list of "Chinese military companies" it publishes each year.',
    "The Pentagon's Chinese military companies list now names Brasholt Optics Inc.",
  ])('names the list, not China: %s', (sentence) => {
    const found = ids(sentence);
    expect(found).toContain(LIST);
    expect(found).not.toContain('jur:cn');
  });
});
