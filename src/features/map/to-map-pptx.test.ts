import { describe, expect, it } from 'vitest';
import { mapCaveats, statusKey, toMapLegend } from './to-map-pptx';
import { zone } from './test-zones';

describe('toMapLegend', () => {
  it('keys every zone in its map colour, Pakistani zones first, with its status in shape and word', () => {
    const legend = toMapLegend([
      zone({ id: 'cn-seda', lon: 123, lat: 41, country: 'CN', status: 'counterpart', shortName: 'SEDA' }),
      zone({ id: 'stz-nust', lon: 73, lat: 33, status: 'launched', shortName: 'NUST' }),
      zone({ id: 'stz-tech7', lon: 74, lat: 31, status: 'planned', shortName: 'Tech7' }),
    ]);
    expect(legend).toEqual([
      { label: '● NUST (launched)', colour: '#999933' },
      { label: '○ Tech7 (planned)', colour: '#DDCC77' },
      { label: '▲ SEDA (Chinese counterpart)', colour: '#C1272D' },
    ]);
  });

  it('says what shapes, sizes and borders mean', () => {
    expect(statusKey()).toBe('▲ Chinese counterpart, ● launched, ■ notified, ◆ approved, ○ planned');
    const caveats = mapCaveats('Companies', 'Borders note.');
    expect(caveats[1]).toContain('companies, illustrative');
    expect(caveats.at(-1)).toBe('Borders note.');
  });
});
