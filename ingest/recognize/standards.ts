// A standard's designation ("EN-ISO/IEC 17065/2012", "ETSI EN 303 645"; grammar/names.yaml standard-designation) names
// the standard: the standards bodies whose initials it holds are its publishers, no body the text speaks of. Else "the
// Commission" of an EU act citing "EN-ISO/IEC 17065/2012" had the IEC as its only candidate (index.ts resolvePending).
import { grammar } from './grammar.ts';
import type { Mention } from './matcher.ts';

/** The spans of the standards' designations in `text`. */
export function designationSpans(text: string): [number, number][] {
  return [...text.matchAll(grammar().standardDesignation)].map((m): [number, number] => [m.index, m.index + m[0].length]);
}

/** Whether a catalog mention is a standards body's initials inside a designation of `spans`. */
export function insideDesignation(m: Mention, spans: [number, number][]): boolean {
  return m.label === 'StandardBody' && spans.some(([s, e]) => m.start >= s && m.end <= e);
}
