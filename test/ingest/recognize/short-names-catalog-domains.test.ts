// A catalog department named by its one-word domain alone, in a text that never names it in full (a transcript, a wire
// report): "Commerce opened a probe", where the document names a body of the department's state; not where it names
// another body "of <domain>" (a ministry of commerce), nor where the word is no party.
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

/** Each sentence's mentions of `label`, as "surface=id" (the heading, read last, left out). */
const sentences = (label: string, md: string): string[][] =>
  recogniseMarkdown(`# T\n\n${md}`)
    .sentences.filter((s) => s.sentence.text !== 'T')
    .map((s) => s.mentions.filter((m) => m.label === label).map((m) => `${m.surface}=${m.id}`));

describe("a catalog department's domain word acting, never named in full", () => {
  it('names the catalog department where the text names a body of its state', () => {
    const got = sentences('Authority', 'The Federal Communications Commission met on Monday. Last spring Commerce opened a probe into imported ferry radars.');
    expect(got[1]).toContain('Commerce=authority:us-commerce');
  });
  it('leaves the word alone where it is no party or no body of the state is named', () => {
    expect(sentences('Authority', 'The Federal Communications Commission met on Monday. Commerce officials toured the harbour.')[1]).toEqual([]);
    expect(sentences('Authority', 'Last spring Commerce opened a probe into imported ferry radars.').flat()).toEqual([]);
  });
  it('leaves it to another body "of" that domain the document names', () => {
    const got = sentences('Authority', "The Federal Communications Commission met on Monday. The Valdmark Ministry of Commerce said on Friday that Commerce opened a probe into ferry radars.");
    expect(got[1].filter((m) => m.endsWith('us-commerce'))).toEqual([]);
  });
});
