// Goods after a company's possessive ("Tongbei's video surveillance cameras", "Trelix's SX-40 e-scooter controllers"): the
// words before the head name the company's own line, and the class the act bears on is the head's, when the document names
// that thing on its own too ("surveillance cameras"). Such a phrase, named once, is kept only tentatively by the recognizer
// (index.ts settleTentative drops it and gives the head back); a relation reaching it is the head's and keeps no phrase of
// its own beside it (a longer form names the same class: recognition-dev19.yaml, dev21). Elsewhere a relation keeps a
// phrase named once ("restricted exports of advanced computing chips": a class of its own beside "chips").
import type { Mention } from './matcher.ts';
import type { Recognition } from './index.ts';

const THINGS = new Set(['Technology', 'Product']);
/** A company's possessive, perhaps a model's designation after it, right before the phrase. */
const POSSESSIVE = /^['’]s?\s+(?:[\p{Lu}\d][\w-]*\s+)?$/u;

/** The tentative thing phrases every mention of which follows a company's possessive and ends with a thing mentioned inside
 *  it, a thing the document names on its own too: phrase id -> that thing's id. */
export function headedPhrases(rec: Recognition): Map<string, string> {
  const tentative = new Set(rec.entities.filter((e) => e.tentative && THINGS.has(e.label)).map((e) => e.id));
  const alone = new Set(rec.sentences.flatMap((s) => s.mentions.map((m) => m.id)).filter((id) => !tentative.has(id)));
  const heads = new Map<string, string | undefined>();
  for (const s of rec.sentences) {
    for (const m of s.mentions) {
      if (!tentative.has(m.id)) continue;
      const owner = s.mentions.filter((x) => x.label === 'Company' && x.end <= m.start).at(-1);
      const possessed = owner !== undefined && POSSESSIVE.test(s.sentence.text.slice(owner.end, m.start));
      const head = possessed ? (m.inner ?? []).find((x: Mention) => THINGS.has(x.label) && x.end === m.end && x.start > m.start && alone.has(x.id)) : undefined;
      // One head for every mention, else none.
      heads.set(m.id, heads.has(m.id) && heads.get(m.id) !== head?.id ? undefined : head?.id);
    }
  }
  return new Map([...heads].filter((e): e is [string, string] => e[1] !== undefined));
}

/** "attack drones" where the document names "drones" on its own: a tentative phrase that is one lower-case word before a
 *  catalog thing ending it, at every mention, names a use of that class, not a class of its own (recognition-dev20,
 *  dev24, dev25 record such phrases as surfaces of the class): repetition is no support for it (index.ts settleTentative
 *  drops it, giving the class back). A relation still keeps it, as it keeps any phrase ("added thermal surveillance
 *  cameras to its list": a class beside the cameras; giving such relations to the class too was tried and breaks that).
 *  Two words or more before the head ("advanced computing chips") stay a class of their own, as does a phrase whose head
 *  the document never names alone. Phrase id -> the class's id. */
export function modifierExtensions(rec: Recognition): Map<string, string> {
  const tentative = new Set(rec.entities.filter((e) => e.tentative && !e.acronyms.length && THINGS.has(e.label)).map((e) => e.id));
  const alone = new Set(rec.sentences.flatMap((s) => s.mentions.map((m) => m.id)));
  const heads = new Map<string, string | undefined>();
  for (const s of rec.sentences) {
    for (const m of s.mentions) {
      if (!tentative.has(m.id)) continue;
      const head = (m.inner ?? []).find((x: Mention) => THINGS.has(x.label) && !x.via.startsWith('thing') && x.end === m.end && x.start > m.start);
      const one = head !== undefined && USE_WORD.test(m.surface.slice(0, head.start - m.start)) && alone.has(head.id);
      // One class for every mention, else none.
      heads.set(m.id, one && (!heads.has(m.id) || heads.get(m.id) === head.id) ? head.id : undefined);
    }
  }
  return new Map([...heads].filter((e): e is [string, string] => e[1] !== undefined));
}
/** One lower-case word, perhaps hyphenated ("attack ", "heavy-lift "), then the head. */
const USE_WORD = /^\p{Ll}[\p{Ll}\d]*(?:-[\p{Ll}\d]+)*\s$/u;
