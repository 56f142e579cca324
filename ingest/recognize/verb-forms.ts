// A verb's forms from its lemma, once, for the grammar's verb lists: a list holds lemmas and names the forms it stands
// for ("stop" with base, present, past and gerund: "stop", "stops", "stopped", "stopping"), so no form is forgotten by
// hand. compromise's conjugation (the lexicon's library, lexicon.ts) inflects; the few forms it gets wrong are data
// (grammar/verb-forms.yaml). A lemma of several words inflects its first ("call on": "calls on", "called on").
import path from 'node:path';
import nlp from 'compromise';
import { z } from 'zod';
import { loadData } from '../data.ts';

/** The forms a list may stand for: the base form ("ban"), the third person singular present ("bans"), the past tense
 *  and the past participle ("banned"; "began" and "begun", "took" and "taken"), the gerund ("banning"), and the present
 *  perfect ("has banned"). */
export const VERB_FORMS = ['base', 'present', 'past', 'gerund', 'perfect'] as const;
export type VerbForm = (typeof VERB_FORMS)[number];

interface Conjugation {
  Infinitive?: string;
  PresentTense?: string;
  PastTense?: string;
  Participle?: string;
  Gerund?: string;
}
type Conjugate = (word: string, model: unknown) => Conjugation;
const library = nlp as unknown as { methods(): { two: { transform: { verb: { conjugate: Conjugate } } } }; model(): unknown };

const FormsOf = z.strictObject({ past: z.array(z.string().min(1)).min(1).optional(), gerund: z.string().min(1).optional(), present: z.string().min(1).optional() });
const ExceptionsFile = z.strictObject({
  exceptions: z.record(z.string().regex(/^[a-z-]+$/), FormsOf),
  'ize-only': z.array(z.string().regex(/^[a-z-]+ize$/)).default([]),
  'l-doubling': z.array(z.string().regex(/^[a-z-]+[aeiou]l$/)).default([]),
});
export const VERB_FORMS_FILE = path.join(import.meta.dirname, 'grammar', 'verb-forms.yaml');
let exceptions: Record<string, z.output<typeof FormsOf>> | undefined;

/** The forms of one word's verb: the library's, each replaced where grammar/verb-forms.yaml says the library is wrong. */
function wordForms(word: string): { base: string; present: string; past: string[]; gerund: string } {
  exceptions ??= loadData(VERB_FORMS_FILE, ExceptionsFile).exceptions;
  const c = library.methods().two.transform.verb.conjugate(word, library.model());
  const own = Object.hasOwn(exceptions, word) ? exceptions[word] : undefined;
  const past = own?.past ?? [...new Set([c.PastTense, c.Participle].filter((f): f is string => !!f))];
  const present = own?.present ?? c.PresentTense;
  const gerund = own?.gerund ?? c.Gerund;
  if (!present || !gerund || past.length === 0) throw new Error(`verb-forms: no full conjugation of "${word}" (add it to ${path.basename(VERB_FORMS_FILE)})`);
  return { base: word, present, past, gerund };
}

/** A verb of the suffix -ize that British, Australian, Hong Kong and Singapore texts also spell -ise ("authorise",
 *  "finalise", "subsidise"): at least three letters before the suffix, so that "size", "seize" and "prize" (whose -ise
 *  spellings are other words or none) keep theirs; a list of the lemmas of that shape with no -ise spelling is data
 *  (verb-forms.yaml `ize-only`). */
const IZE = /^[a-z-]{3,}ize$/;
let izeOnly: Set<string> | undefined;

/** Each form of an -ize verb with its -ise spelling after it: the suffix's "z" is the last "z" in every form ("authorized",
 *  "authorizing"), so only that one is changed. */
function withIseSpelling(word: string, f: ReturnType<typeof wordForms>): ReturnType<typeof wordForms>[] {
  izeOnly ??= new Set(loadData(VERB_FORMS_FILE, ExceptionsFile)['ize-only']);
  if (!IZE.test(word) || izeOnly.has(word)) return [f];
  const ise = (form: string): string => {
    const at = form.lastIndexOf('iz');
    return at < 0 ? form : `${form.slice(0, at)}is${form.slice(at + 2)}`;
  };
  return [f, { base: ise(f.base), present: ise(f.present), past: f.past.map(ise), gerund: ise(f.gerund) }];
}

let lDoubling: Set<string> | undefined;

/** The forms of a verb on an unstressed final "l" (verb-forms.yaml `l-doubling`: "cancel", "signal") with the other
 *  spelling of its past and gerund after them: British texts double the "l" ("cancelled", "signalling"), American ones do
 *  not ("canceled", "signaling"), and the library gives one or the other. Stress decides it, which the letters do not
 *  show ("compel" and "patrol" double it in both), hence a list. */
function withLSpellings(f: ReturnType<typeof wordForms>): ReturnType<typeof wordForms>[] {
  lDoubling ??= new Set(loadData(VERB_FORMS_FILE, ExceptionsFile)['l-doubling']);
  if (!lDoubling.has(f.base)) return [f];
  const other = (form: string): string => {
    for (const ending of ['ed', 'ing']) {
      if (form === `${f.base}l${ending}`) return `${f.base}${ending}`;
      if (form === `${f.base}${ending}`) return `${f.base}l${ending}`;
    }
    return form;
  };
  return [f, { base: f.base, present: f.present, past: f.past.map(other), gerund: other(f.gerund) }];
}

/** The forms `forms` of each lemma, lemma by lemma in the order of VERB_FORMS (a lemma's base form first), no form twice
 *  ("hit" is its own past); the forms of an -ize lemma come with their -ise spellings (withIseSpelling), and those of a
 *  lemma on an unstressed "l" with both spellings of its past and gerund (withLSpellings), so that a list writes the lemma
 *  once for both. Lower-case lemmas only: a list's words are matched as written. */
export function verbForms(lemmas: readonly string[], forms: readonly VerbForm[]): string[] {
  const out = new Set<string>();
  for (const lemma of lemmas) {
    const [word, ...rest] = lemma.split(' ');
    const tail = rest.length > 0 ? ` ${rest.join(' ')}` : '';
    const spellings = withIseSpelling(word, wordForms(word)).flatMap((f) => withLSpellings(f));
    for (const form of VERB_FORMS) {
      if (!forms.includes(form)) continue;
      for (const f of spellings) {
        const made = form === 'base' ? [f.base] : form === 'present' ? [f.present] : form === 'gerund' ? [f.gerund] : form === 'past' ? f.past : [`has ${f.past.at(-1)}`];
        for (const m of made) out.add(`${m}${tail}`);
      }
    }
  }
  return [...out];
}

/** A list of verb forms as a data file writes it: the lemmas, the forms of each it stands for, and `words` kept as written
 *  (phrases: "equipped with"); read as the list of its forms (the grammars' verb lists: grammar.ts, norms/grammar.ts). */
export const verbList = z
  .strictObject({
    forms: z.array(z.enum(VERB_FORMS)).min(1),
    lemmas: z.array(z.string().regex(/^[a-z][a-z-]*(?: [a-z]+)*$/)).min(1),
    words: z.array(z.string().min(1)).min(1).optional(),
  })
  .transform((v) => [...verbForms(v.lemmas, v.forms), ...(v.words ?? [])]);
