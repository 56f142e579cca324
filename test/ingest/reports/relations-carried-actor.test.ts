// An actor carried from the sentence before: "It" after an opening adverbial, past a sentence that names nothing, a measure
// in the agentless passive (relation-rules.yaml agentless), and never a guess between two coordinated actors. Own
// sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { COUNCIL, CRANES, FORKLIFTS, KESTREL, NMA } from './ids.ts';

describe('"it" taking up the actor of the sentence before', () => {
  it('after an opening adverbial and its comma', () => {
    expect(stated('The Norland Trade Council met on 3 May. Later that day, it added Kestrel Cranes Ltd. to the Entity List.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`]);
    expect(stated('The Norland Trade Council met on 3 May. In its notice, it banned imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it("after a date's opening adverbial without its comma, and not after one that names a subject of its own", () => {
    expect(stated('The Norland Trade Council met on 3 May. In June 2026 it banned imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council met on 3 May. On 21 October it added Kestrel Cranes Ltd. to the Entity List.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`]);
    expect(stated('The Norland Trade Council met on 3 May. Last year it banned imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council met on 3 May. Later that month it banned imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council met on 3 May. In mid-2025 the order banned imports of harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council met on 3 May. In June 2026 Kestrel Cranes Ltd. said it would stop imports of harbour cranes.')).toEqual([]);
  });

  it('past a sentence that names nothing, not past one that names a company', () => {
    expect(stated('The Norland Trade Council met on 3 May. Its members voted on the plan. It then added Kestrel Cranes Ltd. to the Entity List.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`]);
    expect(stated('The Norland Trade Council met on 3 May. Kestrel Cranes Ltd. objected. It then added Kestrel Cranes Ltd. to the Entity List.')).toEqual([]);
  });

  it('not when the sentence before opens with a company, its subject, which "it" takes up', () => {
    expect(stated('Kestrel Cranes Ltd. told the Norland Trade Council in May that prices would rise. It then stopped imports of forklift trucks.')).toEqual([]);
    expect(stated('The Norland Trade Council fined Kestrel Cranes Ltd. in May. It then stopped imports of forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS product:~forklift-truck`]);
  });

  it('not when the sentence before coordinates two actors', () => {
    expect(stated('The Norland Trade Council and the Norland Maritime Administration met on 3 May. It banned imports of harbour cranes.')).toEqual([]);
  });

  it('the subject, not a partner named beside it', () => {
    expect(stated('The Norland Trade Council, together with the Norland Maritime Administration, met on 3 May. It banned imports of harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council, together with the Norland Maritime Administration, met on 3 May. It banned imports of harbour cranes.')).not.toContain(`${NMA} RESTRICTS ${CRANES}`);
  });

  it("past an actor the opening adverbial holds as a preposition's object, which is then no actor", () => {
    const got = stated('The Norland Trade Council met on 3 May. At the request of the Norland Maritime Administration, it banned imports of harbour cranes.');
    expect(got).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('a lead-in that opens with the anaphor lends its antecedent to the list items', () => {
  it('"It will:" after the sentence naming the actor', () => {
    const got = stated('The Norland Trade Council announced two measures on 3 May. It will:\n\n- ban imports of harbour cranes;\n- add Kestrel Cranes Ltd. to the Entity List.');
    expect(got).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('a lead-in standing alone takes up the paragraph before', () => {
    const got = stated('The Norland Trade Council announced two measures on 3 May.\n\nUnder the notice, it:\n\n- banned imports of harbour cranes;\n- added Kestrel Cranes Ltd. to the Entity List.');
    expect(got).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('nothing when the sentence before the lead-in names no actor', () => {
    expect(stated('Kestrel Cranes Ltd. objected on 3 May. It:\n\n- banned imports of harbour cranes.')).toEqual([]);
  });
});

describe('a heading that is one body\'s name lends it to the subjectless sentences under it', () => {
  it('"## Norland Trade Council" + "- Banned imports of X"', () => {
    expect(stated('## Norland Trade Council\n\n- Banned imports of harbour cranes.\n- Added harbour cranes to the Entity List on 3 May.')).toEqual([
      `${COUNCIL} ADDS_TO_LIST ${CRANES}`,
      `${COUNCIL} RESTRICTS ${CRANES}`,
    ]);
  });

  it('not under a heading that says more than the name, nor to a sentence with a subject or none of the verb', () => {
    expect(stated('## What the Norland Trade Council did\n\nBanned imports of harbour cranes.')).toEqual([]);
    expect(stated('## Norland Trade Council\n\nImports of harbour cranes fell after tariffs on harbour cranes.')).toEqual([]);
  });
});

describe('a measure in the agentless passive, its sentence naming no actor', () => {
  it('is the act of the actor the sentence before names', () => {
    expect(stated('The Norland Trade Council met importers in May. A duty of 12.5% is imposed on harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council met importers in May. In June, additional tariffs have been levied on forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${FORKLIFTS}`]);
  });

  it("is no one's across a paragraph, in the past, or after two coordinated actors or a company", () => {
    expect(stated('The Norland Trade Council met importers in May.\n\nA duty of 12.5% is imposed on harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council met importers in May. A duty of 12.5% was imposed on harbour cranes in 2019.')).toEqual([]);
    expect(stated('The Norland Trade Council and the Norland Maritime Administration met on 3 May. A duty of 12.5% is imposed on harbour cranes.')).toEqual([]);
    expect(stated('Kestrel Cranes Ltd. told the Norland Trade Council that prices would rise. A duty of 12.5% is imposed on forklift trucks.')).toEqual([]);
  });

  it("is not the actor before's where the sentence names its own agent", () => {
    const got = stated('The Norland Trade Council met importers in May. A duty of 12.5% is imposed on harbour cranes by the Norland Maritime Administration.');
    expect(got).not.toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
});

// helper-144: "The same order" takes up the order the sentence before names, as "The order" does (dev29 at first sight).
describe('"the same" before an instrument noun', () => {
  it('takes up the instrument the sentence before names', () => {
    const text = 'In the 2024 Harbour Cranes Order, the Norland Trade Council banned harbour cranes. The same order prohibited imports of forklift trucks made by Kestrel Cranes Ltd.';
    const got = stated(text);
    expect(got.filter((r) => r.startsWith('law:') && r.endsWith(KESTREL))).toEqual(['law:~2024-harbour-cranes-order RESTRICTS company:~kestrel-cranes-ltd']);
  });
});

describe("a demonstrative with a whole instrument's noun never takes up a part of one (relation-rules.yaml instrumentPart)", () => {
  const text =
    'The Council of the European Union listed Veldry Trawl Ltd. in Annex IV to Council Regulation (EU) No 833/2014 in May. On 24 October the Council adopted a new sanctions package. It adds 31 entities to Annex IV, among them Kestrel Cranes Ltd., and prohibits the sale of forklift trucks to Russia. The package also bans the export to Russia of harbour cranes.';
  it('"It adds X to Annex IV ... The package also bans Y": no ban of the annex', () => {
    const got = stated(text);
    expect(got.filter((r) => r.startsWith('law:~annex-iv'))).toEqual([]);
    // "It" with a present verb after the Council adopted the package is the package (relations.ts issuedBefore, dev55's
    // convention: the package, not the Council, adds and prohibits), and "The package" after it the same instrument.
    expect(got).toContain('law:~sanctions-package-in-inline RESTRICTS product:~forklift-truck');
    expect(got).toContain('law:~sanctions-package-in-inline RESTRICTS product:~harbour-crane');
  });
});
