// The grammar's verb lists hold lemmas and the forms they stand for (ingest/recognize/verb-forms.ts). The lists as they
// were written by hand, form by form, before the derivation are kept here as expectations: every hand form must still be
// derived, and the forms the hand lists had forgotten are named, so a derivation that loses or adds one is seen.
import { describe, expect, it } from 'vitest';
import { grammarOf } from '../../../ingest/norms/grammar.ts';
import { grammar } from '../../../ingest/recognize/grammar.ts';
import { verbForms } from '../../../ingest/recognize/verb-forms.ts';

describe('verbForms', () => {
  it('derives the regular and irregular forms asked for, lemma by lemma, base first', () => {
    expect(verbForms(['ban', 'seize', 'certify', 'catch'], ['base', 'present', 'past', 'gerund'])).toEqual([
      'ban', 'bans', 'banned', 'banning', 'seize', 'seizes', 'seized', 'seizing', 'certify', 'certifies', 'certified', 'certifying',
      'catch', 'catches', 'caught', 'catching',
    ]);
  });
  it('keeps a participle apart from the past tense, and writes the perfect with the participle', () => {
    expect(verbForms(['take', 'forbid'], ['past', 'perfect'])).toEqual(['took', 'taken', 'has taken', 'forbade', 'forbidden', 'has forbidden']);
  });
  it('writes a form that is its own past once', () => {
    expect(verbForms(['put', 'hit'], ['base', 'past'])).toEqual(['put', 'hit']);
  });
  it('inflects the first word of a phrasal lemma', () => {
    expect(verbForms(['call on'], ['present', 'past', 'gerund'])).toEqual(['calls on', 'called on', 'calling on']);
  });
  it("takes the forms the library gets wrong from verb-forms.yaml (the library's past of transship is transship)", () => {
    expect(verbForms(['transship', 'trans-ship', 'rip'], ['past'])).toEqual(['transshipped', 'trans-shipped', 'ripped']);
    // The library gives "undertook" as the participle too.
    expect(verbForms(['undertake'], ['past'])).toEqual(['undertook', 'undertaken']);
    // And "rebut" as its gerund.
    expect(verbForms(['rebut'], ['gerund'])).toEqual(['rebutting']);
  });
  it('gives both spellings of the past and gerund of a verb on an unstressed final "l" (verb-forms.yaml l-doubling)', () => {
    // The library doubles the "l" of "cancel" and not that of "signal": each gets the other spelling after its own.
    expect(verbForms(['cancel', 'signal'], ['base', 'present', 'past', 'gerund'])).toEqual([
      'cancel', 'cancels', 'cancelled', 'canceled', 'cancelling', 'canceling', 'signal', 'signals', 'signaled', 'signalled', 'signaling', 'signalling',
    ]);
    // A stressed final "l" doubles in both: no single-l spelling.
    expect(verbForms(['compel', 'patrol'], ['past', 'gerund'])).toEqual(['compelled', 'compelling', 'patrolled', 'patrolling']);
  });
});

/** The hand-written lists, as they stood in the grammar before the derivation (f7ae6e04). */
const HAND = {
  'things.yaml making-verbs': [['make', 'makes', 'produce', 'produces', 'manufacture', 'manufactures', 'build', 'builds', 'assemble', 'assembles', 'design', 'designs', 'develop', 'develops', 'supply', 'supplies', 'sell', 'sells', 'ship', 'ships', 'distribute', 'distributes'], []],
  'things.yaml regulatory-verbs': [
    ['regulate', 'regulates', 'regulated', 'regulating', 'restrict', 'restricts', 'restricting', 'ban', 'bans', 'banning', 'prohibit', 'prohibits', 'prohibiting', 'bar', 'bars', 'barring', 'certify', 'certifies', 'certifying', 'license', 'licenses', 'licensing', 'licence', 'licences', 'authorize', 'authorizes', 'authorizing', 'authorise', 'authorises', 'authorising', 'approve', 'approves', 'approving', 'inspect', 'inspects', 'inspecting', 'forbid', 'forbids', 'forbidding', 'outlaw', 'outlaws', 'outlawing', 'cover', 'covers', 'covering', 'govern', 'governs', 'governing', 'investigate', 'investigates', 'investigating'],
    ['licencing'],
  ],
  'things.yaml aspect-verbs': [['stop', 'stops', 'stopped', 'stopping', 'cease', 'ceases', 'ceased', 'ceasing', 'halt', 'halts', 'halted', 'halting', 'quit', 'quits', 'quitting', 'begin', 'begins', 'began', 'begun', 'beginning', 'start', 'starts', 'started', 'starting', 'resume', 'resumes', 'resumed', 'resuming', 'continue', 'continues', 'continued', 'continuing'], []],
  'things.yaml asking-verbs': [
    ['ask', 'asks', 'asked', 'asking', 'request', 'requests', 'requested', 'requesting', 'urge', 'urges', 'urged', 'urging', 'encourage', 'encourages', 'encouraged', 'encouraging', 'invite', 'invites', 'invited', 'inviting', 'press', 'presses', 'pressed', 'pressing', 'lobby', 'lobbies', 'lobbied', 'lobbying', 'petition', 'petitions', 'petitioned', 'petitioning', 'implore', 'implores', 'implored', 'imploring', 'beg', 'begs', 'begged', 'begging', 'call on', 'calls on', 'called on', 'calling on', 'call upon', 'calls upon', 'called upon', 'calling upon', 'prevail on', 'prevails on', 'prevailed on', 'prevailing on', 'prevail upon', 'prevails upon', 'prevailed upon', 'prevailing upon', 'advise', 'advises', 'advised', 'advising', 'recommend', 'recommends', 'recommended', 'recommending'],
    [],
  ],
  'things.yaml control-verbs': [['require', 'requires', 'required', 'requiring', 'direct', 'directs', 'directed', 'directing', 'instruct', 'instructs', 'instructed', 'instructing', 'compel', 'compels', 'compelled', 'compelling', 'oblige', 'obliges', 'obliged', 'obliging', 'authorize', 'authorizes', 'authorized', 'authorizing', 'authorise', 'authorises', 'authorised', 'authorising', 'order', 'orders', 'ordered', 'ordering'], []],
  'things.yaml trade-verbs': [['divert', 'diverts', 'diverted', 'diverting', 'transship', 'transships', 'transshipped', 'transshipping', 'trans-ship', 'trans-ships', 'trans-shipped', 'trans-shipping', 'smuggle', 'smuggles', 'smuggled', 'smuggling'], []],
  'things.yaml containment before': [['containing', 'contain', 'contains', 'contained', 'incorporating', 'incorporate', 'incorporates', 'incorporated', 'equipped with', 'fitted with', 'built with'], []],
  'things.yaml measure-verbs': [['reach', 'reaches', 'reached', 'catch', 'catches', 'caught', 'capture', 'captures', 'captured', 'hit', 'hits'], []],
  'things.yaml use-words verbs': [['use', 'uses', 'using', 'deploy', 'deploys', 'deploying'], []],
  'names.yaml origin-verbs': [['come', 'comes', 'came'], []],
  'names.yaml buying-verbs': [['import', 'imports', 'imported', 'importing', 'buy', 'buys', 'bought', 'buying', 'purchase', 'purchases', 'purchased', 'purchasing', 'sourced', 'sourcing', 'procure', 'procures', 'procured', 'procuring'], ['source', 'sources']],
  'names.yaml listing-verbs': [['add', 'adds', 'added', 'adding', 'put', 'puts', 'putting', 'place', 'places', 'placed', 'placing'], []],
  'names.yaml company-results verbs': [['earned', 'earns', 'reported', 'reports', 'posted', 'posts', 'booked', 'books', 'generated', 'generates', 'recorded', 'records'], []],
  'names.yaml authority-verbs': [
    ['banned', 'bans', 'has banned', 'prohibited', 'prohibits', 'has prohibited', 'designated', 'designates', 'has designated', 'sanctioned', 'sanctions', 'has sanctioned', 'blacklisted', 'blacklists', 'has blacklisted', 'imposed', 'imposes', 'has imposed', 'investigated', 'is investigating', 'opened an investigation', 'initiated an investigation', 'launched an investigation', 'seized', 'seizes', 'has seized', 'raided', 'raids', 'has raided', 'arrested', 'arrests', 'has arrested', 'indicted', 'has indicted', 'detained', 'detains', 'has detained'],
    ['investigates', 'has investigated', 'indicts'],
  ],
  'instruments.yaml listed-lists verbs': [
    ['add', 'adds', 'added', 'adding', 'place', 'places', 'placed', 'placing', 'put', 'puts', 'putting', 'list', 'lists', 'listed', 'listing', 'move', 'moves', 'moved', 'moving', 'include', 'includes', 'included', 'designate', 'designates', 'designated', 'remove', 'removes', 'removed', 'removing', 'delist', 'delists', 'delisted', 'take', 'takes', 'took', 'taken'],
    ['including', 'designating', 'delisting', 'taking'],
  ],
} as const;

describe('the grammar lists derived from lemmas', () => {
  const g = grammar();
  const derived: Record<keyof typeof HAND, Iterable<string>> = {
    'things.yaml making-verbs': g.makingVerbs,
    'things.yaml regulatory-verbs': g.regulatoryVerbs,
    'things.yaml aspect-verbs': g.aspectVerbs,
    'things.yaml asking-verbs': g.askingVerbs,
    'things.yaml control-verbs': [...g.controlVerbs].filter((w) => !g.askingVerbs.includes(w)),
    'things.yaml trade-verbs': g.tradeVerbs,
    'things.yaml containment before': g.containment.before.map((c) => c.join(' ')),
    'things.yaml measure-verbs': g.measureVerbs,
    'things.yaml use-words verbs': g.useWords.verbs,
    'names.yaml origin-verbs': g.originVerbs,
    'names.yaml buying-verbs': g.buyingVerbs,
    'names.yaml listing-verbs': g.listingVerbs,
    'names.yaml company-results verbs': g.companyResults.verbs,
    'names.yaml authority-verbs': g.authorityVerbs,
    'instruments.yaml listed-lists verbs': g.listedLists.verbs,
  };
  for (const [list, [hand, forgotten]] of Object.entries(HAND) as [keyof typeof HAND, readonly [readonly string[], readonly string[]]][]) {
    it(`${list}: every hand-written form, and only the forms the hand list forgot besides`, () => {
      const now = [...derived[list]];
      expect(hand.filter((w) => !now.includes(w))).toEqual([]);
      expect(now.filter((w) => !hand.includes(w)).sort()).toEqual([...forgotten].sort());
    });
  }

  it('norms/grammar.yaml en refusals: every hand-written form, no other', () => {
    const hand = ['refuses to cooperate', 'refuse to cooperate', 'fails to cooperate', 'fail to cooperate', 'refuses to provide', 'refuse to provide', 'obstructs', 'obstruct', 'impedes', 'impede'];
    expect([...grammarOf('en').refusals].sort()).toEqual(hand.sort());
  });

  it('names.yaml subdivision-acts: the forms the code inflected by hand (subdivisions.ts), less the misspellings', () => {
    // The old inflection wrote each lemma with -s, -es, -d, -ed, a doubled consonant and -ed, -ing and a doubled -ing, and
    // took "forbade" and "bought" as lemmas of their own; its real forms are all derived, and "forbidden" with them.
    const acts = g.subdivisionActs;
    for (const w of ['require', 'requires', 'required', 'requiring', 'ban', 'bans', 'banned', 'banning', 'bar', 'barred', 'barring', 'pass', 'passes', 'passed', 'passing', 'forbade', 'forbidden', 'bought', 'buying', 'phased', 'issues', 'issued', 'issuing', 'sanctioned']) expect(acts).toContain(w);
    // "band", "bard", "bared", "baring" were spelt from "ban" and "bar" by the old rules: other words, no longer read.
    for (const w of ['band', 'bard', 'bared', 'baring', 'buyed', 'passs']) expect(acts).not.toContain(w);
  });
});

describe('verbForms of a verb in -ize', () => {
  it('derives the -ise spelling of every form beside the -ize one, so a list writes the lemma once', () => {
    expect(verbForms(['authorize', 'organize'], ['base', 'present', 'past', 'gerund', 'perfect'])).toEqual([
      'authorize', 'authorise', 'authorizes', 'authorises', 'authorized', 'authorised', 'authorizing', 'authorising', 'has authorized', 'has authorised',
      'organize', 'organise', 'organizes', 'organises', 'organized', 'organised', 'organizing', 'organising', 'has organized', 'has organised',
    ]);
  });
  it('leaves "seize", "size", "prize" and the ize-only verbs of verb-forms.yaml ("capsize") in -ize alone', () => {
    expect(verbForms(['seize', 'size', 'prize', 'capsize'], ['base', 'past'])).toEqual(['seize', 'seized', 'size', 'sized', 'prize', 'prized', 'capsize', 'capsized']);
  });
});
