// A US Code citation's title and section, read from its canonical name ("50 U.S.C. 1705") by the us-code citation's
// own name template (grammar/instruments.yaml), so the name's format is written once; the catalog act whose place in
// the Code holds the section is then found by codification.ts.
import { grammar } from './grammar.ts';
import { nameReader } from './name-templates.ts';

let read: ((name: string) => string[] | undefined) | undefined;

/** The title and section of a name the us-code citation builds ("50 U.S.C. 1705", "50 U.S.C. 1701-1707"), undefined
 *  for any other name. */
export function codeCitation(name: string): { title: number; section: string } | undefined {
  if (!read) {
    const c = grammar().citations.find((x) => x.id === 'us-code');
    if (!c) throw new Error('grammar/instruments.yaml has no us-code citation');
    read = nameReader(c.name, c.pattern);
  }
  const [title, section] = read(name) ?? [];
  return title === undefined || section === undefined ? undefined : { title: Number(title), section };
}
