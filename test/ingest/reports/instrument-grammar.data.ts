// The coverage matrix of the instrument grammar (eyecite's approach: every form a reader of US, EU and PRC policy texts
// meets, each in one short sentence of the team's own, names and numbers invented or public). A row records what
// extract() (ingest/reports/evaluate.ts) reads of the sentence with the catalog withheld, so the grammar alone is
// tested: every Law record as "name: surfaces" (sorted; "(procedural)" before a procedural citation's). One record per
// instrument with every surface form it has in the text, as the gold sets annotate (a short form taken up is a surface
// of the instrument it names). A row the grammar does not read as it should records what it reads instead (`today`)
// and why (`gap`); instrument-grammar.test.ts fails when any row's reading changes either way.
export interface Row {
  form: string;
  text: string;
  want: string[];
  today?: string[];
  gap?: string;
}

export const ROWS: Row[] = [
  { form: "named-act-year", text: "The Harbor Sensor Integrity Act of 2027 bars federal buyers from acquiring lidar units from listed vendors.", want: ["Harbor Sensor Integrity Act of 2027: Harbor Sensor Integrity Act of 2027"] },
  { form: "named-act", text: "Port operators must comply with the Harbor Sensor Integrity Act before buying cranes.", want: ["Harbor Sensor Integrity Act: Harbor Sensor Integrity Act"] },
  { form: "uk-act", text: "The Connected Kettles Safety Act 2025 sets security duties for makers of smart appliances.", want: ["Connected Kettles Safety Act 2025: Connected Kettles Safety Act 2025"] },
  { form: "section-of-act", text: "Section 12 of the Harbor Sensor Integrity Act of 2027 applies to port operators.", want: ["Harbor Sensor Integrity Act of 2027: Harbor Sensor Integrity Act of 2027"] },
  { form: "section-of-act-lower", text: "Duties under section 232 of the Trade Expansion Act of 1962 now cover drone frames.", want: ["Trade Expansion Act of 1962: Trade Expansion Act of 1962"] },
  { form: "bare-section-after-act", text: "USTR keeps duties under Section 301 of the Trade Act of 1974 on drone batteries. The Section 301 tariffs also reach cameras.", want: ["Trade Act of 1974: Section 301 | Trade Act of 1974"] },
  { form: "bare-section-alone", text: "Section 301 duties now reach drone batteries.", want: ["Section 301: Section 301"] },
  { form: "public-law", text: "The grant programme was created by Pub. L. 118-77 last year.", want: ["(procedural) Public Law 118-77: Pub. L. 118-77"] },
  { form: "public-law-apposed", text: "The Secure Harbor Act of 2026, Pub. L. 119-12, bars federal buyers from acquiring port cranes from listed vendors.", want: ["Secure Harbor Act of 2026: Pub. L. 119-12 | Secure Harbor Act of 2026"] },
  { form: "us-code", text: "The agency relies on 50 U.S.C. 4801 et seq. for its export powers.", want: ["(procedural) 50 U.S.C. 4801: 50 U.S.C. 4801"] },
  { form: "cfr-part", text: "Exporters of drone modules must follow 15 CFR part 744.", want: ["(procedural) 15 CFR part 744: 15 CFR part 744"] },
  { form: "cfr-section", text: "Exporters must screen buyers under 15 CFR § 744.21 before shipping.", want: ["(procedural) 15 CFR 744.21: 15 CFR § 744.21"] },
  { form: "federal-register", text: "The notice was printed at 90 FR 11234.", want: ["(procedural) 90 FR 11234: 90 FR 11234"] },
  { form: "executive-order-forms", text: "Executive Order 14117 limits bulk data transfers. E.O. 14117 took effect in April. EO 14117 was later amended.", want: ["Executive Order 14117: E.O. 14117 | EO 14117 | Executive Order 14117"] },
  { form: "executive-order-bracketed", text: "Executive Order (E.O.) 14117 limits bulk data transfers.", want: ["Executive Order 14117: Executive Order (E.O.) 14117"] },
  { form: "proclamation", text: "Proclamation 9888 raised duties on drone frames.", want: ["Proclamation 9888: Proclamation 9888"] },
  { form: "proclamation-presidential", text: "Presidential Proclamation 9888 raised duties on drone frames.", want: ["Proclamation 9888: Presidential Proclamation 9888"] },
  { form: "eu-regulation", text: "Regulation (EU) 2023/1230 covers machinery with networked controls.", want: ["Regulation (EU) 2023/1230: Regulation (EU) 2023/1230"] },
  { form: "eu-directive", text: "Directive (EU) 2022/2555 covers network security of hospitals.", want: ["Directive (EU) 2022/2555: Directive (EU) 2022/2555"] },
  { form: "eu-implementing", text: "Commission Implementing Regulation (EU) 2019/1793 sets import checks on certain goods.", want: ["Regulation (EU) 2019/1793: Commission Implementing Regulation (EU) 2019/1793"] },
  { form: "eu-delegated", text: "Commission Delegated Regulation (EU) 2019/945 covers drones sold in the Union.", want: ["Regulation (EU) 2019/945: Commission Delegated Regulation (EU) 2019/945"] },
  { form: "eu-cfsp", text: "Council Decision (CFSP) 2022/266 lists entities that support the occupation.", want: ["Decision (CFSP) 2022/266: Council Decision (CFSP) 2022/266"] },
  { form: "eu-numbered", text: "Council Regulation (EU) No 833/2014 bans exports of drone engines to Russia.", want: ["Regulation (EU) No 833/2014: Council Regulation (EU) No 833/2014"] },
  { form: "eu-old", text: "Directive 95/46/EC was repealed in 2018.", want: ["Directive 95/46/EC: Directive 95/46/EC"] },
  { form: "eu-bare", text: "The Commission published its Implementing Regulation 2024/2690 on network security.", want: ["Regulation (EU) 2024/2690: Implementing Regulation 2024/2690"] },
  { form: "zh-law", text: "《网络安全法》适用于网络运营者。", want: ["网络安全法: 《网络安全法》"] },
  { form: "zh-regulations", text: "《关键信息基础设施安全保护条例》规定了运营者的责任。", want: ["关键信息基础设施安全保护条例: 《关键信息基础设施安全保护条例》"] },
  { form: "zh-measures", text: "《网络数据安全管理办法》征求意见稿已经发布。", want: ["网络数据安全管理办法: 《网络数据安全管理办法》"] },
  { form: "zh-listed", text: "商务部将该公司列入不可靠实体清单。", want: ["不可靠实体清单: 不可靠实体清单"] },
  { form: "entity-list", text: "The Department placed Lumora Optics on the Entity List.", want: ["Entity List: Entity List"] },
  { form: "covered-list", text: "The Commission put Lumora Optics equipment on the Covered List.", want: ["Covered List: Covered List"] },
  { form: "sdn-list", text: "Treasury added Lumora Optics to the SDN List.", want: ["SDN List: SDN List"] },
  { form: "1260h-list", text: "The Pentagon named Lumora Optics on its 1260H list of Chinese military companies.", want: ["section 1260H list: 1260H list"] },
  { form: "defined-list-acronym", text: "The Treasury keeps the Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List). Lumora Optics sits on the NS-CMIC List.", want: ["Non-SDN Chinese Military-Industrial Complex Companies List: NS-CMIC List | Non-SDN Chinese Military-Industrial Complex Companies List"] },
  { form: "the-act", text: "Congress passed the Harbor Sensor Integrity Act of 2027 in May. The Act bars federal buyers from acquiring lidar units.", want: ["Harbor Sensor Integrity Act of 2027: Act | Harbor Sensor Integrity Act of 2027"] },
  { form: "the-order-fcc", text: "The Commission adopted the Secure Radio Equipment Order in 2026. The Order bars new authorizations for covered transmitters.", want: ["Secure Radio Equipment Order: Order | Secure Radio Equipment Order"] },
  { form: "the-executive-order-lower", text: "Executive Order 14117 limits bulk data transfers. The executive order directs the Department to issue rules.", want: ["Executive Order 14117: Executive Order 14117 | executive order"] },
  { form: "the-proclamation", text: "Proclamation 9888 raised duties on drone frames. The proclamation covers their parts too.", want: ["Proclamation 9888: Proclamation 9888 | proclamation"] },
  { form: "the-regulation", text: "Regulation (EU) 2019/945 sets rules for drones. The Regulation applies to makers of drones.", want: ["Regulation (EU) 2019/945: Regulation | Regulation (EU) 2019/945"] },
  { form: "acronym-defined-act", text: "The Department issued the rule under the International Emergency Economic Powers Act (IEEPA). IEEPA gives the President broad powers.", want: ["International Emergency Economic Powers Act: IEEPA | International Emergency Economic Powers Act"] },
  { form: "acronym-defined-regulations", text: "The Export Administration Regulations (EAR) control drone exports. Under the EAR, a license is required.", want: ["Export Administration Regulations: EAR | Export Administration Regulations"] },
  { form: "acronym-defined-fy-ndaa", text: "The National Defense Authorization Act for Fiscal Year 2019 (FY2019 NDAA) restricts purchases of surveillance cameras. Section 889 of the FY2019 NDAA bars federal agencies from buying them.", want: ["National Defense Authorization Act for Fiscal Year 2019: FY2019 NDAA | National Defense Authorization Act for Fiscal Year 2019"] },
  { form: "defined-term-named-rule", text: "The Department issued a final rule (the \"Connected Vehicles Rule\") that bans imports of covered vehicle software. The Rule takes effect next year.", want: ["Connected Vehicles Rule: Connected Vehicles Rule | Rule"] },
  { form: "defined-term-bare-rule", text: "The Department published a rule on connected cameras (the \"Rule\") in March. The Rule bars imports of covered cameras.", want: ["rule on connected cameras: Rule | rule on connected cameras"] },
  { form: "named-rule-capitalised", text: "The Connected Vehicles Rule bans imports of covered vehicle software.", want: ["Connected Vehicles Rule: Connected Vehicles Rule"] },
  { form: "named-rule-lower", text: "The connected vehicles rule bans imports of covered vehicle software.", want: ["connected vehicles rule: connected vehicles rule"] },
  { form: "named-rule-acronym", text: "The ICTS rule restricts transactions in covered software.", want: ["ICTS rule: ICTS rule"], today: [], gap: "a rule named by an acronym of its subject in capitals: the thing-rule grammar reads lower-case subjects only, and an acronym there may be a body's (\"the FCC rule\") or a state's (\"the EU regulation\")" },
  { form: "dated-name", text: "The 2019 National Defense Authorization Act restricts purchases of surveillance cameras.", want: ["2019 National Defense Authorization Act: 2019 National Defense Authorization Act"] },
  { form: "bill-house", text: "H.R. 2864 would ban federal purchases of lidar units.", want: ["(procedural) H.R. 2864: H.R. 2864"] },
  { form: "bill-senate", text: "S. 1234 would ban federal purchases of lidar units.", want: ["(procedural) S. 1234: S. 1234"] },
  { form: "signed-executive-order", text: "The President signed an executive order on connected cameras in March. The order directs the Department to review supply chains.", want: ["executive order: executive order | order"] },
  { form: "signed-proclamation", text: "The President signed a proclamation on drone frames in March. The proclamation raises duties to 25 percent.", want: ["proclamation: proclamation"] },
  { form: "dated-executive-order", text: "A 2019 executive order authorized the Department to prohibit certain transactions in network equipment. The order named no country.", want: ["2019 executive order: 2019 executive order | order"] },
  { form: "dated-executive-order-after-one", text: "The President signed Executive Order 13873 in May. A 2019 executive order authorized the Department to prohibit certain transactions in network equipment.", want: ["Executive Order 13873: Executive Order 13873"] },
  { form: "interim-final-rule", text: "The Department issued an interim final rule on drone parts. The rule takes effect in sixty days.", want: ["interim final rule: interim final rule | rule"] },
  { form: "final-rule", text: "The Department issued a final rule on connected cameras. The rule bans imports of covered cameras.", want: ["final rule: final rule | rule"] },
  { form: "this-proclamation", text: "The President issued Proclamation 9888 on drone frames. This proclamation raises duties to 25 percent.", want: ["Proclamation 9888: Proclamation 9888 | proclamation"], today: ["Proclamation 9888: Proclamation 9888"], gap: "\"this\" before an instrument word is the document itself in an instrument (self.ts); in a report it takes up the one named before only in the relation reader (relation-rules.yaml anaphora), no mention" },
  { form: "generic-rule", text: "Agencies write rules, and a rule can be challenged in court.", want: [] },
  { form: "generic-executive-order", text: "An executive order cannot repeal a statute.", want: [] },
  { form: "federal-register-notice", text: "The Federal Register notice of March 3 announced the hearing.", want: [] },
  { form: "signed-relative", text: "Senator, the executive order the President signed in March tells us to act. The order covers routers.", want: ["executive order: executive order | order"] },
  { form: "negated-final-rule", text: "The Department has published an advance notice on drones but has not issued a final rule on them.", want: [] },
  { form: "announced-executive-order", text: "Today, President Lind signed an executive order protecting port cranes. The order bars imports of cranes from foreign adversaries.", want: ["Notes: executive order"] },
  { form: "defined-term-acronym-rule", text: "BIS issued an interim final rule (the \"IFR\") on drone parts. The IFR takes effect in May.", want: ["interim final rule: IFR | interim final rule"] },
  { form: "defined-term-order", text: "In 2025 the agency adopted an order (the \"Order\") that bars new authorizations. The Order covers transmitters.", want: ["order: Order | order"] },
];
