// A public buyer's own refusal to buy (relation-rules.yaml buyer-refuses): "The Department will not buy X", "does not
// procure X", "will no longer purchase X" restrict X, the buyer's act; "may not / shall not" stays a prohibition binding its
// subject (prohibited-use), and the past tells what happened. A conjunct between commas whose object is raised past its
// comma (clauses `raised`: "will not buy, and no bid may include, X") lets the clause before reach the shared object, and a
// lettered item under a lead-in that opens with a determiner is the lead-in's object, no clause of its own. Own sentences,
// real bodies by their public names, invented companies.
import { describe, expect, it } from 'vitest';
import { readClauses } from '../../../ingest/reports/clauses.ts';
import { clauseGrammar, loadRules } from '../../../ingest/reports/relations.ts';
import { statedRelations } from './helpers.ts';

const DHS = 'authority:dhs';
const DOD = 'authority:dod';
const CORVELO = 'company:~corvelo-imaging-co-ltd';

describe("a public buyer's refusal to buy", () => {
  it('restricts what it will not buy, lease or acquire, and its maker', () => {
    expect(statedRelations('The Department of Homeland Security will not buy, lease or acquire surveillance cameras made by Corvelo Imaging Co., Ltd.')).toEqual([
      `${DHS} RESTRICTS ${CORVELO}`,
      `${DHS} RESTRICTS product:ip-cameras`,
    ]);
  });
  it('reads the present of its practice and "no longer"', () => {
    expect(statedRelations('The Department of Defense does not procure drones from Tessaro Robotics Ltd.')).toContain(`${DOD} RESTRICTS product:drones`);
    expect(statedRelations('The Department of Defense will no longer purchase drones from Tessaro Robotics Ltd.')).toContain(`${DOD} RESTRICTS company:~tessaro-robotics-ltd`);
  });
  it('reads nothing in the past, in a prohibition binding the buyer, or in what it will not accept', () => {
    expect(statedRelations('The Department of Defense did not buy drones from Tessaro Robotics Ltd. in 2024.')).toEqual([]);
    expect(statedRelations('The Department of Defense may not procure drones from Tessaro Robotics Ltd.').filter((r) => r.startsWith(DOD))).toEqual([]);
    expect(statedRelations('The Department of Homeland Security will not accept comments from Corvelo Imaging Co., Ltd. after March.')).toEqual([]);
  });
  it('reaches the object shared by a conjunct between commas, and each item under its lead-in', () => {
    const text = [
      'The Department of Homeland Security will not buy, and no contractor may supply, any of the following:',
      '',
      '(a) drones or surveillance cameras produced by Corvelo Imaging Co., Ltd.;',
      '',
      '(b) any thermal camera or flight controller manufactured by Tessaro Robotics Ltd.',
    ].join('\n');
    const got = statedRelations(text);
    expect(got).toEqual(expect.arrayContaining([`${DHS} RESTRICTS product:drones`, `${DHS} RESTRICTS ${CORVELO}`, `${DHS} RESTRICTS company:~tessaro-robotics-ltd`]));
  });
  it("keeps the act of the raised conjunct's own subject", () => {
    expect(statedRelations('The Department of Commerce is studying, and the Federal Communications Commission will soon ban, surveillance cameras made by Corvelo Imaging Co., Ltd.')).toEqual([
      `authority:fcc RESTRICTS ${CORVELO}`,
      'authority:fcc RESTRICTS product:ip-cameras',
    ]);
  });
});

describe('a conjunct whose object is raised past its comma', () => {
  const grammar = clauseGrammar(loadRules())!;
  it('is an aside that reaches the object after it; a conjunct with its own object is a coordinated clause', () => {
    const raised = 'The Agency will not buy, and no bidder may offer, cameras made by Corvelo.';
    const clauses = readClauses(raised, [{ start: 4, end: 10 }], grammar);
    expect(clauses.map((c) => [c.kind, raised.slice(c.start, c.end), c.raised ?? false])).toEqual([
      ['main', raised, false],
      ['subordinate', ', and no bidder may offer,', true],
    ]);
    const own = 'The Agency will not buy cameras, and no bidder may offer drones.';
    expect(readClauses(own, [{ start: 4, end: 10 }], grammar).map((c) => c.kind)).toEqual(['main', 'coordinated']);
  });
});

describe("an instrument's procurement prohibition", () => {
  const ACT = 'law:~secure-drones-act';
  it('is the instrument\'s in the complement of "provides that", whose modal binds its subject', () => {
    expect(statedRelations('The Secure Drones Act provides that no agency shall procure drones made by Tessaro Robotics Ltd.')).toEqual([
      `${ACT} RESTRICTS company:~tessaro-robotics-ltd`,
      `${ACT} RESTRICTS product:drones`,
    ]);
    expect(statedRelations('The Secure Drones Act provides that an executive agency shall not enter into a contract for drones made by Tessaro Robotics Ltd.')).toContain(`${ACT} RESTRICTS product:drones`);
  });
  it('reads funds spent on goods as the goods bought', () => {
    expect(statedRelations('Under the Secure Drones Act, no agency may expend funds on drones made by Tessaro Robotics Ltd.')).toContain(`${ACT} RESTRICTS product:drones`);
  });
  it('leaves a complement that only finds or reports a fact to its own subject', () => {
    expect(statedRelations('The Secure Drones Act finds that agencies have bought drones made by Tessaro Robotics Ltd.')).toEqual([]);
  });
});

describe('a list of singular things with an unnamed conjunct between commas', () => {
  it('reaches the conjuncts after it', () => {
    const got = statedRelations('The Department of Homeland Security will not buy any drone, flight controller, gimbal, data transmission device or thermal camera made by Tessaro Robotics Ltd.');
    expect(got).toContain(`${DHS} RESTRICTS product:~data-transmission-device`);
  });
  it('reaches nothing past an adverbial aside between commas', () => {
    const got = statedRelations('The Department of Homeland Security will not buy drones, in principle, and the Department of Defense restricted data transmission devices.');
    expect(got).not.toContain(`${DHS} RESTRICTS product:~data-transmission-device`);
  });
});

describe('a contract the buyer will not award', () => {
  it('restricts the company it would go to', () => {
    expect(statedRelations('The Department of Homeland Security will not award contracts to Corvelo Imaging Co., Ltd. or its affiliates.')).toEqual([`${DHS} RESTRICTS ${CORVELO}`]);
  });
});
