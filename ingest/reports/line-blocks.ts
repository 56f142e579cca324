// The lines of one source paragraph that its writer broke on purpose (a letterhead, an address block, a signature
// block, a memo's To/From/Re lines) are read as paragraphs of their own, so that no name runs from one line into the
// next ("Margaret Oyelaran / President and Chief Executive Officer / Great Lakes ... Council" read as one authority,
// "U.S. Department of Commerce / Washington" as "Department of Commerce Washington").
// Hard-wrapped prose (pandoc writes Markdown wrapped at 72 columns) must stay one paragraph, so a break counts as
// deliberate only where wrapping cannot explain it:
// - the next line's first word would have fitted on the line within the paragraph's longest line (a wrapper breaks
//   a line only where the next word does not fit), and that line opens with a capital or a digit; after a line of
//   running text (a lower-case word of three letters or more that is no connector of names, grammar/names.yaml:
//   "hosted by", "for which the", not "Office of ... and ..." or "c/o"), within the median length of the paragraph's lines but the last (the upper one of two)
//   too, where it has three lines or more: prose wrapped by hand, or edited after it was wrapped, has lines longer than
//   the column it was wrapped at ("... hosted by Maasveld" + "Test & Certification B.V. ..." under a line of 140
//   characters in a paragraph wrapped at 120 is one name broken, not a line set apart), while a contact block's short
//   lines ("Media Contact:" + "Rachel Tam" + "Qiaofeng Technology Americas, Inc.") hold no running text; or
// - the paragraph has three lines or more, every line after the first opens with a capital or a digit and every line
//   but the last ends in something other than a lower-case word (a name, a number, a title): wrapped prose breaks
//   inside sentences, before and after lower-case words; or
// - the line is written wholly in capitals, two words or more not ending in a comma, and the next line's first word is
//   not (a letterhead's agency name over its office: "FEDERAL PROPERTY AND LOGISTICS ADMINISTRATION" + "Office of the
//   Senior Procurement Executive"): a wrapper does not turn capitals into mixed case at a line's end, while a name in
//   capitals broken by it ("I, JANE" + "DOE, President") goes on in capitals; or
// - the paragraph has two lines, neither holds running text nor ends a sentence, the first holds no comma and ends in
//   no lower-case word, and the second opens with a capital or a digit (a signer over a title, "Jane Doe" + "Member of
//   Congress"; a body over its town, "Congress of the United States" + "Washington, DC 20515"), unless the first is in
//   capitals and the second opens in capitals too (a name in capitals a wrapper broke): prose a wrapper broke in two
//   has running text or a comma on its first line, or ends a sentence on its last; or
// - the line is wholly one span of emphasis ("**Quillon State University · Office of Research Security**") and the next
//   opens with a capital or a digit: a writer sets a byline or a letterhead in bold as a line of its own, while a wrapper
//   that breaks a bold phrase leaves one marker on each of the two lines, never both on one; or
// - the line holds no running text and ends a name (no sentence end, no comma, no lower-case last word) and the next
//   opens a field: a capitalised word and up to two lower-case ones before a colon ("Last updated: October 2026",
//   "Questions: ..."): a dateline or a contact field under a byline, where a name ran into the label ("... Export
//   Controls Last"); prose a wrapper broke before "Regulations: ..." has running text on the line above.

import { grammar } from '../recognize/grammar.ts';

/** Markup that may open or close a line without being its text (emphasis, a blockquote's mark). */
const EDGE_MARKUP = /^[*_>\s]+|[*_\s]+$/g;
const OPENS_NAME_OR_NUMBER = /^[\p{Lu}\p{N}]/u;
const ENDS_IN_LOWER_WORD = /(?:^|[^\p{L}])\p{Ll}+$/u;
/** Two words or more, each with a letter, no lower-case letter, not ending in a comma. */
const CAPITALS_LINE = /^(?=[^\p{Ll}]*$)[^\p{L}]*\p{Lu}[^\s]*(?:\s+[^\s]+)+$/u;
const capitalsLine = (line: string): boolean => CAPITALS_LINE.test(bare(line)) && !/,$/.test(bare(line));
const LOWER = /\p{Ll}/u;
/** A sentence's end: a full stop, question or exclamation mark, colon or semicolon, perhaps before a closing quote. */
const SENTENCE_END = /[.!?:;]["'’”)]*$/;
/** A line that is one span of emphasis from end to end, no marker of its kind inside. */
const EMPHASIS_LINE = /^(?:\*\*(?!\s)(?:(?!\*\*).)*\S\*\*|__(?!\s)(?:(?!__).)*\S__|\*(?![\s*])[^*]*[^\s*]\*|_(?![\s_])[^_]*[^\s_]_)$/u;
/** A field's label opening a line: a capitalised word, up to two lower-case words, a colon, then a space or the end. */
const FIELD_LABEL = /^\p{Lu}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,2}:(?:\s|$)/u;

const bare = (line: string): string => line.replace(EDGE_MARKUP, '');
const firstWord = (line: string): string => bare(line).split(/\s+/, 1)[0] ?? '';

/** The paragraph's lines in groups: each group is read as one paragraph, its lines joined by spaces (none for none). */
export function lineGroups(lines: readonly string[]): string[][] {
  if (lines.length < 2) return lines.length ? [[...lines]] : [];
  const longest = Math.max(...lines.map((l) => l.length));
  const width = lines.length === 2 ? longest : upperMedian(lines.slice(0, -1).map((l) => l.length));
  const opensName = lines.map((l) => OPENS_NAME_OR_NUMBER.test(bare(l)));
  const block =
    lines.length >= 3 &&
    opensName.slice(1).every(Boolean) &&
    lines.slice(0, -1).every((l) => !ENDS_IN_LOWER_WORD.test(bare(l)));
  const pair =
    lines.length === 2 &&
    opensName[1] &&
    lines.every((l) => !runningText(bare(l)) && !SENTENCE_END.test(bare(l))) &&
    !bare(lines[0]).includes(',') &&
    !ENDS_IN_LOWER_WORD.test(bare(lines[0])) &&
    !(capitalsLine(lines[0]) && !LOWER.test(firstWord(lines[1])));
  const groups: string[][] = [[lines[0]]];
  for (let i = 1; i < lines.length; i++) {
    const reach = lines[i - 1].length + 1 + firstWord(lines[i]).length;
    const fitted = reach <= longest && (reach <= width || !runningText(lines[i - 1]));
    const letterhead = opensName[i] && capitalsLine(lines[i - 1]) && LOWER.test(firstWord(lines[i]));
    const emphasised = opensName[i] && EMPHASIS_LINE.test(lines[i - 1].trim());
    const field = FIELD_LABEL.test(bare(lines[i])) && endsName(bare(lines[i - 1])) && !runningText(bare(lines[i - 1]));
    if (block || pair || (fitted && opensName[i]) || letterhead || emphasised || field) groups.push([lines[i]]);
    else groups[groups.length - 1].push(lines[i]);
  }
  return groups;
}

/** The line ends in a name or a number: no sentence end, no comma, no lower-case last word. */
function endsName(line: string): boolean {
  return !SENTENCE_END.test(line) && !/,$/.test(line) && !ENDS_IN_LOWER_WORD.test(line);
}

/** A lower-case word of three letters or more that is no connector of names ("and", "the", "for"): running text. */
function runningText(line: string): boolean {
  const connectors = grammar().connectors;
  return (line.match(/(?<![\p{L}\p{N}@./-])\p{Ll}[\p{L}'’-]{2,}(?![\p{L}\p{N}@./])/gu) ?? []).some((w) => !connectors.has(w));
}

/** The median of `ns`, the upper of the two middle ones where their number is even. */
function upperMedian(ns: number[]): number {
  const sorted = [...ns].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
