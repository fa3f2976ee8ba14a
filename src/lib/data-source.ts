import type { Meta } from '@/domain/meta';
import { formatDate } from './format';

export interface DataSourceSettings {
  demoApi: boolean;
  liveWorldBank: boolean;
  apiBaseUrl: string;
  worldBankBaseUrl: string;
}

export interface DataSourceLabel {
  text: string;
  title: string;
  kind: 'demo' | 'live';
}

const OFFICIAL_WORLD_BANK = 'https://api.worldbank.org/v2';

/**
 * The header badge: where the figures really come from. In-browser demo data, or a data
 * service, and then whether it holds the seeded demo dataset or imported figures.
 */
export function describeDataSource(settings: DataSourceSettings, meta: Meta | undefined): DataSourceLabel {
  if (settings.demoApi)
    return settings.liveWorldBank
      ? {
          kind: 'demo',
          text: 'Demo data · live World Bank',
          title: 'Own API: embedded demo data. World Bank: live service.',
        }
      : {
          kind: 'demo',
          text: 'Demo data',
          title: 'Embedded demo data served in the browser; figures keep their real sources.',
        };
  const worldBank =
    settings.worldBankBaseUrl === OFFICIAL_WORLD_BANK
      ? 'World Bank series: live World Bank API.'
      : `World Bank series: stored copy at ${settings.worldBankBaseUrl}.`;
  const where = `Figures from the data service at ${settings.apiBaseUrl}`;
  if (!meta) return { kind: 'live', text: 'Data service', title: `${where}. ${worldBank}` };
  const dataset = `${where}, dataset ${meta.datasetVersion}`;
  if (meta.datasetVersion.startsWith('demo-'))
    return {
      kind: 'live',
      text: 'Demo dataset · data service',
      title: `${dataset}: the demo dataset as seeded, no imports yet. ${worldBank}`,
    };
  const imported = meta.lastImportAt ? ` · imported ${formatDate(meta.lastImportAt.slice(0, 10))}` : '';
  return { kind: 'live', text: `Data service${imported}`, title: `${dataset}. ${worldBank}` };
}
