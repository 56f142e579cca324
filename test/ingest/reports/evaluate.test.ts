// Recognition against the gold sets: the development set must keep its targets; the evaluation set is
// scored the same way (its figures are reported in docs/recognition-evaluation.md, not tuned on).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import {
  type DocumentScore,
  type GoldDocument,
  GOLD_SETS,
  goldFileSummary,
  errorClasses,
  evaluateSet,
  evaluationLooks,
  formatEvaluation,
  formatHeldOut,
  nextLook,
  ratio,
  articles,
  formexArticles,
  formexRecitals,
  recitals,
  cueIn,
  scoreDocument,
  sections,
  untuned,
  withheldCatalog,
} from '../../../ingest/reports/evaluate.ts';
import { corpusDir } from '../../corpus.ts';

describe('scoring', () => {
  const gold: GoldDocument = {
    entities: [
      { name: 'Department of Commerce', kind: 'authority', core: true, surfaces: ['Department of Commerce', 'Secretary of Commerce'] },
      { name: 'Acme Ltd.', kind: 'company', core: true, surfaces: ['Acme Ltd.'] },
      { name: 'United States', kind: 'country', core: false, surfaces: ['United States'] },
    ],
    relations: [{ subject: 'Department of Commerce', predicate: 'bans', object: 'Acme Ltd.', anchor: 'bans Acme' }],
  };
  it('matches by surface, counts a split entity as a duplicate, checks kinds and relations', () => {
    const s = scoreDocument(
      'x',
      gold,
      [
        { id: 'a:1', label: 'Authority', name: 'Department of Commerce', surfaces: ['the Department of Commerce'] },
        { id: 'a:2', label: 'Authority', name: 'Department of Commerce', surfaces: ['Secretary of Commerce'] },
        { id: 'o:1', label: 'Organization', name: 'Acme Ltd.', surfaces: ['Acme Ltd.'] },
        { id: 'j:us', label: 'Jurisdiction', name: 'United States', surfaces: ['United States'] },
        { id: 'l:1', label: 'Law', name: 'Made Up Act', surfaces: ['Made Up Act'] },
      ],
      [{ type: 'RESTRICTS', start: 'a:1', end: 'o:1' }, { type: 'MAKES', start: 'o:1', end: 'l:1' }],
    );
    expect({ core: s.core, coreFound: s.coreFound, typed: s.typed, extracted: s.extracted, correct: s.correct }).toEqual({ core: 2, coreFound: 2, typed: 1, extracted: 4, correct: 2 });
    expect({ found: s.relationsFound, extracted: s.relationsExtracted, correct: s.relationsCorrect }).toEqual({ found: 1, extracted: 1, correct: 1 });
    expect(s.errors).toEqual([
      'duplicate: Authority "Department of Commerce" (Secretary of Commerce) also names "Department of Commerce"',
      'false positive: Law "Made Up Act" (Made Up Act) {near no gold name}',
      'mistyped: company "Acme Ltd." as Organization',
    ]);
  });
  it('tells a missed relation by the stage that lost it: an end, the actor outside its anchor, or a rule with or without its cue', () => {
    const relations = (anchor: string, subject = 'Department of Commerce') => ({ ...gold, relations: [{ subject, predicate: 'bans' as const, object: 'Acme Ltd.', anchor }] });
    const both = [
      { id: 'a:1', label: 'Authority', name: 'Department of Commerce', surfaces: ['the Department of Commerce'] },
      { id: 'o:1', label: 'Company', name: 'Acme Ltd.', surfaces: ['Acme Ltd.'] },
    ];
    const missed = (g: GoldDocument, entities = both) => scoreDocument('x', g, entities, []).errors.filter((e) => e.startsWith('missed relation'));
    expect(missed(relations('the Secretary of Commerce banned Acme Ltd.'))).toEqual(['missed relation, ends found, actor in its anchor, a cue: Department of Commerce bans Acme Ltd.']);
    expect(missed(relations('the Secretary of Commerce struck at Acme Ltd.'))).toEqual(['missed relation, ends found, actor in its anchor, no cue: Department of Commerce bans Acme Ltd.']);
    expect(missed(relations('It banned Acme Ltd.'))).toEqual(['missed relation, ends found, actor outside its anchor: Department of Commerce bans Acme Ltd.']);
    expect(missed(relations('the Secretary of Commerce banned Acme Ltd.'), both.slice(1))).toEqual(['missed relation, an end missed: Department of Commerce bans Acme Ltd.']);
  });
  it("tells an actor its anchor leaves out but the anchor's sentence names from one taken from an earlier sentence", () => {
    const g = { ...gold, relations: [{ subject: 'Department of Commerce', predicate: 'bans' as const, object: 'Acme Ltd.', anchor: 'banned Acme Ltd.' }] };
    const entities = [
      { id: 'a:1', label: 'Authority', name: 'Department of Commerce', surfaces: ['the Department of Commerce'] },
      { id: 'o:1', label: 'Company', name: 'Acme Ltd.', surfaces: ['Acme Ltd.'] },
    ];
    const sentence = (text: string, ...mentions: { id: string; surface: string }[]) => [{ locator: 's_1', text, mentions, vetoed: [] }];
    const missed = (trace: ReturnType<typeof sentence>) => scoreDocument('x', g, entities, [], trace).errors.filter((e) => e.startsWith('missed relation'));
    expect(missed(sentence('The Department of Commerce later banned Acme Ltd.', { id: 'a:1', surface: 'The Department of Commerce' }, { id: 'o:1', surface: 'Acme Ltd.' }))).toEqual([
      'missed relation, ends found, actor outside its anchor, in its sentence, a cue, cue not between the mentions: Department of Commerce bans Acme Ltd.',
    ]);
    expect(missed(sentence('It banned Acme Ltd.', { id: 'o:1', surface: 'Acme Ltd.' }))).toEqual(['missed relation, ends found, actor outside its anchor: Department of Commerce bans Acme Ltd.']);
  });
  it('finds a cue anchored to the end or start of the text between two mentions anywhere in an anchor', () => {
    expect(cueIn(/\bbann(?:ed|s)\s+$/i, 'The Agency banned Acme Ltd. last year')).toBe(true);
    expect(cueIn(/^\s+to\s+the\s+list\b/i, 'The Agency added Acme Ltd. to the list')).toBe(true);
    expect(cueIn(/\bbann(?:ed|s)\s+$/i, 'The Agency struck at Acme Ltd.')).toBe(false);
  });
  it('counts a Law cited only procedurally in precision only where the gold records it as a core entity', () => {
    const withLaws: GoldDocument = {
      entities: [
        ...gold.entities,
        { name: 'Made Up Act', kind: 'instrument', core: true, surfaces: ['Made Up Act', '99 U.S.C. 1'] },
        { name: '99 CFR 2.3', kind: 'instrument', core: false, surfaces: ['99 CFR 2.3'] },
      ],
      relations: [],
    };
    const s = scoreDocument(
      'x',
      withLaws,
      [
        { id: 'l:cfr', label: 'Law', name: '99 CFR 2.3', surfaces: ['99 CFR 2.3'], procedural: true },
        { id: 'l:fr', label: 'Law', name: '99 FR 4', surfaces: ['99 FR 4'], procedural: true },
        { id: 'l:act', label: 'Law', name: 'Made Up Act', surfaces: ['Made Up Act'] },
        { id: 'l:usc', label: 'Law', name: '99 U.S.C. 1', surfaces: ['99 U.S.C. 1'], procedural: true },
      ],
      [],
    );
    expect({ extracted: s.extracted, correct: s.correct }).toEqual({ extracted: 2, correct: 1 });
    expect(s.errors).toContain('duplicate: Law "99 U.S.C. 1" (99 U.S.C. 1) also names "Made Up Act"');
    expect(s.errors.some((e) => e.includes('99 FR 4') || e.includes('99 CFR 2.3'))).toBe(false);
  });
});

describe('the evaluation page', () => {
  const score = (documentId: string, errors: string[]): DocumentScore => ({
    documentId, core: 1, coreFound: 1, typed: 1, extracted: 1, correct: 1, relations: 0, relationsFound: 0, relationsExtracted: 0, relationsCorrect: 0, errors,
  });
  const sets = [
    { set: 'development', documents: [score('d', ['missed: authority "A"'])], total: score('all', ['d: missed: authority "A"']) },
    { set: 'evaluation', documents: [score('e', [])], total: score('all', ['e: missed: authority "Undisclosed"', 'e: missed: company "Hidden"', 'e: false positive: Law "X" (X)']) },
    { set: 'held-out', documents: [score('h', [])], total: score('all', ['h: missed relation: Unseen bans Thing', 'h: mistyped: company "Quiet" as Organization']) },
  ];
  it('lists development errors, only counts evaluation errors by class, and lists each look', () => {
    const earlier = [{ look: '-', date: 'before (not counted)', figures: ['0.50', '0.60', '1.00', '0.20'] }];
    const looks = [...earlier, nextLook(earlier, sets[1], '2026-12-02')];
    expect(looks[1]).toEqual({ look: '1', date: '2026-12-02', figures: ['1.00', '1.00', '1.00', '1.00'] });
    const page = formatEvaluation(sets, looks);
    expect(page).toContain('- d: missed: authority "A"');
    expect(page).not.toMatch(/Undisclosed|Hidden/);
    expect(page).toContain('- missed, authority: 1');
    expect(page).toContain('- missed, company: 1');
    expect(page).toContain('- false positive, Law: 1');
    expect(page).toContain('scored 1 time by this script');
    expect(evaluationLooks(page)).toEqual(looks);
    expect(nextLook(evaluationLooks(page), sets[1], '2026-12-03').look).toBe('2');
    expect(evaluationLooks('# an older page')).toEqual([]);
    expect(errorClasses(['a: missed relation: X bans Y', 'b: missed relation: Z'])).toEqual(['missed relation: 2']);
    // A false or duplicate entity is classed by its kind and the families of the rules that made it, never by its name.
    expect(errorClasses(['a: false positive: Product "power driver" (power driver) [thing:noun-phrase, thing:made]', 'b: duplicate: Authority "Commerce" (Commerce) also names "Department of Commerce" [catalog:alias]', 'c: false positive: Product "old" (old)'])).toEqual(['false positive, Product, by thing: 1', 'duplicate, Authority, by catalog: 1', 'false positive, Product: 1']);
  });
  it('lists every development file with its documents, read from the files themselves', () => {
    const files = GOLD_SETS.dev.map(goldFileSummary);
    expect(files.length).toBe(GOLD_SETS.dev.length);
    expect(files.every((f) => f.documents.length > 0 && /^\d{4}-\d{2}-\d{2}$/.test(f.date))).toBe(true);
    const page = formatEvaluation(sets, [], [{ file: '/x/test/gold/recognition-dev9.yaml', annotator: 'someone', date: '2026-12-01', documents: ['a', 'b'] }]);
    expect(page).toContain('## Development files');
    expect(page).toContain('| `test/gold/recognition-dev9.yaml` | 2: a, b | someone | 2026-12-01 |');
  });
  it('shows the held-out set as the evaluation set: a table of its own, its errors only counted by class', () => {
    const page = formatEvaluation(sets, []);
    expect(page).toContain('## held-out');
    expect(page).toContain('## Errors (held-out)\n\n- missed relation: 1\n- mistyped, company: 1');
    expect(page).not.toMatch(/Unseen|Quiet/);
    const printed = formatHeldOut(sets[2]).join('\n');
    expect(printed).toContain('| all | 1/1 = 1.00 |');
    expect(printed).toContain('held-out (1 documents, totals only)');
    expect(printed).not.toMatch(/^\| h \|/m);
    expect(printed).toContain('- missed relation: 1');
    expect(printed).not.toMatch(/Unseen|Quiet/);
    expect([untuned('evaluation'), untuned('held-out'), untuned('development')]).toEqual([true, true, false]);
  });
  it('withholds every catalog entry but the jurisdictions for the grammar-only diagnostic', () => {
    const catalog = loadCatalog();
    const withheld = withheldCatalog(catalog);
    expect(withheld.entries.length).toBeGreaterThan(0);
    expect(withheld.entries.every((e) => e.label === 'Jurisdiction')).toBe(true);
    expect(withheld.entries.length).toBeLessThan(catalog.entries.length);
  });
});

describe('passages of a corpus text', () => {
  const act = ['TITLE', '', 'Whereas:', '', '(1)', '', 'First recital.', '', '(2)', '', 'Second recital,', '', 'in two paragraphs.', '', '(3)', '', 'Third.', '', 'HAVE ADOPTED THIS REGULATION:', '', '(1)', '', 'Not a recital.'].join('\n');
  it('cuts the recitals asked for, in order, with their paragraphs, and nothing after the enacting formula', () => {
    expect(recitals(act, [2, 3])).toBe('(2)\n\nSecond recital,\n\nin two paragraphs.\n\n(3)\n\nThird.\n');
    expect(recitals(act, [1])).not.toContain('Not a recital');
  });
  it('refuses a recital the text does not have', () => {
    expect(() => recitals(act, [4])).toThrow(/no recital \(4\)/);
  });
  it('cuts articles from an act in Markdown, up to the next article, chapter heading or annex', () => {
    const text = ['Article\u00a01', '', 'Scope', '', 'First.', '', 'CHAPTER II', '', 'Article 2', '', 'Second.', '', 'ANNEX I', '', 'Article 2 of the annex.'].join('\n');
    expect(articles(text, [1, 2])).toBe('Article 1\n\nScope\n\nFirst.\n\nArticle 2\n\nSecond.\n');
    expect(() => articles(text, [3])).toThrow(/no article 3/);
  });
  it('cuts Chinese articles (第X条) from an act in Markdown, up to the next article or heading, an inserted article apart', () => {
    const text = ['# 某条例', '', '<!-- INFO END -->', '', '## 第一章 总则', '', '第一条 甲项。', '', '乙项。', '', '## 第二章 附则', '', '第二条\u3000丙项。', '', '第二条之一 插入的条文。', '', '第十二条 十二。'].join('\n');
    expect(articles(text, [1, 2])).toBe('第一条\n\n甲项。\n\n乙项。\n\n第二条\n\n丙项。\n');
    expect(articles(text, [12])).toBe('第十二条\n\n十二。\n');
    expect(() => articles(text, [3])).toThrow(/no article 3/);
  });
  it('cuts recitals from a Formex act, with its quotation marks and without its footnotes', () => {
    const xml =
      '<ACT><TITLE><TI><P>Regulation on carts</P></TI></TITLE><PREAMBLE><GR.CONSID><CONSID><NP><NO.P>(1)</NO.P><TXT>A right under the <QUOT.START CODE="2018"/>Charter<QUOT.END CODE="2019"/>.</TXT></NP></CONSID>' +
      '<CONSID><NP><NO.P>(2)</NO.P><TXT>Directive 1/2000<NOTE NOTE.ID="E1"><P>OJ L 1, 1.1.2000.</P></NOTE> applies &amp; stays.</TXT></NP></CONSID></GR.CONSID></PREAMBLE><ENACTING.TERMS><ARTICLE><TI.ART>Article 1</TI.ART><PARAG><ALINEA>Carts are safe.</ALINEA></PARAG></ARTICLE></ENACTING.TERMS></ACT>';
    const file = { path: 'act.xml', entry: { id: 'eu-act', title: 'act', jurisdiction: 'eu', kind: 'statute', language: 'en', format: 'Formex 4 XML', file: 'act.xml' }, text: xml, sha256: '' } as const;
    expect(formexRecitals(file, [1, 2])).toBe('(1)\n\nA right under the ‘Charter’.\n\n(2)\n\nDirective 1/2000 applies & stays.\n');
    expect(() => formexRecitals(file, [3])).toThrow(/no recital \(3\)/);
  });
  it('cuts articles from a Formex act, each with its heading, paragraphs and points, without footnotes or quoted articles', () => {
    const xml =
      '<ACT><TITLE><TI><P>Regulation on carts</P></TI></TITLE><PREAMBLE><GR.CONSID><CONSID><NP><NO.P>(1)</NO.P><TXT>Carts matter.</TXT></NP></CONSID></GR.CONSID></PREAMBLE><ENACTING.TERMS>' +
      '<ARTICLE><TI.ART>Article 1</TI.ART><STI.ART>Scope</STI.ART><PARAG><NO.PARAG>1.</NO.PARAG><ALINEA>Carts are safe.</ALINEA></PARAG>' +
      '<PARAG><NO.PARAG>2.</NO.PARAG><ALINEA><P>The cart keeper shall:</P><LIST TYPE="alpha"><ITEM><NP><NO.P>(a)</NO.P><TXT>oil the wheels;</TXT></NP></ITEM><ITEM><NP><NO.P>(b)</NO.P><TXT>keep a log<NOTE NOTE.ID="E1"><P>OJ L 1, 1.1.2000.</P></NOTE>.</TXT></NP></ITEM></LIST></ALINEA></PARAG></ARTICLE>' +
      '<ARTICLE><TI.ART>Article 2</TI.ART><ALINEA>Directive 1/2000 is amended:<QUOT.S><ARTICLE><TI.ART>Article 9</TI.ART><ALINEA>Quoted.</ALINEA></ARTICLE></QUOT.S></ALINEA></ARTICLE>' +
      '<ARTICLE><TI.ART>Article 3</TI.ART><STI.ART>Entry into force</STI.ART><ALINEA>It enters into force.</ALINEA></ARTICLE></ENACTING.TERMS></ACT>';
    const file = { path: 'act.xml', entry: { id: 'eu-act', title: 'act', jurisdiction: 'eu', kind: 'statute', language: 'en', format: 'Formex 4 XML', file: 'act.xml' }, text: xml, sha256: '' } as const;
    expect(formexArticles(file, [1, 3])).toBe(
      'Article 1\n\nScope\n\n1. Carts are safe.\n\n2. The cart keeper shall:\n\n(a) oil the wheels;\n\n(b) keep a log.\n\nArticle 3\n\nEntry into force\n\nIt enters into force.\n',
    );
    expect(formexArticles(file, [2])).toBe('Article 2\n\nDirective 1/2000 is amended:\n\nArticle 9\n\nQuoted.\n');
    expect(() => formexArticles(file, [9])).toThrow(/no article 9/);
  });
  it('cuts numbered sections from a UNECE regulation in JSON, each paragraph once', () => {
    // The conversion's shape: number twice, the body as one block of indented lines, then block by block.
    const text = ['1.1.', '1.1.', 'Applies to carts.\n      Also to wagons.', 'Applies to carts.', 'Also to wagons.', '1.2.', '1.2.', 'Lead:\n   \n   (a)\n   \n   first.', 'Lead:', '(a)', '(a)', 'first.'].join('\n\n');
    const json = JSON.stringify({ articles: [{ number: '1', title: 'Scope', text }, { number: '2', title: 'Other', text: 'x' }] });
    expect(sections(json, ['1'])).toBe('## 1. Scope\n\n1.1.\n\nApplies to carts.\n\nAlso to wagons.\n\n1.2.\n\nLead:\n\n(a)\n\nfirst.\n');
    expect(() => sections(json, ['3'])).toThrow(/no section 3/);
  });
});

describe('recognition against the gold sets', () => {
  it('keeps the development set\'s targets, on the seed reports too', () => {
    const dev = evaluateSet(GOLD_SETS.dev, corpusDir);
    expect(ratio(dev.total.coreFound, dev.total.core)).toBeGreaterThanOrEqual(0.85);
    expect(ratio(dev.total.correct, dev.total.extracted)).toBeGreaterThanOrEqual(0.9);
    expect(ratio(dev.total.typed, dev.total.coreFound)).toBeGreaterThanOrEqual(0.8);
    expect(ratio(dev.total.relationsFound, dev.total.relations)).toBeGreaterThanOrEqual(0.6);
    const seeds = dev.documents.filter((d) => d.documentId.startsWith('report-') && !d.documentId.startsWith('report-fixture'));
    expect(seeds).toHaveLength(2);
    expect(ratio(seeds.reduce((n, d) => n + d.coreFound, 0), seeds.reduce((n, d) => n + d.core, 0))).toBeGreaterThanOrEqual(0.89);
    // Reads every development document (69 files and growing): about 30 s on an idle machine, past the project's 60 s
    // on a loaded one (CI at load 10-12 timed out here). A bound on the run, no timed assertion.
  }, 300_000);
  it('scores the held-out set\'s seven fixtures as their own set', () => {
    const held = evaluateSet(GOLD_SETS.holdout, corpusDir);
    expect(held.set).toBe('held-out');
    expect(held.documents).toHaveLength(7);
    for (const d of held.documents) {
      expect(d.documentId).toMatch(/^report-fixture-holdout-/);
      expect(d.core).toBeGreaterThan(0);
      expect(d.extracted).toBeGreaterThan(0);
    }
  });
  it('scores the evaluation set\'s three documents read as reports', () => {
    const ev = evaluateSet(GOLD_SETS.eval, corpusDir);
    expect(ev.documents.map((d) => d.documentId)).toEqual(['us-eo-14117', 'us-eo-drone-dominance-2025', 'us-usc-47-1601']);
    for (const d of ev.documents) {
      expect(d.core).toBeGreaterThan(0);
      expect(d.extracted).toBeGreaterThan(0);
    }
  });
});
