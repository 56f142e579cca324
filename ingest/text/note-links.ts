// Footnote numbers written as Markdown links within the file (EUR-Lex conversions, converted reports): the one
// reader of their forms. Each adapter keeps its own treatment: reports make a footnote mark of each, the EUR-Lex
// statute adapter drops the call-outs (the law has no place for a note number) and leaves the notes' own numbers.
//   OJ           call-out "[(27)](#ntr27-L_…)", "[(\*1)](#ntr*1-L_…)"; its note begins "[(27)](#ntc27-L_…)"
//   consolidated call-out "( [3](#E0005) )", "( [\*1](#E0003) )"; its note begins "( [\*1](#src.E0003) )"
//   other        "[3](#fn3)", "[(3)](#note-3)"
// A number in brackets is the note's number, brackets and all; the consolidated form's parentheses around the link
// belong to the call-out, else "Council ( [3](#E0005) )," would keep "( )".

/** A note's number linked within the file, `[(N)](#target)` or `[N](#target)`, and the "(" before and ")" after it
 *  when there are. N is 1-4 digits, possibly after an asterisk, escaped or not ("\*1": a note to an amending act). */
const NOTE_LINK = /(\(\s*)?\[(?:\(((?:\\?\*)?\d{1,4})\)|((?:\\?\*)?\d{1,4}))\]\(#([^)\s]*)\)(\s*\))?/g;

/** What every note link holds: a text without it has none (NOTE_LINK's `\]\(#`). */
export const NOTE_LINK_LITERAL = '](#';

/** Targets a note's own number links back to its call-out by: OJ "#ntc…", consolidated "#src.…". */
const BACKLINK_TARGET = /^(?:ntc|src\.)/;

export interface NoteLink {
  /** The span in the text: the link, with the parentheses around it when the call-out is wrapped in them. */
  start: number;
  end: number;
  /** The note's number as printed, unescaped: "27", "*1". */
  mark: string;
  /** The link's target without "#": "ntr27-L_…", "E0005", "src.E0003", "fn3". */
  target: string;
  /** The note's own number linking back to its call-out (it opens the note), not a call-out in the text. */
  backlink: boolean;
}

/** The note links in `text`, in order. */
export function* noteLinks(text: string): Generator<NoteLink> {
  if (!text.includes(NOTE_LINK_LITERAL)) return;
  for (const m of text.matchAll(NOTE_LINK)) {
    const [all, open, bracketed, bare, target, close] = m;
    // "( [3](#E0005) )": the parentheses are the call-out's only when both are there ("(see [3](#fn3))" keeps its own).
    const wrapped = open !== undefined && close !== undefined;
    const start = m.index + (wrapped ? 0 : (open?.length ?? 0));
    const end = m.index + all.length - (wrapped ? 0 : (close?.length ?? 0));
    yield { start, end, mark: (bracketed ?? bare).replace(/^\\/, ''), target, backlink: BACKLINK_TARGET.test(target) };
  }
}

/** Whether `line` opens a note: with its own number linking back to its call-out, OJ "[(3)](#ntc3-…)", consolidated
 *  "( [\*1](#src.E0003) )" and, unnumbered, "( [](#src.E0001))". */
export function opensNote(line: string): boolean {
  const m = /^\(?\s*\[[^\]]*\]\(#([^)\s]*)\)/.exec(line);
  return m !== null && BACKLINK_TARGET.test(m[1]);
}

/** `text` with each note link replaced by what `replace` returns for it. */
export function replaceNoteLinks(text: string, replace: (link: NoteLink) => string): string {
  let out = '';
  let last = 0;
  for (const l of noteLinks(text)) {
    out += text.slice(last, l.start) + replace(l);
    last = l.end;
  }
  return out + text.slice(last);
}
