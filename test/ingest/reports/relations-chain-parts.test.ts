// relation-rules.yaml `chain` written as named parts (word-classes.ts PartedPattern, relations.ts ruleParts): each part
// read alone on a piece of a link of its own construction (the text between two objects of a list), which it matches whole
// and the other parts do not where that can be; the whole link, which `chain` reaches across, and of the constructions
// only the part's own. Own sentences, fictional places and companies; the sentence each link comes from is in its comment.
import { describe, expect, it } from 'vitest';
import { loadRules, ruleParts } from '../../../ingest/reports/relations.ts';
import { escapeRegExp } from '../../../ingest/text/clean.ts';
import { expandParts, patternWithClasses, wordClasses } from '../../../ingest/word-classes.ts';

const parts = ruleParts('chain');
const chain = loadRules().chain as RegExp;
const whole = (name: string, text: string): boolean => new RegExp(`^(?:${parts.get(name)?.source})$`, 'i').test(text);
/** The constructions `chain` is the alternation of. */
const CONSTRUCTIONS = ['POSSESSIVE_GOODS', 'CJK_LINK', 'LIST', 'TRADE_PAST_PHRASE', 'COUNTED_PARTIES', 'TRADE_PAST_ASIDE', 'CARRIER_PAST_PHRASE', 'UNNAMED_SINGULAR', 'RELATIVE_EXAMPLES'];
/** The parts no construction is, which match `piece` just where it stands in `link` (the first place), what is before and
 *  after it in view of their lookarounds; `piece` alone where no link is given. */
const matching = (piece: string, link = piece): string[] => {
  const start = link.indexOf(piece);
  const rest = escapeRegExp(link.slice(start + piece.length));
  return [...parts.keys()].filter((name) => {
    if (CONSTRUCTIONS.includes(name)) return false;
    const re = new RegExp(`(?:${parts.get(name)?.source})(?=${rest}$)`, 'iy');
    re.lastIndex = start;
    return re.test(link);
  });
};

describe("chain's constructions", () => {
  // [part, link]
  const LINKS: [string, string][] = [
    // "The Council added Orlen Avionics's K9 inspection drones to the list."
    ['POSSESSIVE_GOODS', "'s K9 "],
    // "理事会将甲公司（Jia Corp.）和乙公司列入清单。"
    ['CJK_LINK', '）和'],
    // "The Council sanctioned Orlen Avionics and Pellin Rotors."
    ['LIST', ' and '],
    // "The Council bans the import of ferry radars with a nexus to Varnland and the sale of tidal sensors."
    ['TRADE_PAST_PHRASE', ' with a nexus to Varnland and the sale of '],
    // "The Council sanctioned Orlen Avionics and two of its subsidiaries in Varnland: Pellin Rotors and ..."
    ['COUNTED_PARTIES', ' and two of its subsidiaries in Varnland: '],
    // "The Council banned exports of ferry radars to naval users and, as a rule, exports of tidal sensors to ..."
    ['TRADE_PAST_ASIDE', ' to naval users and, as a rule, exports of '],
    // "The Council banned any glider of model year 2031 that runs flight planning software."
    ['CARRIER_PAST_PHRASE', ' of model year 2031 that runs '],
    // "The Council banned any drone, gimbal camera, or radio made by Orlen Avionics."
    ['UNNAMED_SINGULAR', ', gimbal camera, or '],
    // "The Council regulates any harbour crane that logs cargo data, including ship-to-shore cranes and ..."
    ['RELATIVE_EXAMPLES', ' that logs cargo data, including '],
  ];
  it('are parts of the entry', () => {
    expect(CONSTRUCTIONS.filter((name) => !parts.has(name))).toEqual([]);
  });
  for (const [name, link] of LINKS) {
    it(`${name}: "${link}" is a link of its own construction and no other's, and chain reaches across it`, () => {
      expect(CONSTRUCTIONS.filter((c) => parts.get(c)?.test(link))).toEqual([name]);
      expect(chain.test(link)).toBe(true);
    });
  }
  it('RELATIVE_EXAMPLES reads no examples after a clause that ends with a plural, whose members they may be', () => {
    // "The Council regulates any survey drone that carries sensors, including thermal cameras": the cameras are sensors.
    expect(whole('RELATIVE_EXAMPLES', ' that carries sensors, including ')).toBe(false);
    expect(chain.test(' that carries sensors, including ')).toBe(false);
  });
  it('and a link none of them reads is none of chain either', () => {
    // "The Council banned ferry radars, but it cleared tidal sensors."
    expect(chain.test(', but it cleared ')).toBe(false);
    // "The Council banned ferry radars because of tidal sensors."
    expect(chain.test(' because of ')).toBe(false);
  });
});

describe("the pieces of chain's list (LIST)", () => {
  // [part, a piece it matches whole, the link of a list the piece stands in]
  const PIECES: [string, string, string][] = [
    // "sanctioned Orlen Avionics (Varnland) and Pellin Rotors (Ostmark)"
    ['PARENTHESIS', ' (Varnland)', ' (Varnland) and '],
    // "restrictions on ferry radars since May 2025, and on tidal sensors"
    ['DATE', ' since May 2025', ' since May 2025, and on '],
    // "imports of ferry radars above 12 tonnes, tidal sensors and ..."
    ['SIZE', ' above 12 tonnes', ' above 12 tonnes, '],
    // "requirements for Zeta cloud operators and Orlen hosting"
    ['HEAD_AFTER', ' operators', ' operators and '],
    // "banned ferry radars, gateway routers and tidal sensors"
    ['COMMA', ', ', ', gateway routers and '],
    // "banned ferry radars and gateway routers, and tidal sensors"
    ['AND_BEFORE_LISTED', ' and ', ' and gateway routers, and '],
    // "banned ferry radars or support services made by Orlen Avionics"
    ['AND_BEFORE_MADE', ' or ', ' or support services made by '],
    // "banned ferry radars, gateway routers and tidal sensors"
    ['UNNAMED_PLURAL', ', gateway routers', ', gateway routers and '],
    // "sanctions on Orlen Avionics as well as on its subsidiaries and on Pellin Rotors"
    ['PREPOSITION_PLURAL', ' as well as on its subsidiaries', ' as well as on its subsidiaries and on '],
    // "banned ferry radars together with tidal sensors"
    ['LINK', 'together with ', ' together with '],
    // "banned drones made by covered entities, such as Orlen Avionics"
    ['MAKER_CLASS', 'covered entities, such as ', ' made by covered entities, such as '],
    // "sanctions on Orlen Avionics and on Pellin Rotors"
    ['PREPOSITION_AGAIN', 'on ', ' and on '],
    // "banned exports of ferry radars and imports of tidal sensors"
    ['TRADE_AGAIN', 'imports of ', ' and imports of '],
    // "duties on tidal sensors, including ferry radars of Orlen Avionics" (helper-354)
    ['GOODS_OF_MAKER', 'ferry radars of ', ', including ferry radars of '],
    // "sanctioned Orlen Avionics and our Pellin suppliers"
    ['DETERMINER', 'our ', ' and our '],
    // "regulates ferry radars and any Pellin tidal sensor"
    ['DETERMINER', 'any ', ' and any '],
    // "banned a ferry radar or a tidal sensor" (helper-405)
    ['DETERMINER', 'a ', ' or a '],
    // "sanctioned Orlen Avionics and its Varnland sales arm, Pellin Rotors"
    ['TIE', 'Varnland sales arm, ', ' and its Varnland sales arm, '],
    // "sanctioned Orlen Avionics and Varnland-registered Pellin Rotors"
    ['BASED', 'Varnland-registered ', ' and Varnland-registered '],
    // "restricted ferry radars and several tidal sensors" (helper-358)
    ['QUANTIFIER', 'several ', ' and several '],
    // "restricted ferry radars and coastal and offshore tidal sensors" (helper-358)
    ['PAIRED_MODIFIERS', 'coastal and offshore ', ' and coastal and offshore '],
    // "sanctioned Orlen Avionics and crane maker Pellin Rotors" (helper-358)
    ['TITLE', 'crane maker ', ' and crane maker '],
  ];
  // A piece another part matches too: TRADE_AGAIN is TRADE_OF after a link.
  const ALSO: Record<string, string[]> = { TRADE_AGAIN: ['TRADE_OF'] };
  for (const [name, piece, link] of PIECES) {
    it(`${name} matches "${piece}" where it stands in the link "${link}", which LIST matches`, () => {
      expect(matching(piece, link).sort()).toEqual([name, ...(ALSO[name] ?? [])].sort());
      expect(CONSTRUCTIONS.filter((c) => parts.get(c)?.test(link))).toEqual(['LIST']);
    });
  }
  it('reads no clause opened by "but" or "yet" after a comma as a plural conjunct', () => {
    // "a licence for exports to Orlen Avionics, but nothing stops Pellin Rotors ..."
    expect(whole('UNNAMED_PLURAL', ', but nothing stops')).toBe(false);
    expect(chain.test(', but nothing stops ')).toBe(false);
  });
});

describe("the pieces chain's constructions share", () => {
  // [part, a word or phrase it matches whole, one it does not]
  const SHARED: [string, string, string][] = [
    ['PLURAL', 'cameras', 'access'],
    ['AND_OR', 'as  well as', 'but'],
    ['MADE', 'manufactured', 'exported'],
    ['PROVIDERS', 'supplier', 'owner'],
    ['TRADE_OF', 'the export or sale of ', 'the sale to '],
    ['GOODS_DETERMINER', 'certain ', 'our '],
  ];
  // GOODS_DETERMINER's words are determiners of a list's next conjunct too (DETERMINER).
  const ALSO: Record<string, string[]> = { GOODS_DETERMINER: ['DETERMINER'] };
  for (const [name, yes, no] of SHARED) {
    it(`${name} matches "${yes}", not "${no}"`, () => {
      expect(matching(yes).sort()).toEqual([name, ...(ALSO[name] ?? [])].sort());
      expect(whole(name, no)).toBe(false);
    });
  }
});

describe('a pattern written as named parts (word-classes.ts)', () => {
  const classes = wordClasses({ TRADE: ['exports?', 'sales?'] });
  const pattern = patternWithClasses(() => classes)('i');
  it('is its source with each part expanded, a part naming a class or a part written before it', () => {
    const re = pattern.parse({ source: '^<LINK>\\s+<GOODS>$', parts: { LINK: 'and|or', GOODS: '<TRADE>\\s+of' } });
    expect(['and exports of', 'or sale of', 'but sale of', 'and import of'].map((s) => re.test(s))).toEqual([true, true, false, false]);
  });
  it('applies a quantifier after a name to the part whole', () => {
    const re = pattern.parse({ source: '^x<PAIR>?$', parts: { PAIR: 'a|b' } });
    expect(['x', 'xa', 'xb', 'xab'].map((s) => re.test(s))).toEqual([true, true, true, false]);
  });
  it('is a problem of its file where a part is named nowhere, a name is no part or class, or a part names one written after it', () => {
    expect(pattern.safeParse({ source: '^a$', parts: { UNUSED: 'b' } }).success).toBe(false);
    expect(pattern.safeParse({ source: '^<MISSING>$', parts: { A: 'a' } }).success).toBe(false);
    expect(expandParts({ source: '<A>', parts: { A: '<B>', B: 'b' } }, classes, 'i').problems).toEqual(['A: <B> names no class or fragment written before A']);
  });
  it('stays a plain pattern where it is written as one', () => {
    expect(pattern.parse('^<TRADE>$').test('sales')).toBe(true);
  });
});
