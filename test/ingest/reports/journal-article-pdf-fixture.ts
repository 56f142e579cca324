// The text and layout of a development fixture in PDF, written with pdf-writer.ts: a (fictional) law-journal article on
// export controls, data-security law and Chinese chip and cloud companies, with Bluebook-style footnotes at the foot of
// its pages and raised note marks. `node test/ingest/reports/journal-article-pdf-fixture.ts` writes
// test/ingest/reports/fixtures/chips-data-export-controls-law-journal-article.pdf (its gold:
// test/gold/recognition-dev120.yaml); the PDF adapter reads it as a user's PDF, pages as locators.
// In the text, "^N" marks the place of note N (raised, small, after the preceding word). The layout, shared with
// ngo-report-pdf-fixture.ts, is pdf-layout.ts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makePdf, type PdfLine } from './pdf-writer.ts';
import { type Block, breakLines, MEASURE, pages as layPages } from './pdf-layout.ts';

export const BLOCKS: Block[] = [
  { kind: 'meta', text: 'HALVERSTON JOURNAL OF TECHNOLOGY & SECURITY LAW | Vol. 9, No. 2 (2026), pp. 311-352' },
  { kind: 'title', text: 'Walls Around Compute' },
  { kind: 'subtitle', text: 'Export Controls, Data-Security Statutes and the Chinese Cloud' },
  { kind: 'meta', text: 'Rosalind F. Okereke^* and Matthias Brandvold^**' },
  { kind: 'heading', text: 'Abstract' },
  { kind: 'para', text: 'Since 2022 the United States has tried to slow China\'s progress in artificial intelligence by controlling the chips, tools and, increasingly, the data on which it depends. This Article examines the two legal tracks that now carry that effort: export controls administered by the Commerce Department under the Export Control Reform Act of 2018, and a newer family of data-security statutes that restrict transfers of Americans\' personal data to foreign adversaries. We argue that the tracks were designed separately, rest on different theories of harm, and leave a gap through which remote access to computing power flows largely unregulated.' },
  { kind: 'heading', text: 'I. Introduction' },
  { kind: 'para', text: 'Export control law has traditionally regulated the movement of things across borders. The rules adopted in October 2022 broke with that tradition. By restricting exports of advanced computing integrated circuits and semiconductor manufacturing equipment to China, the Bureau of Industry and Security (BIS) sought to cap the computing capacity available to Chinese developers rather than to deny any single end use.^1 The controls were tightened in October 2023 and again in December 2024, when BIS added 140 Chinese entities, most of them chipmakers and toolmakers, to the Entity List.^2' },
  { kind: 'para', text: 'Congress meanwhile approached the problem from the other end. The Protecting Americans\' Data from Foreign Adversaries Act of 2024 (PADFA) makes it unlawful for a data broker to sell or otherwise make available sensitive data of United States individuals to any entity controlled by a foreign adversary.^3 Enforcement falls to the Federal Trade Commission, which treats a violation as an unfair or deceptive act or practice.^4' },
  { kind: 'heading', text: 'II. The Export Control Track' },
  { kind: 'heading', text: 'A. Statutory authority' },
  { kind: 'para', text: 'Section 1753 of the Export Control Reform Act directs the Secretary of Commerce to establish controls on the export, reexport and in-country transfer of items by United States persons and foreign persons alike.^5 The Act also authorizes the Secretary to keep a list of foreign persons whose activities are contrary to the national security or foreign policy of the United States; the Entity List, codified in Supplement No. 4 to Part 744 of the Export Administration Regulations (EAR), is that list.^6' },
  { kind: 'heading', text: 'B. Huawei and the foreign direct product rule' },
  { kind: 'para', text: 'The case of Huawei Technologies Co., Ltd. shows how far the Entity List can reach. Huawei was designated in May 2019, the same week that Executive Order 13873 declared a national emergency with respect to the information and communications technology supply chain.^7 In August 2020 BIS amended the foreign direct product rule so that foreign-made chips produced with United States tools and software also require a license when Huawei is a party to the transaction.^8 Courts have largely declined to second-guess such measures; in Huawei\'s challenge to the procurement ban in section 889 of the National Defense Authorization Act for Fiscal Year 2019, the district court held that the provision was not a bill of attainder.^9' },
  { kind: 'para', text: 'Semiconductor Manufacturing International Corporation (SMIC), China\'s largest foundry, followed in December 2020. Its listing carries a presumption of denial for items uniquely required to produce semiconductors at advanced technology nodes. Smaller firms have fared no better: Yangtze Memory Technologies Co., Ltd. (YMTC) was added in December 2022, and the risk of diversion through resellers has led BIS to impose license requirements on parties in third countries as well.' },
  { kind: 'heading', text: 'C. The cloud gap' },
  { kind: 'para', text: 'None of these controls reaches a Chinese developer that rents computing time from a data center in Malaysia or the United States. The EAR control the export of a chip, not access to it. In January 2024 BIS proposed a rule that would require United States providers of infrastructure as a service to verify the identity of their foreign customers and to report training runs of large models.^10 That proposal remains pending. A provider such as Qianmu Cloud Computing (Shenzhen) Co., Ltd., which markets GPU clusters hosted outside China to customers inside it, therefore faces no license requirement at all.' },
  { kind: 'heading', text: 'III. The Data-Security Track' },
  { kind: 'para', text: 'The data-security statutes rest on a different theory. Their concern is not what China can build but what it can learn. The Protecting Americans from Foreign Adversary Controlled Applications Act, enacted in the same package as PADFA, prohibits app stores and hosting services from distributing applications controlled by a foreign adversary, and names ByteDance Ltd. and TikTok as covered from the start.^11 The Supreme Court upheld the Act against a First Amendment challenge in January 2025.^12' },
  { kind: 'para', text: 'PADFA is broader in one respect and narrower in another. It covers every data broker, not only app developers, but it reaches only transfers for consideration and exempts a company that transmits data in providing a service to the individual. A Chinese cloud provider that stores a customer\'s records in Virginia is arguably no data broker at all. The Federal Trade Commission has not yet brought a case under the Act, and its first enforcement choices will shape the statute far more than its text.' },
  { kind: 'heading', text: 'IV. Conclusion' },
  { kind: 'para', text: 'Export controls ask where a thing goes; data-security law asks who may see the information. Remote access to compute falls between the two. We propose that Congress amend the Export Control Reform Act to treat the provision of computing capacity above a defined threshold to an entity on the Entity List as an export, and that the Commerce Department coordinate any such rule with the Federal Trade Commission so that a single transaction is not judged by two inconsistent standards.' },
];

export const NOTES: Record<string, string> = {
  '*': 'Professor of Law, Tellbridge University School of Law.',
  '**': 'Senior Fellow, Penwarden Institute for Technology Policy.',
  '1': 'Implementation of Additional Export Controls: Certain Advanced Computing and Semiconductor Manufacturing Items, 87 Fed. Reg. 62,186 (Oct. 13, 2022) (codified at 15 C.F.R. pts. 734, 740, 742, 744).',
  '2': 'Additions to the Entity List, 89 Fed. Reg. 96,830 (Dec. 5, 2024).',
  '3': 'Protecting Americans\' Data from Foreign Adversaries Act of 2024, Pub. L. No. 118-50, div. I, § 2(a), 138 Stat. 895, 960 (codified at 15 U.S.C. § 9901).',
  '4': 'Id. § 2(d); see 15 U.S.C. § 45 (2018).',
  '5': '50 U.S.C. § 4813(a) (2018).',
  '6': 'Id. § 4813(a)(2); 15 C.F.R. pt. 744, supp. no. 4 (2025).',
  '7': 'Exec. Order No. 13,873, 84 Fed. Reg. 22,689 (May 17, 2019); Addition of Entities to the Entity List, 84 Fed. Reg. 22,961 (May 21, 2019).',
  '8': 'Addition of Huawei Non-U.S. Affiliates to the Entity List, 85 Fed. Reg. 51,596 (Aug. 20, 2020).',
  '9': 'Huawei Techs. USA, Inc. v. United States, 440 F. Supp. 3d 607 (E.D. Tex. 2020); see Pub. L. No. 115-232, § 889, 132 Stat. 1636, 1917 (2018).',
  '10': 'Taking Additional Steps To Address the National Emergency With Respect to Significant Malicious Cyber-Enabled Activities, 89 Fed. Reg. 5698 (proposed Jan. 29, 2024).',
  '11': 'Pub. L. No. 118-50, div. H, § 2, 138 Stat. 895, 955 (2024).',
  '12': 'TikTok Inc. v. Garland, 145 S. Ct. 57 (2025) (per curiam).',
};

const SIZES: Record<Block['kind'], number> = { title: 22, subtitle: 14, meta: 10, heading: 12, para: 10.5, break: 0 };
/** The document's pages, set by pdf-layout.ts: notes wrapped to the measure, the journal's running foot. */
export function pages(): PdfLine[][] {
  return layPages({
    blocks: BLOCKS,
    sizes: SIZES,
    noteLines: (n) => breakLines(`${n} ${NOTES[n]}`, 8, MEASURE - 10),
    foot: (i) => ({ text: `${311 + i}    HALVERSTON J. TECH. & SEC. L.    [Vol. 9:311`, x: 180, y: 36, size: 8 }),
  });
}

export const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'chips-data-export-controls-law-journal-article.pdf');

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  fs.writeFileSync(FIXTURE, makePdf(pages()));
  console.log(`wrote ${path.relative(process.cwd(), FIXTURE)}`);
}
