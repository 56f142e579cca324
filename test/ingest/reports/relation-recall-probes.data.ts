// Probes of the relation reader's recall (issue 15): sentences written by helper-256 in the phrasing of real genres (wire
// news, agency press releases, hearings, law-firm alerts, NGO reports, court filings, parliamentary answers, statutes
// quoted in reports; English and Chinese), each STATING one relation of the five evaluated types (restricts or bans,
// adds to a list, designates, investigates, regulates) between entities the recognizer finds, in a form the rules may
// miss: reported speech, passives with and without an agent, nominalisations, coordinated acts and objects, apposition,
// relative clauses, fronted adverbials, a list's lead-in and its items, tables, pronouns, "along with", "as well as".
// What each states follows ../shared/docs/evaluation.md ("only those the text states in one sentence"; a pronoun's or a
// list item's act is its antecedent's or its lead-in's) and docs/recognition-evaluation.md "How matching works". Real
// public bodies and laws, invented companies. A probe the reader does not read as it should records what it reads today
// (`today`) and why (`gap`); relation-recall-probes.test.ts fails when a probe's reading changes either way.
import { A, D, G, I, R, r } from './relation-probe-kit.ts';
import { BIS, FCC, KESTREL, MARROWBY, OFAC, VELDRY } from './ids.ts';
import { HARROW } from './relation-probes.data.ts';
import {
  COMMERCE,
  CRANES,
  DRONES,
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

export type Form =
  | 'reported speech'
  | 'passive with agent'
  | 'passive without agent'
  | 'nominalisation'
  | 'coordinated acts'
  | 'coordinated objects'
  | 'apposition'
  | 'relative clause'
  | 'fronted adverbial'
  | 'list'
  | 'table'
  | 'pronoun'
  | 'along with'
  | 'as well as';

export type Genre =
  | 'wire'
  | 'press release'
  | 'hearing'
  | 'law-firm alert'
  | 'NGO'
  | 'court filing'
  | 'parliamentary answer'
  | 'statute quoted'
  | 'zh';

export interface RecallProbe {
  form: Form;
  genre: Genre;
  text: string;
  /** The relations the text states, `start TYPE end`. */
  want: string[];
  language?: 'zh';
  /** What the reader reads today where it is not `want`, sorted. */
  today?: string[];
  /** Why `today` differs from `want`. */
  gap?: string;
}

const rs = (...groups: string[][]): string[] => groups.flat();

type Extra = Partial<Pick<RecallProbe, 'today' | 'gap'>>;
const p = (form: Form, genre: Genre, text: string, want: string[], extra: Extra = {}): RecallProbe => ({
  form,
  genre,
  text,
  want,
  ...(genre === 'zh' ? { language: 'zh' as const } : {}),
  ...extra,
});

export const RECALL_PROBES: RecallProbe[] = [
  // ------------------------------------------------------------------ reported speech
  p('reported speech', 'wire', 'The Bureau of Industry and Security said on Tuesday that it had added Harrow Optics Ltd. to the Entity List.', r(BIS, A, HARROW)),
  p('reported speech', 'wire', 'Officials said the Federal Communications Commission had banned lidar sensors.', r(FCC, R, LIDAR)),
  p('reported speech', 'wire', 'The Federal Communications Commission has banned lidar sensors, two people familiar with the matter said.', r(FCC, R, LIDAR)),
  p('reported speech', 'press release', 'The Secretary announced that the Department of Commerce will restrict imports of harbour cranes.', r(COMMERCE, R, CRANES)),
  p('reported speech', 'NGO', 'We note that the European Commission regulates drones.', r(EU_COMMISSION, G, DRONES), { today: [], gap: 'the complement of a report\'s "We note that" is not read for regulates (helper-254\'s gap, restated)' }),
  p('reported speech', 'hearing', 'MR. ROSS. As I said earlier, the Office of Foreign Assets Control designated Veldry Trawl Ltd. in March.', r(OFAC, D, VELDRY)),
  p('reported speech', 'court filing', 'Plaintiffs allege, and Defendants admit, that the Bureau of Industry and Security added Kestrel Cranes Ltd. to the Entity List on 3 May.', r(BIS, A, KESTREL)),
  p('reported speech', 'parliamentary answer', 'The Minister stated that the Office for Product Safety and Standards is investigating Marrowby Cable Co. Ltd.', r(OPSS, I, MARROWBY)),
  p('reported speech', 'law-firm alert', 'According to the notice, the Department of Commerce has opened an investigation into imports of forklift trucks.', r(COMMERCE, I, FORKLIFTS)),
  p('reported speech', 'wire', 'The United States Trade Representative imposed tariffs on forklift trucks, a spokesperson confirmed.', r(USTR, R, FORKLIFTS)),
  p('reported speech', 'zh', '商务部新闻发言人表示，商务部已将凯斯特雷尔起重机有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_KESTREL)),
  p('reported speech', 'zh', '据海关总署消息，海关总署已禁止进口激光雷达。', r(GACC, R, ZH_LIDAR)),
  // ------------------------------------------------------------------ passive with an agent
  p('passive with agent', 'wire', 'Harrow Optics Ltd. was added to the Entity List by the Bureau of Industry and Security on Friday.', r(BIS, A, HARROW)),
  p('passive with agent', 'press release', 'Lidar sensors have been banned by the Federal Communications Commission since May.', r(FCC, R, LIDAR)),
  p('passive with agent', 'law-firm alert', 'Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd. were designated by the Office of Foreign Assets Control.', r(OFAC, D, KESTREL, MARROWBY)),
  p('passive with agent', 'NGO', 'Drones are regulated by the European Commission under a 2019 framework.', r(EU_COMMISSION, G, DRONES)),
  p('passive with agent', 'court filing', 'Veldry Trawl Ltd. is being investigated by the Department of Commerce.', r(COMMERCE, I, VELDRY)),
  p('passive with agent', 'wire', 'Exports of forklift trucks to Russia are now restricted by the Bureau of Industry and Security.', r(BIS, R, FORKLIFTS, RUSSIA), { today: ['authority:bis RESTRICTS product:~forklift-truck'], gap: 'the destination after the goods ("to Russia") is not read in a passive whose agent follows the participle' }),
  p('passive with agent', 'parliamentary answer', 'Marrowby Cable Co. Ltd. has been under investigation by the Office for Product Safety and Standards since January.', r(OPSS, I, MARROWBY)),
  p('passive with agent', 'hearing', 'MS. LANE. Harbour cranes were hit with tariffs by the United States Trade Representative last year.', r(USTR, R, CRANES)),
  p('passive with agent', 'zh', '凯斯特雷尔起重机有限公司被商务部列入不可靠实体清单。', r(MOFCOM, A, ZH_KESTREL)),
  p('passive with agent', 'zh', '激光雷达已被海关总署禁止进口。', r(GACC, R, ZH_LIDAR)),
  // ------------------------------------------------------------------ passive without an agent (the actor an instrument or a fronted "under")
  p('passive without agent', 'statute quoted', 'Under the Secure Equipment Act of 2021, lidar sensors may no longer be authorized.', r(SEA, R, LIDAR), { today: [], gap: 'an agentless passive of not permitting ("may no longer be authorized") after a fronted "Under" instrument: no cue reads it' }),
  p('passive without agent', 'law-firm alert', 'Pursuant to the Secure Equipment Act of 2021, drones are prohibited from authorization.', r(SEA, R, DRONES)),
  p('passive without agent', 'wire', 'The Bureau of Industry and Security acted on Monday: Harrow Optics Ltd. was added to the Entity List.', r(BIS, A, HARROW)),
  p('passive without agent', 'NGO', 'The European Commission acted in 2019, and since then drones have been regulated.', r(EU_COMMISSION, G, DRONES)),
  p('passive without agent', 'court filing', 'The Office of Foreign Assets Control issued the designation on 3 May; Veldry Trawl Ltd. was designated without notice.', r(OFAC, D, VELDRY)),
  // ------------------------------------------------------------------ nominalisation
  p('nominalisation', 'wire', "The Commerce Department's addition of Harrow Optics Ltd. to the Entity List rattled investors.", r(COMMERCE, A, HARROW)),
  p('nominalisation', 'law-firm alert', "The Bureau of Industry and Security's addition of Kestrel Cranes Ltd. to the Entity List took effect on 3 May.", r(BIS, A, KESTREL)),
  p('nominalisation', 'NGO', "The Federal Communications Commission's prohibition of lidar sensors was overdue.", r(FCC, R, LIDAR)),
  p('nominalisation', 'press release', 'The designation of Veldry Trawl Ltd. by the Office of Foreign Assets Control follows its support for the fleet.', r(OFAC, D, VELDRY)),
  p('nominalisation', 'wire', 'The investigation by the Office for Product Safety and Standards into Marrowby Cable Co. Ltd. is expected to last a year.', r(OPSS, I, MARROWBY)),
  p('nominalisation', 'hearing', "SENATOR HALE. The United States Trade Representative's tariffs on forklift trucks have cost farmers dearly.", r(USTR, R, FORKLIFTS)),
  p('nominalisation', 'court filing', "The Department of Commerce's restrictions on harbour cranes are arbitrary and capricious.", r(COMMERCE, R, CRANES)),
  p('nominalisation', 'law-firm alert', "The European Commission's regulation of drones has become stricter.", r(EU_COMMISSION, G, DRONES)),
  p('nominalisation', 'parliamentary answer', 'The listing of Kestrel Cranes Ltd. by the Bureau of Industry and Security on the Entity List is a matter for the United States.', r(BIS, A, KESTREL), { today: ['authority:~bureau-of-industry-and-security-on-the-entity-list DESIGNATES company:~kestrel-cranes-ltd'], gap: 'recognition reads "Bureau of Industry and Security on the Entity List" as one body, and "listing" as designating' }),
  p('nominalisation', 'NGO', 'A ban by the Federal Communications Commission on drones took effect in December.', r(FCC, R, DRONES)),
  p('nominalisation', 'zh', '商务部对凯斯特雷尔起重机有限公司的调查仍在进行。', r(MOFCOM, I, ZH_KESTREL)),
  // ------------------------------------------------------------------ coordinated acts
  p('coordinated acts', 'wire', 'The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List and restricted exports of lidar sensors.', rs(r(BIS, A, HARROW), r(BIS, R, LIDAR))),
  p('coordinated acts', 'press release', 'The Office of Foreign Assets Control designated Veldry Trawl Ltd. and blocked its property.', r(OFAC, D, VELDRY)),
  p('coordinated acts', 'law-firm alert', 'The Department of Commerce investigated and then restricted harbour cranes.', rs(r(COMMERCE, I, CRANES), r(COMMERCE, R, CRANES))),
  p('coordinated acts', 'NGO', 'The Federal Communications Commission first regulated, then banned lidar sensors.', rs(r(FCC, G, LIDAR), r(FCC, R, LIDAR)), { today: ['authority:fcc RESTRICTS product:~lidar-sensor'], gap: 'coordinated verbs before one object ("first regulated, then banned X"): only the last verb reaches the object' }),
  p('coordinated acts', 'hearing', 'MR. ROSS. The Office for Product Safety and Standards investigated Marrowby Cable Co. Ltd., found breaches and banned its forklift trucks.', rs(r(OPSS, I, MARROWBY), r(OPSS, R, FORKLIFTS, MARROWBY))),
  p('coordinated acts', 'court filing', 'The Bureau of Industry and Security designated Kestrel Cranes Ltd. a military end user and added it to the Entity List.', rs(r(BIS, D, KESTREL), r(BIS, A, KESTREL))),
  p('coordinated acts', 'wire', 'The United States Trade Representative not only imposed tariffs on harbour cranes but also restricted forklift trucks.', r(USTR, R, CRANES, FORKLIFTS)),
  p('coordinated acts', 'zh', '商务部对凯斯特雷尔起重机有限公司展开调查，并将其列入不可靠实体清单。', rs(r(MOFCOM, I, ZH_KESTREL), r(MOFCOM, A, ZH_KESTREL)), { today: ['authority:mofcom INVESTIGATES company:~\u51ef\u65af\u7279\u96f7\u5c14\u8d77\u91cd\u673a\u6709\u9650\u516c\u53f8'], gap: 'the Chinese pronoun 其 after 并将 is not taken up as the object of the second act' }),
  // ------------------------------------------------------------------ coordinated objects
  p('coordinated objects', 'wire', 'The Bureau of Industry and Security added Harrow Optics Ltd., Kestrel Cranes Ltd. and Marrowby Cable Co. Ltd. to the Entity List.', r(BIS, A, HARROW, KESTREL, MARROWBY)),
  p('coordinated objects', 'press release', 'The Federal Communications Commission banned lidar sensors and drones.', r(FCC, R, LIDAR, DRONES)),
  p('coordinated objects', 'law-firm alert', 'The Department of Commerce restricted imports of harbour cranes, forklift trucks and lidar sensors.', r(COMMERCE, R, CRANES, FORKLIFTS, LIDAR)),
  p('coordinated objects', 'NGO', 'The Office of Foreign Assets Control designated both Veldry Trawl Ltd. and Kestrel Cranes Ltd.', r(OFAC, D, VELDRY, KESTREL)),
  p('coordinated objects', 'parliamentary answer', 'The Office for Product Safety and Standards is investigating Marrowby Cable Co. Ltd. and Harrow Optics Ltd.', r(OPSS, I, MARROWBY, HARROW)),
  p('coordinated objects', 'wire', 'The United States Trade Representative imposed tariffs on harbour cranes, on forklift trucks and on drones.', r(USTR, R, CRANES, FORKLIFTS, DRONES)),
  p('coordinated objects', 'statute quoted', 'The Secure Equipment Act of 2021 applies to drones and to lidar sensors.', r(SEA, G, DRONES, LIDAR)),
  p('coordinated objects', 'zh', '商务部将凯斯特雷尔起重机有限公司和马罗比电缆有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_KESTREL, ZH_MARROWBY)),
  // ------------------------------------------------------------------ apposition
  p('apposition', 'wire', 'Harrow Optics Ltd., a lidar maker, was added to the Entity List by the Bureau of Industry and Security.', r(BIS, A, HARROW)),
  p('apposition', 'press release', 'The Office of Foreign Assets Control designated Veldry Trawl Ltd., a fishing company registered in Norland.', r(OFAC, D, VELDRY)),
  p('apposition', 'law-firm alert', 'The Bureau of Industry and Security, part of the Department of Commerce, added Kestrel Cranes Ltd. to the Entity List.', r(BIS, A, KESTREL)),
  p('apposition', 'NGO', "The Federal Communications Commission, the country's telecoms regulator, banned lidar sensors.", r(FCC, R, LIDAR)),
  p('apposition', 'court filing', 'Defendant, the Bureau of Industry and Security, added Plaintiff Harrow Optics Ltd. to the Entity List.', r(BIS, A, HARROW)),
  p('apposition', 'hearing', 'MR. ROSS. Our lead agency, the Office for Product Safety and Standards, is investigating Marrowby Cable Co. Ltd.', r(OPSS, I, MARROWBY)),
  p('apposition', 'wire', 'Kestrel Cranes Ltd., the harbour crane maker that the Department of Commerce restricted, fell 9%.', r(COMMERCE, R, KESTREL)),
  // ------------------------------------------------------------------ relative clauses
  p('relative clause', 'wire', 'Harrow Optics Ltd., which the Bureau of Industry and Security added to the Entity List in May, denied wrongdoing.', r(BIS, A, HARROW)),
  p('relative clause', 'press release', 'The Office of Foreign Assets Control, which designated Veldry Trawl Ltd. last year, acted again today.', r(OFAC, D, VELDRY)),
  p('relative clause', 'NGO', 'Lidar sensors, which the Federal Communications Commission banned in May, are still sold online.', r(FCC, R, LIDAR)),
  p('relative clause', 'law-firm alert', 'Companies such as Kestrel Cranes Ltd., whose harbour cranes the Department of Commerce restricted, must file reports.', r(COMMERCE, R, CRANES), { today: [], gap: '"whose" goods before a relative clause\'s subject and verb: the goods are not read as the verb\'s object' }),
  p('relative clause', 'court filing', 'Plaintiff is Marrowby Cable Co. Ltd., a company that the Office for Product Safety and Standards has investigated since January.', r(OPSS, I, MARROWBY)),
  p('relative clause', 'NGO', 'The European Commission, which regulates drones, published its guidance on Monday.', r(EU_COMMISSION, G, DRONES)),
  p('relative clause', 'wire', 'The tariffs that the United States Trade Representative imposed on forklift trucks take effect in June.', r(USTR, R, FORKLIFTS)),
  p('relative clause', 'parliamentary answer', 'Kestrel Cranes Ltd. is among the companies that were added to the Entity List by the Bureau of Industry and Security.', r(BIS, A, KESTREL)),
  p('relative clause', 'hearing', 'MS. LANE. It was the Federal Communications Commission that banned drones.', r(FCC, R, DRONES)),
  p('relative clause', 'zh', '被商务部列入不可靠实体清单的马罗比电缆有限公司表示将申请复议。', r(MOFCOM, A, ZH_MARROWBY), { today: [], gap: 'a Chinese relative clause before its noun (被X列入...的Y) is not read' }),
  // ------------------------------------------------------------------ fronted adverbials
  p('fronted adverbial', 'wire', 'On Tuesday, citing national security, the Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List.', r(BIS, A, HARROW)),
  p('fronted adverbial', 'press release', 'In a move aimed at the fishing fleet, the Office of Foreign Assets Control designated Veldry Trawl Ltd.', r(OFAC, D, VELDRY)),
  p('fronted adverbial', 'law-firm alert', 'Effective 3 May, the Federal Communications Commission prohibits lidar sensors.', r(FCC, R, LIDAR)),
  p('fronted adverbial', 'NGO', 'After years of complaints, the Office for Product Safety and Standards opened an investigation into Marrowby Cable Co. Ltd.', r(OPSS, I, MARROWBY)),
  p('fronted adverbial', 'wire', 'For the first time since 2019, the United States Trade Representative imposed tariffs on harbour cranes.', r(USTR, R, CRANES)),
  p('fronted adverbial', 'court filing', 'Without notice or a hearing, the Bureau of Industry and Security added Kestrel Cranes Ltd. to the Entity List.', r(BIS, A, KESTREL)),
  p('fronted adverbial', 'parliamentary answer', 'Since 2019 the European Commission has regulated drones.', r(EU_COMMISSION, G, DRONES)),
  p('fronted adverbial', 'zh', '2024年5月，商务部将马罗比电缆有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_MARROWBY)),
  p('fronted adverbial', 'zh', '为维护国家安全，海关总署禁止进口激光雷达。', r(GACC, R, ZH_LIDAR)),
  // ------------------------------------------------------------------ a list's lead-in and its items
  p('list', 'press release', 'The Bureau of Industry and Security added the following companies to the Entity List:\n\n- Harrow Optics Ltd.\n- Kestrel Cranes Ltd.\n- Marrowby Cable Co. Ltd.', r(BIS, A, HARROW, KESTREL, MARROWBY)),
  p('list', 'law-firm alert', 'The Federal Communications Commission banned the following:\n\n1. lidar sensors;\n2. drones.', r(FCC, R, LIDAR, DRONES)),
  p('list', 'NGO', 'Today the Office of Foreign Assets Control designated:\n\n- Veldry Trawl Ltd., a fishing company;\n- Kestrel Cranes Ltd., a crane maker.', r(OFAC, D, VELDRY, KESTREL), { today: [], gap: 'a bare verb before a colon ("designated:") is no list lead-in the reader knows; only a noun of companies or "the following" leads in' }),
  p('list', 'wire', 'The Department of Commerce restricted imports of three goods: harbour cranes, forklift trucks and lidar sensors.', r(COMMERCE, R, CRANES, FORKLIFTS, LIDAR)),
  p('list', 'statute quoted', 'The Secure Equipment Act of 2021 applies to:\n\n(a) drones; and\n(b) lidar sensors.', r(SEA, G, DRONES, LIDAR), { today: [], gap: '"applies to:" with enumerated items (a), (b) is not read as a lead-in of regulates' }),
  p('list', 'parliamentary answer', 'The Office for Product Safety and Standards is investigating two companies, namely Marrowby Cable Co. Ltd. and Harrow Optics Ltd.', r(OPSS, I, MARROWBY, HARROW)),
  p('list', 'zh', '商务部决定将以下实体列入不可靠实体清单：\n\n1. 凯斯特雷尔起重机有限公司；\n2. 马罗比电缆有限公司。', r(MOFCOM, A, ZH_KESTREL, ZH_MARROWBY)),
  // ------------------------------------------------------------------ tables
  p('table', 'press release', 'The Bureau of Industry and Security added the following entities to the Entity List:\n\n| Entity | Country |\n| --- | --- |\n| Harrow Optics Ltd. | Norland |\n| Kestrel Cranes Ltd. | Norland |', r(BIS, A, HARROW, KESTREL)),
  p('table', 'NGO', 'The Office of Foreign Assets Control designated these companies:\n\n| Company | Date |\n| --- | --- |\n| Veldry Trawl Ltd. | 3 May |\n| Marrowby Cable Co. Ltd. | 9 May |', r(OFAC, D, VELDRY, MARROWBY)),
  p('table', 'law-firm alert', 'The Department of Commerce restricted imports of the following goods:\n\n| Goods | Tariff |\n| --- | --- |\n| harbour cranes | 25% |\n| forklift trucks | 10% |', r(COMMERCE, R, CRANES, FORKLIFTS)),
  // ------------------------------------------------------------------ pronouns
  p('pronoun', 'wire', 'The Bureau of Industry and Security met on Monday. It added Harrow Optics Ltd. to the Entity List.', r(BIS, A, HARROW)),
  p('pronoun', 'press release', 'The Federal Communications Commission acted quickly. Within a week it had banned lidar sensors.', r(FCC, R, LIDAR), { today: [], gap: '"it" after an opening adverbial without a comma that is not a date ("Within a week it") is not taken up' }),
  p('pronoun', 'NGO', 'The Office for Product Safety and Standards received our complaint in March. In June, it opened an investigation into Marrowby Cable Co. Ltd.', r(OPSS, I, MARROWBY)),
  p('pronoun', 'law-firm alert', 'The Office of Foreign Assets Control has been busy. On 3 May it designated Veldry Trawl Ltd.', r(OFAC, D, VELDRY)),
  p('pronoun', 'court filing', 'The Department of Commerce did not consult Plaintiff. Instead, the agency restricted harbour cranes.', r(COMMERCE, R, CRANES), { today: [], gap: 'a definite noun of bodies ("the agency") is not taken up from the sentence before' }),
  p('pronoun', 'wire', 'Harrow Optics Ltd. makes lidar sensors. The Bureau of Industry and Security added the company to the Entity List.', r(BIS, A, HARROW)),
  p('pronoun', 'hearing', 'MR. ROSS. Veldry Trawl Ltd. supplied the fleet. The Office of Foreign Assets Control designated it in March.', r(OFAC, D, VELDRY)),
  p('pronoun', 'zh', '商务部高度重视此事。该部已将凯斯特雷尔起重机有限公司列入不可靠实体清单。', r(MOFCOM, A, ZH_KESTREL)),
  // ------------------------------------------------------------------ along with
  p('along with', 'wire', 'The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List along with Kestrel Cranes Ltd.', r(BIS, A, HARROW, KESTREL)),
  p('along with', 'wire', 'The Bureau of Industry and Security added Harrow Optics Ltd., along with Kestrel Cranes Ltd., to the Entity List.', r(BIS, A, HARROW, KESTREL)),
  p('along with', 'press release', 'The Office of Foreign Assets Control designated Veldry Trawl Ltd. along with Marrowby Cable Co. Ltd.', r(OFAC, D, VELDRY, MARROWBY)),
  p('along with', 'NGO', 'The Federal Communications Commission banned lidar sensors along with drones.', r(FCC, R, LIDAR, DRONES)),
  p('along with', 'law-firm alert', 'Along with Harrow Optics Ltd., Kestrel Cranes Ltd. was added to the Entity List by the Bureau of Industry and Security.', r(BIS, A, HARROW, KESTREL)),
  p('along with', 'wire', 'The Department of Commerce, along with the United States Trade Representative, restricted imports of harbour cranes.', rs(r(COMMERCE, R, CRANES), r(USTR, R, CRANES))),
  p('along with', 'parliamentary answer', 'Marrowby Cable Co. Ltd. is being investigated by the Office for Product Safety and Standards along with Harrow Optics Ltd.', r(OPSS, I, MARROWBY, HARROW), { today: ['authority:~office-for-product-safety-and-standards INVESTIGATES company:~marrowby-cable-co-ltd'], gap: '"along with" after a passive\'s agent chains no object' }),
  // ------------------------------------------------------------------ as well as
  p('as well as', 'wire', 'The Bureau of Industry and Security added Harrow Optics Ltd. as well as Kestrel Cranes Ltd. to the Entity List.', r(BIS, A, HARROW, KESTREL)),
  p('as well as', 'press release', 'The Federal Communications Commission banned lidar sensors as well as drones.', r(FCC, R, LIDAR, DRONES)),
  p('as well as', 'law-firm alert', 'The Office of Foreign Assets Control designated Veldry Trawl Ltd., as well as Marrowby Cable Co. Ltd.', r(OFAC, D, VELDRY, MARROWBY)),
  p('as well as', 'NGO', 'The Department of Commerce, as well as the United States Trade Representative, restricted forklift trucks.', rs(r(COMMERCE, R, FORKLIFTS), r(USTR, R, FORKLIFTS))),
  p('as well as', 'court filing', 'The Department of Commerce investigated harbour cranes as well as forklift trucks.', r(COMMERCE, I, CRANES, FORKLIFTS)),
  p('as well as', 'statute quoted', 'The Secure Equipment Act of 2021 applies to drones as well as lidar sensors.', r(SEA, G, DRONES, LIDAR)),
  p('as well as', 'hearing', 'MS. LANE. The Office for Product Safety and Standards regulates forklift trucks as well as harbour cranes.', r(OPSS, G, FORKLIFTS, CRANES)),
  // ------------------------------------------------------------------ helper-254's missed relations, restated
  p('apposition', 'wire', 'The Bureau of Industry and Security added Harrow Optics Ltd. to the Entity List, and its rival Kestrel Cranes Ltd. as well.', r(BIS, A, HARROW, KESTREL)),
  p('relative clause', 'NGO', 'The Office of Foreign Assets Control designated Veldry Trawl Ltd., a company whose trawlers the Department of Commerce had restricted.', rs(r(OFAC, D, VELDRY), r(COMMERCE, R, VELDRY))),
  p('relative clause', 'statute quoted', 'The prohibition in the Secure Equipment Act of 2021 shall apply to lidar sensors.', r(SEA, R, LIDAR), { today: [], gap: '"The prohibition in X shall apply to Y": the instrument inside the subject\'s prepositional phrase is no actor of "apply to" (helper-254\'s gap, restated)' }),
  p('reported speech', 'press release', 'The chairman said that the Federal Communications Commission had banned drones.', r(FCC, R, DRONES)),
  p('relative clause', 'wire', 'The Bureau of Industry and Security added Harrow Optics Ltd., which the Office of Foreign Assets Control had designated in May, to the Entity List.', rs(r(BIS, A, HARROW), r(OFAC, D, HARROW))),
];
