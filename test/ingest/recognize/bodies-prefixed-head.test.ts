// "U.S. Department of the Treasury": a head after a state's prefix alone is no body that "of the" attaches to a parent;
// the words after "of the" are its domain, so the self-named domain ("Treasury") is no second body. Own sentences.
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../../ingest/recognize/bodies.ts';
import { recogniseMarkdown } from './helpers.ts';

describe('a head after a state prefix, then "of the"', () => {
  it('is one body with no parent', () => {
    const f = findBodies('The U.S. Department of the Treasury designated five firms.');
    expect(f.map((x) => [x.surface, x.parent?.name])).toEqual([['U.S. Department of the Treasury', undefined]]);
  });
  it('keeps a parent where the stem is a body of its own', () => {
    const f = findBodies('The Office of Harbour Audits of the Department of the Treasury met.');
    expect(f.map((x) => [x.surface, x.parent?.name])).toEqual([['Office of Harbour Audits of the Department of the Treasury', 'Department of the Treasury']]);
  });
  it('leaves the document one authority', () => {
    const r = recogniseMarkdown('# Sanctions\n\nThe U.S. Department of the Treasury designated five firms on Monday.');
    expect(r.entities.filter((e) => e.label === 'Authority').map((e) => e.name)).toEqual(['U.S. Department of the Treasury']);
  });
});
