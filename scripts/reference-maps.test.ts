/**
 * Issue 12, item 10: the importer types no figure into a title, note or method; it reads each one
 * from the reference record it describes, so a new release of the data cannot leave a stale figure.
 */
import { describe, expect, it } from 'vitest';
import { eventKind, methodFor, quoted } from './reference-maps.mjs';

describe('the importer reads the figures it writes from the record', () => {
  it('titles the announcement and the Punjab plan with the counts their texts give', () => {
    expect(eventKind.title({ text: 'SEDA is home to 91 Fortune 500 companies, incl. BMW.' })).toBe(
      'Announcement: 91 Fortune 500 firms at SEDA',
    );
    expect(eventKind.title({ text: 'Punjab government announced 7 STZs, one per division.' })).toBe(
      'Punjab announces 7 STZs',
    );
  });

  it('states each method with the figures of its own record', () => {
    expect(
      methodFor({ id: 'stz-must-mirpur', confidence: 'approximate', areaKanal: 3000, areaAcres: 375 }),
    ).toBe('Area converted by us from 3,000 kanal at 8 kanal = 1 acre.');
    expect(
      methodFor({
        flow: 'ICT export remittances (telecom + computer + information services, SBP)',
        confidence: 'approximate',
        valueUSD: 4.1e9,
      }),
    ).toBe('Rounded by the source to $4.1bn (IT & ITeS services only, without freelancing).');
    expect(
      methodFor({
        type: 'zone-count',
        date: '2025-07-19',
        value: 24,
        text: 'IT Ministry cited 24 Special Technology Zones; total tech parks 45.',
        confidence: 'approximate',
      }),
    ).toBe(
      'As the IT Ministry was quoted; the wording does not make clear whether 24 counts zones or parks (it also cites 45 tech parks).',
    );
  });

  it('stops the import when a figure it needs is not in the record, rather than guess one', () => {
    expect(() => quoted('no count here', /(\d+) Fortune 500/, 'the claimed count')).toThrow(
      /the claimed count not found/,
    );
  });
});
