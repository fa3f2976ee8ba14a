// One-off importer: copies the figures the dashboard uses from the team's reference dataset
// (shared/data/reference-data.json, outside this repo) into mocks/data/*.json, keeping every
// figure's source, link and confidence. The app and tests read only mocks/data; re-run this
// by hand when the reference data changes:  node scripts/import-reference-data.mjs <path-to-reference-data.json>
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  sectors,
  indicators,
  demographicIndicator,
  provinceCodes,
  zoneStatus,
  eventKind,
  methodFor,
  quoted,
  zoneCountDefinition,
  fortuneList,
  companySector,
} from './reference-maps.mjs';
import { withLocalisedNames } from './localised-names.mjs';
import { withLocalisedTexts } from './localised-texts.mjs';

const input = process.argv[2];
if (!input) {
  console.error('usage: node scripts/import-reference-data.mjs <reference-data.json>');
  process.exit(2);
}
const ref = JSON.parse(readFileSync(input, 'utf8'));
const out = fileURLToPath(new URL('../mocks/data/', import.meta.url));
mkdirSync(`${out}world-bank`, { recursive: true });
// Files are written only at the end, and only when nothing was refused: a bad import changes nothing.
const pending = new Map();
const write = (name, data) => pending.set(name, `${JSON.stringify(data, null, 1)}\n`);

const kindOf = (confidence) =>
  ({ sourced: 'sourced', announcement: 'announcement', approximate: 'estimate' })[confidence];
const months = {
  Jan: '01',
  Feb: '02',
  Mar: '03',
  Apr: '04',
  May: '05',
  Jun: '06',
  Jul: '07',
  Aug: '08',
  Sep: '09',
  Oct: '10',
  Nov: '11',
  Dec: '12',
};
/**
 * The as-of date is the date the source gives in its citation ("Business Recorder, 6 Aug 2022"),
 * or a year the citation states as its own ("Express Tribune (2021)"). Nothing else: no fallback to
 * the period or the event date, so a source without a date is shown as "date not given by the source".
 */
function asOfFrom(source) {
  const day = /(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})/.exec(source);
  if (day) return `${day[3]}-${months[day[2]]}-${day[1].padStart(2, '0')}`;
  const month = /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})/.exec(source);
  if (month) return `${month[2]}-${months[month[1]]}`;
  const year = /(?:^[^(']*\((\d{4})\))|(?:, (\d{4})(?:$|[;(]))/.exec(source);
  return year ? (year[1] ?? year[2]) : null;
}
/** Every estimate states how it was made; the import is refused whole when one does not. */
const refused = [];
const prov = (r, { note, method, where } = {}) => {
  const kind = kindOf(r.confidence);
  const how = method ?? (kind === 'estimate' ? methodFor(r) : undefined);
  if (kind === 'estimate' && !how) refused.push(`${where ?? r.source}: an estimate without a method`);
  return {
    kind,
    source: r.source,
    url: r.sourceUrl ?? null,
    asOf: asOfFrom(r.source),
    ...((note ?? r.note) ? { note: note ?? r.note } : {}),
    ...(how ? { method: how } : {}),
  };
};

// Zones
const zones = ref.zones.map((z) => {
  const dates = [];
  if (z.established) dates.push({ kind: 'established', date: z.established });
  if (z.stateLevelSince) dates.push({ kind: 'state-level', date: z.stateLevelSince });
  if (z.launchDate) dates.push({ kind: 'launched', date: z.launchDate });
  if (z.notifiedDate)
    dates.push({ kind: 'notified', date: z.notifiedDate.slice(0, 7), note: z.notifiedDate });
  if (z.approvalDate)
    dates.push({ kind: 'approved', date: z.approvalDate.slice(0, 7), note: z.approvalDate });
  // A withdrawal reported later than the zone's own source links to the report of that date.
  const withdrawn = /\(?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* (\d{4})\)? to withdraw/.exec(
    z.status ?? '',
  );
  if (withdrawn) {
    const citation = z.source.split('; ').find((c) => /withdraw/i.test(c));
    const url = (z.extraSourceUrls ?? []).find((u) => /withdraw/i.test(u));
    if (!citation || !url) refused.push(`${z.id}: withdrawal date without its source`);
    dates.push({
      kind: 'withdrawn',
      date: `${withdrawn[2]}-${months[withdrawn[1]]}`,
      note: z.status.split('; ').find((t) => /withdraw/.test(t)),
      provenance: {
        kind: 'sourced',
        source: citation ?? z.source,
        url: url ?? null,
        asOf: asOfFrom(citation ?? ''),
      },
    });
  }
  const area = z.areaAcres
    ? {
        value: z.areaAcres,
        unit: 'acres',
        ...(z.areaKanal ? { note: `${z.areaKanal.toLocaleString('en-GB')} kanal in the source` } : {}),
      }
    : z.builtUpSqft
      ? { value: z.builtUpSqft, unit: 'sq ft', note: 'built-up area' }
      : z.areaPlannedKm2
        ? { value: z.areaPlannedKm2, unit: 'km²', note: `planned; ${z.areaDevelopedKm2} km² developed` }
        : z.areaKm2
          ? { value: z.areaKm2, unit: 'km²' }
          : null;
  const hasCoords = typeof z.lat === 'number';
  const location = ref.locations.find((l) => l.name === z.city);
  const placed = zoneStatus[z.id].coordinates;
  const coordinates = hasCoords
    ? {
        lat: z.lat,
        lon: z.lon,
        precision: 'city-centroid',
        note: z.coordPrecision,
        provenance: location
          ? prov(location, { where: `${z.id} coordinates` })
          : { kind: 'estimate', source: z.coordPrecision, url: null, asOf: null, method: 'city centre' },
      }
    : {
        lat: placed.lat,
        lon: placed.lon,
        precision: 'city-centroid',
        note: placed.note,
        provenance: {
          kind: 'estimate',
          source: 'Tech Corridor team',
          url: null,
          asOf: null,
          method: placed.method,
        },
      };
  return {
    id: z.id,
    name: z.name,
    shortName: zoneStatus[z.id].shortName,
    country: z.country,
    city: z.city,
    province: z.province,
    coordinates,
    status: zoneStatus[z.id].status,
    statusNote: z.status ?? zoneStatus[z.id].statusNote,
    developer: z.developer ?? (z.director ? `Management Committee (director: ${z.director})` : null),
    area,
    dates,
    ...(z.notes ? { notes: z.notes } : {}),
    provenance: prov(z, { note: null, where: z.id }),
  };
});
const localised = (kind, records) =>
  withLocalisedTexts(kind, withLocalisedNames(kind, records, refused), refused);
write('zones.json', localised('zones', zones));
write('sectors.json', localised('sectors', sectors));
write('indicators.json', localised('indicators', indicators));

// Observations from census, LFS, UNDP and the LoI announcement.
const observations = [];
for (const d of ref.demographics) {
  const id = demographicIndicator[d.metric];
  if (!id) continue;
  const period = String(d.year).match(/(FY)?\d{4}/)[0];
  const geo = d.geo === 'Pakistan' ? 'PAK' : d.geo.startsWith('Shenyang') ? 'Shenyang' : provinceCodes[d.geo];
  const geoType = d.geo === 'Pakistan' ? 'country' : d.geo.startsWith('Shenyang') ? 'city' : 'province';
  const note = [
    d.metric.startsWith('population_growth_rate')
      ? d.metric.replace('population_growth_rate_', 'growth ').replace('_', '–')
      : null,
    d.note,
    String(d.year).startsWith('c.') ? 'circa year' : null,
  ]
    .filter(Boolean)
    .join('; ');
  observations.push({
    indicatorId: id,
    geoType,
    geo,
    sectorId: null,
    period,
    value: d.value,
    qualifier: null,
    vintage: null,
    provenance: prov(d, { note: note || undefined, where: `${d.metric} ${d.geo} ${d.year}` }),
  });
}
// SBP investment and ICT export series; the revised FY2024 figures are kept beside the first-reported ones.
const flowIndicator = {
  'net FDI into Pakistan (all countries)': 'fdi-net-total',
  'net FDI from China': 'fdi-net-china',
  'net FDI from Hong Kong': 'fdi-net-hong-kong',
  'net FDI from UAE': 'fdi-net-uae',
  'ICT export remittances (telecom + computer + information services, SBP)': 'ict-exports',
  'PBS IT services exports (different series)': 'pbs-it-exports',
  'FDI from China by sector: power (inflow)': 'fdi-china-by-sector',
  'FDI from China by sector: financial services (net)': 'fdi-china-by-sector',
  'net FDI into Pakistan by sector (all countries)': 'fdi-total-by-sector',
};
const sectorOf = {
  power: 'power',
  'financial services': 'financial-services',
  'financial business': 'financial-services',
  'oil and gas exploration': 'oil-gas',
  communication: 'communication',
};
for (const r of ref.investment) {
  const id = flowIndicator[r.flow];
  if (!id) continue;
  const note = r.note ?? '';
  const vintage = /later revised|provisional|initial full-year/.test(note)
    ? 'first-reported'
    : /revised figure|revised (up|down) from/.test(note)
      ? 'revised'
      : null;
  observations.push({
    indicatorId: id,
    geoType: 'country',
    geo: 'PAK',
    sectorId: r.sector ? sectorOf[r.sector] : null,
    period: r.fiscalYear,
    value: r.valueUSD,
    qualifier: null,
    vintage,
    provenance: prov(r, { where: `${r.flow} ${r.fiscalYear}` }),
  });
  // "total FDI then $1.4377bn": the same report's all-country total, the first-reported round of a revised year.
  const totalThen = /total FDI then \$([\d.]+)bn/.exec(note);
  if (totalThen)
    observations.push({
      indicatorId: 'fdi-net-total',
      geoType: 'country',
      geo: 'PAK',
      sectorId: null,
      period: r.fiscalYear,
      value: Math.round(Number(totalThen[1]) * 1e9),
      qualifier: null,
      vintage: 'first-reported',
      provenance: prov(r, { note: `all-country total given in the same report: ${note}` }),
    });
}
const byFlow = (flow) => ref.investment.find((r) => r.flow.startsWith(flow));
const cum = (flow, indicatorId, geoType, geo, period, value) => {
  const r = byFlow(flow);
  observations.push({
    indicatorId,
    geoType,
    geo,
    sectorId: null,
    period,
    value: value(r),
    qualifier: null,
    vintage: null,
    provenance: prov(r, { where: flow }),
  });
};
cum('CPEC announced investment plan', 'cpec-headline', 'country', 'PAK', '2015', (r) => r.valueUSD);
cum('CPEC early-harvest', 'cpec-headline', 'country', 'PAK', '2018', (r) => r.valueUSD);
cum('CPEC direct investment realised', 'cpec-headline', 'country', 'PAK', '2013-2023', (r) => r.valueUSD);
cum('STZ developer investment', 'stz-developer-investment', 'country', 'PAK', '2024', (r) => r.valuePKR);
cum(
  'STZ project cost',
  'stz-developer-investment',
  'zone',
  'stz-pakistan-digital-city',
  '2022',
  (r) => r.valuePKR,
);
cum(
  'SEDA cumulative project investment',
  'seda-cumulative-investment',
  'zone',
  'cn-seda',
  '1993-2012',
  (r) => r.valueUSD,
);
cum('SEDA cumulative GDP', 'seda-cumulative-gdp', 'zone', 'cn-seda', '1993-2012', (r) => r.valueCNY);
cum(
  'SEDA cumulative industrial output',
  'seda-cumulative-output',
  'zone',
  'cn-seda',
  '1993-2012',
  (r) => r.valueCNY,
);
cum(
  'Shenyang actual use of foreign capital',
  'shenyang-fdi-used',
  'city',
  'Shenyang',
  '2019',
  (r) => r.valueUSD,
);

// Counts stated in dated facts and in the zone records.
const seda = ref.zones.find((z) => z.id === 'cn-seda');
const loi = ref.facts.find((f) => f.type === 'claim' && /\d+ Fortune 500/.test(f.text));
// China Daily's count as the zone's notes quote it: "90 multinationals incl. 32 Fortune Global 500".
const [multinationals, globalCount] = [
  quoted(seda.notes, /(\d+) multinationals/, 'China Daily’s multinationals'),
  quoted(seda.notes, /(\d+) Fortune Global 500/, 'China Daily’s Fortune Global 500 count'),
];
if (Number(globalCount) !== seda.fortune500Count['2018'])
  refused.push(
    `cn-seda: notes say ${globalCount} Fortune Global 500, fortune500Count says ${seda.fortune500Count['2018']}`,
  );
observations.push(
  {
    indicatorId: 'seda-fortune500',
    geoType: 'zone',
    geo: 'cn-seda',
    sectorId: null,
    period: '2018',
    value: seda.fortune500Count['2018'],
    qualifier: null,
    vintage: null,
    definition: fortuneList['2018'],
    provenance: {
      kind: 'sourced',
      source: "China Daily (investinchina), 21 Dec 2018 'Shenyang Economic-Technological Development Zone'",
      url: seda.sourceUrl,
      asOf: '2018-12-21',
      note: `${multinationals} multinationals, of which ${globalCount} Fortune Global 500`,
    },
  },
  {
    indicatorId: 'seda-fortune500',
    geoType: 'zone',
    geo: 'cn-seda',
    sectorId: null,
    period: '2022',
    value: seda.fortune500Count['2022 (claimed at LoI)'],
    qualifier: null,
    vintage: null,
    definition: fortuneList['2022'],
    provenance: {
      kind: 'announcement',
      source: loi.source,
      url: loi.sourceUrl,
      asOf: '2022-08-02',
      note: 'claimed by SEDA at the Letter of Intent; not checked elsewhere',
    },
  },
);
for (const f of ref.facts.filter((x) => x.type === 'zone-count')) {
  observations.push({
    indicatorId: 'stz-count',
    geoType: 'country',
    geo: 'PAK',
    sectorId: null,
    period: f.date.slice(0, 7),
    value: f.value,
    qualifier: null,
    vintage: null,
    definition: zoneCountDefinition[f.date],
    provenance: prov(f, { note: f.text }),
  });
}
const resign = ref.facts.find((f) => f.type === 'governance' && f.text.includes('resigned'));
observations.push({
  indicatorId: 'licensed-enterprises',
  geoType: 'country',
  geo: 'PAK',
  sectorId: null,
  period: '2022-08',
  value: Number(/licensed (\d+)\+ enterprises/.exec(resign.text)[1]),
  qualifier: 'more-than',
  vintage: null,
  provenance: prov(resign, { note: resign.text }),
});
const karachi = ref.zones.find((z) => z.id === 'stz-karachi-education-city');
observations.push({
  indicatorId: 'investor-eois',
  geoType: 'zone',
  geo: karachi.id,
  sectorId: null,
  period: '2025-06',
  value: karachi.investorEOIs,
  qualifier: null,
  vintage: null,
  provenance: prov(karachi, { note: null }),
});
write('observations.json', withLocalisedTexts('observations', observations, refused));

// Dated events; undated ones keep date null and are listed but never placed on an axis.
const events = ref.facts
  .filter((f) => f.type !== 'zone-count')
  .map((f, i) => ({
    id: `ev-${(f.date ?? 'undated').replace(/[^0-9a-z]/gi, '')}-${i}`,
    date: f.date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(f.date) ? f.date : null,
    kind: eventKind(f),
    title: eventKind.title(f),
    description: f.text,
    zoneIds: eventKind.zones(f),
    provenance: prov(f, { note: f.dateNote, where: f.text.slice(0, 40) }),
  }));
// Dated facts kept on zone records (a withdrawal, say) are events too, each with the source of its date.
for (const z of zones)
  for (const d of z.dates.filter((x) => x.kind === 'withdrawn' && x.provenance))
    events.push({
      id: `ev-${d.date.replace('-', '')}-${z.id}-withdrawn`,
      date: d.date,
      kind: 'governance',
      title: `${z.shortName}: land offer withdrawn`,
      description: d.note ?? '',
      zoneIds: [z.id],
      provenance: d.provenance,
    });
// A count that adds newly notified zones ("12 existing zones … + 4 newly notified = 16") is also the
// notification: the zones are those whose records give that notification month.
for (const f of ref.facts.filter((x) => x.type === 'zone-count' && /newly notified/.test(x.text))) {
  const count = Number(quoted(f.text, /(\d+) newly notified/, 'the newly notified count'));
  const zoneIds = zones
    .filter((z) => z.dates.some((d) => d.kind === 'notified' && f.date.startsWith(d.date)))
    .map((z) => z.id);
  if (zoneIds.length !== count)
    refused.push(`${f.date}: ${count} zones newly notified, ${zoneIds.length} zone records notified then`);
  events.push({
    id: `ev-${f.date.replaceAll('-', '')}-notification`,
    date: f.date,
    kind: 'zone-notification',
    title: `STZA notifies ${count} new STZs`,
    description: f.text,
    zoneIds,
    provenance: prov(f),
  });
}
events.sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
write('events.json', withLocalisedTexts('events', events, refused));

// Named companies: SEDA's, as listed in the LoI announcement; iENGINEERING from its zone record.
const companies = seda.notableCompanies.map((name) => ({
  id: `co-${name.toLowerCase().split(' ')[0]}`,
  name,
  zoneId: 'cn-seda',
  sectorId: companySector[name].sectorId,
  sectorMethod: companySector[name].method,
  notes: name.startsWith('BMW')
    ? "BMW's largest production site, per the announcement"
    : 'named as a SEDA company in the announcement',
  provenance: { kind: 'announcement', source: loi.source, url: loi.sourceUrl, asOf: '2022-08-02' },
}));
const ieng = ref.zones.find((z) => z.id === 'stz-ieng-tech-park');
const usd = (v) => (v >= 1e6 ? `$${v / 1e6}m` : `$${v.toLocaleString('en-GB')}`);
companies.push({
  id: 'co-iengineering',
  name: 'iENGINEERING Corporation',
  zoneId: ieng.id,
  sectorId: companySector[ieng.developer].sectorId,
  sectorMethod: companySector[ieng.developer].method,
  notes: `Developer of the park under an MoU with STZA; ${usd(ieng.investmentInitialUSD)} initial investment, ${ieng.jobsExpected.toLocaleString('en-GB')} jobs expected`,
  provenance: prov(ieng, { note: null }),
});
write('companies.json', withLocalisedTexts('companies', companies, refused));

// World Bank rows, in the real API's row format, newest first. 15–64 is derived in the app, not served as WDI.
const wbNames = {
  'SP.POP.TOTL': 'Population, total',
  'SP.POP.0014.TO.ZS': 'Population ages 0-14 (% of total population)',
  'SP.POP.65UP.TO.ZS': 'Population ages 65 and above (% of total population)',
};
for (const [indicator, name] of Object.entries(wbNames)) {
  const rows = ref.worldBank
    .filter((r) => r.indicator === indicator)
    .sort((a, b) => b.year - a.year || a.country.localeCompare(b.country));
  // The copy's own statement of WDI's update date, if it makes one; else the date of the copy itself,
  // which the API format requires but the app never shows as WDI's date (copy.lastUpdatedGiven).
  const stated = /Last Updated (\d{4}-\d{2}-\d{2})/.exec(rows[0].source);
  const copyDate = /(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})/.exec(rows[0].source);
  const sibling = ref.worldBank.find((r) => /Last Updated/.test(r.source));
  write(`world-bank/${indicator}.json`, {
    lastupdated:
      stated?.[1] ?? (copyDate ? asOfFrom(copyDate[0]) : /Last Updated (\S+)'/.exec(sibling.source)[1]),
    lastUpdatedGiven: Boolean(stated),
    mirroredFrom: rows[0].source,
    mirroredUrl: rows[0].sourceUrl,
    rows: rows.map((r) => ({
      indicator: { id: indicator, value: name },
      country: { id: r.country === 'PAK' ? 'PK' : 'CN', value: r.country === 'PAK' ? 'Pakistan' : 'China' },
      countryiso3code: r.country,
      date: String(r.year),
      value: r.value,
      unit: '',
      obs_status: '',
      decimal: indicator === 'SP.POP.TOTL' ? 0 : 1,
    })),
  });
}
if (refused.length) {
  console.error(`Import refused, nothing written:\n${refused.map((r) => `  ${r}`).join('\n')}`);
  process.exit(1);
}
for (const [name, text] of pending) writeFileSync(`${out}${name}`, text);
console.log(
  `zones ${zones.length}, observations ${observations.length}, events ${events.length}, companies ${companies.length}`,
);
