// Technology and product phrases the catalog does not list (issue 15): a known technology inside a longer phrase, a
// verb read as a plural head, a coordination of a hyphenated compound, a bare head that takes up the one kind named
// before it, a describing phrase that carries the support, Chinese names around a catalog name or after a country.
// Own sentences, invented companies and products.
import { describe, expect, it } from 'vitest';
import { findCjkThings } from '../../../ingest/recognize/cjk-things.ts';
import { settleTentative } from '../../../ingest/recognize/index.ts';
import { acronymKinds, bareHeads, describedThings } from '../../../ingest/recognize/thing-aliases.ts';
import { findThings } from '../../../ingest/recognize/things.ts';
import { recogniseMarkdown } from './helpers.ts';
import { surfaceIdsOf } from '../one-sentence.ts';

/** The things a document keeps (no relation read), as surface=id. */
const kept = (md: string): string[] => {
  const rec = settleTentative(recogniseMarkdown(md), new Set());
  return surfaceIdsOf(rec, ['Product', 'Technology']);
};
const found = (t: string): string[] => findThings(t).map((f) => f.surface);

describe('a known technology inside a longer phrase', () => {
  it('keeps the longer phrase, named once, where the catalog name inside is lower case', () => {
    // "automated driving" is a catalog technology: the systems are a kind of it, the phrase the name.
    expect(kept('# T\n\nThe Tarnwell fleet depends on automated driving systems.')).toEqual(['automated driving systems=technology:~automated-driving-system']);
    expect(kept('# T\n\nThe firm resells drone components in Norland.')).toEqual(['drone components=product:~drone-component']);
  });
  it('gives back a name or acronym inside a phrase named once, without support', () => {
    expect(kept('# T\n\nThe port wants reliable 5G networks soon.')).toEqual(['5G=technology:5g']);
  });
});

describe('a verb read as a plural head', () => {
  it('is the verb of the noun before it where an object opens after it', () => {
    expect(found('and the order bars the import of any vehicle whose software is foreign')).toEqual([]);
    expect(found('the rule bars any vehicle with foreign software')).toEqual([]);
  });
  it('stays a head before a relative clause without "that"', () => {
    expect(found('Buyers prefer the lidar sensors the firm sells.')).toEqual(['lidar sensors']);
    expect(found('Surveillance cameras the police use are old.')).toEqual(['Surveillance cameras']);
  });
});

describe('a verb after a plural noun, or after a negated modal', () => {
  it('is no word of the name after it', () => {
    expect(found('The duties reach drones.')).toEqual([]);
    expect(found('Duties reach lidar sensors.')).toEqual(['lidar sensors']);
    expect(found('The new duties reach buoy modules.')).toEqual(['buoy modules']);
    expect(found('Hackers cannot push malicious firmware to cars.')).toEqual(['malicious firmware']);
  });
  it('is the verb of a name or a singular noun, whose -s word is the verb: the name after it stays whole', () => {
    expect(found('Norvik supplies lidar sensors.')).toEqual(['lidar sensors']);
    expect(found('Operators of telematics control units report.')).toEqual(['telematics control units']);
  });
});

describe('an acronym and a generic head', () => {
  const m = (id: string, surface: string, inner?: { id: string; label: string; surface: string }[]) => ({ id, label: 'Product', surface, ...(inner ? { inner } : {}) });
  it('name the thing the document writes with the acronym, or the catalog name the phrase covers', () => {
    expect([...acronymKinds([m('p:vcs', 'VCS'), m('p:hw', 'VCS hardware')], (id) => id === 'p:hw')]).toEqual([['p:hw', 'p:vcs']]);
    expect([...acronymKinds([m('p:net', '5G networks', [{ id: 't:5g', label: 'Technology', surface: '5G' }])], () => true)]).toEqual([['p:net', 't:5g']]);
  });
  it('read an acronym written in the plural as the acronym ("TBUs" beside "TBU hardware")', () => {
    expect([...acronymKinds([m('p:tbu', 'TBUs'), m('p:hw', 'TBU hardware')], (id) => id === 'p:hw')]).toEqual([['p:hw', 'p:tbu']]);
    expect(kept('# T\n\nThe agency restricted imports of tidal buoy units (TBUs). TBU hardware made by Lisk Marine is covered.')).toEqual([
      'tidal buoy units=product:~tidal-buoy-unit',
      'TBUs=product:~tidal-buoy-unit',
      'TBU hardware=product:~tidal-buoy-unit',
    ]);
  });
  it('name the goods the acronym stands for with a generic head of goods, not the goods that use a technology', () => {
    expect([...acronymKinds([m('p:htm', 'HTMs'), m('p:dev', 'HTM devices')], (id) => id === 'p:dev')]).toEqual([['p:dev', 'p:htm']]);
    expect([...acronymKinds([m('p:usv', 'USVs'), m('p:eq', 'USV equipment')], (id) => id === 'p:eq')]).toEqual([['p:eq', 'p:usv']]);
    // "HMN devices" beside the technology "harbour mesh networking (HMN)": the devices that use it, another class.
    expect([...acronymKinds([{ id: 't:hmn', label: 'Technology', surface: 'HMN' }, m('p:dev', 'HMN devices')], (id) => id === 'p:dev')]).toEqual([]);
    expect(kept('# T\n\nThe agency banned harbour telemetry modules (HTMs) made by Lisk Marine. Operators must remove HTM devices by June.')).toEqual([
      'harbour telemetry modules=product:~harbour-telemetry-module',
      'HTMs=product:~harbour-telemetry-module',
      'HTM devices=product:~harbour-telemetry-module',
    ]);
  });
  it('leave a part head, a phrase of more words, and an acronym two things share', () => {
    expect([...acronymKinds([m('p:uas', 'UAS'), m('p:parts', 'UAS parts')], (id) => id === 'p:parts')]).toEqual([]);
    expect([...acronymKinds([m('p:vcs', 'VCS'), m('p:hw', 'VCS radio hardware')], (id) => id === 'p:hw')]).toEqual([]);
    expect([...acronymKinds([m('p:a', 'VCS'), m('p:b', 'VCS'), m('p:hw', 'VCS hardware')], (id) => id === 'p:hw')]).toEqual([]);
  });
});

describe('a coordinated hyphenated compound', () => {
  it('names one kind with the modifier coordinated before it', () => {
    expect(found('Vendors may ship free and open-source software to ports.')).toEqual(['free and open-source software']);
    expect(found('They integrate free and open-source software components that are unsupported.')).toContain('free and open-source software components');
  });
  it('reads a material closing a comma list as a conjunct of its own, not a modifier of the next', () => {
    expect(found('Tariffs on steel, aluminum and automobile parts rose.')).toEqual(['automobile parts']);
    // Nouns in such a list share the head ("secured voice, video and text communications" names no "text communications").
    expect(found('Staff use voice, video and text communications.')).toEqual([]);
  });
  it('leaves a coordination of plain adjectives, a generic word and a list alone', () => {
    expect(found('It bans physical and virtual communications equipment.')).toEqual(['communications equipment']);
    expect(found('It buys routers and open-source software.')).toEqual(['open-source software']);
    expect(found('It buys new and open-source software.')).toEqual([]);
    // A compound of generic words qualifies the class: "dual-use", "military-grade", "low-cost".
    expect(found('Exports of dual-use and military-grade thermal cameras fell.')).toEqual(['thermal cameras']);
  });
});

describe('a bare head', () => {
  const at = (id: string, surface: string, sentence: number) => ({ id, label: 'Product', surface, sentence, start: 0 });
  it('takes up the one kind the document named on it before', () => {
    expect([...bareHeads([at('p:long', 'buoy radio modules', 0), at('p:bare', 'modules', 1)], () => true)]).toEqual([['p:bare', 'p:long']]);
    expect([...bareHeads([at('p:long', 'buoy radio module', 0), at('p:bare', 'modules', 1)], () => true)]).toEqual([['p:bare', 'p:long']]);
  });
  it('names its class before any kind, beside two kinds, and where the catalog names it', () => {
    expect([...bareHeads([at('p:bare', 'modules', 0), at('p:long', 'buoy radio modules', 1)], () => true)]).toEqual([]);
    expect([...bareHeads([at('p:a', 'buoy radio modules', 0), at('p:b', 'harbour modules', 0), at('p:bare', 'modules', 1)], () => true)]).toEqual([]);
    expect([...bareHeads([at('p:long', 'buoy radio modules', 0), at('p:bare', 'modules', 1)], (id) => id !== 'p:bare')]).toEqual([]);
  });
  it('is one entity with that kind in a document', () => {
    const md = '# T\n\nThe agency barred buoy radio modules made by Tarnwell Marine Instruments Co., Ltd. in May.\n\nNorland taxes imports of modules.';
    expect(kept(md)).toEqual(['buoy radio modules=product:~buoy-radio-module', 'modules=product:~buoy-radio-module']);
  });
});

describe('a describing phrase', () => {
  it('joins the thing it describes on the support of either', () => {
    const m = (id: string, surface: string) => ({ id, label: 'Product', surface });
    const mentions = [m('p:described', 'internet-connected buoy cameras'), m('p:plain', 'buoy cameras')];
    expect([...describedThings(mentions, (id) => id === 'p:described', (id) => id === 'p:described')]).toEqual([['p:described', 'p:plain']]);
    // Neither supported: an item in the singular stays apart; two plurals are a class named twice (thing-equations.test.ts).
    const items = [m('p:described', 'an internet-connected buoy camera'), m('p:plain', 'buoy camera')];
    expect([...describedThings(items, (id) => id === 'p:described', () => false)]).toEqual([]);
    expect([...describedThings(mentions, (id) => id === 'p:described', () => false)]).toEqual([['p:described', 'p:plain']]);
  });
});

describe('Chinese names around a catalog name or after a country', () => {
  const cjk = (text: string, origins: { start: number; end: number }[] = [], known: { start: number; end: number; label: string }[] = []): string[] =>
    findCjkThings(text, origins, known).map((f) => f.surface);
  it('names the longer phrase a catalog name ends', () => {
    const text = '该公司生产车载智能电表。';
    const at = text.indexOf('智能电表');
    expect(cjk(text, [], [{ start: at, end: at + 4, label: 'Product' }])).toEqual(['车载智能电表']);
    // The catalog name alone is no longer name.
    const bare = '该公司生产智能电表。';
    expect(cjk(bare, [], [{ start: bare.indexOf('智能电表'), end: bare.indexOf('智能电表') + 4, label: 'Product' }])).toEqual([]);
  });
  it('leaves a country and 产 before a name out of it', () => {
    const text = '美方对中国产车载激光雷达加征关税。';
    const at = text.indexOf('中国');
    expect(cjk(text, [{ start: at, end: at + 2 }])).toEqual(['车载激光雷达']);
    const bare = '美国限制中国无人机。';
    expect(cjk(bare, [{ start: bare.indexOf('中国'), end: bare.indexOf('中国') + 2 }])).toEqual([]);
  });
  it('starts a name after the generic and time words, and ends it at the last of heads in a row', () => {
    expect(cjk('该公司出口高精度导航模组。')).toEqual(['高精度导航模组']);
    expect(cjk('美国对相关导航模组实施管制。')).toEqual(['导航模组']);
    expect(cjk('此后上述模组将无法获得授权。')).toEqual([]);
    expect(cjk('该公司出口其他激光雷达。')).toEqual([]);
    expect(cjk('该公司出口工业无人机摄像头。')).toEqual(['工业无人机摄像头']);
    // Lazy otherwise: no name runs on past a verb to a later head.
    expect(cjk('禁止甲岭科技公司生产的车载毫米波雷达获得基站授权。')).toEqual(['车载毫米波雷达']);
  });
  it('names no product where the name modifies a supply chain or market noun after it', () => {
    expect(kept('# T\n\n业内人士认为，围绕无人机和工业网关供应链的博弈正在升级。')).toEqual([]);
    expect(kept('# T\n\n该公司生产工业网关和导航模组。')).toEqual(['工业网关=product:~工业网关', '导航模组=product:~导航模组']);
  });
  it('reads them in a document with the catalog', () => {
    expect(kept('# T\n\n美国商务部限制中国车载通信模组的进口。')).toEqual(['车载通信模组=product:~车载通信模组']);
  });
});
