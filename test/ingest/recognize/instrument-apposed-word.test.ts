// A title apposed to a lower-case instrument word ("This week's executive order, Securing ..., answers") is named by that
// word too: a later "the order" takes it up, unless two instruments so named are in reach (then nothing). Own sentences,
// invented titles (instruments.ts apposedWord, index.ts antecedents).
import { describe, expect, it } from 'vitest';
import { apposedWord } from '../../../ingest/recognize/instruments.ts';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const empty = new Matcher([], []);
const laws = (md: string): string[] =>
  surfaceIdsOf(recogniseMarkdown(md, empty), 'Law');

describe('an instrument word a title is apposed to', () => {
  it('is read right before the title', () => {
    const text = "This week's executive order, Securing Harbour Cranes Against Foreign Adversaries, answers: both.";
    expect(apposedWord(text, text.indexOf('Securing'))).toBe('executive order');
    expect(apposedWord('The final rule, Protecting Port Equipment From Threats, was issued.', 16)).toBe('final rule');
    expect(apposedWord('Its chair, Harbour Cranes Against Foreign Adversaries, spoke.', 11)).toBe('');
  });
  it('lets "the order" take the title up', () => {
    const md = "# T\n\nThis week's executive order, Securing Harbour Cranes Against Foreign Adversaries, answers: both.\n\nThe headline measure is the ban. The order bars the import of port cranes made in Norland.";
    expect(laws(md)).toEqual([
      'Securing Harbour Cranes Against Foreign Adversaries=law:~securing-harbour-cranes-against-foreign-adversaries',
      'order=law:~securing-harbour-cranes-against-foreign-adversaries',
    ]);
  });
  it('takes up each title by its own word, and none where two titles share the word', () => {
    const md =
      '# T\n\nThe final rule, Securing Harbour Cranes Against Foreign Adversaries, was issued in May. A second executive order, Protecting Port Equipment From Foreign Threats, followed in June.\n\nThe order bars the import of port cranes. The rule restricts cellular modules.';
    expect(laws(md).filter((l) => l.startsWith('order=') || l.startsWith('rule='))).toEqual([
      'order=law:~protecting-port-equipment-from-foreign-threats',
      'rule=law:~securing-harbour-cranes-against-foreign-adversaries',
    ]);
    const two =
      '# T\n\nAn executive order, Securing Harbour Cranes Against Foreign Adversaries, was signed in May. A second executive order, Protecting Port Equipment From Foreign Threats, followed in June.\n\nThe order bars the import of port cranes.';
    expect(laws(two).filter((l) => l.startsWith('order='))).toEqual([]);
  });
});
