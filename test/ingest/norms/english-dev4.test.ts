// English readings added with the fourth development set (test/gold/norms-dev4.yaml): competence,
// establishment and application clauses that state no norm, the verb of an authority's duty found past
// adverbial phrases, evaluations and restrictive measures as acts on others, powers of Member States over
// parties, coordinated recipients ("X designated as Y and Z", "the Commission and the other …"),
// cooperation as the duty itself, "provide for" and demonstratives that name no recipient, and bare
// private objects. The sentences are the team's own, not corpus text.
import { describe, expect, it } from 'vitest';
import type { NormFinding } from '../../../ingest/norms/extract.ts';
import { withoutAnaphors } from '../../../ingest/norms/roles.ts';
import { authorityTerms, readArticle } from './read.ts';

const read = (text: string): NormFinding[] => readArticle(text, 'en', 'eu');

const terms = authorityTerms;

describe('clauses of competence and application', () => {
  it('shall be competent, shall not be competent, shall be applicable, shall end in the event of', () => {
    expect(read('Each licensing authority shall be competent for the tasks assigned to it.')).toEqual([]);
    expect(read('Licensing authorities shall not be competent to review judgments.')).toEqual([]);
    expect(read('Paragraphs 2 and 3 shall be applicable until the end of the transition.')).toEqual([]);
    expect(read('The mandate of a member shall end in the event of resignation.')).toEqual([]);
  });
  it('a body shall be established for a purpose, or shall be the authority responsible', () => {
    expect(read('A review panel shall be established for the uniform application of this Act.')).toEqual([]);
    expect(read('The customs offices shall be the authorities responsible for controls at the border.')).toEqual([]);
  });
  it('shall be established in a place is still a requirement', () => {
    expect(read('The agent shall be established in one of the Member States.').map((f) => f.modality)).toEqual(['DUTY']);
  });
});

describe('the verb of an authority duty past adverbials', () => {
  it('shall, without undue delay and, where appropriate, in cooperation with X, carry out an evaluation of the product', () => {
    const [f] = read('The inspection authority shall, without undue delay and, where appropriate, in cooperation with the customs office, carry out an evaluation of the product concerned.');
    expect(terms(f, 'EMPOWERS')).toEqual(['The inspection authority']);
  });
  it('shall without delay require; shall take provisional measures to prohibit', () => {
    expect(terms(read('The inspection authority shall without delay require the importer to recall the device.')[0], 'EMPOWERS')).toEqual(['The inspection authority']);
    expect(terms(read('The inspection authority shall take all appropriate provisional measures to prohibit the sale of the device.')[0], 'EMPOWERS')).toEqual(['The inspection authority']);
  });
  it('a duty without an act on others stays the body own', () => {
    expect(terms(read('The inspection authority shall, where appropriate, publish an annual report.')[0], 'EMPOWERS')).toEqual([]);
  });
});

describe('relative clauses', () => {
  it('a modal coordinated with one in a relative clause is in that clause, not a power of the main subject', () => {
    const found = read('Member States shall designate a licensing authority, which shall monitor the market and may request information from importers.');
    expect(found.map((f) => f.modality)).toEqual(['DUTY']);
    expect(found[0]?.bearer?.term).toBe('Member States');
  });
  it('a coordinated modal after a new sentence part with its own subject stays a norm', () => {
    const found = read('The agency, which shall keep a register, shall publish it. Importers may consult it.');
    expect(found.map((f) => f.modality)).toEqual(['DUTY', 'PERMISSION']);
  });
});

describe('powers of Member States', () => {
  it('a Member State power over parties empowers it', () => {
    const [f] = read('Member States may take enforcement measures against the entities concerned.');
    expect(f?.modality).toBe('POWER');
    expect(terms(f, 'EMPOWERS')).toEqual(['Member States']);
  });
  it('a discretion over its own institutions does not', () => {
    expect(terms(read('Member States may designate an existing authority for that purpose.')[0], 'EMPOWERS')).toEqual([]);
  });
});

describe('recipients of duties', () => {
  it('every body of "X designated as Y and Z", and of "the Commission and the other …"', () => {
    expect(terms(read('The inspection authorities shall exchange information with the CSIRTs designated as coordinators and ENISA.')[0], 'OWED_TO')).toEqual(['CSIRTs', 'ENISA']);
  });
  it('working in close cooperation with a body is owed to it', () => {
    expect(terms(read('The inspection authorities shall work in close cooperation with the customs authorities.')[0], 'OWED_TO')).toEqual(['customs authorities']);
  });
  it('provide for and "to represent those authorities" name no recipient', () => {
    expect(terms(read('Each Member State shall provide for one or more public authorities to be responsible for monitoring.')[0], 'OWED_TO')).toEqual([]);
    expect(terms(read('That Member State shall designate the authority which is to represent those authorities in the Board.')[0], 'OWED_TO')).toEqual([]);
  });
  it('a demonstrative names again a body already owed', () => {
    const [f] = read('The inspection authority shall inform the customs authorities and cooperate with those authorities.');
    expect(terms(f, 'OWED_TO')).toEqual(['customs authorities']);
    expect(withoutAnaphors([{ id: 'a', role: 'OWED_TO', term: 'those authorities' }])).toHaveLength(1);
  });
  it('a duty toward a bare private object is owed to no body named before', () => {
    const found = read('The customs authorities may request advice from ENISA. The customs authorities shall inform consumers of where to complain.');
    expect(terms(found[1], 'OWED_TO')).toEqual([]);
  });
});
