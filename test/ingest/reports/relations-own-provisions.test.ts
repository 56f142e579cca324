// An instrument's own provisions in the forms orders and statutes write them (helper-291, issue 15): a class of public
// bodies bound not to buy ("Executive agencies are prohibited from procuring X", "No executive agency may procure X",
// "Agencies shall not enter into a contract for X"), a contract barred, entry or market access refused, goods "sourced
// from" their supplier, and the instrument named only by its title or by "this section". Own sentences, real public
// bodies, invented makers and orders; every first expectation read nothing before (main fd6bb315).
import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ManifestEntry, SourceFile } from '../../../ingest/model.ts';
import { SELF_RULE } from '../../../ingest/recognize/self.ts';
import { parseReport } from '../../../ingest/reports/index.ts';
import { analyseReport } from '../../../ingest/reports/records.ts';
import { analyseMarkdown, restrictedByHarbourOrder, statedRelations, testCatalog } from './helpers.ts';

const LIDAR = 'product:~lidar-sensor';
const CAMERAS = 'product:~thermal-camera';
const ORRIN = 'company:~orrin-robotics-inc';
const VELMAR = 'company:~velmar-optics-ltd';
const KESTREL = 'company:~kestrel-marine-corp';
const DRONES = 'product:drones';
const DHS = 'authority:dhs';
const COMMERCE = 'authority:us-commerce';

const byOrder = restrictedByHarbourOrder;

describe("an instrument's provision that binds a class of public bodies", () => {
  it('is its prohibition of what the bodies may not buy, and of its maker', () => {
    expect(byOrder('(a) Executive agencies are prohibited from procuring lidar sensors manufactured by Orrin Robotics Inc.')).toEqual([LIDAR, ORRIN].sort());
    expect(byOrder('(a) Federal contractors shall be prohibited from using thermal cameras produced by Velmar Optics Ltd.')).toEqual([CAMERAS, VELMAR].sort());
    expect(byOrder('(b) No executive agency may procure or obtain thermal cameras produced by Velmar Optics Ltd.')).toEqual([CAMERAS, VELMAR].sort());
    expect(byOrder('(c) Agencies shall not procure lidar sensors made by Orrin Robotics Inc.')).toEqual([LIDAR, ORRIN].sort());
    expect(byOrder('(c) The head of each executive agency shall not purchase thermal cameras from Kestrel Marine Corp.')).toEqual([CAMERAS, KESTREL].sort());
  });
  it('bars a contract for the goods or with their supplier as it bars buying them', () => {
    expect(byOrder('(d) Agencies shall not enter into a contract for the purchase of thermal cameras from Kestrel Marine Corp.')).toEqual([CAMERAS, KESTREL].sort());
    expect(byOrder('(d) No Federal agency shall enter into a contract for lidar sensors supplied by Orrin Robotics Inc.')).toEqual([LIDAR, ORRIN].sort());
    expect(byOrder('(d) No executive agency shall enter into a contract with Kestrel Marine Corp.')).toEqual([KESTREL]);
  });
  it('is no prohibition of its own where the bodies were bound before, or the text is no instrument', () => {
    // A prohibition in force before the order, told as a fact.
    expect(byOrder('(e) Executive agencies are already prohibited from procuring lidar sensors made by Orrin Robotics Inc.')).toEqual([]);
    // Barred from a place, not from an act the provision names.
    expect(byOrder('(e) Executive agencies are prohibited from the premises of Orrin Robotics Inc.')).toEqual([]);
    // A report has no provisions: its "agencies shall not" states what another instrument says, whose actor it names.
    expect(statedRelations('Agencies shall not procure lidar sensors made by Orrin Robotics Inc., the briefing notes.')).toEqual([]);
    expect(statedRelations('Executive agencies are prohibited from procuring lidar sensors made by Orrin Robotics Inc.')).toEqual([]);
  });
});

describe('entry or market access refused', () => {
  it('restricts the goods and their maker', () => {
    expect(statedRelations('The Secretary of Homeland Security shall deny entry to drones made by Orrin Robotics Inc.')).toEqual([`${DHS} RESTRICTS ${DRONES}`, `${DHS} RESTRICTS ${ORRIN}`].sort());
    expect(statedRelations('The Department of Homeland Security refused market access to thermal cameras made by Velmar Optics Ltd.')).toEqual([`${DHS} RESTRICTS ${CAMERAS}`, `${DHS} RESTRICTS ${VELMAR}`].sort());
    expect(statedRelations('The Secretary of Homeland Security shall deny drones made by Orrin Robotics Inc. entry into the United States.')).toEqual([`${DHS} RESTRICTS ${DRONES}`, `${DHS} RESTRICTS ${ORRIN}`].sort());
  });
  it('is none where the refusal is denied or is of something else', () => {
    expect(statedRelations('The Department of Homeland Security has not denied entry to drones made by Orrin Robotics Inc.')).toEqual([]);
    expect(statedRelations('The Department of Homeland Security denied a request from Orrin Robotics Inc. to import drones.')).toEqual([]);
  });
});

describe('goods sourced from a company', () => {
  it('name it as their supplier, whom a restriction on them reaches', () => {
    expect(statedRelations('The Department of Commerce shall restrict the import of thermal cameras sourced from Velmar Optics Ltd.')).toEqual([`${COMMERCE} RESTRICTS ${CAMERAS}`, `${COMMERCE} RESTRICTS ${VELMAR}`].sort());
    expect(statedRelations('The Department of Commerce restricted the import of lidar sensors procured from Orrin Robotics Inc.')).toEqual([`${COMMERCE} RESTRICTS ${LIDAR}`, `${COMMERCE} RESTRICTS ${ORRIN}`].sort());
  });
});

describe('an instrument that does not call itself "this order"', () => {
  const untitled = (provision: string): string =>
    ['# Executive Order on Protecting Port Crane Software', '', 'By the authority vested in me as President, it is hereby ordered as follows:', '', `Section 1. Prohibition. ${provision}`].join('\n');
  const CRANE = 'law:~executive-order-on-protecting-port-crane-software';
  it('is named by its title, and acts in its own provisions', () => {
    const { rec, relations } = analyseMarkdown(untitled('No person may install lidar sensors made by Orrin Robotics Inc.'));
    expect(rec.entities.find((e) => e.id === CRANE)).toMatchObject({ label: 'Law', name: 'Executive Order on Protecting Port Crane Software' });
    expect(relations.filter((r) => r.type === 'RESTRICTS').map((r) => `${r.start} ${r.end}`)).toEqual([`${CRANE} ${LIDAR}`, `${CRANE} ${ORRIN}`]);
  });
  it('is named by "this section" as by "this order"', () => {
    expect(byOrder('(f) This section prohibits the purchase of thermal cameras from Kestrel Marine Corp.')).toEqual([CAMERAS, KESTREL].sort());
  });
  it('is not named by the heading of a part of it: a US Code section heads the section, not the act', () => {
    const section = '# § 9901. Prohibition on certain purchases\n\n(a) In general. No person may install lidar sensors made by Orrin Robotics Inc.';
    const entry: ManifestEntry = { id: 'inline', title: '47 U.S.C. 9901: Prohibition on certain purchases (Example Networks Act of 2030, Pub. L. 121-1)', jurisdiction: 'us', kind: 'report', language: 'en', format: 'markdown', file: 'inline.md' };
    const file: SourceFile = { path: 'inline.md', entry, text: section, sha256: crypto.createHash('sha256').update(section).digest('hex') };
    const { rec } = analyseReport(parseReport(file), testCatalog(), entry);
    expect(rec.sentences.flatMap((f) => f.mentions.filter((m) => m.via === SELF_RULE).map((m) => m.surface))).toEqual([]);
  });
  it('leaves a report under a title that names no instrument without an actor', () => {
    const report = ['# A note on port crane software', '', 'Section 1. Prohibition. No person may install lidar sensors made by Orrin Robotics Inc.'].join('\n');
    expect(analyseMarkdown(report).relations.filter((r) => r.type === 'RESTRICTS')).toEqual([]);
  });
});

// A provision that binds a class of traders, not everyone nor public bodies (helper-298, issue 15): "No importer may
// ...", "No UAS manufacturer shall ..." is the instrument's prohibition as "No person may ..." is. Own sentences; the
// first three read nothing before (main 4c96bbae).
describe("an instrument's provision that binds a class of traders", () => {
  it('is its prohibition of what they may not import, sell or install, and of its maker', () => {
    expect(byOrder('(a) No drone manufacturer may knowingly import lidar sensors made by Orrin Robotics Inc.')).toEqual([LIDAR, ORRIN].sort());
    expect(byOrder('(b) No importer or distributor shall sell thermal cameras produced by Velmar Optics Ltd.')).toEqual([CAMERAS, VELMAR].sort());
    expect(byOrder('(c) No port terminal operator may install lidar sensors supplied by Orrin Robotics Inc. on a crane.')).toEqual([LIDAR, ORRIN].sort());
  });
  it('is none where the class is no trader, a body is named in its subject, or the text is no instrument', () => {
    // Not a class of traders: a provision on something else.
    expect(byOrder('(d) No later than 90 days after the date of this order, thermal cameras produced by Velmar Optics Ltd. may be reviewed.')).toEqual([]);
    // A body in the subject acts itself, not the order.
    expect(byOrder('(e) No manufacturer licensed by the Department of Commerce may sell thermal cameras produced by Velmar Optics Ltd.')).toEqual([]);
    // A report quoting such a provision names no instrument that acts.
    expect(statedRelations('No drone manufacturer may import lidar sensors made by Orrin Robotics Inc., the briefing notes.')).toEqual([]);
  });
});
