// Two instruments' names coordinated in one run of capitalised words, each with words of its own before its head, are
// two names (instruments.ts coordinatedNames). Own sentences (helper-250, issue 15, dev67's teardown with the catalog
// withheld: "China's National Intelligence Law and Data Security Law" was one Law).
import { describe, expect, it } from 'vitest';
import { findInstruments } from '../../../ingest/recognize/instruments.ts';

const laws = (text: string): string[] => findInstruments(text).map((f) => f.surface);

describe('two coordinated names of instruments', () => {
  it('are two instruments', () => {
    expect(laws("Data held by the vendor may be subject to China's Harbour Intelligence Law and Port Data Security Law.")).toEqual([
      'Harbour Intelligence Law',
      'Port Data Security Law',
    ]);
    expect(laws('Requests under the Freedom of Information Act and Privacy Act were refused.')).toEqual(['Freedom of Information Act', 'Privacy Act']);
  });
  it('leave one name whose second part is a head alone', () => {
    expect(laws('It is licensed under the Telecommunications Act and Regulations.')).toEqual(['Telecommunications Act and Regulations']);
  });
});
