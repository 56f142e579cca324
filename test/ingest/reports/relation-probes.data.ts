// Probes of the relation reader's precision (issue 15): pairs of sentences written by helper-254, in the phrasing of
// real genres (news, agency press releases, hearings, law-firm alerts, NGO reports and complaints, statutes quoted in
// reports; English and Chinese), each naming two entities and a cue word of a relation rule. The first of a pair (a
// trap) does NOT state the relation the cue suggests: it is negated, conditional, proposed, asked, denied or alleged,
// done by another actor, the cue governs a third party or another clause, a list the cue reaches only in part, a
// relative clause, or a nominalisation whose agent is another body. The second (its close variant) states it. The
// relations each sentence states follow ../shared/docs/evaluation.md ("only those the text states in one sentence")
// and docs/recognition-evaluation.md "How matching works" (a question, condition, proposal still to be made, denial or
// claim attributed to others states no act; "will restrict" does). Real public bodies and laws, invented companies.
// A probe the reader does not read as it should records what it reads today (`today`) and why (`gap`);
// relation-probes.test.ts fails when a probe's reading changes either way.
import { A, D, G, I, R, r } from './relation-probe-kit.ts';
import { BIS, COUNCIL, FCC, KESTREL, MARROWBY, OFAC, VELDRY } from './ids.ts';
import {
  CHINA,
  COMMERCE,
  CONGRESS,
  CRANES,
  DRONES,
  EAR,
  ECRA,
  EU_COMMISSION,
  FORKLIFTS,
  GACC,
  LIDAR,
  MOFCOM,
  OPSS,
  RUSSIA,
  SEA,
  USTR,
  ZH_KESTREL,
  ZH_LIDAR,
  ZH_MARROWBY,
} from './relation-constructions.data.ts';

export const HARROW = 'company:~harrow-optics-ltd';

export type Cause =
  | 'negated'
  | 'conditional'
  | 'proposed'
  | 'question'
  | 'denied or alleged'
  | 'another actor'
  | 'third party'
  | 'another clause'
  | 'partial list'
  | 'relative clause'
  | 'nominal of another body'
  | 'statute quoted';

export type Genre = 'news' | 'press release' | 'hearing' | 'law-firm alert' | 'NGO' | 'complaint' | 'statute quoted' | 'zh';

export interface Probe {
  cause: Cause;
  genre: Genre;
  /** A trap (the cue without the relation it suggests) or its close variant that states it. */
  trap: boolean;
  text: string;
  /** The relations the sentence states, `start TYPE end`. */
  want: string[];
  language?: 'zh';
  /** What the reader reads today where it is not `want`, sorted. */
  today?: string[];
  /** Why `today` differs from `want`. */
  gap?: string;
}


type Side = [text: string, want: string[], extra?: Partial<Pick<Probe, 'today' | 'gap'>>];

/** A trap and its close variant. */
function pair(cause: Cause, genre: Genre, trap: Side, stated: Side): Probe[] {
  const language = genre === 'zh' ? ({ language: 'zh' } as const) : {};
  return [
    { cause, genre, trap: true, text: trap[0], want: trap[1], ...language, ...trap[2] },
    { cause, genre, trap: false, text: stated[0], want: stated[1], ...language, ...stated[2] },
  ];
}

export const PROBES: Probe[] = [
  // ------------------------------------------------------------------ negated
  ...pair('negated', 'news', ['The Bureau of Industry and Security has yet to add Harrow Optics Ltd. to the Entity List.', []], ['The Bureau of Industry and Security has now added Harrow Optics Ltd. to the Entity List.', r(BIS, A, HARROW)]),
  ...pair('negated', 'news', ['The Federal Communications Commission stopped short of banning lidar sensors.', []], ['The Federal Communications Commission went further and banned lidar sensors.', r(FCC, R, LIDAR)]),
  ...pair('negated', 'press release', ['Kestrel Cranes Ltd. was never designated by the Office of Foreign Assets Control.', []], ['Kestrel Cranes Ltd. was designated by the Office of Foreign Assets Control in 2023.', r(OFAC, D, KESTREL)]),
  ...pair('negated', 'news', ['The Department of Commerce closed its review without restricting harbour cranes.', []], ['The Department of Commerce closed its review by restricting harbour cranes.', r(COMMERCE, R, CRANES)]),
  ...pair('negated', 'NGO', ['No agency, not even the Federal Communications Commission, has banned lidar sensors.', []], ['One agency, the Federal Communications Commission, has banned lidar sensors.', r(FCC, R, LIDAR)]),
  ...pair('negated', 'press release', ['The Office for Product Safety and Standards found no grounds to investigate Kestrel Cranes Ltd.', []], ['The Office for Product Safety and Standards opened an investigation into Kestrel Cranes Ltd. after finding grounds.', r(OPSS, I, KESTREL)]),
  ...pair('negated', 'law-firm alert', ['The Secure Equipment Act of 2021 does not apply to forklift trucks.', []], ['The Secure Equipment Act of 2021 applies to forklift trucks.', r(SEA, G, FORKLIFTS)]),
  ...pair('negated', 'news', ['The Department of Commerce has not yet imposed tariffs on forklift trucks.', []], ['The Department of Commerce has now imposed tariffs on forklift trucks.', r(COMMERCE, R, FORKLIFTS)]),
  ...pair('negated', 'NGO', ['Efforts by the Federal Communications Commission to ban lidar sensors failed.', []], ["The Federal Communications Commission's ban on lidar sensors took effect in May.", r(FCC, R, LIDAR)]),
  ...pair('negated', 'news', ['At no point did the Bureau of Industry and Security restrict exports of forklift trucks to China.', []], ['At that point the Bureau of Industry and Security restricted exports of forklift trucks to China.', r(BIS, R, FORKLIFTS, CHINA)]),
  ...pair('negated', 'hearing', ['MR. ROSS. The Office of Foreign Assets Control has never sanctioned Veldry Trawl Ltd.', []], ['MR. ROSS. The Office of Foreign Assets Control sanctioned Veldry Trawl Ltd. last year.', r(OFAC, R, VELDRY)]),
  ...pair('negated', 'law-firm alert', ['The European Commission has not regulated drones since the 2019 framework.', []], ['The European Commission has regulated drones since the 2019 framework.', r(EU_COMMISSION, G, DRONES)]),
  ...pair('negated', 'zh', ['海关总署未对激光雷达实施进口限制。', []], ['海关总署对激光雷达实施进口限制。', r(GACC, R, ZH_LIDAR)]),
  ...pair('negated', 'zh', ['商务部尚未将马罗比电缆有限公司列入不可靠实体清单。', []], ['商务部已将马罗比电缆有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_MARROWBY)]),
  // ------------------------------------------------------------------ conditional, hypothetical
  ...pair('conditional', 'law-firm alert', ['Should the Bureau of Industry and Security add Harrow Optics Ltd. to the Entity List, its suppliers would need licences.', []], ['After the Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List, its suppliers needed licences.', r(BIS, A, HARROW)]),
  ...pair('conditional', 'news', ['Unless the Federal Communications Commission bans lidar sensors, carmakers will keep buying them.', []], ['Because the Federal Communications Commission banned lidar sensors, carmakers stopped buying them.', r(FCC, R, LIDAR)]),
  ...pair('conditional', 'law-firm alert', ['Clients should prepare for the possibility that the Office of Foreign Assets Control designates Kestrel Cranes Ltd.', []], ['Clients should note that the Office of Foreign Assets Control designated Kestrel Cranes Ltd. on 3 May.', r(OFAC, D, KESTREL)]),
  ...pair('conditional', 'news', ['Were the Department of Commerce to restrict harbour cranes, ports would face delays.', []], ['Since the Department of Commerce restricted harbour cranes, ports have faced delays.', r(COMMERCE, R, CRANES)]),
  ...pair('conditional', 'law-firm alert', ['In the event that the European Commission regulates drones, manufacturers will need a certificate.', []], ['Now that the European Commission regulates drones, manufacturers need a certificate.', r(EU_COMMISSION, G, DRONES)]),
  ...pair('conditional', 'NGO', ['A ban on drones by the Federal Communications Commission would hurt farmers.', [], { today: ['authority:fcc RESTRICTS product:drones'], gap: '"would" is no guard: the golds count a bill\'s or a draft\'s "would" as the measure it states (12 development relations, helper-254)' }], ['The ban on drones by the Federal Communications Commission has hurt farmers.', r(FCC, R, DRONES)]),
  ...pair('conditional', 'news', ['The Federal Communications Commission would ban lidar sensors only if Congress directed it to.', [], { today: ['authority:fcc RESTRICTS product:~lidar-sensor'], gap: '"would" is no guard: the golds count a bill\'s or a draft\'s "would" as the measure it states (12 development relations, helper-254); a condition after the verb ("only if") is not read' }], ['The Federal Communications Commission banned lidar sensors after Congress directed it to.', r(FCC, R, LIDAR)]),
  ...pair('conditional', 'news', ['The Office of Foreign Assets Control could designate Veldry Trawl Ltd. as early as next month.', []], ['The Office of Foreign Assets Control designated Veldry Trawl Ltd. earlier this month.', r(OFAC, D, VELDRY)]),
  ...pair('conditional', 'hearing', ['SENATOR HALE. What would happen if the Department of Commerce restricted harbour cranes?', []], ['SENATOR HALE. The Department of Commerce restricted harbour cranes, and nothing happened.', r(COMMERCE, R, CRANES)]),
  ...pair('conditional', 'law-firm alert', ['Exporters may face penalties if the Bureau of Industry and Security adds Marrowby Cable Co. Ltd. to the Entity List.', []], ['Exporters face penalties now that the Bureau of Industry and Security has added Marrowby Cable Co. Ltd. to the Entity List.', r(BIS, A, MARROWBY)]),
  ...pair('conditional', 'zh', ['如果商务部对无人机实施出口管制，企业将需要申请许可证。', []], ['商务部对无人机实施出口管制后，企业需要申请许可证。', r(MOFCOM, R, DRONES)]),
  ...pair('conditional', 'zh', ['一旦海关总署禁止进口激光雷达，相关企业将受到影响。', [], { today: ['authority:~一旦海关总署 RESTRICTS product:~激光雷达'], gap: 'recognition reads 一旦 into the body\'s name, so the conditional marker before the actor is lost' }], ['海关总署禁止进口激光雷达后，相关企业受到影响。', r(GACC, R, ZH_LIDAR)]),
  // ------------------------------------------------------------------ proposed, still to be made
  ...pair('proposed', 'news', ['The Federal Communications Commission floated a ban on lidar sensors.', []], ['The Federal Communications Commission enacted a ban on lidar sensors.', r(FCC, R, LIDAR)]),
  ...pair('proposed', 'press release', ['The Department of Commerce published a notice of proposed rulemaking that would restrict harbour cranes.', [], { today: ['law:~notice-of-proposed-rulemaking-in-inline RESTRICTS product:~harbour-crane'], gap: 'a notice of proposed rulemaking is read as an instrument, and "would" is no guard: the golds count a bill\'s or a draft\'s "would" as the measure it states (12 development relations, helper-254)' }], ['The Department of Commerce published a final rule that restricts harbour cranes.', r(COMMERCE, R, CRANES)]),
  ...pair('proposed', 'news', ['The European Commission is consulting on whether to regulate drones.', []], ['The European Commission has decided to regulate drones.', r(EU_COMMISSION, G, DRONES)]),
  ...pair('proposed', 'news', ['Lawmakers introduced a bill directing the Federal Communications Commission to ban drones.', []], ['As lawmakers had demanded, the Federal Communications Commission banned drones.', r(FCC, R, DRONES)]),
  ...pair('proposed', 'news', ['The Office of Foreign Assets Control is considering sanctions against Marrowby Cable Co. Ltd.', []], ['The Office of Foreign Assets Control imposed sanctions against Marrowby Cable Co. Ltd.', r(OFAC, R, MARROWBY)]),
  ...pair('proposed', 'press release', ['The Department of Commerce sought public comment on possible restrictions on harbour cranes.', []], ['The Department of Commerce announced restrictions on harbour cranes.', r(COMMERCE, R, CRANES)]),
  ...pair('proposed', 'news', ['The United States Trade Representative recommended tariffs on forklift trucks.', []], ['The United States Trade Representative finalised tariffs on forklift trucks.', r(USTR, R, FORKLIFTS)]),
  ...pair('proposed', 'law-firm alert', ['The Bureau of Industry and Security has signalled that it may add Kestrel Cranes Ltd. to the Entity List.', []], ['The Bureau of Industry and Security has confirmed that it added Kestrel Cranes Ltd. to the Entity List.', r(BIS, A, KESTREL)]),
  ...pair('proposed', 'hearing', ['MS. LANE. The Department of Commerce intends to open an investigation into forklift trucks next year.', []], ['MS. LANE. The Department of Commerce opened an investigation into forklift trucks last year.', r(COMMERCE, I, FORKLIFTS)]),
  ...pair('proposed', 'NGO', ['We call on the European Commission to regulate drones.', []], ['We note that the European Commission regulates drones.', r(EU_COMMISSION, G, DRONES), { today: [], gap: 'the complement of a report\'s "We note that" is not read for regulates' }]),
  ...pair('proposed', 'zh', ['商务部拟对无人机实施出口管制。', []], ['商务部宣布对无人机实施出口管制。', r(MOFCOM, R, DRONES)]),
  ...pair('proposed', 'zh', ['商务部正在研究是否将凯斯特雷尔起重机有限公司列入不可靠实体清单。', []], ['商务部已决定将凯斯特雷尔起重机有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_KESTREL)]),
  // ------------------------------------------------------------------ questions
  ...pair('question', 'NGO', ['Why has the Federal Communications Commission not banned lidar sensors?', []], ['The Federal Communications Commission has banned lidar sensors, the chairman said.', r(FCC, R, LIDAR)]),
  ...pair('question', 'hearing', ['SENATOR HALE. Has the Bureau of Industry and Security considered adding Harrow Optics Ltd. to the Entity List?', []], ['MR. ROSS. The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List in March.', r(BIS, A, HARROW)]),
  ...pair('question', 'news', ['Reporters asked whether the Office of Foreign Assets Control would designate Kestrel Cranes Ltd.', []], ['The Office of Foreign Assets Control designated Kestrel Cranes Ltd., reporters were told.', r(OFAC, D, KESTREL)]),
  ...pair('question', 'law-firm alert', ['Does the Secure Equipment Act of 2021 cover forklift trucks?', []], ['The Secure Equipment Act of 2021 covers forklift trucks.', r(SEA, G, FORKLIFTS)]),
  ...pair('question', 'hearing', ['Q. Will the United States Trade Representative impose tariffs on forklift trucks? A. We have made no decision.', []], ['Q. What has changed? A. The United States Trade Representative imposed tariffs on forklift trucks.', r(USTR, R, FORKLIFTS)]),
  ...pair('question', 'hearing', ['CHAIRMAN. Is the Department of Commerce investigating Marrowby Cable Co. Ltd. or not?', []], ['CHAIRMAN. The Department of Commerce is investigating Marrowby Cable Co. Ltd., I am told.', r(COMMERCE, I, MARROWBY)]),
  ...pair('question', 'zh', ['商务部会不会对激光雷达实施出口管制？', []], ['商务部已对激光雷达实施出口管制。', r(MOFCOM, R, ZH_LIDAR)]),
  ...pair('question', 'zh', ['记者问：海关总署是否禁止进口无人机？', []], ['发言人表示，海关总署已禁止进口无人机。', r(GACC, R, DRONES)]),
  // ------------------------------------------------------------------ denied, alleged by others
  ...pair('denied or alleged', 'press release', ['The Bureau of Industry and Security denied that it had added Harrow Optics Ltd. to the Entity List.', []], ['The Bureau of Industry and Security confirmed that it had added Harrow Optics Ltd. to the Entity List.', r(BIS, A, HARROW)]),
  ...pair('denied or alleged', 'news', ['Kestrel Cranes Ltd. rejected claims that the Department of Commerce had restricted its harbour cranes.', []], ['Kestrel Cranes Ltd. confirmed that the Department of Commerce had restricted its harbour cranes.', r(COMMERCE, R, CRANES)]),
  ...pair('denied or alleged', 'NGO', ['Activists alleged that the Office for Product Safety and Standards had secretly banned lidar sensors.', []], ['The Office for Product Safety and Standards announced that it had banned lidar sensors.', r(OPSS, R, LIDAR)]),
  ...pair('denied or alleged', 'news', ['Rumours that the Federal Communications Commission would ban drones proved false.', []], ['The Federal Communications Commission banned drones, as rumoured.', r(FCC, R, DRONES)]),
  ...pair('denied or alleged', 'press release', ['A spokesperson for the European Commission dismissed reports that it regulates drones.', []], ['A spokesperson said that the European Commission regulates drones.', r(EU_COMMISSION, G, DRONES), { today: [], gap: 'the complement of "said that" after an unnamed speaker is not read for regulates' }]),
  ...pair('denied or alleged', 'news', ['Media reports claimed the Office of Foreign Assets Control had sanctioned Veldry Trawl Ltd.', []], ['The Office of Foreign Assets Control said it had sanctioned Veldry Trawl Ltd.', r(OFAC, R, VELDRY)]),
  ...pair('denied or alleged', 'complaint', ['Harrow Optics Ltd. disputes that it was ever added to the Entity List by the Bureau of Industry and Security.', []], ['Harrow Optics Ltd. acknowledges that it was added to the Entity List by the Bureau of Industry and Security.', r(BIS, A, HARROW)]),
  ...pair('denied or alleged', 'complaint', ['The complaint alleges that the Department of Commerce investigated Marrowby Cable Co. Ltd. without notice.', []], ['The Department of Commerce investigated Marrowby Cable Co. Ltd. without notice, the record shows.', r(COMMERCE, I, MARROWBY)]),
  ...pair('denied or alleged', 'zh', ['商务部否认已将凯斯特雷尔起重机有限公司列入不可靠实体清单。', []], ['商务部确认已将凯斯特雷尔起重机有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_KESTREL)]),
  // ------------------------------------------------------------------ another actor: the cue is another party's act
  ...pair('another actor', 'press release', ['The Federal Communications Commission noted that Congress had banned drones.', r(CONGRESS, R, DRONES)], ['The Federal Communications Commission noted that it had banned drones.', r(FCC, R, DRONES)]),
  ...pair('another actor', 'NGO', ['In a letter to the Department of Commerce, the coalition called for sanctions on Kestrel Cranes Ltd.', []], ['In a letter to the coalition, the Department of Commerce announced sanctions on Kestrel Cranes Ltd.', r(COMMERCE, R, KESTREL)]),
  ...pair('another actor', 'complaint', ['The complaint filed with the Federal Communications Commission asks it to ban lidar sensors.', []], ['The order issued by the Federal Communications Commission bans lidar sensors.', r(FCC, R, LIDAR)]),
  ...pair('another actor', 'complaint', ['Kestrel Cranes Ltd. asked the Office for Product Safety and Standards to investigate Marrowby Cable Co. Ltd.', []], ['At the request of Kestrel Cranes Ltd., the Office for Product Safety and Standards investigated Marrowby Cable Co. Ltd.', r(OPSS, I, MARROWBY)]),
  ...pair('another actor', 'news', ['The petition by Marrowby Cable Co. Ltd. to the Department of Commerce sought tariffs on forklift trucks.', []], ['Acting on a petition by Marrowby Cable Co. Ltd., the Department of Commerce imposed tariffs on forklift trucks.', r(COMMERCE, R, FORKLIFTS)]),
  ...pair('another actor', 'NGO', ['The report accuses the Office of Foreign Assets Control of failing to designate Veldry Trawl Ltd.', []], ['The report notes that the Office of Foreign Assets Control designated Veldry Trawl Ltd. in 2022.', r(OFAC, D, VELDRY)]),
  ...pair('another actor', 'news', ['European Commission officials met Kestrel Cranes Ltd., which the Norland Trade Council had sanctioned.', r(COUNCIL, R, KESTREL)], ['The European Commission sanctioned Kestrel Cranes Ltd., which the Norland Trade Council had also sanctioned.', [...r(EU_COMMISSION, R, KESTREL), ...r(COUNCIL, R, KESTREL)], { today: ['authority:european-commission RESTRICTS company:~kestrel-cranes-ltd'], gap: 'a relative clause with a second body as subject, after a main clause on the same object, is not read' }]),
  ...pair('another actor', 'news', ['The Federal Communications Commission said the Department of Commerce restricts harbour cranes.', r(COMMERCE, R, CRANES)], ['The Federal Communications Commission said it restricts harbour cranes.', r(FCC, R, CRANES)]),
  ...pair('another actor', 'zh', ['商务部表示，海关总署禁止进口激光雷达。', r(GACC, R, ZH_LIDAR)], ['商务部表示，商务部禁止进口激光雷达。', r(MOFCOM, R, ZH_LIDAR)]),
  // ------------------------------------------------------------------ a third party: the cue's object is another
  ...pair('third party', 'press release', ['The Bureau of Industry and Security added Harrow Optics Ltd., a supplier to Kestrel Cranes Ltd., to the Entity List.', r(BIS, A, HARROW)], ['The Bureau of Industry and Security added Harrow Optics Ltd. and Kestrel Cranes Ltd. to the Entity List.', r(BIS, A, HARROW, KESTREL)]),
  ...pair('third party', 'news', ['The Federal Communications Commission banned equipment from Marrowby Cable Co. Ltd., whose rival Kestrel Cranes Ltd. welcomed the decision.', r(FCC, R, MARROWBY)], ['The Federal Communications Commission banned equipment from Marrowby Cable Co. Ltd. and its rival Kestrel Cranes Ltd.', r(FCC, R, MARROWBY, KESTREL), { today: ['authority:fcc RESTRICTS company:~marrowby-cable-co-ltd'], gap: 'a conjunct after "its rival" is not chained to the object before it' }]),
  ...pair('third party', 'news', ['The Office of Foreign Assets Control designated Veldry Trawl Ltd. after it shipped forklift trucks to Russia.', r(OFAC, D, VELDRY)], ['The Office of Foreign Assets Control designated Veldry Trawl Ltd. and restricted exports of forklift trucks to Russia.', [...r(OFAC, D, VELDRY), ...r(OFAC, R, FORKLIFTS, RUSSIA)]]),
  ...pair('third party', 'NGO', ['The European Commission fined Kestrel Cranes Ltd. for selling drones that the Federal Communications Commission had banned.', r(FCC, R, DRONES)], ['The European Commission banned drones that Kestrel Cranes Ltd. sold.', r(EU_COMMISSION, R, DRONES)]),
  ...pair('third party', 'complaint', ['Kestrel Cranes Ltd. complained to the Federal Communications Commission about the ban on forklift trucks by the Department of Commerce.', r(COMMERCE, R, FORKLIFTS)], ['Kestrel Cranes Ltd. complained about the ban on forklift trucks by the Federal Communications Commission.', r(FCC, R, FORKLIFTS)]),
  ...pair('third party', 'law-firm alert', ['The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List for supplying Kestrel Cranes Ltd.', r(BIS, A, HARROW)], ['The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List along with Kestrel Cranes Ltd.', r(BIS, A, HARROW, KESTREL)]),
  ...pair('third party', 'zh', ['商务部将凯斯特雷尔起重机有限公司列入不可靠实体清单，因其向马罗比电缆有限公司供货。', r(MOFCOM, A, ZH_KESTREL)], ['商务部将凯斯特雷尔起重机有限公司和马罗比电缆有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_KESTREL, ZH_MARROWBY)]),
  // ------------------------------------------------------------------ another clause: the object is outside the cue's clause
  ...pair('another clause', 'news', ['The Department of Commerce restricted harbour cranes, and forklift trucks were cleared by customs.', r(COMMERCE, R, CRANES)], ['The Department of Commerce restricted harbour cranes and forklift trucks.', r(COMMERCE, R, CRANES, FORKLIFTS)]),
  ...pair('another clause', 'news', ['The Federal Communications Commission regulates lidar sensors; Kestrel Cranes Ltd. makes harbour cranes.', r(FCC, G, LIDAR)], ['The Federal Communications Commission regulates lidar sensors and harbour cranes.', r(FCC, G, LIDAR, CRANES)]),
  ...pair('another clause', 'press release', ['While the Department of Commerce restricted harbour cranes, the Federal Communications Commission regulated lidar sensors.', [...r(COMMERCE, R, CRANES), ...r(FCC, G, LIDAR)]], ['The Department of Commerce restricted harbour cranes and lidar sensors.', r(COMMERCE, R, CRANES, LIDAR)]),
  ...pair('another clause', 'NGO', ['The Bureau of Industry and Security, which investigated Marrowby Cable Co. Ltd. last year, added Harrow Optics Ltd. to the Entity List.', [...r(BIS, I, MARROWBY), ...r(BIS, A, HARROW)]], ['The Bureau of Industry and Security added Marrowby Cable Co. Ltd. and Harrow Optics Ltd. to the Entity List.', r(BIS, A, MARROWBY, HARROW)]),
  ...pair('another clause', 'news', ['The Office of Foreign Assets Control designated Kestrel Cranes Ltd. in May, but Veldry Trawl Ltd. kept trading.', r(OFAC, D, KESTREL)], ['The Office of Foreign Assets Control designated Kestrel Cranes Ltd. in May and Veldry Trawl Ltd. in June.', r(OFAC, D, KESTREL, VELDRY), { today: ['authority:~office-of-foreign-assets-control DESIGNATES company:~kestrel-cranes-ltd'], gap: 'recognition reads "May and Veldry Trawl Ltd." as one company\'s name' }]),
  ...pair('another clause', 'hearing', ['MR. ROSS. We restricted nothing; the Department of Commerce only studied harbour cranes.', []], ['MR. ROSS. The Department of Commerce restricted harbour cranes; we studied them first.', r(COMMERCE, R, CRANES)]),
  ...pair('another clause', 'zh', ['商务部对无人机实施出口管制，激光雷达则不受影响。', r(MOFCOM, R, DRONES)], ['商务部对无人机和激光雷达实施出口管制。', r(MOFCOM, R, DRONES, ZH_LIDAR)]),
  // ------------------------------------------------------------------ a list the cue reaches only in part
  ...pair('partial list', 'press release', ['The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List and removed Veldry Trawl Ltd. from it.', r(BIS, A, HARROW), { today: ['authority:bis ADDS_TO_LIST company:~harrow-optics-ltd', 'authority:bis RESTRICTS company:~veldry-trawl-ltd'], gap: 'a removal "from it" (the list named before) is read as a restriction: the delisting guard wants the list\'s noun' }], ['The Bureau of Industry and Security added Harrow Optics Ltd. and Veldry Trawl Ltd. to the Entity List.', r(BIS, A, HARROW, VELDRY)]),
  ...pair('partial list', 'news', ['The Department of Commerce restricted harbour cranes but exempted forklift trucks and lidar sensors.', r(COMMERCE, R, CRANES)], ['The Department of Commerce restricted harbour cranes, forklift trucks and lidar sensors.', r(COMMERCE, R, CRANES, FORKLIFTS, LIDAR)]),
  ...pair('partial list', 'press release', ['The Office of Foreign Assets Control designated Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd. but delisted Veldry Trawl Ltd.', r(OFAC, D, KESTREL, MARROWBY)], ['The Office of Foreign Assets Control designated Kestrel Cranes Ltd., Marrowby Cable Co. Ltd. and Veldry Trawl Ltd.', r(OFAC, D, KESTREL, MARROWBY, VELDRY)]),
  ...pair('partial list', 'news', ['The Federal Communications Commission banned drones, while lidar sensors, harbour cranes and forklift trucks remain unrestricted.', r(FCC, R, DRONES)], ['The Federal Communications Commission banned drones, lidar sensors, harbour cranes and forklift trucks.', r(FCC, R, DRONES, LIDAR, CRANES, FORKLIFTS)]),
  ...pair('partial list', 'law-firm alert', ['Of Kestrel Cranes Ltd., Marrowby Cable Co. Ltd. and Veldry Trawl Ltd., only Kestrel Cranes Ltd. was designated by the Office of Foreign Assets Control.', r(OFAC, D, KESTREL), { today: ['authority:~office-of-foreign-assets-control DESIGNATES company:~kestrel-cranes-ltd', 'authority:~office-of-foreign-assets-control DESIGNATES company:~marrowby-cable-co-ltd', 'authority:~office-of-foreign-assets-control DESIGNATES company:~of-kestrel-cranes-ltd', 'authority:~office-of-foreign-assets-control DESIGNATES company:~veldry-trawl-ltd'], gap: 'recognition reads "Of Kestrel Cranes Ltd." as a name, and the passive reaches every name of the list before "only"' }], ['Kestrel Cranes Ltd., Marrowby Cable Co. Ltd. and Veldry Trawl Ltd. were designated by the Office of Foreign Assets Control.', r(OFAC, D, KESTREL, MARROWBY, VELDRY)]),
  ...pair('partial list', 'news', ['The Federal Communications Commission banned lidar sensors and approved drones.', [...r(FCC, R, LIDAR), ...r(FCC, G, DRONES)]], ['The Federal Communications Commission banned lidar sensors and drones.', r(FCC, R, LIDAR, DRONES)]),
  ...pair('partial list', 'press release', ['Exports of harbour cranes are restricted by the Department of Commerce, and exports of forklift trucks are licensed freely.', r(COMMERCE, R, CRANES)], ['Exports of harbour cranes and forklift trucks are restricted by the Department of Commerce.', r(COMMERCE, R, CRANES, FORKLIFTS)]),
  ...pair('partial list', 'news', ['The United States Trade Representative imposed tariffs on harbour cranes and exempted forklift trucks.', r(USTR, R, CRANES), { today: ['authority:~united-states-trade-representative RESTRICTS product:~exempted-forklift-truck', 'authority:~united-states-trade-representative RESTRICTS product:~harbour-crane'], gap: 'recognition reads "exempted forklift trucks" as one product, which the tariffs then reach' }], ['The United States Trade Representative imposed tariffs on harbour cranes and extended them to forklift trucks.', r(USTR, R, CRANES, FORKLIFTS), { today: ['authority:~united-states-trade-representative RESTRICTS product:~harbour-crane'], gap: 'recognition misses "forklift trucks" after "extended them to"' }]),
  ...pair('partial list', 'zh', ['商务部将凯斯特雷尔起重机有限公司列入不可靠实体清单，并将马罗比电缆有限公司移出该清单。', r(MOFCOM, A, ZH_KESTREL)], ['商务部将凯斯特雷尔起重机有限公司列入不可靠实体清单，并将马罗比电缆有限公司也列入该清单。', r(MOFCOM, A, ZH_KESTREL, ZH_MARROWBY)]),
  // ------------------------------------------------------------------ relative clauses
  ...pair('relative clause', 'news', ['Kestrel Cranes Ltd., which sells harbour cranes that the Department of Commerce restricts, was fined.', r(COMMERCE, R, CRANES), { today: [], gap: 'a restrictive relative clause inside a relative clause: its act on the noun before it is not read' }], ['Kestrel Cranes Ltd., which the Department of Commerce restricts, was fined.', r(COMMERCE, R, KESTREL)]),
  ...pair('relative clause', 'press release', ['The companies that the Bureau of Industry and Security did not add to the Entity List include Harrow Optics Ltd.', []], ['The companies that the Bureau of Industry and Security added to the Entity List include Harrow Optics Ltd.', r(BIS, A, HARROW)]),
  ...pair('relative clause', 'complaint', ['Harrow Optics Ltd., which petitioned the Department of Commerce to restrict lidar sensors, lost its case.', []], ['Harrow Optics Ltd., whose lidar sensors the Department of Commerce restricted, lost its case.', r(COMMERCE, R, LIDAR), { today: [], gap: 'the goods "whose" possesses are not read as the relative clause\'s object' }]),
  ...pair('relative clause', 'news', ['The Office of Foreign Assets Control, which some lawmakers want to sanction Veldry Trawl Ltd., has not commented.', []], ['The Office of Foreign Assets Control, which sanctioned Veldry Trawl Ltd. in May, has not commented.', r(OFAC, R, VELDRY)]),
  ...pair('relative clause', 'NGO', ['Drones, which the Federal Communications Commission has declined to ban, are used at the border.', []], ['Drones, which the Federal Communications Commission has banned, are still used at the border.', r(FCC, R, DRONES)]),
  ...pair('relative clause', 'law-firm alert', ['Forklift trucks, on which the United States Trade Representative may impose tariffs, are imported from China.', [], { today: ['authority:~united-states-trade-representative RESTRICTS jur:cn'], gap: 'recognition misses "Forklift trucks" opening the sentence, and the tariffs reach China, the origin named in the main clause; "may" is no guard' }], ['Forklift trucks, on which the United States Trade Representative imposed tariffs in May, are imported from China.', r(USTR, R, FORKLIFTS), { today: ['authority:~united-states-trade-representative RESTRICTS jur:cn', 'authority:~united-states-trade-representative RESTRICTS product:~forklift-truck'], gap: 'the tariffs reach China, the origin named in the main clause (the forklift trucks are read since relation-rules.yaml measure-on-which, helper-287)' }]),
  // ------------------------------------------------------------------ a nominalisation whose agent is another body
  ...pair('nominal of another body', 'press release', ["The Federal Communications Commission commented on the Department of Commerce's restrictions on harbour cranes.", r(COMMERCE, R, CRANES)], ["The Federal Communications Commission's restrictions on harbour cranes took effect in May.", r(FCC, R, CRANES)]),
  ...pair('nominal of another body', 'press release', ['The European Commission welcomed the designation of Kestrel Cranes Ltd. by the Office of Foreign Assets Control.', r(OFAC, D, KESTREL)], ['The European Commission announced its designation of Kestrel Cranes Ltd.', r(EU_COMMISSION, D, KESTREL)]),
  ...pair('nominal of another body', 'news', ['The Office for Product Safety and Standards reviewed the ban on drones imposed under the Secure Equipment Act of 2021.', r(SEA, R, DRONES)], ['The Office for Product Safety and Standards imposed a ban on drones.', r(OPSS, R, DRONES)]),
  ...pair('nominal of another body', 'news', ["The Department of Commerce is assessing the effect of the Federal Communications Commission's ban on lidar sensors.", r(FCC, R, LIDAR)], ['The Department of Commerce is assessing the effect of its ban on lidar sensors.', r(COMMERCE, R, LIDAR)]),
  ...pair('nominal of another body', 'NGO', ["The Bureau of Industry and Security cited the Norland Trade Council's sanctions on Marrowby Cable Co. Ltd.", r(COUNCIL, R, MARROWBY)], ['The Bureau of Industry and Security cited its own sanctions on Marrowby Cable Co. Ltd.', r(BIS, R, MARROWBY)]),
  ...pair('nominal of another body', 'law-firm alert', ['The Federal Communications Commission relied on the investigation of Harrow Optics Ltd. by the Department of Commerce.', r(COMMERCE, I, HARROW)], ['The Federal Communications Commission relied on its own investigation of Harrow Optics Ltd.', r(FCC, I, HARROW)]),
  ...pair('nominal of another body', 'zh', ['商务部对海关总署禁止进口激光雷达一事表示支持。', r(GACC, R, ZH_LIDAR), { today: ['authority:mofcom RESTRICTS product:~激光雷达'], gap: 'a Chinese nominalised clause (…一事) with an actor of its own: the main clause\'s actor is given its act' }], ['商务部禁止进口激光雷达，海关总署表示支持。', r(MOFCOM, R, ZH_LIDAR)]),
  // ------------------------------------------------------------------ statutes quoted in reports
  ...pair('statute quoted', 'statute quoted', ['The Secure Equipment Act of 2021 provides that nothing in this Act shall be construed to restrict the sale of harbour cranes.', []], ['The Secure Equipment Act of 2021 restricts the sale of harbour cranes.', r(SEA, R, CRANES)]),
  ...pair('statute quoted', 'statute quoted', ['The Export Control Reform Act of 2018 does not authorize the Department of Commerce to restrict imports of harbour cranes.', []], ['The Export Control Reform Act of 2018 restricts exports of harbour cranes.', r(ECRA, R, CRANES)]),
  ...pair('statute quoted', 'statute quoted', ['Nothing in the Export Administration Regulations prohibits the export of forklift trucks to Russia.', []], ['The Export Administration Regulations prohibit the export of forklift trucks to Russia.', r(EAR, R, FORKLIFTS, RUSSIA)]),
  ...pair('statute quoted', 'statute quoted', ['Section 2 of the Secure Equipment Act of 2021 exempts lidar sensors from the prohibition.', []], ['Section 2 of the Secure Equipment Act of 2021 extends the prohibition to lidar sensors.', r(SEA, R, LIDAR)]),
  ...pair('statute quoted', 'statute quoted', ['It would be unlawful under the Secure Equipment Act of 2021 for the Federal Communications Commission to ban lidar sensors.', [], { today: ['law:us:secure-equipment-act RESTRICTS product:~lidar-sensor'], gap: 'the infinitive\'s subject after "for" is a preposition\'s object, so the instrument before it takes the act' }], ['Under the Secure Equipment Act of 2021, the Federal Communications Commission banned lidar sensors.', r(FCC, R, LIDAR)]),
  ...pair('statute quoted', 'statute quoted', ['The prohibition in the Secure Equipment Act of 2021 shall not apply to drones.', []], ['The prohibition in the Secure Equipment Act of 2021 shall apply to drones.', r(SEA, R, DRONES), { today: [], gap: 'the instrument inside the subject\'s prepositional phrase ("The prohibition in X shall apply to Y") does not act' }]),
];
