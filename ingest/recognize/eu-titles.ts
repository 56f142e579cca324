// The title of an EU act cited as the Official Journal cites one: the citation, its authors, its date, then the title
// up to the publication reference:
//   "Regulation (EU) No 1234/2030 of the European Parliament and of the Council of 2 May 2030 on harbour cranes and
//    repealing Directive 2001/77/EC (Harbour Cranes Act) (OJ L 1, 3.5.2030, p. 1)"
// The title names the act cited at its head: a short name in brackets at its end ("(Harbour Cranes Act)",
// "(‘Quay Safety Directive’)") is that act's, not the one the title names last as amended or repealed; and an instrument
// the title establishes or lays down ("establishing the Union Quay Code") is the act itself (a code is the text of the act
// that establishes it), unless an act named in the title before it establishes it. The acts a title names as amended, repealed or replaced are acts of their own, named in passing.
import { grammar } from './grammar.ts';

export interface Span {
  start: number;
  end: number;
}

export interface EuTitle {
  /** The act cited at the title's head (an index into the spans given). */
  head: number;
  /** The title: after the date, up to the publication reference (or the text's end). */
  start: number;
  end: number;
  /** The short name in brackets at the title's end, without its quotes. */
  short?: Span & { term: string };
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** "of the European Parliament and of the Council", "of the Council", "of the Commission" (the authors), then the date. */
const AUTHORS_DATE = new RegExp(`^(?:\\s+of\\s+the\\s+(?:European\\s+Parliament\\s+and\\s+of\\s+the\\s+Council|Council|Commission))?\\s+of\\s+\\d{1,2}\\s+(?:${MONTHS})\\s+(?:19|20)\\d{2}\\s+(?:[–-]\\s+)?(?=\\S)`);
/** The publication reference that closes a cited title: "(OJ L 1, ...)", "(see page 1 of this Official Journal)". */
const PUBLICATION = /\(\s*(?:OJ\s|see\s+page\b)/;
/** A bracket closing the title: "(Harbour Cranes Act)", "(‘Quay Safety Directive’)". */
const CLOSING = /\(\s*[‘'“"]?(\p{Lu}[^()‘’'“”"]{2,100}?)[’'”"]?\s*\)\s*[.;,]?\s*$/u;
const ESTABLISHING = /\b(?:establishing|laying\s+down|setting\s+up)\s+(?:the\s+|a\s+)?$/;

/**
 * The cited titles of a sentence: `acts` are the instruments it names (sorted by start); an act cited with its date
 * opens a title, and the acts inside that title are named in it (they open none of their own).
 */
export function euTitles(text: string, acts: Span[]): EuTitle[] {
  const out: EuTitle[] = [];
  for (let i = 0; i < acts.length; i++) {
    const a = acts[i];
    if (out.some((t) => a.start >= t.start && a.start < t.end)) continue;
    const dated = AUTHORS_DATE.exec(text.slice(a.end));
    if (!dated) continue;
    const start = a.end + dated[0].length;
    const closing = PUBLICATION.exec(text.slice(start));
    const end = closing ? start + closing.index : text.length;
    const title = text.slice(start, end);
    const short = shortName(title, start);
    out.push({ head: i, start, end, ...(short ? { short } : {}) });
  }
  return out;
}

/** The bracket that closes a title, when it holds an instrument's name (an instrument word among its words); brackets of
 *  no name after it ("(Text with EEA relevance)", "(Recast)") are notes on the title, read past. */
function shortName(title: string, offset: number): (Span & { term: string }) | undefined {
  const g = grammar();
  let rest = title;
  for (let hop = 0; hop < 3; hop++) {
    const m = CLOSING.exec(rest);
    if (!m) return undefined;
    const term = m[1].trim();
    if (term.split(/\s+/).some((w) => g.instrumentHeads.has(w) || g.leadingInstruments.has(w))) {
      const start = offset + m.index + m[0].indexOf(m[1]);
      return { start, end: start + term.length, term };
    }
    rest = rest.slice(0, m.index);
  }
  return undefined;
}

/** The act (an index into `acts`) that establishes or lays down `name` in the title, the instrument named right after the
 *  verb: the act named last before it ("... establishing the Union Quay Code" is the head's; "amending Regulation (EU)
 *  No 1/2030 laying down the Union Quay Code" that regulation's); undefined if no such verb comes right before it. */
export function establisher(text: string, title: EuTitle, acts: Span[], name: Span): number | undefined {
  if (name.start < title.start || name.end > title.end || !ESTABLISHING.test(text.slice(Math.max(title.start, name.start - 30), name.start))) return undefined;
  let by = title.head;
  acts.forEach((a, k) => {
    if (a.start >= title.start && a.end <= name.start) by = k;
  });
  return by;
}
