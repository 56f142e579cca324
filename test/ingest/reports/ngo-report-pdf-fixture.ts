// The text and layout of a development fixture in PDF, written with pdf-writer.ts: a (fictional) digital-rights NGO's
// investigative report on surveillance camera and drone makers supplying police and sanctioned buyers, with footnotes
// at the foot of its pages and raised note marks. `node test/ingest/reports/ngo-report-pdf-fixture.ts` writes
// test/ingest/reports/fixtures/surveillance-cameras-drones-police-ngo-investigation.pdf (its gold:
// test/gold/recognition-dev105.yaml); the PDF adapter reads it as a user's PDF, pages as locators.
// In the text, "^N" marks the place of note N (raised, small, after the preceding word). The layout is pdf-layout.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, type PdfLine } from './pdf-writer.ts';
import { type Block, pages as layPages } from './pdf-layout.ts';

export const BLOCKS: Block[] = [
  { kind: 'meta', text: 'Civic Sightline Foundation' },
  { kind: 'title', text: 'Eyes for Hire' },
  { kind: 'subtitle', text: 'How camera and drone makers keep supplying police and sanctioned forces' },
  { kind: 'meta', text: 'Investigative report CSF-2026-07 | September 2026' },
  { kind: 'break', text: '' },
  { kind: 'heading', text: 'Summary' },
  { kind: 'para', text: 'Over eleven months, the Civic Sightline Foundation traced how surveillance cameras and small drones made in China reach police forces and security units that are themselves under sanctions. We reviewed shipping records, procurement notices and company filings, and interviewed nine former employees of distributors in the Gulf and South-East Asia.' },
  { kind: 'para', text: 'Our central finding is simple. Restrictions imposed on the best-known manufacturers have not stopped their products from reaching abusive end users; they have moved the trade to intermediaries that no list yet names.' },
  { kind: 'heading', text: '1. The manufacturers and the rules that already apply to them' },
  { kind: 'para', text: 'Hangzhou Hikvision Digital Technology Co., Ltd. and Zhejiang Dahua Technology Co., Ltd. are the two largest makers of video surveillance equipment in the world. In October 2019 the US Department of Commerce added both companies to the Entity List for their role in the mass surveillance of Uyghurs in Xinjiang.^1 In November 2022 the Federal Communications Commission barred new authorizations of their video surveillance cameras for public safety and critical infrastructure uses, which in practice keeps new models off the US market.^2' },
  { kind: 'para', text: 'The US Treasury has also placed Hikvision on its Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List), so US persons may not buy its publicly traded securities.^3' },
  { kind: 'para', text: 'SZ DJI Technology Co., Ltd., the dominant maker of consumer and commercial drones, was added to the Entity List in December 2020 and to the NS-CMIC List a year later. Federal agencies have been prohibited from buying or operating drones from DJI and other covered foreign entities since the American Security Drone Act of 2023 took effect.^4' },
  { kind: 'para', text: 'Smaller manufacturers attract far less attention. Shenzhen Feiyuan Skyview Aviation Technology Co., Ltd., which sells fixed-wing mapping drones and thermal camera payloads, is on no list we could find in any jurisdiction.' },
  { kind: 'heading', text: '2. Myanmar: cameras for the police of a junta' },
  { kind: 'para', text: 'Since 2021 the European Union has prohibited the sale of equipment that might be used for internal repression, and of equipment for monitoring telecommunications, to anyone in Myanmar.^5 The United Kingdom imposes similar restrictions.^6 Neither measure names a camera brand.' },
  { kind: 'para', text: 'Customs data we obtained show that between March 2024 and February 2025 Corvina Security Systems FZE, a trading company registered in the Jebel Ali Free Zone in Dubai, shipped at least 1,900 network cameras bearing Dahua model numbers to a Yangon importer. Two former Corvina staff told us the cameras were installed at checkpoints operated by the Myanmar Police Force.^7 Dahua told us that it complies with all applicable export control laws and does not sell to Corvina directly.' },
  { kind: 'heading', text: '3. Russia and Iran: drones and payloads' },
  { kind: 'para', text: 'Feiyuan Skyview thermal payloads appear in at least four sets of drone wreckage documented by Ukrainian investigators in 2025. In January 2026 the Bureau of Industry and Security added two Hong Kong resellers of those payloads, Saltmarsh Components Ltd. and Stonebridge Sensing Ltd., to the Entity List for supplying Russian forces, but left the manufacturer itself untouched.^8' },
  { kind: 'para', text: 'In Iran, Hikvision cameras remain in service across Tehran, where they feed the systems the Law Enforcement Command of the Islamic Republic of Iran (FARAJA) uses to identify women who defy hijab rules. The Council of the European Union has listed FARAJA under its human rights sanctions regime against Iran since 2011 and restricts exports of monitoring equipment to the country.^9' },
  { kind: 'heading', text: '4. Police buyers in democracies' },
  { kind: 'para', text: 'Governments in open societies have moved, though slowly. In November 2022 the UK Cabinet Office told government departments to stop deploying Chinese-made surveillance cameras on sensitive sites. Australia\'s Department of Defence removed Hikvision and Dahua cameras from its buildings in 2023.^10' },
  { kind: 'para', text: 'Police forces have been slower still. Of 43 territorial police forces in England and Wales that answered our freedom of information requests, 31 still operate DJI drones, and 12 have bought new DJI aircraft since 2023.' },
  { kind: 'heading', text: '5. Recommendations' },
  { kind: 'para', text: 'The Council of the European Union should add Corvina Security Systems FZE to the list of persons subject to restrictive measures in respect of Myanmar. The Bureau of Industry and Security should review whether Shenzhen Feiyuan Skyview Aviation Technology Co., Ltd. meets the criteria for the Entity List. Police forces should publish the makers of every camera and drone they operate.' },
];

export const NOTES: Record<string, string> = {
  '1': 'Addition of Certain Entities to the Entity List, 84 Fed. Reg. 54002 (Oct. 9, 2019), 15 C.F.R. part 744, Supplement No. 4.',
  '2': 'Federal Communications Commission, Report and Order, FCC 22-84 (Nov. 25, 2022), implementing the Secure Equipment Act of 2021.',
  '3': 'Executive Order 14032 of June 3, 2021, 86 Fed. Reg. 30145; Office of Foreign Assets Control, NS-CMIC List.',
  '4': 'American Security Drone Act of 2023, Pub. L. 118-31, div. A, title XVIII, subtitle B.',
  '5': 'Council Regulation (EU) No 401/2013 of 2 May 2013 concerning restrictive measures in respect of Myanmar/Burma, Articles 3 and 3a.',
  '6': 'The Myanmar (Sanctions) Regulations 2021, S.I. 2021/496, regulations 21 to 23.',
  '7': 'Interviews with former Corvina employees, Dubai and Bangkok, June 2025 (names withheld).',
  '8': 'Additions to the Entity List, 91 Fed. Reg. 2214 (Jan. 15, 2026).',
  '9': 'Council Regulation (EU) No 359/2011 of 12 April 2011, Annex I and Annex III.',
  '10': 'Cabinet Office, written ministerial statement HCWS393 (Nov. 24, 2022); Australian Department of Defence, statement of Apr. 2023.',
};

const SIZES: Record<Block['kind'], number> = { title: 24, subtitle: 14, meta: 10, heading: 13, para: 10.5, break: 0 };
/** The document's pages, set by pdf-layout.ts: each note on one line, the foundation's foot centred. */
export function pages(): PdfLine[][] {
  return layPages({
    blocks: BLOCKS,
    sizes: SIZES,
    noteLines: (n) => [`${n} ${NOTES[n]}`],
    foot: (i) => ({ text: `Civic Sightline Foundation | Eyes for Hire | ${i + 1}`, x: 200, y: 36, size: 8 }),
  });
}

export const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'surveillance-cameras-drones-police-ngo-investigation.pdf');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(FIXTURE, makePdf(pages()));
  console.log(`wrote ${path.relative(process.cwd(), FIXTURE)}`);
}
