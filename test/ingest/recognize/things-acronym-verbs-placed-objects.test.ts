// A regime's acronym after "the" is a subject, and a verb of acting on goods after it starts the name after the verb
// (things.ts verbAfterAcronym, grammar/things.yaml acronym-verbs); a verb of placing goods whose long object follows the
// place leaves the place's noun out of the name (things.ts shiftedObject, placing-verbs). Own sentences, invented regimes
// and goods.
import { describe, expect, it } from 'vitest';
import { findThings } from '../../../ingest/recognize/things.ts';

const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a verb after a regime\'s acronym', () => {
  it('starts the name after the verb', () => {
    expect(found('Under the treaty, the HMCR control harbour survey drones and patrol boats.')).toEqual(['harbour survey drones']);
    expect(found('The KTR restrict harbour cameras sold abroad.')).toEqual(['harbour cameras']);
  });
  it('leaves a name the acronym opens without "the", and other words after it', () => {
    expect(found('Norvik sells KTR survey drones.')).toEqual(['KTR survey drones']);
    expect(found('The KTR survey drones were seized.')).toContain('KTR survey drones');
  });
});

describe('a placing verb\'s object after the place', () => {
  it('leaves the place\'s noun out of the name', () => {
    expect(found('The act tells the board to place on the register harbour cameras made by Acme Ltd.')).toEqual(['harbour cameras']);
    expect(found('The ministry shall add to the list marine survey drones made abroad.')).toEqual(['marine survey drones']);
  });
  it('not after a verb of no placing, nor after a noun', () => {
    expect(found('The rule applies to the network cameras made by Acme Ltd.')).toEqual(['network cameras']);
    expect(found('The firm sought access to the network cameras made by Acme Ltd.')).toEqual(['network cameras']);
  });
});
