// People named family name first ("Li Wenbo"): a surname the lexicon knows, then given names it knows as nothing else,
// are people, not the companies a verb of selling after them would make them. Own sentences, invented names.
import { describe, expect, it } from 'vitest';
import { findFallback } from '../../../ingest/recognize/fallback.ts';
import { nameRuns } from '../../../ingest/recognize/names.ts';
import { recogniseMarkdown } from './helpers.ts';

const people = (text: string): string[] => findFallback(text, nameRuns(text)).filter((f) => f.label === 'Person').map((f) => f.surface);

describe('a name written family name first', () => {
  it('is a person: a known surname, then one or two given names the lexicon does not know', () => {
    expect(people('The chairman, Zhou Mingyu, met Chen Wenbo in May.')).toEqual(['Zhou Mingyu', 'Chen Wenbo']);
  });
  it('is no person where a word after the surname is a line of business or a word the lexicon knows', () => {
    expect(people('The drone maker Chen Ming Robotics was listed.')).toEqual([]);
    expect(people('Zhou Drones and Chen Harbour Logistics were listed.')).toEqual([]);
  });
  it('is a person in a document, not the company a verb of selling after it would make it', () => {
    const r = recogniseMarkdown('# T\n\nChen Wenbo sells navigation modules to the plant.');
    expect(r.sentences.flatMap((s) => s.mentions).filter((m) => m.surface === 'Chen Wenbo').map((m) => m.label)).toEqual(['Person']);
  });
});
