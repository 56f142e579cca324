// A language is one module with a declared interface: how its sentences and clauses end, whether its
// vocabulary matches whole words, and how to recognise a text written in it. The vocabularies
// (ingest/vocab/*.yaml) key their surface forms by the language codes registered here, and the
// validator refuses any other key. A document in a language with no module is an error naming the
// document, never read as English by default. Adding a language: a module like zh.ts or en.ts, one
// line in LANGUAGES, and its keys in the vocabulary files.
import { DocumentError } from '../model.ts';
import { english } from './en.ts';
import { chinese } from './zh.ts';

export interface Language {
  /** ISO 639-1 code, as in the manifest's `language` and the vocabularies' keys. */
  readonly code: string;
  readonly name: string;
  /** Sentences of one line (no newline inside), as [start, end) offsets before trimming. */
  sentencesOfLine(line: string): [number, number][];
  /** A character code that ends a clause inside a sentence. */
  isClauseEnd(code: number): boolean;
  /** Vocabulary literals and patterns match whole words only (and case-insensitively at the first letter). */
  readonly wordBoundaries: boolean;
  /** Share of `text` that looks written in this language, 0..1 (loose files carry no manifest). */
  detect(text: string): number;
}

export const LANGUAGES = { zh: chinese, en: english } as const satisfies Record<string, Language>;

/** A language code with a module. */
export type Lang = keyof typeof LANGUAGES;

export const LANGUAGE_CODES: readonly Lang[] = Object.keys(LANGUAGES) as Lang[];

export function isLang(code: string): code is Lang {
  return Object.hasOwn(LANGUAGES, code);
}

/** The code of a known language; an unknown code is an error naming the document. */
export function knownLanguage(code: string, file: string): Lang {
  if (!isLang(code)) throw new DocumentError(file, `language "${code}" has no module in ingest/languages (known: ${LANGUAGE_CODES.join(', ')})`);
  return code;
}

/** Letters of text enough to say a text is in no known language (a paragraph or two). */
const JUDGED = 200;

/** A loose file's language left to be read from its text (its name says none: "report.pdf", not "report.zh.pdf"). */
export const DETECT = 'auto';

/** The language a loose file is written in, read from its text; undefined when none is clearly it. */
export function detectLanguage(text: string): string | undefined {
  let best: { code: string; score: number } | undefined;
  for (const l of Object.values(LANGUAGES) as Language[]) {
    const score = l.detect(text);
    if (score >= 0.5 && (!best || score > best.score)) best = { code: l.code, score };
  }
  return best?.code;
}

/**
 * The language of a document: the one its entry declares, else the one its text is written in (markup and
 * code stripped by the caller), else English, with a warning naming the guess, since every reader needs one.
 */
export function resolveLanguage(declared: string, text: () => string, warnings: string[]): string {
  if (declared !== DETECT) return declared;
  const sample = text();
  const found = detectLanguage(sample);
  if (found) return found;
  // A few words ("Plain. A plain report.") say too little to judge: English without a word about it.
  if ((sample.match(/\p{L}/gu)?.length ?? 0) >= JUDGED) warnings.push('language: the text is in no known language clearly (its name says none either); read as English');
  return 'en';
}
