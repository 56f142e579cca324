// "Congress of the United States", the legislature's formal name (a congressional letterhead, an enrolled bill's
// heading), is the catalog's U.S. Congress, one entity with the "Congress" the text goes on to write. Own sentences.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

describe('the Congress of the United States', () => {
  it('is the U.S. Congress, one entity with "Congress"', () => {
    const rec = recogniseMarkdown('# Letter\n\nCongress of the United States\n\nWe write because Congress has asked the Department of Commerce to act.');
    const congress = rec.sentences.flatMap((x) => x.mentions.filter((m) => /Congress/.test(m.surface)).map((m) => `${m.surface}=${m.id}`));
    expect(congress).toEqual(['Congress of the United States=authority:us-congress', 'Congress=authority:us-congress']);
  });
});
