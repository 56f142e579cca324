// What the two probe sets of the relation reader share (relation-probes.*: false relations; relation-recall-probes.*:
// missed ones): the five evaluated relation types written briefly, the relations a probe's sentence states, and the
// scores over a set.
import { readSentence } from './helpers.ts';

export const R = 'RESTRICTS';
export const A = 'ADDS_TO_LIST';
export const D = 'DESIGNATES';
export const I = 'INVESTIGATES';
export const G = 'REGULATES';
/** `start TYPE end` for each object. */
export const r = (s: string, type: string, ...os: string[]): string[] => os.map((o) => `${s} ${type} ${o}`);

/** The relations of the five evaluated types. */
const STATED = /^\S+ (?:RESTRICTS|ADDS_TO_LIST|DESIGNATES|INVESTIGATES|REGULATES) \S+$/;

/** The evaluated relations the reader reads in a probe's sentence, once each, sorted. */
export function statedIn(probe: { text: string; language?: string }): string[] {
  return [...new Set(readSentence(probe.text, { language: probe.language }).relations.filter((x) => STATED.test(x)))].sort();
}

/** Relations read and wanted over a set: precision = right / read, recall = right / wanted. */
export function probeScores(probes: readonly { text: string; language?: string; want: string[] }[]): { right: number; read: number; wanted: number } {
  let right = 0;
  let read = 0;
  let wanted = 0;
  for (const p of probes) {
    const got = new Set(statedIn(p));
    read += got.size;
    wanted += p.want.length;
    right += p.want.filter((w) => got.has(w)).length;
  }
  return { right, read, wanted };
}
