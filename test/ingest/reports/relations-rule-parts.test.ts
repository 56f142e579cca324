// relation-rules.yaml entries written as named parts besides `chain` (word-classes.ts PartedPattern, relations.ts
// ruleParts): `proposal`, `expletive`, `objectPronoun` and the fragment `DESIGNATED_OBJECT`, each part read alone on a piece of a sentence of its own
// construction, which it matches and the entry's other constructions do not; the entry reads the piece as the part does.
// Own sentences, fictional places and companies; the sentence each piece comes from is in its comment.
import { describe, expect, it } from 'vitest';
import { loadRules, ruleParts } from '../../../ingest/reports/relations.ts';
import { withFragments, wordClasses } from '../../../ingest/word-classes.ts';

const rules = loadRules();
const whole = (parts: Map<string, RegExp>, name: string, text: string): boolean => new RegExp(`^(?:${parts.get(name)?.source})$`, 'i').test(text);

describe("proposal's constructions", () => {
  const parts = ruleParts('proposal');
  const entry = rules.proposal as RegExp;
  const CONSTRUCTIONS = [
    'PATH_PROVIDED',
    'REJECTED',
    'STOPPED_SHORT',
    'OPPOSED',
    'INVESTIGATION_TO_OPEN',
    'EXAMINATION_TO_COME',
    'PROPOSAL_TO_COME',
    'INTENDED',
    'INTENDED_CLEFT',
    'PROPOSED_OR_WEIGHED',
    'PROPOSED_RULES',
    'DRAFT_RULES',
    'FLOATED',
    'POSSIBLE_MEASURE',
    'SIGNALLED',
  ];
  // [part, the piece of the sentence between actor and object]
  const PIECES: [string, string][] = [
    // "The Varnland Act provides a clear path for adding Orlen Avionics to the register."
    ['PATH_PROVIDED', 'provides a clear path for adding '],
    // "The Senate rejected repeated calls to ban Pellin gliders."
    ['REJECTED', 'rejected repeated calls to ban '],
    // "The Council stopped short of banning ferry radars."
    ['STOPPED_SHORT', 'stopped short of banning '],
    // "The Ministry opposed any new tariffs on tidal sensors."
    ['OPPOSED', 'opposed any new tariffs on '],
    // "The Office will open a second investigation this autumn, into Pellin Rotors."
    ['INVESTIGATION_TO_OPEN', 'will open a second investigation this autumn, into '],
    // "The Trade Office will examine imports of ferry radars."
    ['EXAMINATION_TO_COME', 'will examine imports of '],
    // "The Bureau will soon propose a licence requirement for gliders."
    ['PROPOSAL_TO_COME', 'will soon propose a licence requirement for '],
    // "The Council plans to ban ferry radars."
    ['INTENDED', 'plans to ban '],
    // "What the Council wants is a ban on ferry radars."
    ['INTENDED_CLEFT', 'wants is a ban on '],
    // "The Council is weighing further restrictions on gliders."
    ['PROPOSED_OR_WEIGHED', 'is weighing further restrictions on '],
    // "The Bureau is proposing additional regulations for tidal sensors."
    ['PROPOSED_RULES', 'is proposing additional regulations for '],
    // "A draft directive of the Council would ban ferry radars."
    ['DRAFT_RULES', 'draft directive of the Council would ban '],
    // "The Minister floated a ban on ferry radars."
    ['FLOATED', 'floated a ban on '],
    // "The Office sought comment on potential restrictions on gliders."
    ['POSSIBLE_MEASURE', 'sought comment on potential restrictions on '],
    // "The Council hinted that it might list Pellin Rotors."
    ['SIGNALLED', 'hinted that it might list '],
  ];
  it('are the parts of the entry', () => {
    expect(CONSTRUCTIONS.filter((name) => !parts.has(name))).toEqual([]);
  });
  for (const [name, piece] of PIECES) {
    it(`${name}: "${piece}" is of its own construction and no other's, and proposal reads it`, () => {
      expect(CONSTRUCTIONS.filter((c) => parts.get(c)?.test(piece))).toEqual([name]);
      expect(entry.test(piece)).toBe(true);
    });
  }
  it('reads no act taken as proposed: a text adopted, a refusal to authorize, an act done', () => {
    // "The Council adopted the draft regulation on ferry radars."
    expect(parts.get('DRAFT_RULES')?.test('adopted the draft regulation on ')).toBe(false);
    expect(entry.test('adopted the draft regulation on ')).toBe(false);
    // "The Agency declined to authorize new gliders made by Orlen Avionics": a restriction.
    expect(parts.get('INTENDED')?.test('declined to authorize new ')).toBe(false);
    expect(entry.test('declined to authorize new ')).toBe(false);
    // "The Council banned ferry radars."
    expect(entry.test('banned ')).toBe(false);
    // "What the Council did was ban ferry radars.": a pseudo-cleft of the act done.
    expect(entry.test('did was ban ')).toBe(false);
  });
  it('shares its pieces', () => {
    expect(whole(parts, 'MEASURE_NOUN', 'designations')).toBe(true);
    expect(whole(parts, 'MEASURE_NOUN', 'designers')).toBe(false);
    expect(whole(parts, 'PROPOSAL_DETERMINER', 'additional ')).toBe(true);
    expect(whole(parts, 'PROPOSAL_DETERMINER', 'some ')).toBe(false);
    expect(new RegExp(`${parts.get('NOT_ADOPTED')?.source}rule`, 'i').test('finalised its rule')).toBe(false);
    expect(new RegExp(`${parts.get('NOT_ADOPTED')?.source}rule`, 'i').test('published its rule')).toBe(true);
  });
});

describe("expletive's constructions", () => {
  const parts = ruleParts('expletive');
  const entry = rules.expletive as RegExp;
  const CONSTRUCTIONS = ['EXTRAPOSED_CLAUSE', 'EXTRAPOSED_INFINITIVE', 'WORTH_THAT', 'TO_BE_SEEN', 'SEEMS_THAT', 'TIME_TAKEN', 'WEATHER'];
  // [part, the piece it matches whole, the text after the pronoun "It"]
  const PIECES: [string, string, string][] = [
    // "It is clear that the Council will act."
    ['EXTRAPOSED_CLAUSE', 'clear that', ' is clear that the Council will act.'],
    // "It was reported on Friday that the Council banned ferry radars."
    ['EXTRAPOSED_CLAUSE', 'reported on Friday that', ' was reported on Friday that the Council banned ferry radars.'],
    // "It will be necessary for the Council to ban ferry radars."
    ['EXTRAPOSED_INFINITIVE', 'necessary for the Council to', ' will be necessary for the Council to ban ferry radars.'],
    // "It is worth noting that the Bureau listed Orlen Avionics."
    ['WORTH_THAT', 'worth noting that', ' is worth noting that the Bureau listed Orlen Avionics.'],
    // "It remains to be seen whether the Council will act."
    ['TO_BE_SEEN', 'to be seen', ' remains to be seen whether the Council will act.'],
    // "It turned out that Pellin Rotors supplied the gliders."
    ['SEEMS_THAT', 'turned out that', ' turned out that Pellin Rotors supplied the gliders.'],
    // "It took three years to ban the gliders."
    ['TIME_TAKEN', 'took three years to', ' took three years to ban the gliders.'],
    // "It snowed in Varnland."
    ['WEATHER', 'snowed', ' snowed in Varnland.'],
  ];
  it('are the parts of the entry', () => {
    expect(CONSTRUCTIONS.filter((name) => !parts.has(name))).toEqual([]);
  });
  for (const [name, piece, after] of PIECES) {
    it(`${name}: "${piece}" is of its own construction and no other's, and expletive reads "It${after}"`, () => {
      expect(CONSTRUCTIONS.filter((c) => whole(parts, c, piece))).toEqual([name]);
      expect(entry.test(after)).toBe(true);
    });
  }
  it('reads the verb and adverbs before a predicate', () => {
    expect(whole(parts, 'COPULA', 'may not be')).toBe(true);
    expect(whole(parts, 'COPULA', 'is being')).toBe(false);
    expect(whole(parts, 'COPULA_ADVERB', 'by no means')).toBe(true);
    expect(whole(parts, 'COPULA_ADVERB', 'quickly')).toBe(false);
  });
  it("reads no pronoun that is someone's subject", () => {
    // "It is investigating whether Pellin Rotors broke the rules": the body's act.
    expect(entry.test(' is investigating whether Pellin Rotors broke the rules.')).toBe(false);
    // "It is a body that regulates harbour cranes."
    expect(entry.test(' is a body that regulates harbour cranes.')).toBe(false);
    // "It is likely to ban ferry radars": the subject raised.
    expect(entry.test(' is likely to ban ferry radars.')).toBe(false);
  });
});

describe("objectPronoun's constructions", () => {
  const parts = ruleParts('objectPronoun');
  const entry = rules.objectPronoun as RegExp;
  const CONSTRUCTIONS = ['DESIGNATED_IT', 'ADDED_TO_LIST', 'COORDINATED_VERB', 'GERUND_OF_MEANS', 'GOES_TO', 'BANNED_THEM', 'GOVERNS_HOW', 'NOT_PERMITTED', 'HALTS_SUPPLY', 'HALTS_USE'];
  // [part, the piece, the pronoun it takes]
  const PIECES: [string, string, string][] = [
    // "The Office named Orlen Avionics a risk and designated it in March."
    ['DESIGNATED_IT', 'The Office designated it in March', 'it'],
    // "The Bureau placed it on the Varnland Entity List."
    ['ADDED_TO_LIST', 'placed it on the Varnland Entity List', 'it'],
    // "The Office fined Pellin Rotors, a glider maker, and later suspended it."
    ['COORDINATED_VERB', 'and later suspended it', 'it'],
    // "The Council acted against Pellin Rotors by listing them in its register."
    ['GERUND_OF_MEANS', 'by listing them in', 'them'],
    // "A licence is required for every radar that goes to them."
    ['GOES_TO', 'that goes to them', 'them'],
    // "Ferry radars are a risk; the Council prohibited them in May."
    ['BANNED_THEM', 'the Council prohibited them in May', 'them'],
    // "Regulation Q governs where they are flown."
    ['GOVERNS_HOW', 'governs where they are flown', 'they'],
    // "The Agency will no longer certify further versions of them."
    ['NOT_PERMITTED', 'will no longer certify further versions of them', 'them'],
    // "The Council told exporters to stop trading with them."
    ['HALTS_SUPPLY', 'to stop trading with them', 'them'],
    // "The Office found the radars unsafe and told ferry operators to cease installing them."
    ['HALTS_USE', 'to cease installing them', 'them'],
  ];
  it('are the parts of the entry', () => {
    expect(CONSTRUCTIONS.filter((name) => !parts.has(name))).toEqual([]);
  });
  for (const [name, piece, pronoun] of PIECES) {
    it(`${name}: "${piece}" is of its own construction and no other's, and objectPronoun takes "${pronoun}"`, () => {
      expect(CONSTRUCTIONS.filter((c) => parts.get(c)?.test(piece))).toEqual([name]);
      expect(entry.exec(piece)?.groups?.pronoun).toBe(pronoun);
    });
  }
  it('takes no pronoun of a verb that is none of these', () => {
    // "The Council met it in May."
    expect(entry.test('The Council met it in May')).toBe(false);
    // "The Bureau added it to the agenda": no list.
    expect(entry.test('The Bureau added it to the agenda')).toBe(false);
  });
});

describe("DESIGNATED_OBJECT's constructions (a fragment written as parts)", () => {
  const parts = ruleParts(['fragments', 'DESIGNATED_OBJECT']);
  const designated = rules.rules.find((r) => r.id === 'designates')?.direct as RegExp;
  const CONSTRUCTIONS = ['KINDS_OF', 'MEMBERS_OF_CLASS', 'CLASS_IN_APPOSITION', 'NAME_PREMODIFIED', 'LOWER_CASE_WORDS'];
  // [part, the piece it matches whole, the text between the verb and the object]
  const PIECES: [string, string, string][] = [
    // "The Office shall designate certain classes of harbour cranes."
    ['KINDS_OF', 'classes of ', ' certain classes of '],
    // "The Office designated three glider makers, including Orlen Avionics."
    ['MEMBERS_OF_CLASS', 'three glider makers, including ', ' three glider makers, including '],
    // "The Office designated the following entities: Orlen Avionics and Pellin Rotors."
    ['CLASS_IN_APPOSITION', 'following entities: ', ' the following entities: '],
    // "The Office also designated its Varnland subsidiary, Pellin Rotors."
    ['NAME_PREMODIFIED', 'its Varnland subsidiary, ', ' also its Varnland subsidiary, '],
    // "The Office shall identify the specific critical tidal sensors that ..."
    ['LOWER_CASE_WORDS', 'critical ', ' the specific critical '],
  ];
  it('are the parts of the fragment', () => {
    expect(CONSTRUCTIONS.filter((name) => !parts.has(name))).toEqual([]);
  });
  for (const [name, piece, between] of PIECES) {
    it(`${name}: "${piece}" is of its own construction and no other's, and designates reads "${between}"`, () => {
      expect(CONSTRUCTIONS.filter((c) => whole(parts, c, piece))).toEqual([name]);
      expect(designated.test(between)).toBe(true);
    });
  }
  it('reads the aside, adverbs and determiners before them', () => {
    // "The Office shall identify, in consultation with the Council, any categories of gliders."
    expect(whole(parts, 'ASIDE', ', in consultation with the Council,')).toBe(true);
    expect(designated.test(', in consultation with the Council, any categories of ')).toBe(true);
    expect(whole(parts, 'ADVERB', ' formally')).toBe(true);
    expect(whole(parts, 'OBJECT_DETERMINER', 'any ')).toBe(true);
    expect(whole(parts, 'OBJECT_DETERMINER', 'its ')).toBe(false);
    expect(whole(parts, 'PREMODIFIER', 'naval ')).toBe(true);
    expect(whole(parts, 'PREMODIFIER', 'with ')).toBe(false);
  });
  it("reads no object in a phrase after the verb's own object", () => {
    // "The Office shall identify the risks posed by Pellin Rotors."
    expect(designated.test(' the risks posed by ')).toBe(false);
    // "The Office shall identify the agencies that use Pellin gliders."
    expect(designated.test(' the agencies that use ')).toBe(false);
  });
});

describe('a fragment written as named parts (word-classes.ts)', () => {
  const classes = wordClasses({ TRADE: ['exports?', 'sales?'] });
  it('is its source with each part expanded, its parts no fragments of the file', () => {
    const { classes: out, problems } = withFragments({ GOODS: { source: '<LINK>\\s+<TRADE>', parts: { LINK: 'and|or' } }, LATER: '<GOODS>' }, classes, 'i');
    expect(problems).toEqual([]);
    const re = new RegExp(`^${out.sources.get('LATER')}$`, 'i');
    expect(['and exports', 'or sale', 'but sale'].map((s) => re.test(s))).toEqual([true, true, false]);
    expect(out.sources.has('LINK')).toBe(false);
  });
  it("is a problem of the file where a part is named nowhere or its source names no part", () => {
    const { problems } = withFragments({ GOODS: { source: '<MISSING>x', parts: { UNUSED: 'a' } } }, classes, 'i');
    expect(problems.map(([name]) => name)).toEqual(['GOODS', 'GOODS']);
  });
});

describe("clauses.undecided's constructions", () => {
  const parts = ruleParts(['clauses', 'undecided']);
  const entry = (rules.clauses as { undecided: RegExp }).undecided;
  const CONSTRUCTIONS = ['CONDITIONAL', 'ASKED_WH', 'INVERTED_CONDITION', 'INTERVIEW_QUESTION', 'AUXILIARY_QUESTION', 'DISPUTED_CLAIM', 'SUPPOSITION', 'OTHERS_SAY'];
  /** Where `re` ends an undecided clause's opening in `text`, as clauses.ts undecidedEnds reads the entry: run over the
   *  sentence, its end anchors read as a word's end. */
  const ends = (re: RegExp, text: string): number[] =>
    [...text.matchAll(new RegExp(re.source.replace(/\$(?=\)|\||$)/g, '(?![\\w-])'), 'gi'))].map((m) => m.index + m[0].length);
  /** The constructions that end an opening right after `word` in `text`. */
  const opening = (text: string, word: string): string[] => {
    const at = text.indexOf(word) + word.length;
    return CONSTRUCTIONS.filter((c) => ends(parts.get(c) as RegExp, text).includes(at));
  };
  // [part, sentence, the word that opens its undecided clause]
  const PIECES: [string, string, string][] = [
    ['CONDITIONAL', 'The Council will decide whether the Agency may ban Pellin gliders.', 'whether'],
    ['ASKED_WH', 'To ask the Minister for Harbours, which steps the Agency has taken against Orlen Avionics.', 'which'],
    ['INVERTED_CONDITION', 'Should the Council list Pellin Rotors, exporters will need a licence.', 'Should'],
    // An interview's question with no question mark of its own (one that has one is an AUXILIARY_QUESTION too).
    ['INTERVIEW_QUESTION', 'Q. Will the Agency sanction Orlen Avionics; Minister Varn would not say.', 'Will'],
    ['AUXILIARY_QUESTION', 'COUNCILLOR VARN: Has the Agency banned Pellin gliders?', 'Has'],
    ['DISPUTED_CLAIM', 'Orlen Avionics disputed reports that the Council had listed it.', 'that'],
    ['SUPPOSITION', 'Speculation that the Agency would ban tidal sensors faded.', 'that'],
    ['OTHERS_SAY', 'Observers fear the Council banned ferry radars in haste.', 'fear'],
  ];
  it('are the parts of the entry', () => {
    expect(CONSTRUCTIONS.filter((name) => !parts.has(name))).toEqual([]);
  });
  for (const [name, text, word] of PIECES) {
    it(`${name}: "${word}" opens an undecided clause in "${text}", of its own construction and no other's, and undecided reads it`, () => {
      expect(opening(text, word)).toEqual([name]);
      expect(ends(entry, text)).toContain(text.indexOf(word) + word.length);
    });
  }
  it("AUXILIARY_QUESTION asks no act a complement's question presupposes, nor one no question mark closes", () => {
    // "Is the Minister aware that the Agency banned Pellin gliders?": the ban is presupposed.
    expect(opening('Is the Minister aware that the Agency banned Pellin gliders?', 'Is')).toEqual([]);
    // A relative clause after a determiner and a plural: the question asks its act.
    expect(opening('Has the Agency weighed the risks that Pellin gliders pose?', 'Has')).toEqual(['AUXILIARY_QUESTION']);
    // A question after a colon, a numbered question after its lead-in.
    expect(opening('The Council put one question: did the Agency ban Pellin gliders?', 'did')).toEqual(['AUXILIARY_QUESTION']);
    // A statement: no question mark.
    expect(opening('Has the Agency banned Pellin gliders, the Council reviews it.', 'Has')).toEqual([]);
  });
  it("shares its pieces: COMPLEMENT names the question's determiners twice, written once", () => {
    expect(parts.get('QUESTION_DETERMINER')?.test('their')).toBe(true);
    expect((parts.get('COMPLEMENT') as RegExp).source.split('their').length - 1).toBe(2);
  });
});
