// The document's first-person voice: the authority a speech or statement in the first person plural speaks for,
// as the text itself ties it to the first person ("what the Bureau of X has done this year, what we are doing
// next"; "the Bureau, which I lead"), or, where none is, the company a filing defines "we" for ('X Inc. ("X", "we" or
// "our")'). Its "we" then acts as that body. The ties are data (voice.yaml); no
// tie, or ties to several authorities, leave "we" unresolved: the voice is never guessed.
import path from 'node:path';
import { z } from 'zod';
import { loadData, regex, regexProblem } from '../data.ts';
import { HEADING_LOCATOR } from '../model.ts';
import type { SentenceFindings } from '../recognize/index.ts';
import type { Mention } from '../recognize/matcher.ts';
import { expandClasses, givenClasses } from '../word-classes.ts';
import { defaultGrammar } from './zh-relations.ts';

export interface VoiceRules {
  firstPerson: RegExp;
  subject: RegExp;
  /** The speaker's "I", read without regard to case; a match counts only where the text writes a capital I. */
  speaker?: RegExp;
  ties: RegExp[];
  /** Ties read on headings only: a title that names the speech's genre and the body ("Press Conference Remarks by X"). */
  headingTies?: RegExp[];
  /** Read on one sentence with an authority written <A>: the sentence quotes that body and names it after the quote. */
  attribution?: RegExp;
  /** Read on each sentence with a company written <C>, where no authority is tied: the company's own definitions name
   *  the first person ('X Inc. ("X", "we" or "our")'). */
  companyTies?: RegExp[];
}

/** The authority (or company) the document speaks for, as first named where the text ties it to the first person. */
export interface Voice {
  mention: Mention;
  /** The sentence (or heading) that ties it. */
  locator: string;
}

const schema = z.strictObject({
  firstPerson: regex('i'),
  // Compiled once <ENUMERATOR> is replaced (loadVoiceRules).
  subject: z.string().min(1),
  speaker: regex('gi').optional(),
  ties: z.array(regex('i')).min(1),
  headingTies: z.array(regex('i')).optional(),
  attribution: regex('i').optional(),
  companyTies: z.array(regex('i')).optional(),
});

let defaults: VoiceRules | undefined;

/** `<ENUMERATOR>` in `subject` stands for any Chinese list item's enumerator, as zh-relations.yaml `enumerators` writes
 *  them (one list of the forms for both readers). */
export function loadVoiceRules(file = path.join(import.meta.dirname, 'voice.yaml'), enumerators = Object.values(defaultGrammar().enumerators)): VoiceRules {
  const rules = loadData(file, schema);
  const enumerator = enumerators.map((re) => `(?:${re.source.replace(/^\^/, '')})`).join('|');
  const { source: subject, unknown } = expandClasses(rules.subject, givenClasses({ ENUMERATOR: enumerator }));
  const problem = unknown.length ? `${unknown.join(', ')} names no class` : regexProblem(subject, 'gi');
  if (problem) throw new Error(`${file}: subject: ${problem}`);
  return { ...rules, subject: new RegExp(subject, 'gi') };
}

function defaultRules(): VoiceRules {
  defaults ??= loadVoiceRules();
  return defaults;
}

export const VOICE = 'voice';

/** Quotations blanked out: a quoted "we" is its speaker's, not the document's ("“We added X,” the minister said"). */
const QUOTED = /“[^”]*”|"[^"]*"/g;
const unquoted = (text: string): string => text.replace(QUOTED, (q) => ' '.repeat(q.length));

/**
 * The document's voice: the one authority the ties name, in a document whose text (not only its headings) is in
 * the first person plural; undefined when none or several authorities are tied, or for an instrument (`instrument`:
 * it names itself as one, and its "we" is no speaker's body).
 */
export function documentVoice(findings: SentenceFindings[], instrument: boolean, rules: VoiceRules = defaultRules()): Voice | undefined {
  if (instrument || !findings.some((f) => !HEADING_LOCATOR.test(f.sentence.locator) && rules.firstPerson.test(unquoted(f.sentence.text)))) return undefined;
  const tied = new Map<string, Voice>();
  for (const f of findings) {
    const text = unquoted(f.sentence.text);
    const ties = HEADING_LOCATOR.test(f.sentence.locator) && rules.headingTies ? [...rules.ties, ...rules.headingTies] : rules.ties;
    // A body named inside another name is one too: the issuer opening an announcement's number ("商务部公告2027年第18号").
    for (const m of f.mentions.flatMap((x) => [x, ...(x.parts ?? [])])) {
      if (m.label !== 'Authority' || text.slice(m.start, m.end) !== f.sentence.text.slice(m.start, m.end)) continue;
      const masked = `${text.slice(0, m.start)}<A>${text.slice(m.end)}`;
      if (!tied.has(m.id) && ties.some((t) => t.test(masked))) tied.set(m.id, { mention: m, locator: f.sentence.locator });
    }
  }
  if (tied.size > 0 || !rules.companyTies) return tied.size === 1 ? [...tied.values()][0] : undefined;
  // A company's filing: the one company whose own definitions name "we".
  for (const f of findings) {
    for (const m of f.mentions) {
      if (m.label !== 'Company' || tied.has(m.id)) continue;
      const masked = `${f.sentence.text.slice(0, m.start)}<C>${f.sentence.text.slice(m.end)}`;
      if (rules.companyTies.some((t) => t.test(masked))) tied.set(m.id, { mention: m, locator: f.sentence.locator });
    }
  }
  return tied.size === 1 ? [...tied.values()][0] : undefined;
}

/**
 * The body a sentence quotes, named after the quote ("“We are adding X to the Entity List,” the Bureau said.", "We will
 * add X, the Bureau said."): the sentence's own voice, its quoted "we" that body's. One body only (voice.yaml
 * `attribution`); undefined otherwise.
 */
export function attributedVoice(f: SentenceFindings, rules: VoiceRules = defaultRules()): Voice | undefined {
  if (!rules.attribution) return undefined;
  const text = f.sentence.text;
  const said = f.mentions.filter((m) => m.label === 'Authority' && rules.attribution?.test(`${text.slice(0, m.start)}<A>${text.slice(m.end)}`));
  return said.length > 0 && new Set(said.map((m) => m.id)).size === 1 ? { mention: said[0] as Mention, locator: f.sentence.locator } : undefined;
}

/** The voice's "we" in `text` from `from` on, outside the mentions there: mentions of the voice's authority; inside
 *  quotations too where the voice is the quoted body's (`quoted`: attributedVoice). */
export function voiceMentions(text: string, from: number, own: Mention[], voice: Voice | undefined, rules: VoiceRules = defaultRules(), quoted = false): Mention[] {
  if (!voice) return [];
  const out: Mention[] = [];
  const rest = (quoted ? text : unquoted(text)).slice(from);
  const speaker = rules.speaker ? [...rest.matchAll(rules.speaker)].filter((m) => m[0] === 'I') : [];
  for (const m of [...rest.matchAll(rules.subject), ...speaker].sort((a, b) => a.index - b.index)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (own.some((x) => x.start < end && start < x.end)) continue;
    out.push({ ...voice.mention, start, end, surface: m[0], via: VOICE });
  }
  return out;
}
