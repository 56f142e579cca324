// Relations whose actor stands away from the cue that reaches the object (relation-rules.yaml): a measure widened in a
// relative clause whose pronoun subject is the actor ("a ban on X, which it extended in 2023 to Y": extends-measure-which),
// goods whose purchase a body tells buyers to stop, taken up by "them" (objectPronoun HALTS_USE), and a body's sanctions
// "targeting" a company, past the company's apposition (targets-party), and an unnamed instrument's issuer named inside the
// relative clause right after it ("The rule, which the Council issued in 2023, restricts X": relations.ts issuedAside). Own
// sentences, fictional bodies and companies. Also a scope set before a passive that says where its requirements are stated
// ("For X, the technical requirements are laid down in Y": scope-fronted-set-out).
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';

const COUNCIL = 'authority:~norland-trade-council';
const CRANES = 'product:~harbour-crane';
const FORKLIFTS = 'product:~forklift-truck';
const KESTREL = 'company:~kestrel-cranes-ltd';
const OSTRAVA = 'company:~ostrava-lifts-ltd';

describe('a measure widened in a relative clause whose subject takes up the actor', () => {
  it('restricts what a ban is extended to', () => {
    expect(stated('In 2021 the Norland Trade Council imposed a ban on harbour cranes, which it extended in 2023 to forklift trucks.')).toContain(`${COUNCIL} RESTRICTS ${FORKLIFTS}`);
  });
  it('restricts what a sanctions framework set up to target a programme is extended to cover', () => {
    expect(stated('In October 2022 the Norland Trade Council established a dedicated framework to target the missile programme of its neighbour, which it extended in 2023 to cover harbour cranes.')).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
  it('past a company name with its abbreviation, a later adverb and "to include"', () => {
    expect(stated('The Norland Trade Council imposed sanctions on Kestrel Cranes Ltd., which it later broadened to include forklift trucks.')).toContain(`${COUNCIL} RESTRICTS ${FORKLIFTS}`);
  });
  it('but a programme widened is no measure', () => {
    expect(stated('In 2021 the Norland Trade Council set up a grant scheme for ports, which it extended in 2023 to cover harbour cranes.').filter((r) => r.includes('RESTRICTS'))).toEqual([]);
  });
});

describe('goods whose use or purchase is stopped, taken up by a pronoun', () => {
  it('restricts the goods and their maker a finding named before', () => {
    const got = stated('In March the Norland Trade Council said a review had found that harbour cranes made by Kestrel Cranes Ltd. posed serious risks, and told port operators to stop buying them.');
    expect(got).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS ${KESTREL}`]));
  });
  it('with "stop using them" after a finding', () => {
    expect(stated('The Norland Trade Council found that harbour cranes posed serious risks and told port operators to stop using them.')).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
  it('but not where the halt is only urged', () => {
    expect(stated('The Norland Trade Council found that harbour cranes posed serious risks and urged port operators to stop using them.')).not.toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
});

describe('a body\'s sanctions "targeting" a company', () => {
  it('designates each company it targets, past the first one\'s apposition', () => {
    const got = stated('In Valdmark, the Norland Trade Council targeted Kestrel Cranes Ltd., an assembler of reconnaissance drones, and Ostrava Lifts Ltd., which runs a training centre for drone operators.');
    expect(got).toEqual(expect.arrayContaining([`${COUNCIL} DESIGNATES ${KESTREL}`, `${COUNCIL} DESIGNATES ${OSTRAVA}`]));
  });
  it('but a company targeted with a measure is restricted, not designated', () => {
    const got = stated('The Norland Trade Council targeted Kestrel Cranes Ltd. with sanctions.');
    expect(got).toContain(`${COUNCIL} RESTRICTS ${KESTREL}`);
    expect(got).not.toContain(`${COUNCIL} DESIGNATES ${KESTREL}`);
  });
  it('nor is a company a negated targeting names', () => {
    expect(stated('The Norland Trade Council has not targeted Kestrel Cranes Ltd.')).not.toContain(`${COUNCIL} DESIGNATES ${KESTREL}`);
  });
});

describe('an unnamed instrument whose issuer a relative clause right after it names', () => {
  it("is the issuer's act", () => {
    expect(stated('The rule, which the Norland Trade Council issued in 2023, restricts exports of harbour cranes.')).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
    const got = stated('The order, which the Norland Trade Council published on Tuesday, bans imports of forklift trucks made by Kestrel Cranes Ltd.');
    expect(got).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS ${FORKLIFTS}`, `${COUNCIL} RESTRICTS ${KESTREL}`]));
  });
  it('but not where the clause says another act of the body', () => {
    expect(stated('The rule, which the Norland Trade Council criticised in 2023, restricts exports of harbour cranes.')).not.toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
  it('nor where the instrument is named: its own act', () => {
    const got = stated('The Harbour Safety Order, which the Norland Trade Council issued in 2023, bans imports of forklift trucks.');
    expect(got).toContain(`law:~harbour-safety-order RESTRICTS ${FORKLIFTS}`);
    expect(got).not.toContain(`${COUNCIL} RESTRICTS ${FORKLIFTS}`);
  });
});

describe('a list of objects that goes on past a quantified relative clause', () => {
  const TARNBRIDGE = 'company:~tarnbridge-hoists-ltd';
  it('reaches the conjunct after ", both of which ...,", past a parenthesis before the clause too', () => {
    const got = stated('The Norland Trade Council sanctioned Ostrava Lifts Ltd. and Brenner Hoists Ltd. (Valdmark), both of which are suspected of procuring machine tools for the navy, as well as Tarnbridge Hoists Ltd. (Osterland).');
    expect(got).toEqual(expect.arrayContaining([`${COUNCIL} RESTRICTS ${OSTRAVA}`, `${COUNCIL} RESTRICTS company:~brenner-hoists-ltd`, `${COUNCIL} RESTRICTS ${TARNBRIDGE}`]));
  });
  it('for an addition whose list an earlier sentence named', () => {
    const got = stated(
      'The Norland Trade Council added Kestrel Cranes Ltd. to the Entity List in May. The Norland Trade Council also added Ostrava Lifts Ltd. and Brenner Hoists Ltd. (Valdmark), both of which are suspected of procuring machine tools for the navy, as well as Tarnbridge Hoists Ltd. (Osterland).',
    );
    expect(got).toEqual(expect.arrayContaining([`${COUNCIL} ADDS_TO_LIST ${OSTRAVA}`, `${COUNCIL} ADDS_TO_LIST company:~brenner-hoists-ltd`, `${COUNCIL} ADDS_TO_LIST ${TARNBRIDGE}`]));
  });
  it('but the clause names no object of the verb before it', () => {
    expect(stated('The Norland Trade Council sanctioned Ostrava Lifts Ltd. and Brenner Hoists Ltd. (Valdmark), both of which are suspected of procuring machine tools for the navy, as well as Tarnbridge Hoists Ltd. (Osterland).')).not.toContain(
      `${COUNCIL} RESTRICTS product:~machine-tool`,
    );
  });
});

describe('a scope set before a passive that says where its requirements are stated', () => {
  it('is regulated by the instrument they are stated in', () => {
    expect(stated('For forklift trucks, the technical requirements are laid down in the Harbour Safety Order.')).toContain(`law:~harbour-safety-order REGULATES ${FORKLIFTS}`);
  });
  it('but not where the instrument only discusses them', () => {
    expect(stated('For forklift trucks, the technical requirements were discussed in the Harbour Safety Order.')).not.toContain(`law:~harbour-safety-order REGULATES ${FORKLIFTS}`);
  });
});
