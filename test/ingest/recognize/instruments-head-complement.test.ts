// "Code of Practice", "Code of Conduct", "Rules of Procedure": the head's complement after "of" ends the instrument's name
// (instruments.yaml named.head-tails), so the name is not cut at the head. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfacesOf } from '../one-sentence.ts';

const laws = (md: string): string[] =>
  surfacesOf(recogniseMarkdown(md), 'Law');

describe("a head's complement after 'of'", () => {
  it('ends the name', () => {
    expect(laws('Operators follow the Broadband Equipment Security Code of Practice when they buy routers.')).toEqual(['Broadband Equipment Security Code of Practice']);
    expect(laws('The vendors signed the Smart Camera Code of Conduct in May.')).toEqual(['Smart Camera Code of Conduct']);
  });
});
