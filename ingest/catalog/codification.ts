// Where a catalog act stands in the U.S. Code (`codified` in laws.yaml): a title and the first section of the act's
// chapter, and its last section where a page states the range. A code citation ("50 U.S.C. 1705", "section 1862 of
// title 19, United States Code") names the act whose span holds it: any section of a stated range, else only the
// first section (the section a chapter's "et seq." citation gives).

export interface Codification {
  /** The Code's title (50 in "50 U.S.C. 1701"). */
  title: number;
  /** The first section of the act's chapter: "1701", "302a". */
  first: string;
  /** The last section, where a page states the range. */
  last?: string;
  url: string;
  checked?: string;
  status?: 'unverified';
}

/** A section number ("1701", "302a", "4801-4852"): its leading number, undefined if it has none. */
export function sectionNumber(section: string): number | undefined {
  const m = /^(\d+)/.exec(section.trim());
  return m ? Number(m[1]) : undefined;
}

/** Whether the span holds section `section` of title `title`: the first section as written ("1701", "1701(a)"), or a
 *  number inside a stated range (a lettered section between two numbers counts as its number: 1862a in 1801-1991). */
export function codifies(c: Codification, title: number, section: string): boolean {
  if (c.title !== title) return false;
  if (c.last === undefined) return sectionOf(section) === c.first;
  const [n, first, last] = [sectionNumber(section), sectionNumber(c.first), sectionNumber(c.last)];
  return n !== undefined && first !== undefined && last !== undefined && n >= first && n <= last;
}

/** "1701" of "1701(a)(1)", "302a" of "302a(b)", "4801" of "4801-4852": the section a citation points to. */
function sectionOf(section: string): string {
  return /^\d+[a-z]?/.exec(section.trim())?.[0] ?? section;
}

/** The span as a citation: "50 U.S.C. 1701-1707", or its one section "47 U.S.C. 1601" (no stated end). */
export function codificationText(c: Codification): string {
  return c.last === undefined ? `${c.title} U.S.C. ${c.first}` : `${c.title} U.S.C. ${c.first}-${c.last}`;
}
