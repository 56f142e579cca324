// A country the prohibited conduct only relates to is not restricted (relation-rules.yaml restricts-country): the
// Unreliable Entity List's measure on a listed company, "prohibit it from engaging in import and export activities related
// to China". A trade's destination still is. Own sentences, fictional companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { KESTREL, NMA } from './ids.ts';

describe('a country after "related to"', () => {
  it('is no destination of the prohibited trade', () => {
    expect(stated('The Norland Maritime Administration prohibited Kestrel Cranes Ltd from engaging in import and export activities related to China.')).toEqual([`${NMA} RESTRICTS ${KESTREL}`]);
  });
  it('while a trade to a country still restricts it', () => {
    expect(stated('The Norland Maritime Administration banned exports of harbour cranes to China.')).toContain(`${NMA} RESTRICTS jur:cn`);
  });
});

describe('a country after "risks to" or "threats to"', () => {
  it('is the state the measure protects, no target', () => {
    expect(stated('The Norland Maritime Administration prohibited transactions in harbour cranes that pose undue risks to Japan.')).not.toContain(`${NMA} RESTRICTS jur:jp`);
    expect(stated('The Norland Maritime Administration banned harbour cranes that present a threat to Japan.')).not.toContain(`${NMA} RESTRICTS jur:jp`);
  });
  it('while a ban on exports to a country still restricts it', () => {
    expect(stated('The Norland Maritime Administration prohibited exports of harbour cranes to Japan.')).toContain(`${NMA} RESTRICTS jur:jp`);
  });
});

describe('a country of origin of imports a verb of examining takes', () => {
  it('is no target of a restriction', () => {
    expect(stated('The Norland Maritime Administration shall review imports of harbour cranes produced in Japan, and report on whether they evade the tariff.')).not.toContain(`${NMA} RESTRICTS jur:jp`);
  });
  it('while a tariff on imports from it still restricts it', () => {
    expect(stated('The Norland Maritime Administration imposed a tariff on imports of harbour cranes produced in Japan.')).toContain(`${NMA} RESTRICTS jur:jp`);
  });
});
