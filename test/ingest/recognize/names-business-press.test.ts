// Names in business-press copy: a company link that opens the sentence ("Shares in X plc fell"), a headline or
// standfirst in title case whose clause words are capitalised, a company named in apposition as a start-up. Own
// sentences, invented names.
import { describe, expect, it } from 'vitest';
import { nameRuns, spanText } from '../../../ingest/recognize/names.ts';
import { recogniseMarkdown } from './helpers.ts';
import { mentionsOf } from '../one-sentence.ts';

const runs = (text: string): string[] => nameRuns(text).map((r) => spanText(text, r));
const mentions = (md: string): string[] =>
  mentionsOf(recogniseMarkdown(md)).map((m) => `${m.label}: ${m.surface}`);

describe('a company link opening a sentence', () => {
  it('is no part of the name after it', () => {
    expect(runs('Shares in Tarrow Instruments plc fell 9 per cent.')).toEqual(['Tarrow Instruments plc']);
    expect(runs('Shares of Pellow Marine Ltd rose.')).toEqual(['Pellow Marine Ltd']);
    expect(runs('Stakes in Ardley and Finch plc changed hands.')).toEqual(['Ardley and Finch plc']);
  });
  it('makes the name after it a company even without a legal form', () => {
    expect(mentions('Shares in Tarrow Instruments fell 9 per cent on Monday.')).toContain('Company: Tarrow Instruments');
    expect(mentions('Shares in Tarrow Instruments plc fell 9 per cent on Monday.')).toContain('Company: Tarrow Instruments plc');
  });
  it('stays where it is part of a name or opens no sentence', () => {
    // Not at the sentence's opening: the words before are the text's, as before.
    expect(runs('Analysts said Shares in Tarrow Instruments plc fell.')).toEqual(['Analysts', 'Shares in Tarrow Instruments plc']);
    // No capitalised word right after the link: nothing to cut off ("in the" joins no name to "Shares" either).
    expect(runs('Shares in the Coventry Maker fell.')).toEqual(['Shares', 'Coventry Maker']);
  });
});

describe('a clause word inside a run', () => {
  it('ends the name before it (a title-case line)', () => {
    expect(runs('Tarrow Shares Fell 9 Per Cent After It Warned That Buyers Were Leaving')).toEqual(['Tarrow Shares Fell', 'Per Cent', 'Warned', 'Buyers', 'Leaving']);
  });
  it('leaves the prepositions and conjunctions of a title in title case inside it', () => {
    expect(runs('the Protecting Harbour Networks Against Foreign Adversaries Act applies')).toEqual(['Protecting Harbour Networks Against Foreign Adversaries Act']);
    expect(runs('the Secure and Trusted Harbour Networks Act applies')).toEqual(['Secure and Trusted Harbour Networks Act']);
  });
});

describe('a start-up in apposition', () => {
  it('is a company', () => {
    expect(mentions('Corrin Sensing, a Leeds start-up, said its orders were unaffected.')).toContain('Company: Corrin Sensing');
    expect(mentions('Corrin Sensing and Vell Robotics, two start-ups, said their orders were unaffected.')).toEqual(expect.arrayContaining(['Company: Corrin Sensing', 'Company: Vell Robotics']));
  });
});

describe('a standfirst in title case with a clause in it', () => {
  it('keeps no instrument read there by its head word alone that no other sentence names', () => {
    const md = '# Tarrow Slides\n\n*Shares in the Leeds Maker Fell After It Warned That Buyers Were Cancelling Orders*\n\nTarrow Instruments plc said orders fell.\n';
    expect(mentions(md).filter((m) => m.startsWith('Law'))).toEqual([]);
  });
  it('keeps one another sentence names, and one in a title-case line with no clause in it', () => {
    const named = '*Tarrow Slides After It Warned That Buyers Face the Harbour Safety Rules*\n\nTarrow Instruments plc said the Harbour Safety Rules cut orders.\n';
    expect(mentions(named).filter((m) => m.startsWith('Law'))).toEqual(['Law: Harbour Safety Rules', 'Law: Harbour Safety Rules']);
    expect(mentions('*Harbour Safety Rules Cut Orders at Tarrow Instruments*\n\nOrders fell.\n').some((m) => m.startsWith('Law'))).toBe(true);
  });
});
