// The object of a verb of acquiring or trading in goods that the sentence states a measure on (a modal of obligation, a
// negated modal, a gerund after a verb of barring and "from"), and the object of a buyer's trade nouns ("the procurement
// of"), is a class a measure deals with: its own support, kept though named once (things.ts measuredVerb,
// grammar/things.yaml measured-verbs, trade-nouns). Own sentences, recognised and settled as extraction does.
import { describe, expect, it } from 'vitest';
import { analysed } from '../one-sentence.ts';

const kept = (s: string): string[] =>
  analysed(`# T\n\n${s}`)
    .rec.sentences.flatMap((x) => x.mentions)
    .filter((m) => m.label === 'Product' || m.label === 'Technology')
    .map((m) => m.surface);

describe('a measure on buying or trading goods supports its object', () => {
  it('after a negated modal', () => {
    expect(kept('Ministries may not procure cloud storage services or quantum sensing hardware from listed vendors.')).toEqual(['cloud storage services', 'quantum sensing hardware']);
    expect(kept('The harbour board will not purchase weather radar satellites made abroad.')).toContain('weather radar satellites');
    expect(kept('Councils must no longer lease traffic monitoring cameras from Qarlo.')).toContain('traffic monitoring cameras');
    expect(kept('Dealers cannot export night vision cameras without a licence.')).toContain('night vision cameras');
  });
  it('after a modal of obligation', () => {
    expect(kept('Hauliers must install digital tachograph units in every lorry.')).toContain('tachograph units');
  });
  it('after a verb of barring and "from"', () => {
    expect(kept('Schools are prohibited from installing gait recognition cameras.')).toContain('gait recognition cameras');
    expect(kept('The statute bars port authorities from buying remote crane controllers.')).toContain('remote crane controllers');
  });
  it('after a buyer\'s trade noun', () => {
    expect(kept('The decree forbids the procurement of satellite jamming equipment.')).toContain('satellite jamming equipment');
  });
  it('after "the use of", a word with a digit in the name', () => {
    expect(kept('The ministry banned the use of 6G test equipment in its buildings.')).toContain('6G test equipment');
  });
  it('not where no measure is stated', () => {
    expect(kept('Qarlo will sell fleet telematics units to bus operators.')).not.toContain('fleet telematics units');
    expect(kept('The ministry may sell surplus harbour patrol boats.')).toEqual([]);
    expect(kept('Police forces in Norland buy thermal imaging binoculars.')).not.toContain('thermal imaging binoculars');
  });
});
