// A head of things and "systems" after it, nothing before ("cable systems" after "undersea cables"), names the things on
// that head as the bare head does: it takes up the one thing the document named on the head before it (thing-aliases.ts
// bareHeads). Own sentences, invented bodies and companies.
import { describe, expect, it } from 'vitest';
import { Matcher } from '../../../ingest/recognize/matcher.ts';
import { loadCatalog } from '../../../ingest/catalog/index.ts';
import { bareHeads } from '../../../ingest/recognize/thing-aliases.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

const at = (id: string, surface: string, sentence: number) => ({ id, label: 'Product', surface, sentence, start: 0 });
const all = (): boolean => true;

describe('a system of one head of things', () => {
  it('takes up the one thing named on the head before it', () => {
    expect([...bareHeads([at('p:long', 'seabed cables', 0), at('p:sys', 'cable systems', 1)], all)]).toEqual([['p:sys', 'p:long']]);
    // A kind named on the head only after the system is no thing the system took up.
    expect([...bareHeads([at('p:long', 'seabed cables', 0), at('p:sys', 'cable systems', 1), at('p:later', 'optical fiber cable', 2)], all)]).toEqual([['p:sys', 'p:long']]);
    // A phrase named once, which the document does not keep on its own support ("spare cable"), is no thing beside it.
    const once = [at('p:once', 'spare cable', 0), at('p:long', 'seabed cables', 0), at('p:sys', 'cable systems', 1)];
    expect([...bareHeads(once, all, (id) => id !== 'p:once')]).toEqual([['p:sys', 'p:long']]);
    expect([...bareHeads(once, all)]).toEqual([]);
  });
  it('stays apart beside two kinds named before, before any kind, on a generic head, or with words before it', () => {
    expect([...bareHeads([at('p:a', 'thermal cameras', 0), at('p:b', 'network cameras', 0), at('p:sys', 'camera systems', 1)], all)]).toEqual([]);
    expect([...bareHeads([at('p:sys', 'cable systems', 0), at('p:long', 'seabed cables', 1)], all)]).toEqual([]);
    expect([...bareHeads([at('p:long', 'harbour devices', 0), at('p:sys', 'device systems', 1)], all)]).toEqual([]);
    expect([...bareHeads([at('p:long', 'seabed cables', 0), at('p:sys', 'tidal cable systems', 1)], all)]).toEqual([]);
  });
  it('reads one thing in sentences without the catalog', () => {
    const md =
      '# Order\n\nThe Varn Ports Authority restricted imports of seabed cables made by Tarnwick Marine. Operators must keep such equipment out of the cable systems that serve naval bases. The Authority also reviews optical fiber cable bought abroad.';
    const withheld = Matcher.fromCatalog(loadCatalog().entries.filter((e) => e.label === 'Jurisdiction'));
    const ids = [...new Set(surfaceIdsOf(recogniseMarkdown(md, withheld), ['Product', 'Technology']))];
    expect(ids.filter((x) => /seabed|systems/.test(x))).toEqual(['seabed cables=product:~seabed-cable', 'cable systems=product:~seabed-cable']);
  });
});
