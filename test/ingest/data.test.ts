// The one data loader: every problem of a file at once, each with its file, line and column; the relation
// rules checked against the model; vocabulary languages checked against ingest/languages.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CatalogError, parseCatalog } from '../../ingest/catalog/index.ts';
import { DataError, loadData, loadJsonData, parseData, regex } from '../../ingest/data.ts';
import { loadRules } from '../../ingest/reports/relations.ts';
import { loadVocabulary, VocabularyError } from '../../ingest/vocab/index.ts';
import { GOLD_FILES, goldPath } from '../gold/schemas.ts';
import { thrown } from '../thrown.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/yaml');

const tools = z.strictObject({
  tools: z.array(z.strictObject({ id: z.string(), weight: z.number().positive(), pattern: regex('u') })),
});

describe('parseData', () => {
  it('lists every problem of a file, each at its line and column', () => {
    const text = [
      'tools:', // 1
      '  - id: hammer', // 2
      '    weight: heavy', // 3
      '    pattern: hammer', // 4
      '  - id: saw', // 5
      '    weight: 2', // 6
      "    pattern: 's(a'", // 7
      '    colour: red', // 8
      '  - weight: 1', // 9
      '    pattern: drill', // 10
    ].join('\n');
    const e = thrown(DataError, () => parseData('tools.yaml', text, tools));
    expect(e.problems).toEqual([
      'tools.yaml:3:13: tools[0].weight: expected a number, got a string',
      'tools.yaml:7:14: tools[1].pattern: bad regular expression /s(a/ (Invalid regular expression: /s(a/u: Unterminated group)',
      'tools.yaml:8:5: tools[1].colour: unknown key "colour"',
      'tools.yaml:9:5: tools[2].id: missing',
    ]);
    expect(e.issues.map((i) => i.line)).toEqual([3, 7, 8, 9]);
    expect(e.message.split('\n')).toEqual(e.problems);
  });

  it('reports a YAML syntax error with its line, and returns the value of a valid file', () => {
    const e = thrown(DataError, () => parseData('broken.yaml', 'tools:\n  - id: a\n    weight: [1, 2\n', tools));
    expect(e.issues).toHaveLength(1);
    expect(e.problems[0]).toMatch(/^broken\.yaml:4:1: YAML error: /);
    const ok = parseData('ok.yaml', 'tools:\n  - {id: a, weight: 1.5, pattern: "\\\\bsaws?\\\\b"}\n', tools);
    expect(ok.tools[0].pattern.test('two saws')).toBe(true);
  });

  it('names an unreadable file', () => {
    const e = thrown(DataError, () => loadData(path.join(fixtures, 'no-such-file.yaml'), tools));
    expect(e.problems[0]).toMatch(/^test\/fixtures\/yaml\/no-such-file\.yaml:1:1: cannot read/);
  });

  it('reads a generated JSON file by JSON.parse, and reports its problems at their lines as loadData does', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-json-'));
    try {
      const words = z.object({ verbs: z.array(z.string().regex(/^[a-z]+$/)) });
      const good = path.join(dir, 'good.json');
      fs.writeFileSync(good, '{\n"verbs": [\n  "resell",\n  "embed"\n]\n}\n');
      expect(loadJsonData(good, words, 'good.json')).toEqual({ verbs: ['resell', 'embed'] });
      const bad = path.join(dir, 'bad.json');
      fs.writeFileSync(bad, '{\n"verbs": [\n  "resell",\n  "Embed"\n]\n}\n');
      const e = thrown(DataError, () => loadJsonData(bad, words, 'bad.json'));
      expect(e.problems).toEqual(thrown(DataError, () => loadData(bad, words, 'bad.json')).problems);
      expect(e.problems[0]).toMatch(/^bad\.json:4:/);
      const broken = path.join(dir, 'broken.json');
      fs.writeFileSync(broken, '{\n"verbs": [\n  "resell",\n');
      expect(thrown(DataError, () => loadJsonData(broken, words, 'broken.json')).problems[0]).toMatch(/^broken\.json:\d+:\d+: YAML error: /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('relation rules are checked against the model', () => {
  const file = 'test/fixtures/yaml/relation-rules.yaml';
  const problems = thrown(DataError, () => loadRules(path.join(fixtures, 'relation-rules.yaml'))).problems;

  it('rejects an unknown label and a type the model does not allow between the labels', () => {
    expect(problems).toContain(`${file}:8:15: rules[0].subject[0]: unknown node label "Compnay"`);
    expect(problems).toContain(`${file}:16:14: rules[1].object[0]: HEADQUARTERED_IN cannot end at Product (allowed: Jurisdiction)`);
    expect(problems).toContain(`${file}:21:11: rules[2].type: unknown relationship type "MAKE"`);
  });

  it('rejects a cue that does not compile, and lists all four problems', () => {
    expect(problems).toContain(`${file}:32:10: rules[3].cue: bad regular expression /\\b(makes\\b/ (Invalid regular expression: /\\b(makes\\b/i: Unterminated group)`);
    expect(problems).toHaveLength(4);
  });
});

/** Relation rules read from a file of `text` in a scratch folder, as loadRules reads the real one. */
const load = (text: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relation-rules-'));
  try {
    const file = path.join(dir, 'rules.yaml');
    fs.writeFileSync(file, text);
    return loadRules(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

describe('relation rules: word classes', () => {
  const rulesWith = (classes: string, cue: string): string =>
    `classes:\n${classes}anaphora: '^This\\b'\nnegation: '\\bnot\\b'\nmaxGap: 100\nrules:\n  - id: r\n    type: RESTRICTS\n    subject: [Authority]\n    object: [Product]\n    order: subject-first\n    cue: '${cue}'\n    confidence: 0.5\n`;

  it('a class named in a pattern stands for every member, a member may name a class written before it', () => {
    const rules = load(rulesWith("  TARIFF: ['tariffs?']\n  MEASURE: ['<TARIFF>', 'bans?']\n", '\\bimposed\\s+<MEASURE>\\s+on\\s+$'));
    const cue = rules.rules[0].cue;
    expect(cue.test('imposed tariffs on ')).toBe(true);
    expect(cue.test('imposed bans on ')).toBe(true);
    expect(cue.test('imposed fees on ')).toBe(false);
  });

  it("a member may name a class the grammar writes, its verbs of asking with any spacing in a phrase", () => {
    const rules = load(rulesWith("  ASKED_BY_US: ['(?<!\\bnot\\s)<ASKING>']\n", '\\b<ASKED_BY_US>\\s+the\\s+$'));
    const cue = rules.rules[0].cue;
    expect(cue.test('we urged the ')).toBe(true);
    expect(cue.test('we prevailed  upon the ')).toBe(true);
    expect(cue.test('we did not ask the ')).toBe(false);
    expect(cue.test('we told the ')).toBe(false);
  });

  it('names the file and the pattern of an unknown class, and a member naming a class written after it', () => {
    const e = thrown(DataError, () => load(rulesWith("  MEASURE: ['<TARIFF>']\n  TARIFF: ['tariffs?']\n", '\\b<MEASURES>\\b')));
    expect(e.problems.some((p) => /rules\.yaml:2:\d+: classes\.MEASURE\[0\]: <TARIFF> names no class written before MEASURE/.test(p))).toBe(true);
    expect(e.problems.some((p) => /rules\.yaml:\d+:\d+: rules\[0\]\.cue: <MEASURES> names no class/.test(p))).toBe(true);
  });
});

describe('relation rules: fragments', () => {
  const rulesWith = (fragments: string, cue: string): string =>
    `classes:\n  MEASURE: ['tariffs?', 'bans?']\nfragments:\n${fragments}anaphora: '^This\\b'\nnegation: '\\bnot\\b'\nmaxGap: 100\nrules:\n  - id: r\n    type: RESTRICTS\n    subject: [Authority]\n    object: [Product]\n    order: subject-first\n    cue: '${cue}'\n    confidence: 0.5\n`;

  it('a fragment named in a pattern stands for its source, which may be a lookbehind alone and name a class or a fragment before it', () => {
    const rules = load(rulesWith("  NOT_IMPOSED: '(?<!\\bimposed\\s+)'\n  FREE_MEASURE: '<NOT_IMPOSED>\\b<MEASURE>'\n", '<FREE_MEASURE>\\s+on\\s+$'));
    const cue = rules.rules[0].cue;
    expect(cue.test('the tariffs on ')).toBe(true);
    expect(cue.test('a ban on ')).toBe(true);
    expect(cue.test('imposed tariffs on ')).toBe(false);
    expect(cue.test('the fees on ')).toBe(false);
  });

  it('names a fragment that names no class or fragment before it, takes a class name, or does not compile', () => {
    const e = thrown(DataError, () => load(rulesWith("  A: '<B>x'\n  B: 'y'\n  MEASURE: 'z'\n  C: '(x'\n", 'x')));
    expect(e.problems.some((p) => /rules\.yaml:4:\d+: fragments\.A: <B> names no class or fragment written before A/.test(p)), e.problems.join('\n')).toBe(true);
    expect(e.problems.some((p) => /rules\.yaml:6:\d+: fragments\.MEASURE: <MEASURE> is a class already/.test(p)), e.problems.join('\n')).toBe(true);
    expect(e.problems.some((p) => /rules\.yaml:7:\d+: fragments\.C: bad regular expression \/\(x\//.test(p)), e.problems.join('\n')).toBe(true);
  });
});

describe('relation rules: acts named as nouns, read in every shape', () => {
  const rulesWith = (noun: string): string =>
    `classes:\n  MEASURE: ['bans?']\nnominals:\n  - id: ban\n    type: RESTRICTS\n    objects: [Product]\n    noun: '${noun}'\n    of: 'on\\s+'\n  - id: listing\n    type: ADDS_TO_LIST\n    objects: [Company]\n    noun: 'additions?'\n    of: 'of\\s+'\n    complement: '\\s+to\\s+the\\s+list\\b'\nnominalShapes:\n  - id: possessor\n    order: subject-first\n    cue: '^[''’]s\\s+{noun}\\s+{of}$'\n    after: '^{complement}'\n    confidence: 0.6\nanaphora: '^This\\b'\nnegation: '\\bnot\\b'\nmaxGap: 100\nrules:\n  - id: r\n    type: RESTRICTS\n    subject: [Authority]\n    object: [Product]\n    order: subject-first\n    cue: 'x'\n    confidence: 0.5\n`;

  it('makes one rule per act and shape, after the file\'s own, with the entry\'s patterns put in the shape\'s', () => {
    const rules = load(rulesWith('<MEASURE>'));
    expect(rules.rules.map((r) => r.id)).toEqual(['r', 'possessor-ban', 'possessor-listing']);
    const [ban, listing] = rules.rules.slice(1);
    expect(ban?.cue.test("'s ban on ")).toBe(true);
    expect(ban?.cue.test("'s addition of ")).toBe(false);
    expect(ban?.after).toBeUndefined();
    expect([listing?.type, listing?.after?.test(' to the list')]).toEqual(['ADDS_TO_LIST', true]);
  });

  it('names the shape whose rule does not compile', () => {
    const e = thrown(DataError, () => load(rulesWith('(bans')));
    expect(e.problems.some((p) => /rules\.yaml:\d+:\d+: nominalShapes\[0\]: possessor-ban\.cue: bad regular expression/.test(p)), e.problems.join('\n')).toBe(true);
  });
});

describe('relation rules: a rule whose actor is the document itself (actor: self)', () => {
  const head = "anaphora: '^This\\b'\nnegation: '\\bnot\\b'\nmaxGap: 100\nrules:\n";
  const pairRule = (id: string, extra = '    order: subject-first\n'): string =>
    `  - id: ${id}\n    type: RESTRICTS\n    subject: [Authority]\n    object: [Product]\n${extra}    cue: 'bans'\n    confidence: 0.5\n`;
  const selfRule = (extra = ''): string => `  - id: own\n    type: RESTRICTS\n    actor: self\n    subject: [Law]\n    object: [Product]\n${extra}    cue: 'is\\s+banned'\n    confidence: 0.5\n`;

  it('is read after every rule that pairs an actor with an object, wherever the file writes it', () => {
    const rules = load(`${head}${selfRule()}${pairRule('a')}${pairRule('b')}`);
    expect(rules.rules.map((r) => [r.id, r.actor ?? 'pair'])).toEqual([
      ['a', 'pair'],
      ['b', 'pair'],
      ['own', 'self'],
    ]);
    expect(rules.rules[2]?.cue.test('Any import of X is banned.')).toBe(true);
  });

  it('has no order nor any check of a pair\'s text, which every other rule needs or may have', () => {
    const e = thrown(DataError, () => load(`${head}${pairRule('a', '')}${selfRule("    order: subject-first\n    after: '^ to'\n")}`));
    expect(e.problems.some((p) => /rules\.yaml:\d+:\d+: rules\[0\]\.order: a rule that pairs an actor with an object needs an order/.test(p)), e.problems.join('\n')).toBe(true);
    expect(e.problems.some((p) => /rules\.yaml:\d+:\d+: rules\[1\]\.order: a self rule \(actor: self\) pairs no mentions/.test(p)), e.problems.join('\n')).toBe(true);
    expect(e.problems.some((p) => /rules\.yaml:\d+:\d+: rules\[1\]\.after: a self rule \(actor: self\) pairs no mentions/.test(p)), e.problems.join('\n')).toBe(true);
  });
});

describe('vocabularies', () => {
  it('reject a pattern language with no module in ingest/languages, with the other problems of the file', () => {
    const e = thrown(VocabularyError, () => loadVocabulary(path.join(fixtures, 'vocab')));
    expect(e.file).toBe('actors.yaml');
    expect(e.problems).toEqual([
      'actors.yaml:7:5: [0].patterns.fr: unknown language "fr" (known: zh, en)',
      'actors.yaml:8:3: [1].name: missing',
    ]);
  });
});

describe('catalog problems carry their place', () => {
  it('gives each problem, schema or cross-entry, its line', () => {
    const text = [
      'kind: Company', // 1
      'entries:', // 2
      '  - id: company:acme', // 3
      '    name: Acme', // 4
      '    description: d', // 5
      '    url: https://example.org', // 6
      '    facts:', // 7
      '      - {type: OWNED_BY, target: company:nobody, url: https://example.org, undated: true}', // 8
      '      - {undated: true, type: OWNED_BY, target: company:acme}', // 9
    ].join('\n');
    const e = thrown(CatalogError, () => parseCatalog([{ name: 'c.yaml', text }]));
    expect(e.problems).toEqual([
      'c.yaml#company:acme: fact 2 (OWNED_BY company:acme): missing or invalid url',
    ]);
    expect(e.message).toContain('c.yaml:9:9: entries[0].facts[1].url: missing or invalid url');
    // Once the schema passes, the reference across entries is checked, at its own line.
    const fixed = text.replace('target: company:acme}', 'target: company:acme, url: https://example.org}');
    const cross = thrown(CatalogError, () => parseCatalog([{ name: 'c.yaml', text: fixed }]));
    expect(cross.problems).toEqual(['c.yaml#company:acme: fact 1 (OWNED_BY) targets unknown id "company:nobody"']);
    expect(cross.issues.map((i) => [i.line, i.col])).toEqual([[8, 34]]);
  });
});

describe('gold files', () => {
  it.each(Object.entries(GOLD_FILES))('%s matches its schema', (name, schema) => {
    expect(() => loadData(goldPath(name), schema)).not.toThrow();
  });

  it('catches an annotation that breaks a convention of its header', () => {
    const text = [
      'annotator: a',
      'date: 2026-01-01',
      'companies:',
      '  Acme:',
      '    capacities: [{capacity: network-operator, why: runs a network}]',
      '    items:',
      '      - {document: cn-x, locator: art_1, category: A, capacity: data-handler, what: w, superseded: true, supersededBy: art_2}',
    ].join('\n');
    const e = thrown(DataError, () => parseData('x.yaml', text, GOLD_FILES['exposure-expected.yaml']));
    expect(e.problems).toEqual([
      'x.yaml:7:52: companies.Acme.items[0].category: a superseded article is context only (C)',
      'x.yaml:7:65: companies.Acme.items[0].capacity: capacity "data-handler" is not among the company\'s capacities',
    ]);
  });
});
