// A Chinese filing's word for its filer. A listed company's announcement is titled "<company>关于…的公告" and calls
// its filer 本公司 ("the Company") throughout: the term names the company the title opens with, as a term a document
// defines would. The words are data: grammar/names.yaml cjk-filer.
import type { Definition, Named } from './definitions.ts';
import { grammar } from './grammar.ts';
import { HEADING_LOCATOR } from '../model.ts';

type Sentences = { locator: string; text: string; mentions: Named[] }[];

/** The filer's words as definitions: none where no heading opens with a company's name before the title's 关于. */
export function filerTerms(sentences: Sentences): Definition[] {
  const { titleLink, selfWords } = grammar().cjkFiler;
  for (const { locator, text, mentions } of sentences) {
    if (!HEADING_LOCATOR.test(locator)) continue;
    const filer = mentions.find((m) => m.label === 'Company' && m.start === 0 && text.startsWith(titleLink, m.end));
    if (filer) return selfWords.map((term) => ({ term, id: filer.id, locator, acronym: false }));
  }
  return [];
}
