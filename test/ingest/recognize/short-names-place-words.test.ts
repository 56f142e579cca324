// A company's name that opens with a first-level subdivision's name ("Harrow Aerial Services LLC": Harrow, a London
// borough in ISO 3166-2) is named by that word alone where the document names no other place of that country (helper-237).
import { describe, expect, it } from 'vitest';
import { recogniseMarkdown } from './helpers.ts';

/** Each sentence's mentions, as "surface=id" (the heading, read last, left out). */
const sentences = (md: string): string[][] =>
  recogniseMarkdown(`# T\n\n${md}`)
    .sentences.filter((s) => s.sentence.text !== 'T')
    .map((s) => s.mentions.map((m) => `${m.surface}=${m.id}`));

describe("a company's opening place word used alone", () => {
  it("names the company where the text names no other place of the subdivision's country", () => {
    const got = sentences('One member, Harrow Aerial Services LLC of Dayton, found the module. Nothing stops Harrow from flying it.');
    expect(got[1]).toContain('Harrow=company:~harrow-aerial-services-llc');
    expect(got[1].some((m) => m.startsWith('Harrow=jur:'))).toBe(false);
  });
  it('leaves the place where the text names its country otherwise', () => {
    const england = sentences('Harrow Aerial Services LLC found the module. Nothing stops Harrow from flying it. Its parent is in England.');
    expect(england[1]).toContain('Harrow=jur:gb-hrw');
    const texas = sentences('Texas Instruments Inc. sells chips in Ohio. Texas sued the agency.');
    expect(texas[1]).toContain('Texas=jur:us-tx');
  });
});
