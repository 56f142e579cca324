// A cue after "questions about" names what the questions are on, no act (relation-rules.yaml topic): a press release's
// closing advice "Exporters with questions about the Entity List or about license requirements for X may contact ..."
// (helper-286, dev78) regulates nothing. Own sentences, invented goods and bodies' real names.
import { describe, expect, it } from 'vitest';
import { statedInOrder } from './helpers.ts';

describe('a cue that names the topic of questions', () => {
  it('states no act after "questions about"', () => {
    expect(statedInOrder('Importers with questions about the Entity List or about license requirements for thermal cameras may call the helpline.')).toEqual([]);
    expect(statedInOrder('Send any queries on the Export Administration Regulations or on licensing of thermal cameras to the helpline.')).toEqual([]);
  });
  it('still reads the act where the list itself imposes the requirement', () => {
    expect(statedInOrder('The Entity List imposes license requirements for thermal cameras.')).toEqual(['law:us:entity-list RESTRICTS product:~thermal-camera']);
  });
});
