import type { Meta } from '@/domain/meta';
import { englishLocale, type Locale } from './locale';
import { defineMessages } from './messages';

// Annotated pure so a demo build, which never describes a data service, drops the live wording.
const demoMessages = /* @__PURE__ */ defineMessages({
  demo: {
    id: 'shell.source.demo',
    defaultMessage: 'Demo data',
    description: 'Header badge: figures are the demo data embedded in the page (each keeps its real source).',
  },
  demoTitle: {
    id: 'shell.source.demo-title',
    defaultMessage: 'Embedded demo data served in the browser; figures keep their real sources.',
    description: 'Tooltip of the "Demo data" header badge.',
  },
  demoLive: {
    id: 'shell.source.demo-live-world-bank',
    defaultMessage: 'Demo data · live World Bank',
    description: 'Header badge: demo data for our API, the live World Bank API for its series.',
  },
  demoLiveTitle: {
    id: 'shell.source.demo-live-world-bank-title',
    defaultMessage: 'Own API: embedded demo data. World Bank: live service.',
    description: 'Tooltip of the "Demo data · live World Bank" header badge.',
  },
});

const messages = /* @__PURE__ */ defineMessages({
  service: {
    id: 'shell.source.service',
    defaultMessage: 'Data service',
    description: 'Header badge: figures come from the data service (a server with a database).',
  },
  serviceImported: {
    id: 'shell.source.service-imported',
    defaultMessage: 'Data service · imported {date}',
    description: 'Header badge: the data service, and the date of its last import ("16 Aug 2024").',
  },
  serviceDemo: {
    id: 'shell.source.service-demo',
    defaultMessage: 'Demo dataset · data service',
    description: 'Header badge: the data service holds the seeded demo dataset, nothing imported yet.',
  },
  where: {
    id: 'shell.source.where',
    defaultMessage: 'Figures from the data service at {url}.',
    description: 'Tooltip of the header badge; url is the API address.',
  },
  whereDataset: {
    id: 'shell.source.where-dataset',
    defaultMessage: 'Figures from the data service at {url}, dataset {version}.',
    description: 'Tooltip of the header badge; url is the API address, version the dataset id.',
  },
  whereDemo: {
    id: 'shell.source.where-demo',
    defaultMessage:
      'Figures from the data service at {url}, dataset {version}: the demo dataset as seeded, no imports yet.',
    description: 'Tooltip of the header badge when the data service holds the seeded demo dataset.',
  },
  worldBankLive: {
    id: 'shell.source.world-bank-live',
    defaultMessage: 'World Bank series: live World Bank API.',
    description: 'Second sentence of the header badge tooltip.',
  },
  worldBankStored: {
    id: 'shell.source.world-bank-stored',
    defaultMessage: 'World Bank series: stored copy at {url}.',
    description: 'Second sentence of the header badge tooltip; url is where the copy is served.',
  },
});

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
/** The badge of a demo build: in-browser data, with or without the live World Bank API. */
export function describeDemoSource(
  settings: Pick<DataSourceSettings, 'liveWorldBank'>,
  t: Locale,
): DataSourceLabel {
  return settings.liveWorldBank
    ? { kind: 'demo', text: t.format(demoMessages.demoLive), title: t.format(demoMessages.demoLiveTitle) }
    : { kind: 'demo', text: t.format(demoMessages.demo), title: t.format(demoMessages.demoTitle) };
}

export function describeDataSource(
  settings: DataSourceSettings,
  meta: Meta | undefined,
  t: Locale = englishLocale,
): DataSourceLabel {
  if (settings.demoApi) return describeDemoSource(settings, t);
  const worldBank =
    settings.worldBankBaseUrl === OFFICIAL_WORLD_BANK
      ? t.format(messages.worldBankLive)
      : t.format(messages.worldBankStored, { url: settings.worldBankBaseUrl });
  // Two sentences, each its own message: the tooltip joins them with a space in every language.
  const title = (first: string) => `${first} ${worldBank}`;
  const url = settings.apiBaseUrl;
  if (!meta)
    return {
      kind: 'live',
      text: t.format(messages.service),
      title: title(t.format(messages.where, { url })),
    };
  const version = meta.datasetVersion;
  if (version.startsWith('demo-'))
    return {
      kind: 'live',
      text: t.format(messages.serviceDemo),
      title: title(t.format(messages.whereDemo, { url, version })),
    };
  return {
    kind: 'live',
    text: meta.lastImportAt
      ? t.format(messages.serviceImported, { date: t.date(meta.lastImportAt.slice(0, 10)) })
      : t.format(messages.service),
    title: title(t.format(messages.whereDataset, { url, version })),
  };
}
