// Designations as sanctions fact sheets and press releases write them: the designation's object is the verb's own (the
// designates rule's `direct`), past an adverb, a class noun the members follow or stand in apposition to, and a name's
// premodifiers (its base, a noun of companies); a list of objects goes on past a relative clause or a participle of a seat
// after a conjunct, and past a conjunct's base. Own sentences, fictional companies; OFAC by its public name.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { BIS, KESTREL, MARROWBY, OFAC } from './ids.ts';

const DESIGNATES = (o: string): string => `${OFAC} DESIGNATES ${o}`;
const BOTH = [DESIGNATES(KESTREL), DESIGNATES(MARROWBY)].sort();

describe("a designation's object after the verb", () => {
  it('past an adverb', () => {
    expect(stated('The Office of Foreign Assets Control designated today Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.')).toEqual(BOTH);
    expect(stated('The Office of Foreign Assets Control is concurrently designating Kestrel Cranes Ltd.')).toEqual([DESIGNATES(KESTREL)]);
  });

  it("past the name's base, and the base is not designated", () => {
    expect(stated('The Office of Foreign Assets Control designated Hong Kong-based Kestrel Cranes Ltd. on Tuesday.')).toEqual([DESIGNATES(KESTREL)]);
  });

  it('past a noun of companies before the name', () => {
    expect(stated('The Office of Foreign Assets Control designated Norland crane maker Kestrel Cranes Ltd.')).toEqual([DESIGNATES(KESTREL)]);
    expect(stated('The Office of Foreign Assets Control designated Chinese company Kestrel Cranes Ltd.')).toEqual([DESIGNATES(KESTREL)]);
  });

  it('a class, then its members in apposition or after a colon', () => {
    expect(stated('The Office of Foreign Assets Control designated two Norland-based companies, Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd., for supplying parts.')).toEqual(BOTH);
    expect(stated('The Office of Foreign Assets Control designated the following entities: Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.')).toEqual(BOTH);
  });

  it('a class with more words before "including"', () => {
    expect(stated('The Office of Foreign Assets Control is designating five entities and one individual, including Kestrel Cranes Ltd.')).toEqual([DESIGNATES(KESTREL)]);
    expect(stated('The Office of Foreign Assets Control today designated 12 entities and individuals in Norland and Valdmark, including Kestrel Cranes Ltd.')).toEqual([DESIGNATES(KESTREL)]);
  });

  it('still not a noun in a phrase after the verb', () => {
    expect(stated('The Office of Foreign Assets Control identified the risks posed by harbour cranes.')).toEqual([]);
    expect(stated('The Office of Foreign Assets Control identified the agencies that use harbour cranes.')).toEqual([]);
  });
});

describe('a list of objects past what a conjunct says of itself', () => {
  it('a relative clause after a conjunct, whose own objects are none', () => {
    expect(stated('The Office of Foreign Assets Control designated Kestrel Cranes Ltd., which exports forklift trucks, and Marrowby Cable Co. Ltd.')).toEqual(BOTH);
  });

  it('a participle of its seat', () => {
    expect(stated('The Office of Foreign Assets Control designated Kestrel Cranes Ltd., based in Norland, and Marrowby Cable Co. Ltd.')).toEqual(BOTH);
  });

  it("a conjunct's base", () => {
    expect(stated('The Office of Foreign Assets Control sanctioned Hong Kong-based Kestrel Cranes Ltd. and Norland-registered Marrowby Cable Co. Ltd.')).toEqual(
      [`${OFAC} RESTRICTS ${KESTREL}`, `${OFAC} RESTRICTS ${MARROWBY}`].sort(),
    );
  });

  it('not past a clause that is no aside', () => {
    expect(stated('The Office of Foreign Assets Control designated Kestrel Cranes Ltd. because its owner bought shares in Marrowby Cable Co. Ltd.')).toEqual([DESIGNATES(KESTREL)]);
  });
});

describe('more list shapes of sanctions announcements', () => {
  it('another name between commas after a conjunct', () => {
    expect(stated('The Office of Foreign Assets Control designated Kestrel Cranes Ltd., also known as Kestrel Heavy, and Marrowby Cable Co. Ltd.')).toEqual(BOTH);
  });

  it("a conjunct's parenthesis", () => {
    expect(stated('The Office of Foreign Assets Control designated Kestrel Cranes Ltd. (Norland) and Marrowby Cable Co. Ltd. (Valdmark).')).toEqual(BOTH);
  });

  it("a company's possessive before a party tied to it: the party, not the company", () => {
    expect(stated("The Office of Foreign Assets Control designated Kestrel Cranes Ltd.'s subsidiary, Marrowby Cable Co. Ltd.")).toEqual([DESIGNATES(MARROWBY)]);
    expect(stated("The Office of Foreign Assets Control sanctioned Kestrel Cranes Ltd.'s parent company, Marrowby Cable Co. Ltd.")).toEqual([`${OFAC} RESTRICTS ${MARROWBY}`]);
  });
});

describe('a lead-in that names a class of parties, and items that open with a member\'s name', () => {
  it('each item names a member, whatever it says of it', () => {
    const text = 'The Office of Foreign Assets Control is designating the following entities pursuant to E.O. 14024:\n\n- Kestrel Cranes Ltd. is a Norland-based maker of harbour cranes.\n- Marrowby Cable Co. Ltd. (Marrowby) ships cables to Norland.';
    expect(stated(text).filter((r) => r.startsWith(OFAC))).toEqual(BOTH);
  });

  it('a count and an abbreviated demonym before the class ("the following 6 U.S. entities to the ... List:")', () => {
    const text = 'The Bureau of Industry and Security has decided to add the following 2 U.K. entities to the Entity List:\n\n1. Kestrel Cranes Ltd.\n2. Marrowby Cable Co. Ltd.';
    expect(stated(text).filter((r) => r.startsWith(BIS)).sort()).toEqual([`${BIS} ADDS_TO_LIST ${KESTREL}`, `${BIS} ADDS_TO_LIST ${MARROWBY}`]);
  });

  it('not under a lead-in that names no class of parties', () => {
    const text = 'The Office of Foreign Assets Control is designating them for the following reasons:\n\n- Kestrel Cranes Ltd. is a Norland-based maker of harbour cranes.';
    expect(stated(text)).toEqual([]);
  });
});

describe("a class's members after a clause that names other things", () => {
  it('"three companies that supply harbour cranes, including X": X, not the cranes', () => {
    expect(stated('The Office of Foreign Assets Control designated three companies that supply harbour cranes, including Kestrel Cranes Ltd.')).toEqual([DESIGNATES(KESTREL)]);
  });

  it('still nothing coordinated with a noun in a phrase after the verb', () => {
    expect(stated('The Office of Foreign Assets Control identified the risks posed by harbour cranes and forklift trucks.')).toEqual([]);
  });
});

describe('a provision that identifies goods past two determiners and two modifiers (helper-231)', () => {
  const COUNCIL_DESIGNATES = (o: string): string => `authority:~norland-trade-council DESIGNATES ${o}`;
  it('"shall identify the specific critical X, Y or Z that may be subject to ...": each of them', () => {
    expect(stated('The Norland Trade Council shall identify the specific critical harbour cranes, port systems or forklift trucks that may be subject to the assessment.')).toEqual(
      [COUNCIL_DESIGNATES('product:~forklift-truck'), COUNCIL_DESIGNATES('product:~harbour-crane'), COUNCIL_DESIGNATES('technology:~port-system')],
    );
    expect(stated('The Norland Trade Council shall identify any such forklift trucks.')).toEqual([COUNCIL_DESIGNATES('product:~forklift-truck')]);
  });

  it('not a noun phrase whose preposition or relative clause names the goods', () => {
    expect(stated('The Norland Trade Council shall identify the risks posed by forklift trucks.')).toEqual([]);
    expect(stated('The Norland Trade Council shall identify the agencies that use forklift trucks.')).toEqual([]);
    expect(stated('The Norland Trade Council shall identify the main suppliers of forklift trucks.')).toEqual([]);
  });
});

describe("a designation a list's keeper adds to the entries of named parties", () => {
  it('designates each party whose entry gets it', () => {
    expect(stated('BIS is also adding a footnote 3 designation to the entries for Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.')).toEqual(
      [`${BIS} DESIGNATES ${KESTREL}`, `${BIS} DESIGNATES ${MARROWBY}`].sort(),
    );
    expect(stated('The Office of Foreign Assets Control added a designation to the entry for Kestrel Cranes Ltd.')).toEqual([DESIGNATES(KESTREL)]);
  });
  it('not where it is only asked for', () => {
    expect(stated('Commenters asked BIS to add a footnote 3 designation to the entry for Kestrel Cranes Ltd.')).toEqual([]);
  });
});
