// Software a government blocks, as releases name it: "apps" (a head of its own: WordNet lacks the word), "mobile
// applications", "web applications" and online platforms ("web-based platforms", "online platforms"); "application"
// and "platform" alone still name no thing (grammar/things.yaml heads and compounds). A tie after the things ("apps with
// links to China") is no part of them (tie-nouns). Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const things = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), ['Technology', 'Product']).map((x) => x.split('=')[0]);

describe('apps and platforms', () => {
  it('are things', () => {
    expect(things('The ministry blocked 31 mobile applications and 9 web-based platforms last week.')).toEqual([
      'mobile applications',
      'web-based platforms',
    ]);
    expect(things('The regulator now supervises loan apps, online platforms and web applications.')).toEqual(['loan apps', 'online platforms', 'web applications']);
  });
  it('but not an application or a platform alone', () => {
    expect(things('The application was rejected, and the party adopted a new platform for the election.')).toEqual([]);
  });
  it('and a tie after them is none of their words', () => {
    expect(things('The ministry blocked loan apps with links to foreign lenders and banned harbour cranes with ties to the navy.')).toEqual(['loan apps', 'harbour cranes']);
  });
});
