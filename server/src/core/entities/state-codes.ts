/**
 * Postal codes of the states and territories of federations whose news writes them
 * alone (`NSW`, `QLD`, `NY`, `TX`): general geography. A code is read as its state
 * only with evidence, since most are also acronyms or words: after a place and a comma
 * (`New York City, NY`), or when the document names three codes of one federation or
 * more (a table of states).
 */
const CODES: Record<string, Record<string, string>> = {
  AU: {
    NSW: 'New South Wales', VIC: 'Victoria', QLD: 'Queensland', SA: 'South Australia', WA: 'Western Australia',
    TAS: 'Tasmania', NT: 'Northern Territory', ACT: 'Australian Capital Territory',
  },
  US: {
    AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
    DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
    KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
    MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
    NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
    OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee',
    TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
  },
  CA: {
    AB: 'Alberta', BC: 'British Columbia', MB: 'Manitoba', NB: 'New Brunswick', NL: 'Newfoundland and Labrador',
    NS: 'Nova Scotia', ON: 'Ontario', PE: 'Prince Edward Island', QC: 'Quebec', SK: 'Saskatchewan', YT: 'Yukon',
  },
};

/** The federations whose code this is, with the state's name in each. */
export function stateOf(code: string): { federation: string; name: string }[] {
  const out: { federation: string; name: string }[] = [];
  const key = code.toUpperCase();
  for (const [federation, codes] of Object.entries(CODES)) if (codes[key]) out.push({ federation, name: codes[key] });
  return out;
}

/** The federation a state's full name belongs to (`Queensland` → AU), if any. */
export function federationOfState(name: string): string | undefined {
  return (FEDERATION_OF_STATE ??= new Map(Object.entries(CODES).flatMap(([federation, codes]) => Object.values(codes).map((n) => [n, federation] as const)))).get(name);
}
let FEDERATION_OF_STATE: Map<string, string> | undefined;

/**
 * Codes that spell no word and stand for no common body, read as their state with no other evidence (`NSW Records …`,
 * `NY ranks No. 2`, `killed in NJ crash`). Not the codes that are words or other initials (`IN`, `OR`, `ME`, `PA`, `MD`,
 * `VA`, `CO`, `CT`, `MS`, `SD`, `AR`, `ID`, `NE` …).
 */
export const STATE_ONLY_CODES: ReadonlySet<string> = new Set(['NSW', 'QLD', 'NY', 'NJ', 'MN', 'AZ', 'NM', 'NV', 'NH', 'NC', 'ND', 'TX', 'FL', 'KY', 'KS', 'IL', 'WV', 'WY', 'VT', 'RI', 'TN']);

/** How many codes a document must name of one federation for each to be read as a state. */
export const TABLE_OF_STATES = 3;

/** The AP's abbreviations of the US states, written after a city (`Birmingham, Ala.`) and in party tags (`D-Calif.`). */
const AP_ABBREVIATIONS: Record<string, string> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee',
  'Tex.': 'Texas', 'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** Australian states abbreviated with a full stop in addresses (`Melbourne, Vic. 3002`). */
const AU_ABBREVIATIONS: Record<string, string> = { 'Vic.': 'Victoria', 'Qld.': 'Queensland', 'Tas.': 'Tasmania' };

/**
 * The AP's abbreviations (and Australia's) that spell no word, name nor other abbreviation: their state wherever they
 * stand (`Without Calif. & N.Y.`). `Ill.`, `Miss.`, `Mass.`, `Wash.`, `Pa.`, `Ark.` and the like need a city before them.
 */
export const DOTTED_STATES: ReadonlySet<string> = new Set([
  'Calif.', 'Ariz.', 'Colo.', 'Conn.', 'Fla.', 'Tenn.', 'Okla.', 'Wyo.', 'Neb.', 'Nev.', 'Minn.', 'Mich.', 'Ky.', 'Ala.', 'Md.', 'Wis.',
  'N.Y.', 'N.J.', 'N.H.', 'N.M.', 'N.C.', 'N.D.', 'S.C.', 'S.D.', 'R.I.', 'W.Va.',
  // Australia's, in addresses (`Box Hill South Vic.`, `Laverton, Vic.`)
  'Vic.', 'Qld.', 'Tas.',
]);

/** The state an AP (or Australian) abbreviation stands for. */
export function stateOfAbbreviation(abbreviation: string): string | undefined {
  return AP_ABBREVIATIONS[abbreviation] ?? AU_ABBREVIATIONS[abbreviation];
}
