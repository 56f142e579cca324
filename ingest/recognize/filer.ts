// A Chinese filing's word for its filer. A listed company's announcement is titled "<company>关于…的公告" and calls
// its filer 本公司 ("the Company") throughout: the term names the company the title opens with, as a term a document
// defines would. The words are data: grammar/names.yaml cjk-filer. A decision's party block (当事人：<company>) labels its
// party so too (partyTerms; names.yaml cjk-party-labels).
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

/** A decision's party labels as definitions (names.yaml cjk-party-labels): "当事人：<company>" at a line's or sentence's
 *  start makes 当事人 name that company; none where the label is given to two companies or to none. */
export function partyTerms(sentences: Sentences): Definition[] {
  const labels = grammar().cjkPartyLabels;
  const given = new Map<string, { id: string; locator: string }[]>();
  for (const { locator, text, mentions } of sentences) {
    for (const label of labels) {
      for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + label.length)) {
        if (at > 0 && !/\s/u.test(text[at - 1])) continue;
        const colon = at + label.length;
        if (text[colon] !== '：' && text[colon] !== ':') continue;
        const start = /\s/u.test(text[colon + 1] ?? '') ? colon + 2 : colon + 1;
        const party = mentions.find((m) => m.label === 'Company' && m.start === start);
        if (party) given.set(label, [...(given.get(label) ?? []), { id: party.id, locator }]);
      }
    }
  }
  return [...given].filter(([, parties]) => new Set(parties.map((p) => p.id)).size === 1).map(([term, parties]) => ({ term, id: parties[0].id, locator: parties[0].locator, acronym: false }));
}

/** The issuer's word for itself as a definition (names.yaml cjk-issuer-self-words): the document's first sentence opens
 *  with a body's name, and the word for the head that name ends with (局: 本局) names that body; none where the first
 *  sentence opens with no body. */
export function issuerTerms(sentences: Sentences): Definition[] {
  const first = sentences[0];
  if (!first) return [];
  const issuer = first.mentions.find((m) => m.label === 'Authority' && m.start === 0);
  if (!issuer) return [];
  const name = first.text.slice(issuer.start, issuer.end);
  const head = Object.keys(grammar().cjkIssuerSelfWords)
    .sort((a, b) => b.length - a.length)
    .find((h) => name.endsWith(h));
  return head ? [{ term: grammar().cjkIssuerSelfWords[head], id: issuer.id, locator: first.locator, acronym: false }] : [];
}
