// A first-level subdivision (a US state, a province, a Land) acting as lawmaker or buyer is an Authority, as the dev golds
// record "the state as lawmaker" (dev25, dev66, dev69); named as a place it stays a Jurisdiction (helper-263, issue 15):
// names.yaml subdivision-acts (the verb it is the subject of) and subdivision-measures (a measure after its possessive),
// subdivisions.ts body:subdivision-acting. A country acting stays a Jurisdiction (the golds' convention). Own sentences.
import { describe, expect, it } from 'vitest';
import { readSentence } from '../reports/helpers.ts';

describe('a state acting as lawmaker or buyer', () => {
  it('is an authority whose acts the relation rules read', () => {
    expect(readSentence('Florida required its agencies to replace Chinese drones in 2023.').relations).toContain('authority:~florida RESTRICTS product:drones');
    expect(readSentence('Florida, for example, required its agencies to stop using drones made in China.').relations).toContain('authority:~florida RESTRICTS product:drones');
    expect(readSentence('At the state level, Florida has required its agencies since 2021 to phase out drones.').relations).toContain('authority:~florida RESTRICTS product:drones');
    expect(readSentence('Texas banned Chinese drones in state agencies.').relations).toContain('authority:~texas RESTRICTS product:drones');
    expect(readSentence('The state of Tennessee prohibits state agencies from buying Chinese drones.').relations).toContain('authority:~tennessee RESTRICTS product:drones');
    expect(readSentence("Queensland's procurement rules exclude Chinese drones.").relations).toContain('authority:~queensland RESTRICTS product:drones');
    expect(readSentence('Ontario bought 200 drones made by DJI.').entities).toContain('authority:~ontario');
  });
  it('stays a place where it is one', () => {
    expect(readSentence('The company is headquartered in Texas.').entities).toEqual(['jur:us-tx']);
    expect(readSentence('Texas has a large market for drones.').entities).toContain('jur:us-tx');
    expect(readSentence('Florida is the third largest state.').entities).toEqual(['jur:us-fl']);
    expect(readSentence("Texas's largest city is Houston.").entities).toContain('jur:us-tx');
  });
  // Coordinated states act together, and so do the members an aside names of a plural of states that is the verb's subject
  // (names.yaml subdivision-classes); a state governed by a preposition is no subject (helper-337, issue 15).
  it('acts with the states coordinated with it, and as a member of a plural of states that acts', () => {
    const both = readSentence('Ohio and Kansas have barred their agencies from flying drones built by Corvane Aerial.').relations;
    expect(both).toContain('authority:~ohio RESTRICTS product:drones');
    expect(both).toContain('authority:~kansas RESTRICTS product:drones');
    const three = readSentence('Utah, Idaho or Nevada restricted the purchase of drones built by Corvane Aerial last year.').entities;
    expect(three).toEqual(expect.arrayContaining(['authority:~utah', 'authority:~idaho', 'authority:~nevada']));
    const aside = readSentence('A dozen states, among them Ohio and Kansas, have restricted the drones their police may fly.').relations;
    expect(aside).toContain('authority:~ohio RESTRICTS product:drones');
    expect(aside).toContain('authority:~kansas RESTRICTS product:drones');
    const provinces = readSentence('Some provinces, such as Ontario, have banned drones built by Corvane Aerial.').relations;
    expect(provinces).toContain('authority:~ontario RESTRICTS product:drones');
  });
  it('is no subject after a preposition', () => {
    const entities = readSentence('Retailers in Ohio and Kansas have restricted drone sales to minors.').entities;
    expect(entities).toEqual(expect.arrayContaining(['jur:us-oh', 'jur:us-ks']));
    expect(entities).not.toContain('authority:~kansas');
  });
  it('leaves a country acting a Jurisdiction', () => {
    expect(readSentence('The United States banned Chinese drones.').entities).toContain('jur:us');
  });
});
