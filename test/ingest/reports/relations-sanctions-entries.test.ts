// The entries of a sanctions announcement's list: a name in capitals, its aliases in brackets (several, after "a.k.a.",
// separated by ";"), its address closed by a country, then a progressive passive done pursuant to an order ("X (a.k.a.
// Y), <address>, is being designated pursuant to E.O. 14024 for ..."): the order's designation of X. Own sentences,
// fictional companies and addresses; the order by its public name.
import { describe, expect, it } from 'vitest';
import { statedRelations as stated } from './helpers.ts';
import { MARROWBY, VELDRY } from './ids.ts';

const EO = 'law:~executive-order-14024';

describe('a list entry designated pursuant to an order', () => {
  it('reads the progressive passive ("is being designated") as the plain one', () => {
    expect(stated('Marrowby Cable Co., Ltd. is being designated pursuant to E.O. 14024 for operating in the technology sector.')).toEqual([`${EO} DESIGNATES ${MARROWBY}`]);
    expect(stated('Veldry Trawl Ltd. is not being designated pursuant to E.O. 14024.')).toEqual([]);
  });

  it('reads past the aliases or short form in brackets after the name', () => {
    expect(stated('Marrowby Cable Co., Ltd. (Marrowby) is being designated pursuant to E.O. 14024.')).toEqual([`${EO} DESIGNATES ${MARROWBY}`]);
    expect(stated('MARROWBY CABLE CO., LTD. (a.k.a. MARROWBY CABLE), Shenzhen, China, is being designated pursuant to E.O. 14024.')).toEqual([`${EO} DESIGNATES ${MARROWBY}`]);
  });

  it('reads past several aliases separated by semicolons and an address closed by a country', () => {
    expect(
      stated('VELDRY TRAWL LTD. (a.k.a. VELDRY; a.k.a. VELDRY FISHING), Unit 7, 18/F, 33 Canton Road, Kowloon, Hong Kong, is being designated pursuant to E.O. 14024 for operating in the technology sector.'),
    ).toEqual([`${EO} DESIGNATES ${VELDRY}`]);
    expect(stated('Veldry Trawl Ltd., ul. Sadovaya 12, Moscow, 107023, Russia, is being designated pursuant to E.O. 14024.')).toEqual([`${EO} DESIGNATES ${VELDRY}`]);
  });

  it('not a passive in a clause of its own after the name', () => {
    expect(stated('Veldry Trawl Ltd. sold harbour cranes to Marrowby Cable Co., Ltd., which has said it is being designated pursuant to E.O. 14024.')).toEqual([]);
  });
});

describe('a designation coordinated as a predicate', () => {
  it('takes the subject of the clause it is coordinated with, past its aliases and address', () => {
    expect(stated('Veldry Trawl Ltd. owns 100 percent of Marrowby Cable Co., Ltd. and was designated pursuant to E.O. 14024.')).toEqual([`${EO} DESIGNATES ${VELDRY}`]);
    expect(
      stated('VELDRY TRAWL LTD. (a.k.a. VELDRY), Kowloon, Hong Kong, owns 100 percent of Marrowby Cable Co., Ltd. and is being designated pursuant to E.O. 14024 for operating in the technology sector.'),
    ).toEqual([`${EO} DESIGNATES ${VELDRY}`]);
  });

  it('not when negated', () => {
    expect(stated('Veldry Trawl Ltd. owns 100 percent of Marrowby Cable Co., Ltd. and was not designated pursuant to E.O. 14024.')).toEqual([]);
  });
});

describe('an addition to a list kept under an instrument', () => {
  const BIS_ADDS = (o: string) => `authority:bis ADDS_TO_LIST ${o}`;
  const EAR_ADDS = (o: string) => `law:us:export-administration-regulations ADDS_TO_LIST ${o}`;

  it('"adding X and Y to the Entity List under the EAR" is the agency\'s and the regulations\'', () => {
    expect(stated('The Bureau of Industry and Security is adding Marrowby Cable Co., Ltd. and Veldry Trawl Ltd. to the Entity List under the Export Administration Regulations.')).toEqual(
      [BIS_ADDS(MARROWBY), BIS_ADDS(VELDRY), EAR_ADDS(MARROWBY), EAR_ADDS(VELDRY)].sort(),
    );
  });

  it('not an addition a modal only directs, nor "under" after no list', () => {
    expect(stated('The Bureau of Industry and Security shall add Marrowby Cable Co., Ltd. to the Entity List under the Export Administration Regulations.')).toEqual([BIS_ADDS(MARROWBY)]);
    expect(stated('The Bureau of Industry and Security designated Marrowby Cable Co., Ltd. under the Export Administration Regulations.')).toEqual([`authority:bis DESIGNATES ${MARROWBY}`]);
  });
});

describe("an order's sanctions against those operating in a sector of a country's economy", () => {
  const RU = `${EO} RESTRICTS jur:ru`;

  it('restrict the country', () => {
    expect(stated('E.O. 14024 authorizes sanctions against persons operating in the technology sector of the Russian Federation economy.')).toEqual([RU]);
  });

  it('are the order\'s when a relative clause after it says so, though the order is a preposition\'s object', () => {
    expect(stated('The Office of Foreign Assets Control is taking action pursuant to E.O. 14024, which authorizes sanctions against persons operating in sectors of the Russian Federation economy.')).toEqual([RU]);
  });

  it('not when the relative clause has a subject of its own', () => {
    expect(stated('The Office of Foreign Assets Control is taking action pursuant to E.O. 14024, which the President signed in a week of sanctions against persons operating in sectors of the Russian Federation economy.')).not.toContain(RU);
  });
});
