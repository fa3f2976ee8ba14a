// Decisions the importer applies to the reference data: our ids, the sector taxonomy,
// indicator definitions and each zone's status bucket. Kept apart from the importer's mechanics.

/** Technology sectors follow the focus list of the Feb 2022 STZA–ZBRA Letter of Intent plus SEDA's own
 * sectors; economy sectors are the SBP FDI categories the press reported. */
export const sectors = [
  {
    id: 'it-software',
    name: 'IT & software',
    group: 'technology',
    description: 'Software products, IT services and cloud.',
  },
  {
    id: 'ites',
    name: 'IT-enabled services',
    group: 'technology',
    description: 'BPO, freelancing platforms and remote services.',
  },
  {
    id: 'ai-robotics',
    name: 'AI & robotics',
    group: 'technology',
    description: 'AI, data and robotics (ZBRA LoI focus areas).',
  },
  {
    id: 'fintech',
    name: 'Fintech & blockchain',
    group: 'technology',
    description: 'Payments, digital finance and blockchain (ZBRA LoI focus areas).',
  },
  {
    id: 'electronics',
    name: 'Electronics & semiconductors',
    group: 'technology',
    description: 'Hardware, electronics and semiconductors (ZBRA LoI focus area).',
  },
  {
    id: 'biotech-pharma',
    name: 'Biotech & pharma',
    group: 'technology',
    description: 'Biotechnology and pharmaceutical chemicals (ZBRA LoI, SEDA sectors).',
  },
  {
    id: 'automotive-equipment',
    name: 'Automotive & equipment',
    group: 'technology',
    description: "Equipment manufacturing, automobiles and energy (SEDA's largest sectors).",
  },
  {
    id: 'consumer-goods',
    name: 'Consumer goods',
    group: 'technology',
    description: 'Food, beverage, packaging, textiles and retail (SEDA sectors).',
  },
  {
    id: 'power',
    name: 'Power',
    group: 'economy',
    description: 'SBP FDI category: power (hydel, coal, renewables).',
  },
  {
    id: 'financial-services',
    name: 'Financial services',
    group: 'economy',
    description: 'SBP FDI category: financial business.',
  },
  {
    id: 'oil-gas',
    name: 'Oil & gas exploration',
    group: 'economy',
    description: 'SBP FDI category: oil and gas exploration.',
  },
  {
    id: 'communication',
    name: 'Communication',
    group: 'economy',
    description: 'SBP FDI category: communication (telecom, IT).',
  },
];

const ind = (id, name, unit, frequency, description) => ({ id, name, unit, frequency, description });
export const indicators = [
  ind(
    'population',
    'Population',
    'persons',
    'census',
    'Population counted by the Pakistan Bureau of Statistics census (2017, 2023).',
  ),
  ind(
    'population-growth',
    'Population growth',
    '% per year',
    'census',
    'Average annual growth between censuses.',
  ),
  ind(
    'urban-share',
    'Urban population share',
    '%',
    'census',
    'Share of the population living in urban areas (census).',
  ),
  ind(
    'share-age-0-14',
    'Population aged under 15',
    '%',
    'census',
    'Share of the population aged 0–14 (census).',
  ),
  ind(
    'share-age-15-24',
    'Population aged 15–24',
    '%',
    'census',
    'Share of the population aged 15–24 (census).',
  ),
  ind('share-age-15-29', 'Population aged 15–29', '%', 'census', 'Share of the population aged 15–29.'),
  ind(
    'share-age-15-64',
    'Population aged 15–64',
    '%',
    'census',
    'Share of the population aged 15–64 (census).',
  ),
  ind(
    'share-age-65-plus',
    'Population aged 65 and over',
    '%',
    'census',
    'Share of the population aged 65 and over (census).',
  ),
  ind(
    'share-age-under-30',
    'Population aged under 30',
    '%',
    'census',
    'Share of the population aged under 30 (UNDP NHDR 2017).',
  ),
  ind(
    'share-age-under-40',
    'Population aged under 40',
    '%',
    'census',
    'Share of the population aged under 40.',
  ),
  ind(
    'young-share-claimed',
    'Young people (as claimed)',
    '%',
    'irregular',
    '"Over 64% of population is young": the STZA chairman at the 2022 Letter of Intent.',
  ),
  ind(
    'literacy-rate',
    'Literacy rate',
    '%',
    'census',
    'Literate share of the population aged 10 and over (census).',
  ),
  ind('household-size', 'Average household size', 'persons', 'census', 'Persons per household (census).'),
  ind(
    'chinese-residents',
    'Chinese residents',
    'count',
    'census',
    'Chinese nationals counted as residents in the census.',
  ),
  ind('labour-force', 'Labour force', 'persons', 'fiscal-year', 'Labour Force Survey.'),
  ind('employed', 'Employed persons', 'persons', 'fiscal-year', 'Labour Force Survey.'),
  ind('unemployed', 'Unemployed persons', 'persons', 'fiscal-year', 'Labour Force Survey.'),
  ind('unemployment-rate', 'Unemployment rate', '%', 'fiscal-year', 'Labour Force Survey.'),
  ind(
    'employment-to-population',
    'Employment-to-population ratio',
    '%',
    'fiscal-year',
    'Labour Force Survey.',
  ),
  ind(
    'fdi-net-total',
    'Net FDI into Pakistan',
    'USD',
    'fiscal-year',
    'Net foreign direct investment from all countries (SBP, as reported in the press).',
  ),
  ind(
    'fdi-net-china',
    'Net FDI from China',
    'USD',
    'fiscal-year',
    'Net foreign direct investment from China (SBP, as reported in the press).',
  ),
  ind(
    'fdi-net-hong-kong',
    'Net FDI from Hong Kong',
    'USD',
    'fiscal-year',
    'Net foreign direct investment from Hong Kong (SBP).',
  ),
  ind(
    'fdi-net-uae',
    'Net FDI from the UAE',
    'USD',
    'fiscal-year',
    'Net foreign direct investment from the UAE (SBP).',
  ),
  ind(
    'fdi-china-by-sector',
    'FDI from China by sector',
    'USD',
    'fiscal-year',
    'FDI from China into one SBP sector.',
  ),
  ind(
    'fdi-total-by-sector',
    'Net FDI by sector',
    'USD',
    'fiscal-year',
    'Net FDI from all countries into one SBP sector.',
  ),
  ind(
    'ict-exports',
    'ICT export remittances',
    'USD',
    'fiscal-year',
    'Telecom, computer and information services export remittances (SBP / MoITT).',
  ),
  ind(
    'pbs-it-exports',
    'IT services exports (PBS)',
    'USD',
    'fiscal-year',
    'A different series from the SBP remittances; never mixed with them on one chart.',
  ),
  ind(
    'cpec-headline',
    'CPEC headline figures',
    'USD',
    'irregular',
    'Announced, early-harvest and realised CPEC investment, each a dated statement rather than a series.',
  ),
  ind(
    'stz-count',
    'Special Technology Zones',
    'count',
    'irregular',
    'Number of STZs reported by STZA or the IT ministry at a date.',
  ),
  ind(
    'stz-developer-investment',
    'Zone developer investment',
    'PKR',
    'irregular',
    'Infrastructure investment by zone developers.',
  ),
  ind(
    'licensed-enterprises',
    'Enterprises licensed in STZs',
    'count',
    'irregular',
    'Enterprises holding an STZA licence.',
  ),
  ind(
    'investor-eois',
    'Investor expressions of interest',
    'count',
    'irregular',
    'Investor EOIs received for a zone.',
  ),
  ind(
    'seda-fortune500',
    'Fortune-listed companies at SEDA',
    'count',
    'irregular',
    'Companies at SEDA on a Fortune list, as each source words it: China Daily (2018) counts the Fortune Global 500; the 2022 announcement says "Fortune 500". Different lists; each figure names its own.',
  ),
  ind(
    'seda-cumulative-investment',
    'SEDA project investment 1993–2012',
    'USD',
    'cumulative',
    'Cumulative project investment in SEDA.',
  ),
  ind('seda-cumulative-gdp', 'SEDA GDP 1993–2012', 'CNY', 'cumulative', 'Cumulative GDP of SEDA.'),
  ind(
    'seda-cumulative-output',
    'SEDA industrial output 1993–2012',
    'CNY',
    'cumulative',
    'Cumulative industrial output of SEDA.',
  ),
  ind(
    'shenyang-fdi-used',
    'Shenyang actual use of foreign capital',
    'USD',
    'annual',
    'Foreign capital actually used in Shenyang city.',
  ),
  ind(
    'zone-companies',
    'Companies in zones (illustrative)',
    'count',
    'annual',
    'ILLUSTRATIVE: no public per-zone count exists; a seeded split of the one sourced national figure, STZA\'s "20+" licensed enterprises by Aug 2022 (split as 20). No later total is given, so none is invented.',
  ),
  ind(
    'zone-investment',
    'Developer investment by zone (illustrative)',
    'PKR',
    'annual',
    'ILLUSTRATIVE: a seeded split of the sourced Rs30bn four-zone total by zone and sector.',
  ),
];

export const demographicIndicator = {
  population: 'population',
  population_growth_rate_2017_2023: 'population-growth',
  population_growth_rate_1998_2017: 'population-growth',
  urban_share: 'urban-share',
  household_size: 'household-size',
  literacy_rate: 'literacy-rate',
  chinese_residents: 'chinese-residents',
  share_age_under_15: 'share-age-0-14',
  share_age_15_24: 'share-age-15-24',
  share_age_15_29: 'share-age-15-29',
  share_age_15_64: 'share-age-15-64',
  share_age_65_plus: 'share-age-65-plus',
  share_age_under_30: 'share-age-under-30',
  share_age_under_40: 'share-age-under-40',
  share_young_claimed: 'young-share-claimed',
  labour_force: 'labour-force',
  employed: 'employed',
  unemployed: 'unemployed',
  unemployment_rate: 'unemployment-rate',
  employment_to_population_ratio: 'employment-to-population',
};

/** ISO 3166-2:PK codes. */
export const provinceCodes = {
  Punjab: 'PK-PB',
  Sindh: 'PK-SD',
  'Khyber Pakhtunkhwa': 'PK-KP',
  Balochistan: 'PK-BA',
  'Islamabad Capital Territory': 'PK-IS',
  'FATA (merged into KP in 2018)': 'PK-TA',
};

const s = (status, shortName, extra = {}) => ({ status, shortName, ...extra });
/** Our own placement (no source gives Z-Park's coordinates): Beijing's city centre. */
const beijingCentre = { lat: 39.9042, lon: 116.4074 };
/** Status buckets read from each zone's status text in the reference data. */
export const zoneStatus = {
  'stz-islamabad-technopolis': s('planned', 'Islamabad Technopolis'),
  'stz-ieng-tech-park': s('planned', 'iENGINEERING Park'),
  'stz-lahore-technopolis': s('launched', 'Lahore Technopolis'),
  'stz-pakistan-digital-city': s('launched', 'Digital City Haripur'),
  'stz-paf-iast': s('notified', 'PAF-IAST Haripur'),
  'stz-must-mirpur': s('planned', 'MUST Mirpur'),
  'stz-nust': s('notified', 'NUST Islamabad'),
  'stz-tech7': s('notified', 'Tech7 Islamabad'),
  'stz-mindbridge': s('notified', 'Mindbridge Lahore'),
  'stz-capital-smart': s('notified', 'Capital Smart Rawalpindi'),
  'stz-karachi-education-city': s('approved', 'Karachi Education City'),
  'stz-gilgit-planned': s('planned', 'Gilgit (planned)'),
  'stz-kp-planned-peshawar': s('planned', 'Peshawar (planned)'),
  'stz-kp-planned-mardan': s('planned', 'Mardan (planned)'),
  'stz-kp-planned-mingora': s('planned', 'Swat (planned)'),
  'stz-quetta-planned': s('planned', 'Quetta (planned)'),
  'cn-seda': s('counterpart', 'SEDA Shenyang', {
    statusNote: 'Chinese counterpart: STZA–SEDA Letter of Intent, Aug 2022',
  }),
  // The reference data has no coordinates for Z-Park: Beijing's city centre is used and labelled an estimate.
  'cn-zpark': s('counterpart', 'Z-Park Beijing', {
    statusNote: 'Chinese counterpart via ZBRA: STZA–ZBRA Letter of Intent, Feb 2022',
    coordinates: {
      ...beijingCentre,
      note: 'Beijing city centre, placed by the dashboard team: the source gives no coordinates',
      method: `Placed by us at Beijing’s city centre (${beijingCentre.lat}, ${beijingCentre.lon}) so the counterpart can be drawn; Z-Park spans many sites in Beijing and the reference data has no coordinates for it.`,
    },
  }),
};

/** A figure quoted in a record's own words ("total tech parks 44" → "44"); the import stops without it. */
function quoted(text, pattern, what) {
  const m = pattern.exec(text ?? '');
  if (!m) throw new Error(`reference data: ${what} not found in "${text}"`);
  return m[1];
}
const en = (n) => n.toLocaleString('en-GB');
export { quoted };

/**
 * How each estimate in the reference data was made, where its record does not say so itself.
 * Keyed by a record's metric/flow or id; the importer refuses an estimate that has no method.
 * Every figure in a method is read from the record it describes, never typed here.
 */
const methods = {
  share_age_under_40: () =>
    'Taken from a secondary summary of the 2023 census (CW Pakistan), not from PBS’s own tables; not checked against them.',
  share_age_15_29: () => 'Rounded figure from a secondary report (Organiser citing Express Tribune).',
  'stz-must-mirpur': (r) =>
    `Area converted by us from ${en(r.areaKanal)} kanal at ${en(r.areaKanal / r.areaAcres)} kanal = 1 acre.`,
  'ICT export remittances (telecom + computer + information services, SBP)': (r) =>
    `Rounded by the source to $${en(r.valueUSD / 1e9)}bn (IT & ITeS services only, without freelancing).`,
  'zone-count-2025-07-19': (r) =>
    `As the IT Ministry was quoted; the wording does not make clear whether ${r.value} counts zones or parks (it also cites ${quoted(r.text, /tech parks (\d+)/, 'tech parks')} tech parks).`,
  'plan-2022': () =>
    'From a secondary report (TDM News citing WealthPK); the events it describes are dated to the month only.',
  'loc-shenyang': (r) =>
    `Shenyang’s city centre from an unidentified public coordinates file; SEDA itself lies about ${quoted(r.precision, /~(\d+ km [a-z-]+)/, 'SEDA’s distance')} (${quoted(r.precision, /\(([^)]+)\)$/, 'its citation')}).`,
};

/** The method of an estimate: the record's own note when it says how, else the table above. */
export function methodFor(r) {
  const key =
    r.metric ??
    (r.flow && methods[r.flow] ? r.flow : undefined) ??
    (r.type === 'zone-count' ? `zone-count-${r.date}` : undefined) ??
    (r.type === 'plan' ? `plan-${r.date}` : undefined) ??
    r.id;
  if (methods[key]) return methods[key](r);
  if (r.confidence === 'approximate' && r.note && /derived|rounded|converted/.test(r.note)) return r.note;
  if (r.confidence === 'approximate' && r.notes && /convert/.test(r.notes)) return r.notes;
  return undefined;
}

/** What each zone count counted, in the source's words: counts of different definitions are never compared. */
export const zoneCountDefinition = {
  '2022-06-02': 'zones rolled out (STZA)',
  '2024-08-16': 'existing plus newly notified zones (STZA)',
  '2025-07-19': 'zones cited by the IT Ministry (counting unclear)',
};

/**
 * The exact list each SEDA count refers to: China Daily names the Fortune Global 500; the announcement
 * says "Fortune 500" (a different, US list), and its words are kept as they are.
 */
export const fortuneList = {
  2018: 'Fortune Global 500',
  2022: 'Fortune 500',
};

/** Sectors we assigned: the announcement names the companies but not their sectors. */
const ours = (what) => `Classified by the dashboard team from ${what}; the source names no sector.`;
export const companySector = {
  'BMW Group (BMW Brilliance)': {
    sectorId: 'automotive-equipment',
    method: ours('the company’s car making'),
  },
  Neusoft: { sectorId: 'it-software', method: ours('its software and IT services business') },
  Pfizer: { sectorId: 'biotech-pharma', method: ours('its pharmaceuticals business') },
  NCR: {
    sectorId: 'electronics',
    method: ours(
      'its ATM and point-of-sale hardware; the sector name includes semiconductors, which no source reports at SEDA',
    ),
  },
  IKEA: { sectorId: 'consumer-goods', method: ours('its furniture retail') },
  'iENGINEERING Corporation (MoU with STZA)': {
    sectorId: 'it-software',
    method: ours('its technology-park development'),
  },
};

const kinds = {
  'Letter of Intent': 'letter-of-intent',
  legislation: 'legislation',
  institution: 'institution',
  governance: 'governance',
  plan: 'plan',
  MoU: 'mou',
  claim: 'claim',
  context: 'context',
  event: 'institution',
};
export const eventKind = Object.assign((f) => kinds[f.type] ?? 'context', {
  title(f) {
    const t = f.text;
    if (t.startsWith('STZA and SEDA signed')) return 'STZA–SEDA Letter of Intent';
    if (t.startsWith('LoI for S&T')) return 'STZA–ZBRA Letter of Intent';
    if (t.startsWith('National Assembly passed')) return 'STZA Act passed by National Assembly';
    if (t.startsWith('STZA Act 2021')) return 'STZA Act 2021 in force';
    if (t.startsWith('STZA launched')) return 'STZA launched';
    if (t.startsWith('China-Pakistan Science')) return 'S&T Cooperation Centre opens in Beijing';
    if (t.startsWith('Amer Hashmi resigned')) return 'STZA chairman resigns';
    if (t.startsWith('STZA reported inactive')) return 'STZA reported inactive';
    if (t.startsWith('Azfar Manzoor')) return 'Acting STZA chairman appointed';
    if (t.startsWith('Online event')) return 'SEDA–STZA online event';
    if (t.startsWith('SEDA is home'))
      return `Announcement: ${quoted(t, /(\d+) Fortune 500/, 'the claimed count')} Fortune 500 firms at SEDA`;
    if (t.startsWith('STZA has a dedicated')) return 'Announcement: STZA China Desk';
    if (t.startsWith('Economic Survey')) return 'Pakistan–China IT Working Group';
    if (t.startsWith('First China-Pakistan')) return 'First China–Pakistan Technology Investment Conference';
    if (t.startsWith('STZA said it was inviting')) return 'STZA invites Chinese tech firms';
    if (t.startsWith('Punjab government'))
      return `Punjab announces ${quoted(t, /announced (\d+) STZs/, 'the planned count')} STZs`;
    if (t.startsWith('China-Germany')) return 'Shenyang high-end equipment park';
    if (t.startsWith('Pakistani firm DEA')) return 'DEA agreements with Neusoft Medical and Shenyang Biotech';
    return t.split(/[.;:]/)[0].slice(0, 70);
  },
  zones(f) {
    const t = f.text;
    const ids = [];
    if (/SEDA/.test(t)) ids.push('cn-seda');
    if (/ZBRA|Z-Park|Zhongguancun/.test(t)) ids.push('cn-zpark');
    return ids;
  },
});
