// A company the passive's agent regulates, licenses, supervises or certifies (relation-rules.yaml regulated-by-company):
// the company is the passive's subject, alone or in a list of names, with its verb of being, a relative pronoun, an
// apposition or none; not a company that is the subject of another verb whose object the passive qualifies ("X said that
// it applies programmes certified by the Agency": the programmes are certified, not X). Own sentences, invented
// companies and bodies.
import { describe, expect, it } from 'vitest';
import { readSentence } from './helpers.ts';

const BORVIK = 'company:~borvik-telematics-ltd';
const QUENTA = 'company:~quenta-robotics-co-ltd';
const regulated = (text: string): string[] => readSentence(text).relations.filter((r) => / REGULATES company:/.test(r)).sort();
const actorOf = (text: string): string => (readSentence(text).relations.find((r) => r.endsWith(` REGULATES ${BORVIK}`)) ?? '').split(' ')[0] as string;

describe('a company regulated by an actor', () => {
  it('is, as the passive subject, alone or listed', () => {
    expect(regulated('Borvik Telematics Ltd. is licensed by the Norland Trade Council.')).toHaveLength(1);
    expect(regulated('Borvik Telematics Ltd. and Quenta Robotics Co., Ltd. are supervised by the Norland Trade Council.').map((r) => r.split(' ')[2])).toEqual([BORVIK, QUENTA].sort());
  });
  it('is, after a relative pronoun or in an apposition', () => {
    expect(actorOf('Borvik Telematics Ltd., which is licensed by the Norland Trade Council, sells harbour cranes.')).not.toBe('');
    expect(actorOf('Borvik Telematics Ltd., a carrier supervised by the Norland Trade Council, sells harbour cranes.')).not.toBe('');
  });
  it('is not, where the company is the subject of another verb and the passive qualifies its object', () => {
    expect(regulated('Borvik Telematics Ltd. and Quenta Robotics Co., Ltd. said that they already use audit tools certified by the Norland Trade Council.')).toEqual([]);
    expect(regulated('Borvik Telematics Ltd. sells harbour cranes licensed by the Norland Trade Council.')).toEqual([]);
  });
});
