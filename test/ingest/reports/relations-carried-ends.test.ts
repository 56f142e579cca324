// Ends a sentence names by a short form or takes from context, as speeches, press-conference remarks and press releases
// write them: the speaker's body named by the title's genre ("Press Conference Remarks by X"), "these companies" for the
// companies named before, "The order" for the order the sentence before says a body issued, and a cue that ends at its
// object read past the object's origin ("a 30 percent duty on Chinese X"). Own sentences, fictional bodies and companies.
import { describe, expect, it } from 'vitest';
import { analyseText, statedRelations as stated } from './helpers.ts';
import { ACT, COUNCIL, CRANES, FORKLIFTS, KESTREL, MARROWBY } from './ids.ts';

/** The relations of a document whose title is `title`. */
const titled = (title: string, text: string): string[] =>
  analyseText(text, { title })
    .relations.map((r) => `${r.start} ${r.type} ${r.end}`)
    .filter((r) => / (?:RESTRICTS|ADDS_TO_LIST|DESIGNATES|INVESTIGATES|REGULATES) /.test(r))
    .sort();

describe("a title that names the speech's genre ties its first person to the body", () => {
  it('words before "Remarks", and the body after "by" or its office after "of"', () => {
    expect(titled('Press Conference Remarks by the Norland Trade Council', 'We imposed tariffs on harbour cranes last year.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(titled('Prepared Remarks of the Chair of the Norland Trade Council', 'Today we are adding Kestrel Cranes Ltd. to the Entity List.')).toEqual([`${COUNCIL} ADDS_TO_LIST ${KESTREL}`]);
    expect(titled('Remarks as Prepared for Delivery by the Norland Trade Council', 'We banned harbour cranes in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('the body before the genre', () => {
    expect(titled("The Norland Trade Council's Statement on Port Security", 'We banned harbour cranes in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not a sentence of the text, nor a title that names no genre or two bodies', () => {
    expect(titled('Port Security in 2031', 'Press Conference Remarks by the Norland Trade Council drew a crowd. We banned harbour cranes in May.')).toEqual([]);
    expect(titled('The Norland Trade Council and Port Security', 'We banned harbour cranes in May.')).toEqual([]);
    expect(titled('Joint Remarks by the Norland Trade Council and the Norland Maritime Administration', 'We banned harbour cranes in May.')).toEqual([]);
  });
});

describe('"these companies" takes up the companies named before', () => {
  it('in the sentence before, all of them', () => {
    expect(stated('The Norland Trade Council added Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd. to the Entity List on Tuesday. It also imposed sanctions on these companies.')).toEqual(
      [`${COUNCIL} ADDS_TO_LIST ${KESTREL}`, `${COUNCIL} ADDS_TO_LIST ${MARROWBY}`, `${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${MARROWBY}`].sort(),
    );
  });

  it('not one company alone', () => {
    expect(stated('The Norland Trade Council fined Kestrel Cranes Ltd. on Tuesday. It also imposed sanctions on these companies.')).toEqual([]);
  });
});

describe('"The order" takes up the body the sentence before says issued it', () => {
  it('when that sentence names no instrument', () => {
    expect(stated('The Norland Trade Council published its order on Tuesday. The order bans harbour cranes and forklift trucks.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`, `${COUNCIL} RESTRICTS ${FORKLIFTS}`].sort());
  });

  it('not a body that issued no such thing', () => {
    expect(stated('The Norland Trade Council met on Tuesday. The order bans harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council criticised the order on Tuesday. The order bans harbour cranes.')).toEqual([]);
  });
});

describe("a cue that ends at its object reaches past the object's origin", () => {
  it('a demonym before the goods, and a rate before the measure', () => {
    expect(stated('The Norland Trade Council puts a 30 percent duty on Chinese harbour cranes.')).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
    expect(stated('The Norland Trade Council puts a 30 percent duty on Chinese harbour cranes.')).toContain(`${COUNCIL} RESTRICTS jur:cn`);
    expect(stated('The Norland Trade Council imposed tariffs on Chinese harbour cranes.')).toContain(`${COUNCIL} RESTRICTS ${CRANES}`);
  });
});

describe('a speech\'s "them" and reduced relative clause', () => {
  const SPEECH = 'Remarks by the Norland Trade Council';

  it('"them" after a restricting verb takes up the first thing of the sentence before', () => {
    expect(titled(SPEECH, 'Harbour cranes are a risk. That is why we banned them in May.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not past a paragraph', () => {
    expect(titled(SPEECH, 'Harbour cranes are a risk.\n\nThat is why we banned them in May.')).toEqual([]);
  });

  it('"the tariffs we imposed on X": the speaker\'s body restricts X', () => {
    expect(titled(SPEECH, 'The tariffs we imposed on harbour cranes will stay.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});

describe('press-conference answers and a speech\'s "our"', () => {
  const SPEECH = 'Remarks by the Norland Trade Council';

  it('an answer\'s "them" takes up the thing its question names', () => {
    expect(titled(SPEECH, 'Q: What about harbour cranes?\n\nCHAIR: We banned them last year.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });

  it('not a paragraph before that asks nothing', () => {
    expect(titled(SPEECH, 'Harbour cranes matter.\n\nWe banned them last year.')).toEqual([]);
  });

  it('"Our action today targets X": the body\'s measure, and no other "our"', () => {
    expect(titled(SPEECH, 'Our action today targets Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.')).toEqual([`${COUNCIL} RESTRICTS ${KESTREL}`, `${COUNCIL} RESTRICTS ${MARROWBY}`].sort());
    expect(titled(SPEECH, 'Our inspectors visited Kestrel Cranes Ltd. and banned harbour cranes.')).toEqual([]);
  });
});

describe('a demonstrative with a noun of an instrument\'s kind takes up an instrument of that kind only', () => {
  it('one whose surface shows that kind, or shows none', () => {
    expect(stated('The Norland Trade Council adopted Regulation (EU) 2031/78 and Directive (EU) 2031/77 in May. The directive bans harbour cranes.')).toEqual(['law:~directive-eu-2031-77 RESTRICTS product:~harbour-crane']);
    expect(stated('Parliament passed the Valdmark Crane Safety Act in May. This Act bans harbour cranes.')).toEqual([`${ACT} RESTRICTS ${CRANES}`]);
  });

  it('not one of another kind, nor the body that passed it ("This Regulation" is the text\'s own, or another)', () => {
    expect(stated('The Norland Trade Council adopted Directive (EU) 2031/77 in May. This Regulation bans harbour cranes.')).toEqual([]);
    expect(stated('Parliament passed the Valdmark Crane Safety Act in May. This Regulation bans harbour cranes.')).toEqual([]);
  });

  it('"This" with any instrument\'s noun is read whole: "This rule" takes up no body the sentence before names', () => {
    expect(stated('The Norland Trade Council met in May. This rule bans harbour cranes.')).toEqual([]);
    expect(stated('The Norland Trade Council met in May. It bans harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
    expect(stated('The Norland Trade Council published its rule in May. This rule bans harbour cranes.')).toEqual([`${COUNCIL} RESTRICTS ${CRANES}`]);
  });
});
