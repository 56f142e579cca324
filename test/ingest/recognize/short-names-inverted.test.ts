// A ministry or department named with its domain first ("the Foreign Affairs Ministry") is the one the text names in
// full, with a state's word before it or a domain of two words. Own names and sentences.
import { describe, expect, it } from 'vitest';
import { Catalog } from '../../../ingest/catalog/index.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { invertedNames } from '../../../ingest/recognize/short-names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

// No catalog names: the document's own bodies only.
const bare = Matcher.fromCatalog(new Catalog([], 'none').entries);
const bodies = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`, bare), 'Authority');

describe('inverted body names', () => {
  it('leave a state word out and take a domain of two words', () => {
    expect(invertedNames('Valdmark Ministry of Commerce')).toEqual(['Commerce Ministry', 'commerce ministry', 'Valdmark Commerce Ministry']);
    expect(invertedNames('Ministry of Foreign Affairs')).toEqual(['Foreign Affairs Ministry', 'foreign affairs ministry']);
    expect(invertedNames('The Ministry of Harbours')).toEqual(['Harbours Ministry', 'harbours ministry']);
    expect(invertedNames('Ministry of Industry and Information Technology')).toEqual([]);
  });
  it("take a state's possessive word before the head as its word", () => {
    expect(invertedNames("China's Ministry of Commerce")).toEqual(['Commerce Ministry', 'commerce ministry', "China's Commerce Ministry"]);
    expect(invertedNames('Valdmark’s Ministry of Harbours')).toEqual(['Harbours Ministry', 'harbours ministry', 'Valdmark’s Harbours Ministry']);
    expect(invertedNames("China's Ministry of Industry and Information Technology")).toEqual([]);
  });
  it("so the catalog's body named with its state's possessive is the one its inverted name names", () => {
    const found = (md: string): string[] => surfaceIdsOf(recogniseMarkdown(`# T\n\n${md}`), 'Authority');
    expect(found("China's Ministry of Commerce opened a review of harbour cranes. The Commerce Ministry said it would end in May.")).toEqual([
      "China's Ministry of Commerce=authority:mofcom",
      'Commerce Ministry=authority:mofcom',
    ]);
  });
  it('come from the title of the body\'s head too, not from a ranked official\'s', () => {
    expect(invertedNames('Secretary of the Treasury')).toEqual(['Treasury Department', 'treasury department', 'Treasury']);
    expect(invertedNames('Minister of Harbours')).toEqual(['Harbours Ministry', 'harbours ministry']);
    expect(invertedNames('Deputy Secretary of the Treasury')).toEqual([]);
    expect(invertedNames('Director of Harbours')).toEqual([]);
  });
  it('name the body its head\'s title names, so "Treasury" is no second body', () => {
    const found = bodies('The Secretary of the Treasury spoke at noon. That is a question for Treasury and its Office of Foreign Assets Control.');
    const treasury = found.filter((b) => b.startsWith('Secretary of the Treasury=') || b.startsWith('Treasury='));
    expect(treasury).toEqual(['Secretary of the Treasury=authority:~treasury-department', 'Treasury=authority:~treasury-department']);
  });
  it('name the body the text names in full, unless two bodies share the form', () => {
    expect(bodies('The Valdmark Ministry of Foreign Affairs met on 3 May. The Foreign Affairs Ministry later banned the sale.')).toEqual([
      'Valdmark Ministry of Foreign Affairs=authority:~valdmark-foreign-affairs-ministry',
      'Foreign Affairs Ministry=authority:~valdmark-foreign-affairs-ministry',
    ]);
    const two = bodies('The Valdmark Ministry of Commerce and the Norland Ministry of Commerce met. The Commerce Ministry said nothing.');
    expect(two.filter((b) => b.startsWith('Commerce Ministry='))).not.toContain('Commerce Ministry=authority:~valdmark-commerce-ministry');
  });
});
