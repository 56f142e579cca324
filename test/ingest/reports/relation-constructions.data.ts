// The construction matrix of the relation reader: each predicate the rules know, stated in each common construction, in
// the team's own sentences (real public bodies and laws, invented companies and goods of kinds the recognizer knows), and
// constructions that state no relation (relation-constructions.test.ts reads them). A row whose relations the reader
// does not read today records what it reads instead (`today`) and why (`gap`): the table documents the gaps, and its
// test fails when the reader's behaviour on a row changes either way.
import { BIS, FCC, KESTREL, MARROWBY, OFAC, VELDRY } from './ids.ts';

export const COMMERCE = 'authority:us-commerce';
export const USTR = 'authority:~united-states-trade-representative';
export const STATE = 'authority:~state-department';
export const EAR = 'law:us:export-administration-regulations';
export const ECRA = 'law:us:export-control-reform-act';
export const SEA = 'law:us:secure-equipment-act';
export const R155 = 'law:intl:un-r155';
export const TRADE_ACT = 'law:us:trade-act-1974';
export const EO_14024 = 'law:~executive-order-14024';
export const ENTITY_LIST = 'law:us:entity-list';
export const COVERED_LIST = 'law:us:fcc-covered-list';
export const CRANES = 'product:~harbour-crane';
export const FORKLIFTS = 'product:~forklift-truck';
export const LIDAR = 'product:~lidar-sensor';
export const DRONES = 'product:drones';
export const CHINA = 'jur:cn';
export const MOFCOM = 'authority:mofcom';
export const GACC = 'authority:~海关总署';
export const STATE_COUNCIL = 'authority:state-council';
export const EXPORT_CONTROL_LAW = 'law:~出口管制法';
export const UEL = 'law:~不可靠实体清单';
export const ZH_KESTREL = 'company:~凯斯特雷尔起重机有限公司';
export const ZH_MARROWBY = 'company:~马罗比电缆有限公司';
export const ZH_LIDAR = 'product:~激光雷达';
export const US = 'jur:us';
export const RUSSIA = 'jur:ru';
export const OPSS = 'authority:~office-for-product-safety-and-standards';
export const CONNECTABLE = 'product:~connectable-product';
export const EU_COMMISSION = 'authority:european-commission';
export const DNS_SERVICES = 'technology:~dns-service';
export const CLOUD_SERVICES = 'technology:~cloud-computing-service';
export const MARKETPLACES = 'product:~online-marketplace';
export const CONGRESS = 'authority:us-congress';

export type Predicate = 'restricts' | 'bans' | 'tariffs' | 'adds-to-list' | 'designates' | 'investigates' | 'regulates' | 'zh';

export type Construction =
  | 'active'
  | 'passive-by'
  | 'passive-under'
  | 'nominal-by'
  | 'nominal-possessive'
  | 'nominal-under'
  /** The act named by a noun a verb of doing takes, its object after the noun's preposition (relation-rules.yaml nominalShapes `support`). */
  | 'nominal-support'
  | 'active-under'
  | 'agentless'
  | 'coordinated-objects'
  | 'coordinated-actors'
  | 'relative'
  | 'infinitive'
  | 'modal'
  | 'interposed'
  | 'status'
  | 'power'
  | 'apposition'
  | 'initial-pp'
  /** A lead-in and the table after it, each row's member (the column its header names) an item of the lead-in (tables.ts). */
  | 'table'
  | 'negative';

export interface Row {
  predicate: Predicate;
  construction: Construction;
  text: string;
  /** The relations the sentence states, `start TYPE end` (tariffs and bans are RESTRICTS). Empty: it states none. */
  want: string[];
  /** The entities the sentence must be read with (besides those of `want`): a row tests relation reading, not recognition. */
  ends?: string[];
  language?: 'zh';
  /** What the reader reads today where it is not `want`, sorted. */
  today?: string[];
  /** Why `today` differs from `want`. */
  gap?: string;
}

const r = (s: string, type: string, ...os: string[]): string[] => os.map((o) => `${s} ${type} ${o}`);
const RESTRICTS = 'RESTRICTS';
const ADDS = 'ADDS_TO_LIST';
const DESIGNATES = 'DESIGNATES';
const INVESTIGATES = 'INVESTIGATES';
const REGULATES = 'REGULATES';

export const ROWS: Row[] = [
  // ------------------------------------------------------------------ restricts
  { predicate: 'restricts', construction: 'active', text: 'The Department of Commerce restricts exports of harbour cranes.', want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'passive-by', text: 'Exports of harbour cranes are restricted by the Department of Commerce.', want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'passive-under', text: 'Exports of harbour cranes are restricted under the Export Administration Regulations.', want: r(EAR, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'nominal-by', text: 'The restrictions on harbour cranes by the Department of Commerce took effect in May.', want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'nominal-possessive', text: "The Department of Commerce's restrictions on harbour cranes took effect in May.", want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'nominal-support', text: 'The Department of Commerce issued an embargo against Kestrel Cranes Ltd. in May.', want: r(COMMERCE, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'nominal-support', text: 'The Bureau of Industry and Security issued a temporary denial order against Kestrel Cranes Ltd. in May.', want: r(BIS, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'nominal-under', text: 'Restrictions on harbour cranes imposed under the Export Administration Regulations took effect in May.', want: r(EAR, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Department of Commerce restricts harbour cranes, forklift trucks and lidar sensors.', want: r(COMMERCE, RESTRICTS, CRANES, FORKLIFTS, LIDAR) },
  { predicate: 'restricts', construction: 'coordinated-actors', text: 'The Department of Commerce and the Federal Communications Commission restrict harbour cranes.', want: [...r(COMMERCE, RESTRICTS, CRANES), ...r(FCC, RESTRICTS, CRANES)] },
  { predicate: 'restricts', construction: 'relative', text: 'The Export Administration Regulations, which restrict harbour cranes, were amended in May.', want: r(EAR, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'relative', text: 'Harbour cranes, which the Department of Commerce restricted in May, are made in many countries.', want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'infinitive', text: 'The Department of Commerce moved to restrict harbour cranes.', want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'modal', text: 'The Department of Commerce will restrict exports of harbour cranes.', want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'apposition', text: 'The Bureau of Industry and Security, an agency of the Department of Commerce, restricts exports of harbour cranes.', want: r(BIS, RESTRICTS, CRANES), ends: [COMMERCE] },
  { predicate: 'restricts', construction: 'apposition', text: 'The Department of Commerce, in a rule published on 3 May, restricted exports of harbour cranes.', want: r(COMMERCE, RESTRICTS, CRANES) },
  { predicate: 'restricts', construction: 'initial-pp', text: 'Under the Export Control Reform Act of 2018, the Department of Commerce restricts exports of harbour cranes.', want: r(COMMERCE, RESTRICTS, CRANES), ends: [ECRA] },
  { predicate: 'restricts', construction: 'active', text: 'The Department of Commerce restricted exports of harbour cranes to China.', want: r(COMMERCE, RESTRICTS, CRANES, CHINA) },
  // ------------------------------------------------------------------ bans, prohibits
  { predicate: 'bans', construction: 'active', text: 'The Federal Communications Commission bans imports of lidar sensors.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'passive-by', text: 'Imports of lidar sensors are banned by the Federal Communications Commission.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'passive-under', text: 'Imports of lidar sensors are prohibited under the Secure Equipment Act of 2021.', want: r(SEA, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'nominal-by', text: 'The ban on lidar sensors by the Federal Communications Commission took effect in May.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'nominal-possessive', text: "The Federal Communications Commission's ban on lidar sensors took effect in May.", want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'nominal-under', text: 'The prohibition on lidar sensors imposed under the Secure Equipment Act of 2021 took effect in May.', want: r(SEA, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'coordinated-objects', text: 'The Federal Communications Commission bans lidar sensors, harbour cranes and forklift trucks.', want: r(FCC, RESTRICTS, LIDAR, CRANES, FORKLIFTS) },
  { predicate: 'bans', construction: 'coordinated-actors', text: 'The Federal Communications Commission and the Department of Commerce prohibit imports of lidar sensors.', want: [...r(FCC, RESTRICTS, LIDAR), ...r(COMMERCE, RESTRICTS, LIDAR)] },
  { predicate: 'bans', construction: 'relative', text: 'The Secure Equipment Act of 2021, which bans lidar sensors, took effect in May.', want: r(SEA, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'modal', text: 'The Federal Communications Commission will prohibit imports of lidar sensors.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'infinitive', text: 'The Federal Communications Commission voted to bar lidar sensors.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'apposition', text: 'The Federal Communications Commission, the U.S. communications regulator, bans imports of lidar sensors.', want: r(FCC, RESTRICTS, LIDAR), today: ['authority:~communications-regulator RESTRICTS product:~lidar-sensor'], gap: "a definite apposition is read as a body of its own (recognition), and the apposition, not the name before it, is taken as the actor" },
  { predicate: 'bans', construction: 'initial-pp', text: 'Under the Secure Equipment Act of 2021, the Federal Communications Commission prohibits lidar sensors.', want: r(FCC, RESTRICTS, LIDAR), ends: [SEA] },
  // ------------------------------------------------------------------ imposes tariffs on
  { predicate: 'tariffs', construction: 'active', text: 'The United States Trade Representative imposed tariffs on harbour cranes.', want: r(USTR, RESTRICTS, CRANES) },
  { predicate: 'tariffs', construction: 'active', text: 'The United States Trade Representative imposed tariffs on imports from China.', want: r(USTR, RESTRICTS, CHINA) },
  { predicate: 'tariffs', construction: 'passive-by', text: 'Tariffs were imposed on drones by the United States Trade Representative.', want: r(USTR, RESTRICTS, DRONES) },
  { predicate: 'tariffs', construction: 'passive-by', text: 'Tariffs were imposed on imports of harbour cranes by the United States Trade Representative.', want: r(USTR, RESTRICTS, CRANES) },
  { predicate: 'tariffs', construction: 'passive-under', text: 'Tariffs were imposed on drones under the Trade Act of 1974.', want: r(TRADE_ACT, RESTRICTS, DRONES) },
  { predicate: 'tariffs', construction: 'nominal-by', text: 'The tariffs imposed on drones by the United States Trade Representative remain in place.', want: r(USTR, RESTRICTS, DRONES) },
  { predicate: 'tariffs', construction: 'nominal-possessive', text: "The United States Trade Representative's tariffs on harbour cranes remain in place.", want: r(USTR, RESTRICTS, CRANES) },
  { predicate: 'tariffs', construction: 'nominal-under', text: 'Tariffs on harbour cranes imposed under Section 301 of the Trade Act of 1974 remain in place.', want: r(TRADE_ACT, RESTRICTS, CRANES) },
  { predicate: 'tariffs', construction: 'coordinated-objects', text: 'The United States Trade Representative imposed tariffs on harbour cranes, forklift trucks and lidar sensors.', want: r(USTR, RESTRICTS, CRANES, FORKLIFTS, LIDAR) },
  { predicate: 'tariffs', construction: 'coordinated-actors', text: 'The United States Trade Representative and the Department of Commerce imposed tariffs on harbour cranes.', want: [...r(USTR, RESTRICTS, CRANES), ...r(COMMERCE, RESTRICTS, CRANES)] },
  { predicate: 'tariffs', construction: 'relative', text: 'The United States Trade Representative, which imposed tariffs on harbour cranes in May, opened a review.', want: r(USTR, RESTRICTS, CRANES) },
  { predicate: 'tariffs', construction: 'infinitive', text: 'The United States Trade Representative moved to impose tariffs on harbour cranes.', want: r(USTR, RESTRICTS, CRANES) },
  { predicate: 'tariffs', construction: 'modal', text: 'The United States Trade Representative will impose tariffs on harbour cranes.', want: r(USTR, RESTRICTS, CRANES) },
  { predicate: 'tariffs', construction: 'initial-pp', text: 'Under Section 301 of the Trade Act of 1974, the United States Trade Representative imposed tariffs on harbour cranes.', want: r(USTR, RESTRICTS, CRANES), ends: [TRADE_ACT] },
  { predicate: 'tariffs', construction: 'active', text: 'The United States Trade Representative raised tariffs on harbour cranes to 50 percent.', want: r(USTR, RESTRICTS, CRANES) },
  // ------------------------------------------------------------------ adds to a list
  { predicate: 'adds-to-list', construction: 'active', text: 'The Bureau of Industry and Security added Kestrel Cranes Ltd. to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'active', text: 'The Bureau of Industry and Security placed Kestrel Cranes Ltd. on the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'passive-by', text: 'Kestrel Cranes Ltd. was added to the Entity List by the Bureau of Industry and Security.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'passive-under', text: 'Kestrel Cranes Ltd. was added to the Entity List under the Export Administration Regulations.', want: r(EAR, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'nominal-by', text: 'The addition of Kestrel Cranes Ltd. to the Entity List by the Bureau of Industry and Security took effect in May.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'nominal-possessive', text: "The Bureau of Industry and Security's addition of Kestrel Cranes Ltd. to the Entity List took effect in May.", want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'coordinated-objects', text: 'The Bureau of Industry and Security added Kestrel Cranes Ltd., Marrowby Cable Co. Ltd. and Veldry Trawl Ltd. to the Entity List.', want: r(BIS, ADDS, KESTREL, MARROWBY, VELDRY), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'coordinated-actors', text: 'The Federal Communications Commission and the Department of Commerce added harbour cranes to the Covered List.', want: [...r(FCC, ADDS, CRANES), ...r(COMMERCE, ADDS, CRANES)], ends: [COVERED_LIST] },
  { predicate: 'adds-to-list', construction: 'relative', text: 'Kestrel Cranes Ltd., which the Bureau of Industry and Security added to the Entity List in May, makes harbour cranes.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'infinitive', text: 'The Bureau of Industry and Security moved to add Kestrel Cranes Ltd. to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'modal', text: 'The Bureau of Industry and Security will add Kestrel Cranes Ltd. to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'apposition', text: 'The Bureau of Industry and Security added Kestrel Cranes Ltd., a Norland-based maker of harbour cranes, to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST, CRANES] },
  { predicate: 'adds-to-list', construction: 'initial-pp', text: 'On 3 May, the Bureau of Industry and Security added Kestrel Cranes Ltd. to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'initial-pp', text: 'Under the Export Control Reform Act of 2018, the Bureau of Industry and Security added Kestrel Cranes Ltd. to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST, ECRA] },
  // ------------------------------------------------------------------ designates
  { predicate: 'designates', construction: 'active', text: 'The Office of Foreign Assets Control designated Kestrel Cranes Ltd.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'passive-by', text: 'Kestrel Cranes Ltd. was designated by the Office of Foreign Assets Control.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'passive-under', text: 'Kestrel Cranes Ltd. was designated under Executive Order 14024.', want: r(EO_14024, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'nominal-by', text: 'The designation of Kestrel Cranes Ltd. by the Office of Foreign Assets Control took effect immediately.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'nominal-possessive', text: "The Office of Foreign Assets Control's designation of Kestrel Cranes Ltd. took effect immediately.", want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'nominal-support', text: 'The Office of Foreign Assets Control published a designation of Kestrel Cranes Ltd. in May.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'coordinated-objects', text: 'The Office of Foreign Assets Control designated Kestrel Cranes Ltd., Marrowby Cable Co. Ltd. and Veldry Trawl Ltd.', want: r(OFAC, DESIGNATES, KESTREL, MARROWBY, VELDRY) },
  { predicate: 'designates', construction: 'coordinated-actors', text: 'The Office of Foreign Assets Control and the Department of State designated Kestrel Cranes Ltd.', want: [...r(OFAC, DESIGNATES, KESTREL), ...r(STATE, DESIGNATES, KESTREL)] },
  { predicate: 'designates', construction: 'relative', text: 'Kestrel Cranes Ltd., which the Office of Foreign Assets Control designated in May, makes harbour cranes.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'infinitive', text: 'The Office of Foreign Assets Control moved to designate Kestrel Cranes Ltd.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'modal', text: 'The Office of Foreign Assets Control will designate Kestrel Cranes Ltd.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'designates', construction: 'initial-pp', text: 'Pursuant to Executive Order 14024, the Office of Foreign Assets Control designated Kestrel Cranes Ltd.', want: r(OFAC, DESIGNATES, KESTREL), ends: [EO_14024] },
  // ------------------------------------------------------------------ investigates
  { predicate: 'investigates', construction: 'active', text: 'The Department of Commerce is investigating Kestrel Cranes Ltd.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'investigates', construction: 'active', text: 'The Department of Commerce opened an investigation into imports of harbour cranes.', want: r(COMMERCE, INVESTIGATES, CRANES) },
  { predicate: 'investigates', construction: 'passive-by', text: 'Kestrel Cranes Ltd. is being investigated by the Department of Commerce.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'investigates', construction: 'nominal-by', text: 'The investigation of Kestrel Cranes Ltd. by the Department of Commerce began in May.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'investigates', construction: 'nominal-possessive', text: "The Department of Commerce's investigation into harbour cranes began in May.", want: r(COMMERCE, INVESTIGATES, CRANES) },
  { predicate: 'investigates', construction: 'coordinated-objects', text: 'The Department of Commerce is investigating Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.', want: r(COMMERCE, INVESTIGATES, KESTREL, MARROWBY) },
  { predicate: 'investigates', construction: 'coordinated-actors', text: 'The Department of Commerce and the Federal Communications Commission are investigating Kestrel Cranes Ltd.', want: [...r(COMMERCE, INVESTIGATES, KESTREL), ...r(FCC, INVESTIGATES, KESTREL)] },
  { predicate: 'investigates', construction: 'relative', text: 'Kestrel Cranes Ltd., which the Department of Commerce is investigating, makes harbour cranes.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'investigates', construction: 'infinitive', text: 'The Department of Commerce moved to investigate Kestrel Cranes Ltd.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'investigates', construction: 'apposition', text: 'The Department of Commerce, acting on a petition, is investigating Kestrel Cranes Ltd.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'investigates', construction: 'initial-pp', text: 'Under the Export Control Reform Act of 2018, the Department of Commerce is investigating Kestrel Cranes Ltd.', want: r(COMMERCE, INVESTIGATES, KESTREL), ends: [ECRA] },
  // ------------------------------------------------------------------ regulates
  { predicate: 'regulates', construction: 'active', text: 'The Federal Communications Commission regulates lidar sensors.', want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'passive-by', text: 'Lidar sensors are regulated by the Federal Communications Commission.', want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'passive-under', text: 'Lidar sensors are regulated under the Secure Equipment Act of 2021.', want: r(SEA, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'initial-pp', text: 'Under the Secure Equipment Act of 2021, drones are governed by common rules.', want: r(SEA, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'negative', text: 'Drones were not regulated under the Secure Equipment Act of 2021.', want: [], ends: [SEA, DRONES] },
  { predicate: 'regulates', construction: 'nominal-possessive', text: "The Federal Communications Commission's regulation of lidar sensors began in 2021.", want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'nominal-by', text: 'The regulation of drones by the Federal Communications Commission began in 2021.', want: r(FCC, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'coordinated-objects', text: 'The Federal Communications Commission regulates lidar sensors, harbour cranes and forklift trucks.', want: r(FCC, REGULATES, LIDAR, CRANES, FORKLIFTS) },
  { predicate: 'regulates', construction: 'coordinated-actors', text: 'The Federal Communications Commission and the Department of Commerce regulate lidar sensors.', want: [...r(FCC, REGULATES, LIDAR), ...r(COMMERCE, REGULATES, LIDAR)] },
  { predicate: 'regulates', construction: 'relative', text: 'The Secure Equipment Act of 2021, which regulates lidar sensors, took effect in 2021.', want: r(SEA, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'modal', text: 'The Federal Communications Commission will regulate lidar sensors.', want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'initial-pp', text: 'Under the Secure Equipment Act of 2021, the Federal Communications Commission regulates lidar sensors.', want: r(FCC, REGULATES, LIDAR), ends: [SEA] },
  // ------------------------------------------------------------------ Chinese
  { predicate: 'zh', construction: 'active', language: 'zh', text: '商务部对无人机实施出口管制。', want: r(MOFCOM, RESTRICTS, DRONES) },
  { predicate: 'zh', construction: 'active', language: 'zh', text: '商务部将凯斯特雷尔起重机有限公司列入不可靠实体清单。', want: r(MOFCOM, ADDS, ZH_KESTREL), ends: [UEL] },
  { predicate: 'zh', construction: 'active', language: 'zh', text: '国务院决定对原产于美国的无人机加征25%的关税。', want: [...r(STATE_COUNCIL, RESTRICTS, DRONES), ...r(STATE_COUNCIL, RESTRICTS, US)] },
  { predicate: 'zh', construction: 'active', language: 'zh', text: '海关总署禁止进口激光雷达。', want: r(GACC, RESTRICTS, ZH_LIDAR) },
  { predicate: 'zh', construction: 'active', language: 'zh', text: '商务部对原产于美国的激光雷达发起反倾销调查。', want: r(MOFCOM, INVESTIGATES, ZH_LIDAR), ends: [US] },
  { predicate: 'zh', construction: 'passive-by', language: 'zh', text: '凯斯特雷尔起重机有限公司被商务部列入不可靠实体清单。', want: r(MOFCOM, ADDS, ZH_KESTREL), ends: [UEL] },
  { predicate: 'zh', construction: 'coordinated-objects', language: 'zh', text: '商务部将凯斯特雷尔起重机有限公司、马罗比电缆有限公司列入不可靠实体清单。', want: r(MOFCOM, ADDS, ZH_KESTREL, ZH_MARROWBY), ends: [UEL] },
  { predicate: 'zh', construction: 'initial-pp', language: 'zh', text: '根据《出口管制法》，商务部对无人机实施出口管制。', want: r(MOFCOM, RESTRICTS, DRONES), ends: [EXPORT_CONTROL_LAW] },
  { predicate: 'zh', construction: 'modal', language: 'zh', text: '商务部决定对激光雷达实施出口管制。', want: r(MOFCOM, RESTRICTS, ZH_LIDAR) },
  { predicate: 'zh', construction: 'nominal-possessive', language: 'zh', text: '商务部对无人机的出口管制自5月起施行。', want: r(MOFCOM, RESTRICTS, DRONES) },
  { predicate: 'zh', construction: 'nominal-possessive', language: 'zh', text: '商务部对凯斯特雷尔起重机有限公司的调查仍在进行。', want: r(MOFCOM, INVESTIGATES, ZH_KESTREL) },
  { predicate: 'zh', construction: 'negative', language: 'zh', text: '商务部对无人机的看法没有改变。', want: [], ends: [MOFCOM, DRONES] },
  { predicate: 'zh', construction: 'negative', language: 'zh', text: '商务部没有将凯斯特雷尔起重机有限公司列入不可靠实体清单。', want: [], ends: [MOFCOM, ZH_KESTREL, UEL] },
  { predicate: 'zh', construction: 'negative', language: 'zh', text: '商务部是否将对无人机实施出口管制？', want: [], ends: [MOFCOM, DRONES] },
  // ------------------------------------------------------------------ more shapes, any predicate
  { predicate: 'adds-to-list', construction: 'passive-by', text: 'Kestrel Cranes Ltd., a Norland-based maker of harbour cranes, was added to the Entity List by the Bureau of Industry and Security in May.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST, CRANES] },
  { predicate: 'adds-to-list', construction: 'passive-by', text: 'Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd. were added to the Entity List by the Bureau of Industry and Security.', want: r(BIS, ADDS, KESTREL, MARROWBY), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'passive-by', text: 'Kestrel Cranes Ltd. was among the companies added to the Entity List by the Bureau of Industry and Security.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'designates', construction: 'passive-by', text: 'Kestrel Cranes Ltd. is one of twelve entities designated by the Office of Foreign Assets Control.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'restricts', construction: 'passive-by', text: 'Kestrel Cranes Ltd. was among the firms that had been sanctioned by the Office of Foreign Assets Control.', want: r(OFAC, RESTRICTS, KESTREL) },
  { predicate: 'adds-to-list', construction: 'relative', text: 'Kestrel Cranes Ltd. was one of twelve companies that the Bureau of Industry and Security added to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'relative', text: 'The Entity List, to which the Bureau of Industry and Security added Kestrel Cranes Ltd. in May, names hundreds of companies.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST], today: [], gap: "a relative clause on the list ('the Entity List, to which Y added X'): the addition's destination comes before its actor" },
  { predicate: 'adds-to-list', construction: 'apposition', text: 'The Bureau of Industry and Security, the agency that administers export controls, added Kestrel Cranes Ltd. to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'active', text: 'The Bureau of Industry and Security blacklisted Kestrel Cranes Ltd.', want: r(BIS, ADDS, KESTREL) },
  { predicate: 'designates', construction: 'passive-by', text: 'Designated by the Office of Foreign Assets Control in May, Kestrel Cranes Ltd. makes harbour cranes.', want: r(OFAC, DESIGNATES, KESTREL), ends: [CRANES], today: [], gap: "a fronted participle clause whose subject is the main clause's subject" },
  { predicate: 'designates', construction: 'active', text: 'The Bureau of Industry and Security designated Kestrel Cranes Ltd. as a military end user.', want: r(BIS, DESIGNATES, KESTREL) },
  { predicate: 'restricts', construction: 'active', text: 'The Office of Foreign Assets Control sanctioned Kestrel Cranes Ltd.', want: r(OFAC, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'active', text: 'The Department of Commerce imposed export controls on lidar sensors.', want: r(COMMERCE, RESTRICTS, LIDAR) },
  { predicate: 'restricts', construction: 'nominal-by', text: 'Export controls on lidar sensors announced by the Bureau of Industry and Security took effect in May.', want: r(BIS, RESTRICTS, LIDAR) },
  { predicate: 'restricts', construction: 'passive-by', text: 'Kestrel Cranes Ltd. faces export restrictions imposed by the Bureau of Industry and Security.', want: r(BIS, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'passive-by', text: 'Kestrel Cranes Ltd. is subject to sanctions imposed by the Office of Foreign Assets Control.', want: r(OFAC, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'coordinated-actors', text: 'The Department of Commerce has restricted, and the Federal Communications Commission has banned, lidar sensors.', want: [...r(COMMERCE, RESTRICTS, LIDAR), ...r(FCC, RESTRICTS, LIDAR)] },
  { predicate: 'bans', construction: 'nominal-possessive', text: "The Federal Communications Commission's decision to ban lidar sensors took effect in May.", want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'nominal-possessive', text: "The Federal Communications Commission's restrictions on lidar sensors, which took effect in May, cover all models.", want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'initial-pp', text: 'Citing national security, the Federal Communications Commission banned lidar sensors.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'initial-pp', text: 'Last year the Federal Communications Commission banned lidar sensors.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'active', text: 'The Federal Communications Commission banned lidar sensors made by Kestrel Cranes Ltd.', want: r(FCC, RESTRICTS, LIDAR, KESTREL) },
  { predicate: 'bans', construction: 'infinitive', text: 'The Secure Equipment Act of 2021 requires the Federal Communications Commission to ban lidar sensors.', want: r(FCC, RESTRICTS, LIDAR), ends: [SEA] },
  { predicate: 'tariffs', construction: 'active', text: 'The United States Trade Representative levied duties on drones.', want: r(USTR, RESTRICTS, DRONES) },
  { predicate: 'investigates', construction: 'passive-by', text: 'Kestrel Cranes Ltd. is under investigation by the Department of Commerce.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'investigates', construction: 'active', text: 'The Department of Commerce launched a Section 232 investigation of lidar sensors.', want: r(COMMERCE, INVESTIGATES, LIDAR) },
  { predicate: 'regulates', construction: 'active', text: 'The Federal Communications Commission sets security requirements for lidar sensors.', want: r(FCC, REGULATES, LIDAR) },
  // A ban on exporting to a party restricts the party, not the goods named after the verb (the development set's convention:
  // recognition-dev31's "不得向上述实体供应惯性导航模块" restricts the entities only).
  { predicate: 'zh', construction: 'active', language: 'zh', text: '商务部禁止向凯斯特雷尔起重机有限公司出口无人机。', want: r(MOFCOM, RESTRICTS, ZH_KESTREL), ends: [DRONES] },
  { predicate: 'zh', construction: 'coordinated-actors', language: 'zh', text: '海关总署和商务部禁止进口激光雷达。', want: [...r(GACC, RESTRICTS, ZH_LIDAR), ...r(MOFCOM, RESTRICTS, ZH_LIDAR)] },
  { predicate: 'zh', construction: 'active', language: 'zh', text: '美国商务部对凯斯特雷尔起重机有限公司实施制裁。', want: r(COMMERCE, RESTRICTS, ZH_KESTREL) },
  { predicate: 'zh', construction: 'negative', language: 'zh', text: '凯斯特雷尔起重机有限公司被列入不可靠实体清单。', want: [], ends: [ZH_KESTREL, UEL] },
  { predicate: 'adds-to-list', construction: 'passive-by', text: 'Kestrel Cranes Ltd. was added by the Bureau of Industry and Security to the Entity List.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'bans', construction: 'relative', text: 'A ban on lidar sensors, which the Federal Communications Commission adopted in 2022, remains in force.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'designates', construction: 'relative', text: 'The designation of Kestrel Cranes Ltd. that the Office of Foreign Assets Control announced in May was widely expected.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'investigates', construction: 'relative', text: 'The investigation into Kestrel Cranes Ltd., which the Department of Commerce opened in May, continues.', want: r(COMMERCE, INVESTIGATES, KESTREL) },
  { predicate: 'bans', construction: 'coordinated-objects', text: 'The Federal Communications Commission banned not only lidar sensors but also drones.', want: r(FCC, RESTRICTS, LIDAR, DRONES) },
  { predicate: 'regulates', construction: 'coordinated-actors', text: 'Lidar sensors must comply with UN Regulation No. 155 and the Secure Equipment Act of 2021.', want: [...r(R155, REGULATES, LIDAR), ...r(SEA, REGULATES, LIDAR)] },
  { predicate: 'regulates', construction: 'modal', text: 'Drones shall conform to the requirements of the Secure Equipment Act of 2021.', want: r(SEA, REGULATES, DRONES) },
  { predicate: 'restricts', construction: 'active', text: 'The Department of Commerce revoked the export licences granted to Kestrel Cranes Ltd.', want: r(COMMERCE, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'apposition', text: 'In September the Department of Commerce suspended two export licences held by Kestrel Cranes Ltd., a Norland-based maker of harbour cranes.', want: r(COMMERCE, RESTRICTS, KESTREL), ends: [CRANES] },
  { predicate: 'restricts', construction: 'apposition', text: 'The Bureau of Industry and Security, the export control agency of the Department of Commerce, restricted exports of lidar sensors.', want: r(BIS, RESTRICTS, LIDAR), ends: [COMMERCE] },
  { predicate: 'adds-to-list', construction: 'apposition', text: 'Kestrel Cranes Ltd., the company that makes harbour cranes, was added to the Entity List by the Bureau of Industry and Security.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST, CRANES] },
  { predicate: 'bans', construction: 'modal', text: 'The Federal Communications Commission will no longer authorize new lidar sensors.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'modal', text: 'The Federal Communications Commission does not license drones made by Kestrel Cranes Ltd.', want: r(FCC, RESTRICTS, DRONES, KESTREL) },
  { predicate: 'designates', construction: 'relative', text: 'Kestrel Cranes Ltd. is among the firms that the Office of Foreign Assets Control designated in May.', want: r(OFAC, DESIGNATES, KESTREL) },
  { predicate: 'regulates', construction: 'infinitive', text: 'The Federal Communications Commission requires drones to meet cybersecurity standards.', want: r(FCC, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'passive-by', text: 'Drones fall under the jurisdiction of the Federal Communications Commission.', want: r(FCC, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'active', text: 'The Federal Communications Commission has jurisdiction over drones.', want: r(FCC, REGULATES, DRONES), today: [], gap: 'recognition bounds: the goods phrase is read as "jurisdiction over drones" (a tentative Product settled to drones only after the relations are read), so no rule finds drones after "jurisdiction over"' },
  { predicate: 'tariffs', construction: 'active', text: 'The United States Trade Representative targeted China with tariffs.', want: r(USTR, RESTRICTS, CHINA) },
  { predicate: 'regulates', construction: 'infinitive', text: 'The Federal Communications Commission requires that every drone sold in the United States report its location.', want: r(FCC, REGULATES, DRONES) },
  // A nominal act with a relative clause that names its actor, after its objects (their origin, maker or conjunct between)
  // or between the noun and its object: the clause's subject acts, not the main clause's ("builds on", "cited").
  { predicate: 'restricts', construction: 'relative', text: 'The Secure Equipment Act of 2021 builds on the restrictions on drones and harbour cranes that the Department of Commerce adopted in May.', want: r(COMMERCE, RESTRICTS, DRONES, CRANES), ends: [SEA] },
  { predicate: 'restricts', construction: 'relative', text: 'The restrictions on transactions involving drones from China that the Department of Commerce adopted in May remain in force.', want: r(COMMERCE, RESTRICTS, DRONES, CHINA) },
  { predicate: 'bans', construction: 'relative', text: 'The Federal Communications Commission welcomed the ban on harbour cranes made by Kestrel Cranes Ltd. that the Department of Commerce imposed in May.', want: r(COMMERCE, RESTRICTS, CRANES, KESTREL), ends: [FCC] },
  { predicate: 'tariffs', construction: 'relative', text: 'The tariffs that the United States Trade Representative imposed in 2019 on drones remain in place.', want: r(USTR, RESTRICTS, DRONES) },
  { predicate: 'investigates', construction: 'relative', text: 'The Federal Communications Commission cited the investigation that the Department of Commerce opened last year into drones and harbour cranes.', want: r(COMMERCE, INVESTIGATES, DRONES, CRANES), ends: [FCC] },
  // Goods or a company "subject to" a measure named with its issuer's participle, its instrument after "in", or the goods'
  // maker before the verb; a measure's reason names no target ("for supplying drones to Russia").
  { predicate: 'tariffs', construction: 'passive-by', text: 'Drones are subject to a 25 percent tariff announced by the United States Trade Representative.', want: r(USTR, RESTRICTS, DRONES) },
  { predicate: 'restricts', construction: 'passive-by', text: 'Kestrel Cranes Ltd. became subject to export controls administered by the Bureau of Industry and Security.', want: r(BIS, RESTRICTS, KESTREL) },
  { predicate: 'bans', construction: 'passive-under', text: 'Drones are now subject to the prohibition in the Secure Equipment Act of 2021.', want: r(SEA, RESTRICTS, DRONES) },
  { predicate: 'bans', construction: 'passive-by', text: 'Drones made by Kestrel Cranes Ltd. are subject to the ban imposed by the Federal Communications Commission.', want: r(FCC, RESTRICTS, DRONES, KESTREL) },
  { predicate: 'restricts', construction: 'active', text: 'The Office of Foreign Assets Control sanctioned Kestrel Cranes Ltd. for supplying drones to Russia.', want: r(OFAC, RESTRICTS, KESTREL), ends: [DRONES, RUSSIA] },
  // Other verbs of listing in the passive, and looking into goods as an investigation.
  { predicate: 'adds-to-list', construction: 'passive-by', text: 'Kestrel Cranes Ltd. was named to the Entity List by the Bureau of Industry and Security.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'passive-under', text: 'Under the Export Administration Regulations, Kestrel Cranes Ltd. was named to the Entity List.', want: r(EAR, ADDS, KESTREL), ends: [ENTITY_LIST] },
  { predicate: 'investigates', construction: 'active', text: 'The Department of Commerce has begun looking into drones made by Kestrel Cranes Ltd.', want: r(COMMERCE, INVESTIGATES, DRONES, KESTREL) },
  { predicate: 'investigates', construction: 'negative', text: 'The Department of Commerce will look into drones.', want: [], ends: [COMMERCE, DRONES] },
  // A pronoun after a gerund of means takes up the party the actor's verb names ("took action against X by adding it").
  { predicate: 'adds-to-list', construction: 'infinitive', text: 'The Federal Communications Commission took action against Kestrel Cranes Ltd. by adding it to the Covered List.', want: r(FCC, ADDS, KESTREL), ends: [COVERED_LIST] },
  // The goods and places of a reason given after a named party are no objects of the act on it.
  { predicate: 'designates', construction: 'active', text: 'The Office of Foreign Assets Control designated Kestrel Cranes Ltd. for shipping drones to Russia.', want: r(OFAC, DESIGNATES, KESTREL), ends: [DRONES, RUSSIA] },
  // Phasing goods out restricts them, and their maker after them.
  { predicate: 'restricts', construction: 'infinitive', text: 'The Federal Communications Commission directed agencies to phase out drones made by Kestrel Cranes Ltd.', want: r(FCC, RESTRICTS, DRONES, KESTREL) },
  { predicate: 'restricts', construction: 'negative', text: 'The Department of Commerce will not phase out drones.', want: [], ends: [COMMERCE, DRONES] },
  // Designating goods as a member of a class, the verb a past form the lexicon lacks.
  { predicate: 'designates', construction: 'active', text: 'The Federal Communications Commission designated drones as a national security threat.', want: r(FCC, DESIGNATES, DRONES) },
  // An act done "under" an instrument named after its object is the actor's alone, by the gold convention (evaluate.ts
  // METHOD, bca33b2: read like "pursuant to", it found no held-out relation and made 5 false ones); but for an addition
  // "to the X List under" the instrument that keeps the list, when no modal only directs it.
  { predicate: 'restricts', construction: 'active-under', text: 'The Department of Commerce restricted exports of harbour cranes and forklift trucks under the Export Control Reform Act of 2018.', want: r(COMMERCE, RESTRICTS, CRANES, FORKLIFTS), ends: [ECRA] },
  { predicate: 'restricts', construction: 'active-under', text: 'The Office of Foreign Assets Control froze the assets of Kestrel Cranes Ltd. in May under Executive Order 14024.', want: r(OFAC, RESTRICTS, KESTREL), ends: [EO_14024] },
  { predicate: 'bans', construction: 'active-under', text: 'The Federal Communications Commission has banned lidar sensors under the Secure Equipment Act of 2021.', want: r(FCC, RESTRICTS, LIDAR), ends: [SEA] },
  { predicate: 'tariffs', construction: 'active-under', text: 'The tariffs that the United States Trade Representative imposed on drones under Section 301 of the Trade Act of 1974 remain in place.', want: r(USTR, RESTRICTS, DRONES), ends: [TRADE_ACT] },
  { predicate: 'designates', construction: 'active-under', text: 'The Office of Foreign Assets Control designated Kestrel Cranes Ltd. under Executive Order 14024.', want: r(OFAC, DESIGNATES, KESTREL), ends: [EO_14024] },
  { predicate: 'adds-to-list', construction: 'active-under', text: 'The Bureau of Industry and Security added Kestrel Cranes Ltd. to the Entity List under the Export Administration Regulations.', want: [...r(BIS, ADDS, KESTREL), ...r(EAR, ADDS, KESTREL)], ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'active-under', text: 'The Bureau of Industry and Security shall add Kestrel Cranes Ltd. to the Entity List under the Export Administration Regulations.', want: r(BIS, ADDS, KESTREL), ends: [ENTITY_LIST, EAR] },
  { predicate: 'restricts', construction: 'active-under', text: 'The Department of Commerce restricted harbour cranes that were imported under the Trade Act of 1974.', want: r(COMMERCE, RESTRICTS, CRANES), ends: [TRADE_ACT] },
  // A prohibition in the passive with no agent, on the parties it binds ("Federal agencies are prohibited from purchasing
  // X"), in the present or the perfect: the act of the actor the sentence before names, as an agentless measure's ("A
  // duty is imposed on X") is; in a list, of the item before (items are separate paragraphs). Not a past "were
  // prohibited", which as often tells of an earlier measure, nor after a sentence whose actor is a company.
  { predicate: 'bans', construction: 'agentless', text: 'The Secure Equipment Act of 2021 took effect in May. Federal agencies are prohibited from purchasing drones made by Kestrel Cranes Ltd.', want: r(SEA, RESTRICTS, DRONES, KESTREL) },
  { predicate: 'bans', construction: 'agentless', text: 'The Federal Communications Commission adopted new rules in May. U.S. carriers are now barred from installing lidar sensors.', want: r(FCC, RESTRICTS, LIDAR) },
  { predicate: 'bans', construction: 'agentless', text: '- The Secure Equipment Act of 2021 establishes a ban on the import of new harbour cranes.\n- To protect the grid, executive departments and agencies are prohibited from purchasing drones from Kestrel Cranes Ltd.', want: r(SEA, RESTRICTS, CRANES, DRONES, KESTREL) },
  { predicate: 'tariffs', construction: 'agentless', text: '- The Department of Commerce restricted exports of harbour cranes.\n- Additional tariffs have been levied on forklift trucks.', want: r(COMMERCE, RESTRICTS, CRANES, FORKLIFTS) },
  { predicate: 'bans', construction: 'agentless', text: 'The Secure Equipment Act of 2021 took effect in May. In 2019, federal agencies were prohibited from purchasing drones.', want: [], ends: [SEA, DRONES] },
  { predicate: 'bans', construction: 'agentless', text: 'Kestrel Cranes Ltd. makes harbour cranes. Federal agencies are prohibited from purchasing drones.', want: [], ends: [KESTREL, CRANES, DRONES] },
  // A notice or order that stops a company's trade, issued or served to it, restricts the company ("issued stop notices to
  // two of them, X and Y"), as does any notice whose relative clause bars it from a trade; an enforcement notice, or one
  // that asks something of the company, restricts nothing.
  { predicate: 'restricts', construction: 'active', text: 'The Office for Product Safety and Standards issued a stop notice to Kestrel Cranes Ltd.', want: r(OPSS, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Office for Product Safety and Standards inspected eleven importers. It issued stop notices to two of them, Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd.', want: r(OPSS, RESTRICTS, KESTREL, MARROWBY) },
  { predicate: 'restricts', construction: 'active', text: 'The Federal Communications Commission served a withdrawal order on Kestrel Cranes Ltd.', want: r(FCC, RESTRICTS, KESTREL) },
  { predicate: 'restricts', construction: 'relative', text: 'The Federal Communications Commission issued an order to Kestrel Cranes Ltd. that bars it from selling drones.', want: r(FCC, RESTRICTS, KESTREL, DRONES) },
  { predicate: 'restricts', construction: 'negative', text: 'The Office for Product Safety and Standards issued an enforcement notice to Kestrel Cranes Ltd.', want: [], ends: [OPSS, KESTREL] },
  { predicate: 'restricts', construction: 'negative', text: 'The Office for Product Safety and Standards issued a notice to Kestrel Cranes Ltd. that asks it to report its sales.', want: [], ends: [OPSS, KESTREL] },
  // A later conjunct's generic modifiers, which the thing grammar leaves out of its name, stand in its link to the conjunct
  // before it, as before the first goods ("drone engines, infrared imaging payloads and civilian anti-drone systems"); a
  // ban on a practice on goods so modified still regulates them, no restriction.
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Department of Commerce restricts exports of harbour cranes and military drones.', want: r(COMMERCE, RESTRICTS, CRANES, DRONES) },
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Department of Commerce requires an export licence for harbour cranes, forklift trucks and civilian drones.', want: r(COMMERCE, RESTRICTS, CRANES, FORKLIFTS, DRONES) },
  { predicate: 'regulates', construction: 'coordinated-objects', text: 'The Secure Equipment Act of 2021 bans default passwords on lidar sensors and other relevant connectable products.', want: r(SEA, REGULATES, LIDAR, CONNECTABLE) },
  // A duty laid on parties to report incidents that involve goods, or vehicles fitted with them, regulates the goods; a
  // request to report, or a duty to report something else (sales), regulates nothing.
  { predicate: 'regulates', construction: 'infinitive', text: 'The Federal Communications Commission requires manufacturers to report crashes involving vehicles equipped with lidar sensors.', want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'coordinated-objects', text: 'The Federal Communications Commission requires operators to report incidents involving drones or lidar sensors.', want: r(FCC, REGULATES, DRONES, LIDAR) },
  { predicate: 'regulates', construction: 'apposition', text: 'The Secure Equipment Act of 2021 obliges importers, and through them retailers, to report serious incidents affecting drones.', want: r(SEA, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'negative', text: 'The Federal Communications Commission asked manufacturers to report crashes involving drones.', want: [], ends: [FCC, DRONES] },
  { predicate: 'regulates', construction: 'negative', text: 'The Federal Communications Commission requires manufacturers to report their sales of drones.', want: [], ends: [FCC, DRONES] },
  // So does a grade before them ("Level 2", "Tier 1", "Class 3").
  { predicate: 'regulates', construction: 'coordinated-objects', text: 'The Federal Communications Commission requires operators to report incidents involving drones or Level 2 lidar sensors.', want: r(FCC, REGULATES, DRONES, LIDAR) },
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Department of Commerce restricts exports of harbour cranes and Class 3 drones.', want: r(COMMERCE, RESTRICTS, CRANES, DRONES) },
  // A scope phrase set between the modal and its verb names what the rules the verb makes are for (NIS2 art. 23(11)'s
  // construction, dev44): the objects stand before the verb, each conjunct up to the phrase's close, another adverbial
  // perhaps before the phrase; providers name the service they provide.
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission shall, with respect to drones and harbour cranes, lay down cybersecurity requirements.', want: r(FCC, REGULATES, DRONES, CRANES) },
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission may, with regard to drones, lay down cybersecurity requirements.', want: r(FCC, REGULATES, DRONES) },
  // Every scope preposition of the things grammar (things.yaml scope-prepositions), as the rule reads <SCOPE_PREPOSITION>.
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission may, in regard to drones, lay down cybersecurity requirements.', want: r(FCC, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission shall, where necessary, in respect of lidar sensors, adopt rules on labelling.', want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'interposed', text: 'By 1 May 2028, the European Commission shall, with regard to DNS service providers, cloud computing service providers, as well as providers of online marketplaces, adopt implementing acts specifying when a breach is serious.', want: r(EU_COMMISSION, REGULATES, DNS_SERVICES, CLOUD_SERVICES, MARKETPLACES) },
  { predicate: 'regulates', construction: 'interposed', text: 'The Department of Commerce shall, in relation to harbour cranes, issue security standards within a year.', want: r(COMMERCE, REGULATES, CRANES) },
  // Another verb after the phrase makes no rules for its objects, nor does a negated modal.
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission shall, with regard to drones, consult the Department of Commerce.', want: [], ends: [FCC, DRONES, COMMERCE] },
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission shall, with regard to drones, submit a report to Congress.', want: [], ends: [FCC, DRONES, CONGRESS] },
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission shall, in respect of drones, assess whether rules on labelling are needed.', want: [], ends: [FCC, DRONES] },
  { predicate: 'regulates', construction: 'interposed', text: 'The Federal Communications Commission shall not, with regard to drones, adopt rules on labelling.', want: [], ends: [FCC, DRONES] },
  // A deeming provision that puts the classes its lead-in's points (or the list after its colon) name in a status, a purpose
  // phrase naming the instrument (NIS2 art. 3(1)'s construction, dev44): the instrument designates them, past the reference
  // its purpose phrase would make it. A complement that is no status ("defined"), a negated one, a provision of another
  // kind: none.
  { predicate: 'designates', construction: 'initial-pp', text: 'For the purposes of the Secure Equipment Act of 2021, the following equipment shall be considered to be covered equipment:\n\n(a) drones and lidar sensors;\n\n(b) harbour cranes.', want: r(SEA, DESIGNATES, DRONES, LIDAR, CRANES) },
  { predicate: 'designates', construction: 'initial-pp', text: 'For the purposes of the Secure Equipment Act of 2021, the following products shall be deemed to be critical products: drones, lidar sensors and harbour cranes.', want: r(SEA, DESIGNATES, DRONES, LIDAR, CRANES) },
  // A point naming a class of companies by what they provide ("(c) providers of X or of Y which qualify as medium-sized
  // enterprises"): the instrument designates what they provide (NIS2 art. 3(1)(c), dev44); the compound participle is no
  // verb opening a clause of the point's own.
  { predicate: 'designates', construction: 'initial-pp', text: 'For the purposes of the Secure Equipment Act of 2021, the following entities shall be considered to be essential entities:\n\n(c) providers of drones or of lidar sensors which qualify as medium-sized enterprises;', want: r(SEA, DESIGNATES, DRONES, LIDAR) },
  { predicate: 'designates', construction: 'initial-pp', text: 'For the purposes of the Secure Equipment Act of 2021, the following terms shall be considered to be defined: drones.', want: [], ends: [SEA, DRONES] },
  { predicate: 'designates', construction: 'initial-pp', text: 'For the purposes of the Secure Equipment Act of 2021, the following products shall not be considered to be covered equipment: drones.', want: [], ends: [SEA, DRONES] },
  { predicate: 'designates', construction: 'initial-pp', text: 'For the purposes of the Secure Equipment Act of 2021, the following products are exempt: drones.', want: [], ends: [SEA, DRONES] },
  {
    predicate: 'designates',
    construction: 'initial-pp',
    text: 'For the purposes of the Secure Equipment Act of 2021, drones shall be considered to be covered equipment.',
    want: r(SEA, DESIGNATES, DRONES),
    today: [],
    gap: 'a deeming whose classes stand before its verb: no rule reads the object between the purpose phrase and the verb',
  },
  // A conjunct no mention covers joined by "and" before another conjunction ("A and top-level domain name registries as well
  // as B", dev44): B is still a conjunct; a new clause after the list is not.
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Department of Commerce restricts exports of drones and spare parts as well as harbour cranes.', want: r(COMMERCE, RESTRICTS, DRONES, CRANES) },
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Department of Commerce restricts exports of drones and spare parts, and the Federal Communications Commission regulates harbour cranes.', want: [...r(COMMERCE, RESTRICTS, DRONES), ...r(FCC, REGULATES, CRANES)] },
  // A provider class an entity is designated as, or qualifies as, is its status (NIS2 art. 33(6), dev44): the service is no
  // object of the verb; providers named as such still name their service, beside such a status too.
  { predicate: 'regulates', construction: 'status', text: 'The Federal Communications Commission supervises companies designated as critical DNS service providers.', want: [], ends: [FCC] },
  { predicate: 'regulates', construction: 'status', text: 'The Federal Communications Commission supervises DNS service providers.', want: r(FCC, REGULATES, DNS_SERVICES) },
  { predicate: 'regulates', construction: 'status', text: 'The European Commission shall oversee cloud computing service providers and entities designated as critical DNS service providers.', want: r(EU_COMMISSION, REGULATES, CLOUD_SERVICES) },
  // A power or duty given in a provision (empowered-regulates, issue 15): its holder, the power's own words ("shall", "is
  // empowered to", "is authorised to"), perhaps the frame of delegated or implementing acts, and a head of rule-making or
  // supervision whose object span holds the class. Guards: reported speech, a proposal, a negation, a class of persons, a
  // programme established, another clause's subject after the span, a clause of another subject inside it.
  { predicate: 'regulates', construction: 'power', text: 'The European Commission is empowered to adopt delegated acts to determine which drones are to be required to obtain a certificate.', want: r(EU_COMMISSION, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission is empowered to adopt implementing acts laying down technical specifications for harbour cranes.', want: r(FCC, REGULATES, CRANES) },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission shall specify security requirements for lidar sensors.', want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission shall monitor lidar sensors placed on the market.', want: r(FCC, REGULATES, LIDAR) },
  { predicate: 'regulates', construction: 'power', text: 'The European Commission shall, by means of implementing acts, lay down technical specifications for drones.', want: r(EU_COMMISSION, REGULATES, DRONES) },
  { predicate: 'regulates', construction: 'power', text: 'The European Commission is authorised to approve harbour cranes.', want: r(EU_COMMISSION, REGULATES, CRANES) },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission said that it may adopt delegated acts to determine which drones are to be required to obtain a certificate.', want: [], ends: [FCC, DRONES] },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission proposed to adopt delegated acts specifying which drones need a certificate.', want: [], ends: [FCC, DRONES] },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission is not empowered to specify security requirements for drones.', want: [], ends: [FCC, DRONES] },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission shall supervise drone manufacturers.', want: [], ends: [FCC] },
  { predicate: 'regulates', construction: 'power', text: 'The Federal Communications Commission shall establish a program to make payments to providers of DNS services.', want: [], ends: [FCC, DNS_SERVICES] },
  { predicate: 'regulates', construction: 'power', text: 'The European Commission shall specify the format of the notification, and manufacturers of drones shall use it.', want: [], ends: [EU_COMMISSION, DRONES] },
  { predicate: 'regulates', construction: 'power', text: 'The European Commission shall monitor how manufacturers have applied the labelling criteria to drones.', want: [], ends: [EU_COMMISSION, DRONES] },
  // A sentence that restricts X by an actor states no regulation of X by it too, whatever regulating words it holds (47 U.S.C.
  // 1603's "shall include in the regulations ... requirements for the disposal ... of covered communications equipment",
  // dev); the actor's regulation of another object stands.
  { predicate: 'restricts', construction: 'active', text: 'The Federal Communications Commission shall include in its regulations requirements for the removal of drones.', want: r(FCC, RESTRICTS, DRONES) },
  { predicate: 'restricts', construction: 'coordinated-objects', text: 'The Federal Communications Commission regulates drones and bans lidar sensors.', want: [...r(FCC, RESTRICTS, LIDAR), ...r(FCC, REGULATES, DRONES)] },
  // ------------------------------------------------------------------ no relation stated
  // A negation, a refusal, an act only planned or asked for, a question, a condition, a denial, a claim, a measure undone;
  // and a refusal by the party the measure binds, which leaves the measure stated.
  { predicate: 'restricts', construction: 'negative', text: 'The Department of Commerce did not restrict exports of harbour cranes.', want: [], ends: [COMMERCE, CRANES] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission declined to ban lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission plans to ban lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission seeks to bar lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission rejected a petition to ban lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission lifted its ban on lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'adds-to-list', construction: 'negative', text: 'Did the Bureau of Industry and Security add Kestrel Cranes Ltd. to the Entity List?', want: [], ends: [BIS, KESTREL] },
  { predicate: 'bans', construction: 'negative', text: 'Will the Federal Communications Commission prohibit imports of lidar sensors?', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'negative', text: 'Is the Minister aware that the Federal Communications Commission banned lidar sensors?', want: r(FCC, RESTRICTS, LIDAR) },
  // A transcript's question after the speaker's label asks, as "Q:" does.
  { predicate: 'bans', construction: 'negative', text: 'SENATOR HALE: Is the Federal Communications Commission going to ban drones as well?', want: [], ends: [FCC, DRONES] },
  { predicate: 'adds-to-list', construction: 'negative', text: 'If the Bureau of Industry and Security adds Kestrel Cranes Ltd. to the Entity List, exporters will need a licence.', want: [], ends: [BIS, KESTREL] },
  { predicate: 'adds-to-list', construction: 'negative', text: 'Marrowby Cable Co. Ltd. denied reports that the Bureau of Industry and Security had added Kestrel Cranes Ltd. to the Entity List.', want: [], ends: [BIS, KESTREL] },
  { predicate: 'adds-to-list', construction: 'negative', text: 'The Bureau of Industry and Security removed Kestrel Cranes Ltd. from the Entity List.', want: [], ends: [BIS, KESTREL] },
  // The same power whose act is a listing (empowered-lists): an annex or list amended by adding to it. Guards: reported
  // speech, a question, a negation.
  { predicate: 'adds-to-list', construction: 'power', text: 'The European Commission is empowered to adopt delegated acts to amend Annex IV by adding categories of drones.', want: r(EU_COMMISSION, ADDS, DRONES) },
  { predicate: 'adds-to-list', construction: 'power', text: 'The Federal Communications Commission may amend the list in Annex III by adding lidar sensors.', want: r(FCC, ADDS, LIDAR) },
  { predicate: 'adds-to-list', construction: 'power', text: 'The European Commission said that it may amend Annex IV by adding drones.', want: [], ends: [EU_COMMISSION, DRONES] },
  { predicate: 'adds-to-list', construction: 'power', text: 'Will the European Commission amend Annex IV by adding drones?', want: [], ends: [EU_COMMISSION, DRONES] },
  { predicate: 'adds-to-list', construction: 'power', text: 'The European Commission shall not amend Annex IV by adding drones.', want: [], ends: [EU_COMMISSION, DRONES] },
  { predicate: 'tariffs', construction: 'negative', text: 'Lawmakers urged the United States Trade Representative to impose tariffs on harbour cranes.', want: [], ends: [USTR, CRANES] },
  { predicate: 'designates', construction: 'negative', text: 'The Office of Foreign Assets Control has not designated Kestrel Cranes Ltd.', want: [], ends: [OFAC, KESTREL] },
  // A power whose act designates a class (empowered-designates), and that act written as an adverbial clause before its
  // holder (exercising-designation). Guards: a determination of whether, no power after the adverbial, a holder inside it.
  { predicate: 'designates', construction: 'power', text: 'The European Commission shall determine the categories of drones.', want: r(EU_COMMISSION, DESIGNATES, DRONES) },
  { predicate: 'designates', construction: 'power', text: 'The European Commission is empowered to adopt delegated acts to identify categories of drones.', want: r(EU_COMMISSION, DESIGNATES, DRONES) },
  { predicate: 'designates', construction: 'power', text: 'When determining such categories of drones and the required assurance level, in accordance with paragraph 1 of this Article, the European Commission shall take into account the criteria.', want: r(EU_COMMISSION, DESIGNATES, DRONES) },
  { predicate: 'designates', construction: 'power', text: 'When determining whether drones are safe, the European Commission shall consult experts.', want: [], ends: [EU_COMMISSION, DRONES] },
  { predicate: 'designates', construction: 'power', text: 'In identifying classes of drones, the European Commission said it would consult experts.', want: [], ends: [EU_COMMISSION, DRONES] },
  { predicate: 'investigates', construction: 'negative', text: 'The Department of Commerce closed its investigation of Kestrel Cranes Ltd. without finding a violation, and it will not investigate Marrowby Cable Co. Ltd.', want: r(COMMERCE, INVESTIGATES, KESTREL), ends: [MARROWBY] },
  { predicate: 'regulates', construction: 'negative', text: 'The Federal Communications Commission does not regulate lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'negative', text: 'Analysts claim that the Federal Communications Commission banned drones.', want: [], ends: [FCC, DRONES] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission is expected to ban lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'negative', text: 'It is unclear whether the Federal Communications Commission will ban lidar sensors.', want: [], ends: [FCC, LIDAR] },
  { predicate: 'bans', construction: 'nominal-by', text: 'Kestrel Cranes Ltd. refused to comply with the ban on lidar sensors by the Federal Communications Commission.', want: r(FCC, RESTRICTS, LIDAR), ends: [KESTREL] },
  { predicate: 'tariffs', construction: 'negative', text: 'The tariffs on drones, which the Federal Communications Commission lifted in May, were high.', want: [], ends: [FCC, DRONES] },
  { predicate: 'bans', construction: 'negative', text: 'Neither the Federal Communications Commission nor the Department of Commerce restricts drones.', want: [], ends: [FCC, COMMERCE, DRONES] },
  { predicate: 'regulates', construction: 'negative', text: 'Drones need not comply with the Secure Equipment Act of 2021.', want: [], ends: [SEA, DRONES] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission did not approve the ban on drones.', want: [], ends: [FCC, DRONES] },
  { predicate: 'bans', construction: 'negative', text: 'The Federal Communications Commission did not say whether it would authorize drones.', want: [], ends: [FCC, DRONES] },
  // A Chinese future (将对…实施) states no act, by the Chinese rules' own convention (zh-relations.test.ts), where an English
  // 'will prohibit' does (the modal rows above): the two languages' conventions differ here.
  { predicate: 'zh', construction: 'negative', language: 'zh', text: '商务部将对凯斯特雷尔起重机有限公司实施出口管制。', want: [], ends: [MOFCOM, ZH_KESTREL] },
  { predicate: 'zh', construction: 'negative', language: 'zh', text: '商务部已将凯斯特雷尔起重机有限公司移出不可靠实体清单。', want: [], ends: [MOFCOM, ZH_KESTREL, UEL] },
  { predicate: 'zh', construction: 'negative', language: 'zh', text: '商务部不会对无人机实施出口管制。', want: [], ends: [MOFCOM, DRONES] },
  { predicate: 'investigates', construction: 'negative', text: 'Kestrel Cranes Ltd. was one of twelve companies that lobbied the Department of Commerce.', want: [], ends: [COMMERCE, KESTREL] },
  // ------------------------------------------------------------------ tables
  // A lead-in and a table whose header names the column of members: each row's member is read as an item of the lead-in
  // (tables.ts); a table whose header names no members, or with no header, is read cell by cell and states none.
  { predicate: 'adds-to-list', construction: 'table', text: 'The Bureau of Industry and Security is adding the following entities to the Entity List:\n\n| Country | Entity |\n|---|---|\n| NORLAND | Kestrel Cranes Ltd. |\n| CHINA | Marrowby Cable Co., Ltd., a.k.a. Marrowby. |', want: r(BIS, ADDS, KESTREL, MARROWBY), ends: [ENTITY_LIST] },
  { predicate: 'adds-to-list', construction: 'table', text: 'The Bureau of Industry and Security is adding the following entities to the Entity List:\n\n| Country | Column 2 |\n|---|---|\n| NORLAND | Kestrel Cranes Ltd. |', want: [], ends: [BIS, ENTITY_LIST, KESTREL] },
  { predicate: 'designates', construction: 'table', text: 'The Office of Foreign Assets Control is designating the following persons pursuant to E.O. 14024:\n\n| Name | Address |\n|---|---|\n| Kestrel Cranes Ltd. | Harbour Road 4 |', want: [...r(OFAC, DESIGNATES, KESTREL), ...r(EO_14024, DESIGNATES, KESTREL)] },
  { predicate: 'zh', construction: 'table', language: 'zh', text: '商务部决定将下列实体列入不可靠实体清单：\n\n| 序号 | 企业名称 |\n|---|---|\n| 1 | 凯斯特雷尔起重机有限公司 |\n| 2 | 马罗比电缆有限公司 |', want: r(MOFCOM, ADDS, ZH_KESTREL, ZH_MARROWBY), ends: [UEL] },
];
