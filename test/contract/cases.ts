/**
 * Requests whose answers must be identical from the demo API (MSW) and the data service.
 * Observation cases ask for vintage=all where a series has revisions: the latest-vintage default
 * is checked on the server in test/server/api.test.ts.
 */
const manyZones = Array.from({ length: 201 }, (_, i) => `zone-${i}`).join(',');

export const contractCases: readonly string[] = [
  '/zones',
  '/zones?country=PK&status=planned',
  '/zones?id=stz-nust,cn-seda',
  '/zones?id=no-such-zone',
  '/sectors',
  '/sectors?group=technology',
  '/indicators',
  '/indicators?id=fdi-net-china,stz-count',
  '/events',
  '/events?kind=zone-notification&from=2024',
  '/events?zone=stz-nust,cn-seda',
  '/events?to=2020',
  '/events?from=not-a-year',
  '/companies',
  '/companies?zone=cn-seda',
  '/observations?vintage=all',
  '/observations?indicator=fdi-net-china&vintage=all',
  '/observations?indicator=stz-count',
  '/observations?geo=PAK&from=2013&to=2023&vintage=all',
  '/observations?zone=stz-nust,stz-tech7&from=2022',
  '/observations?sector=it-software&from=2022&to=2023',
  '/observations?indicator=no-such-indicator',
  '/observations?vintage=all&limit=25',
  '/observations?vintage=all&limit=10&sort=-value',
  '/observations?vintage=all&limit=10&sort=period',
  '/observations?vintage=all&limit=10&sort=indicator',
  '/observations?vintage=all&limit=10&sort=-geo',
  '/observations?vintage=all&limit=10&sort=sector',
  '/observations?vintage=all&limit=10&sort=-asOf',
  '/observations?vintage=all&limit=10&sort=kind',
  '/observations?vintage=all&limit=10&sort=-source',
  '/observations?zone=stz-nust&vintage=all&unbroken=include',
  '/observations?sector=it-software&zone=stz-nust,stz-tech7&unbroken=include&sort=-value&limit=20',
  '/meta',
  // Refused alike, with the parameter named.
  '/observations?limit=0',
  '/observations?limit=10001',
  '/observations?limit=ten',
  '/observations?cursor=not%20a%20cursor',
  '/observations?cursor=WyJ4Il0',
  '/observations?sort=colour',
  '/observations?vintage=first',
  '/observations?unbroken=yes',
  `/observations?zone=${manyZones}`,
  `/zones?id=${'x'.repeat(2100)}`,
];
