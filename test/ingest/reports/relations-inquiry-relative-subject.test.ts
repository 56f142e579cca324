// An inquiry of a noun that a relative clause's subject gives, sends or holds ("an assessment of the remote access that
// telematics control units give to their makers"): the clause's subject names the parties whose access is assessed, and
// the inquiry reaches them. The clause reader reads a modifier the recogniser left out of the first name as the start of
// that subject (clauses.ts modifiedName), and a verb's base form after a plural name as the clause's verb, before a
// preposition too. Own sentences, fictional bodies.
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../../ingest/reports/clauses.ts';
import { clauseGrammar, loadRules } from '../../../ingest/reports/relations.ts';
import { statedRelations as stated } from './helpers.ts';

const grammar = clauseGrammar(loadRules())!;
const CENTRE = 'authority:~centre-for-harbour-safety';

describe('an inquiry reaches the subject of a relative clause on its own object', () => {
  it('a list of things after a modifier the name leaves out, the verb before a preposition', () => {
    const got = stated('The Centre for Harbour Safety (CHS) has commissioned an assessment of the remote access that telematics control units, cellular modules and over-the-air update systems give to their makers.');
    expect(got.filter((r) => r.startsWith(CENTRE))).toEqual(
      [`${CENTRE} INVESTIGATES product:~control-unit`, `${CENTRE} INVESTIGATES product:iot-modules`, `${CENTRE} INVESTIGATES technology:~over-the-air-update-system`].sort(),
    );
  });

  it('not where the word after the pronoun is the verb: what it acts on is its own object', () => {
    const got = stated('The Centre for Harbour Safety has opened an investigation of the practices that subsidize cellular modules.');
    expect(got.filter((r) => r.includes('iot-modules'))).toEqual([]);
  });

  it('not after a noun whose "that" opens what it holds: the risk is assessed, no act of the name\'s', () => {
    const got = stated('The Centre for Harbour Safety has commissioned an assessment of the risk that telematics control units collect data on shipping routes.');
    expect(got.filter((r) => r.includes('control-unit'))).toEqual([]);
  });

  it('not where the clause\'s subject is no name: the thing after its verb is its own object', () => {
    const got = stated('The Centre for Harbour Safety has commissioned an assessment of the remote access that foreign vendors give to cellular modules.');
    expect(got.filter((r) => r.includes('iot-modules'))).toEqual([]);
  });
});

describe('the clause reader', () => {
  /** The relative clause after "that": its kind and its subject's words. */
  function relative(text: string, names: string[]): { kind?: string; subject?: string } {
    const mentions = names.map((n) => ({ start: text.indexOf(n), end: text.indexOf(n) + n.length }));
    const c = readClauses(text, mentions, grammar).find((x) => text.slice(x.start).startsWith('that'));
    return { kind: c?.kind, subject: c?.subject && text.slice(c.subject.start, c.subject.end) };
  }

  it('reads a modifier before a name as the start of the clause\'s subject', () => {
    const text = 'The Unit reviewed the access that telematics control units give to their makers.';
    expect(relative(text, ['Unit', 'control units'])).toEqual({ kind: 'relative', subject: 'telematics control units' });
  });

  it('a base form after a plural name opens no verb of a subject without a modifier before a preposition', () => {
    const text = 'The Unit reviewed the function that the Agency\'s Drone Regulations require for light drones.';
    expect(relative(text, ['Unit', "Agency's Drone Regulations", 'light drones']).kind).not.toBe('relative');
  });

  it('but a word the lexicon knows as a verb stays the verb of a clause on the noun before', () => {
    const text = 'The Unit reviewed the practices that subsidize cellular modules abroad.';
    expect(relative(text, ['Unit', 'cellular modules'])).toMatchObject({ kind: 'restrictive', subject: 'practices' });
  });
});
