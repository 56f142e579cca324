// Companies the fallback only guessed were organisations: compromise's lexicon lists names of organisations (fallback.ts
// nlp:organization), and its one-word names written in mixed case ("Nvidia", "Xiaomi", "Lenovo") are mostly companies'
// but not all ("Oxfam", "Interpol", "Medicaid"). Such a name is a company's in the whole document where one of its
// sentences gives it a company's role (companies.ts companyRole): a company cue ("shares of Xiaomi", "chipmaker Nvidia",
// "Lenovo, a PC maker", "Nvidia makes ..."), its results ("Nvidia's revenue"), a listing on a list of parties ("added
// Xiaomi to the Entity List") or a public act done to companies ("opened an investigation into Nvidia", "fined Xiaomi":
// grammar/names.yaml company-act-objects). The mirror of acting-acronyms.ts, which reads a lexicon acronym acting as a
// public body ("The FBI seized ..."): an acronym ("NATO", "FBI") is never read here, nor a name anything but the guess
// reads, a term the document defines or a name the catalog knows. An organisation that speaks ("Oxfam said") or acts
// ("Interpol issued a notice") has no company's role and stays the guess's.
import type { Definition, Named } from './definitions.ts';
import type { Found } from './found.ts';
import { isAcronym } from './acting-acronyms.ts';
import { companyRole } from './companies.ts';
import type { Matcher } from './matcher.ts';

/** The fallback's rule for a name the lexicon knows as an organisation's. */
const FALLBACK_ORGANIZATION = 'nlp:organization';
/** One word, a capital then a lower-case letter ("Nvidia", "Xiaomi"): no acronym, no name of several words. */
const ONE_WORD = /^\p{Lu}\p{Ll}[\p{L}\p{N}]*$/u;

interface Sentence {
  text: string;
  locator: string;
  mentions: (Named & { via?: string })[];
}

/** The companies the fallback's guesses of a document's sentences name, each with the find that makes its entity
 *  (`found`), as terms of the document. `defined`: terms the document defines or other readings explain. */
export function guessedCompanies(sentences: Sentence[], matcher: Matcher, defined: Set<string>): { found: Found; definition: Omit<Definition, 'id'> }[] {
  const companies = new Map<string, { found: Found; locator: string }>();
  for (const { text, locator, mentions } of sentences) {
    for (const m of mentions) {
      const word = m.surface;
      if (m.via !== FALLBACK_ORGANIZATION || m.label !== 'Organization' || companies.has(word) || !ONE_WORD.test(word) || isAcronym(word)) continue;
      if (companyRole(text, m.start, m.end)) companies.set(word, { locator, found: { start: m.start, end: m.end, surface: word, label: 'Company', name: word, rule: 'company:guess-role', score: 0.5 } });
    }
  }
  return [...companies]
    .filter(([word]) => !defined.has(word) && !matcher.namesWhole(word))
    .map(([word, { found, locator }]) => ({ found, definition: { term: word, locator, acronym: false } }));
}
