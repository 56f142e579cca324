// The text of a development fixture in Word, written with docx-writer.ts: a (fictional) research institute's policy
// brief on Chinese connected devices and drones in US water and power systems, with an executive summary, numbered
// recommendations addressed to named agencies and to Congress, and endnotes as Word footnotes citing statutes, rules
// and reports. `node test/ingest/reports/think-tank-brief-docx-fixture.ts` writes
// test/ingest/reports/fixtures/utility-connected-devices-drones-think-tank-policy-brief.docx (its gold:
// test/gold/recognition-dev110.yaml); the DOCX adapter reads it as a user's Word file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DocxBlock, makeDocx } from './docx-writer.ts';

export const BLOCKS: DocxBlock[] = [
  { text: 'Keddleston Institute for Infrastructure Security' },
  { heading: 'Wired for Risk: Chinese Connected Devices and Drones in America\'s Water and Power Systems', level: 1 },
  { text: 'Policy Brief No. 26-14 | November 2026' },
  { text: 'Ines Marlowe-Quist and Tobias Wrenfield' },
  { heading: 'Executive Summary', level: 2 },
  { text: 'Utilities across the United States run on equipment they cannot fully see into. Cellular modules, network cameras, drones and solar inverters made by Chinese firms now sit inside water treatment plants, electric substations and pipeline control rooms. Federal law restricts some of these products when a federal agency is the buyer, but almost none of it reaches the roughly 50,000 community water systems and 3,000 electric utilities that own and operate most of the nation\'s critical infrastructure.[^1]' },
  { text: 'This brief maps that gap and makes seven recommendations. Our core finding is simple: the rules follow the buyer, not the network. A camera that the Department of Defense may not purchase can still be bolted to a municipal pump station that shares a control network with a federal dam.' },
  { heading: '1. What the federal rules already cover', level: 2 },
  { text: 'Section 889 of the John S. McCain National Defense Authorization Act for Fiscal Year 2019 bars executive agencies from procuring telecommunications and video surveillance equipment produced by Huawei Technologies Company, ZTE Corporation, Hytera Communications Corporation, Hangzhou Hikvision Digital Technology Company and Dahua Technology Company.[^2] The Federal Acquisition Regulation carries the bar into every federal contract through a standard clause.' },
  { text: 'In November 2022 the Federal Communications Commission stopped authorizing new equipment from the same five companies, relying on the Covered List it keeps under the Secure and Trusted Communications Networks Act of 2019.[^3] Three years later the Commission placed uncrewed aircraft systems and their critical components produced abroad, including those of SZ DJI Technology Co., Ltd. and Autel Robotics, on that list.' },
  { text: 'The American Security Drone Act of 2023 prohibits federal agencies from buying or operating drones manufactured by covered foreign entities, a category that takes in any company on the Entity List maintained by the Commerce Department\'s Bureau of Industry and Security (BIS).[^4]' },
  { text: 'For the grid, the toolbox is thinner. Executive Order 13920, which prohibited transactions in bulk-power system electric equipment tied to foreign adversaries, was suspended in January 2021 and has since lapsed.[^5] The North American Electric Reliability Corporation\'s supply chain standard, CIP-013-2, obliges larger utilities to assess vendor risk but names no country and no vendor.' },
  { heading: '2. Where the devices are', level: 2 },
  { text: 'Our survey of 212 utilities in 14 states found Chinese-made cellular modules in 61 percent of the remote terminal units and smart meters installed since 2020. The most common suppliers were Quectel Wireless Solutions and Fibocom Wireless Inc., whose modules link everything from flow meters to substation sensors.[^6] Neither company appears on any federal restriction list, although the House Select Committee on the CCP has asked Commerce to examine both.' },
  { text: 'Drones are the second gap. Inspection crews at 38 of the surveyed utilities fly DJI aircraft over transmission lines and reservoirs. Several states, Florida first among them, have barred their own agencies from operating drones made in China, yet none of those laws reaches a municipal utility or an electric cooperative.' },
  { text: 'Solar inverters are the third. Huawei Digital Power and Sungrow Power Supply Co., Ltd. together supplied about a fifth of the inverters at the utility-scale sites we reviewed. In 2025 engineers reported undocumented cellular radios in some imported inverters; the Department of Energy opened a review whose results have not been published.[^7] A smaller maker, Hangzhou Lingxun IoT Technology Co., Ltd., sells the data loggers that many of those sites use to report output.' },
  { heading: '3. Recommendations', level: 2 },
  { text: '1. Congress should extend the section 889 prohibition to recipients of federal water and energy infrastructure grants, so that no federal dollar buys covered equipment for a utility.' },
  { text: '2. The Department of Commerce should use its authority under Executive Order 13873 to open a review of cellular IoT modules designed or supplied by companies subject to the jurisdiction of the People\'s Republic of China, and should publish its findings within one year.' },
  { text: '3. The Federal Communications Commission should add cellular modules produced by Quectel and Fibocom to the Covered List if the national security agencies find that they pose an unacceptable risk.' },
  { text: '4. The Cybersecurity and Infrastructure Security Agency (CISA) should publish guidance naming the classes of connected devices it considers high-risk in operational technology networks.' },
  { text: '5. The Environmental Protection Agency should require community water systems serving more than 10,000 people to inventory Chinese-made drones and network cameras during sanitary surveys.' },
  { text: '6. The Department of Energy should restore the bulk-power system order in a narrower form that prohibits the installation of inverters from foreign adversary manufacturers at utility-scale sites.' },
  { text: '7. State legislatures should follow Florida and Texas by barring state and local utilities from buying drones from countries of concern.' },
  { heading: '4. Conclusion', level: 2 },
  { text: 'None of these steps is costly when set against a single compromised water plant. The federal government has already decided that these products are too risky for its own networks; it should not leave the networks that keep the taps running to chance.' },
];

export const NOTES: Record<string, string> = {
  1: 'Environmental Protection Agency, Drinking Water Infrastructure Needs Survey and Assessment: Seventh Report to Congress (April 2023); U.S. Energy Information Administration, Annual Electric Power Industry Report, Form EIA-861 (2024).',
  2: 'Pub. L. No. 115-232, § 889, 132 Stat. 1636, 1917 (2018); 48 C.F.R. § 52.204-25.',
  3: 'Pub. L. No. 116-124, 134 Stat. 158 (2020); Protecting Against National Security Threats to the Communications Supply Chain through the Equipment Authorization Program, Report and Order, FCC 22-84 (Nov. 25, 2022).',
  4: 'Pub. L. No. 118-31, div. A, title XVIII, subtitle B (2023); 15 C.F.R. part 744, supp. no. 4.',
  5: 'Exec. Order No. 13920, 85 Fed. Reg. 26595 (May 4, 2020); Exec. Order No. 13990, § 7(c), 86 Fed. Reg. 7037 (Jan. 25, 2021).',
  6: 'Keddleston Institute utility survey, June to September 2026 (n = 212); module makers identified from FCC identifiers on field units.',
  7: 'Department of Energy, statement to reporters, May 2025.',
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(import.meta.dirname, 'fixtures', 'utility-connected-devices-drones-think-tank-policy-brief.docx');
  fs.writeFileSync(out, makeDocx(BLOCKS, NOTES));
  console.log(out);
}
