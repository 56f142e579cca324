// The ids of the bodies, acts, companies and products the relation tests' own sentences name (fictional ones, and real
// bodies by their public names), written once for the relations-*.test.ts files.
export const BIS = 'authority:bis';
export const FCC = 'authority:fcc';
export const OFAC = 'authority:~office-of-foreign-assets-control';
export const COUNCIL = 'authority:~norland-trade-council';
export const NMA = 'authority:~norland-maritime-administration';
export const ACT = 'law:~valdmark-crane-safety-act';
export const KESTREL = 'company:~kestrel-cranes-ltd';
export const MARROWBY = 'company:~marrowby-cable-co-ltd';
export const VELDRY = 'company:~veldry-trawl-ltd';
export const CRANES = 'product:~harbour-crane';
export const FORKLIFTS = 'product:~forklift-truck';
