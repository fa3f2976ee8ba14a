/**
 * The map's shared words: zone statuses, size metrics, zoom presets and country names, each one
 * message with a select, so every sentence that names one gets it in the reader's language.
 */
import type { ZoneStatus } from '@/domain/zone';
import { defineMessages, type Translator } from '@/lib/messages';
import type { RegionPreset } from './projection';
import type { SizeMetric } from './to-zone-metrics';

const mapWords = defineMessages({
  status: {
    id: 'map.status.label',
    defaultMessage:
      '{status, select, launched {Launched} notified {Notified} approved {Approved} planned {Planned} other {Chinese counterpart}}',
    description:
      'A zone’s status as a label (legend, list, tooltip). "Notified": gazetted by the government.',
  },
  statusWord: {
    id: 'map.status.word',
    defaultMessage:
      '{status, select, launched {launched} notified {notified} approved {approved} planned {planned} other {Chinese counterpart}}',
    description: 'A zone’s status inside a sentence or key ("NUST (launched)"); lower case in English.',
  },
  metric: {
    id: 'map.metric.label',
    defaultMessage: '{metric, select, investment {Developer investment} other {Companies in zone}}',
    description: 'The figure that sizes the markers: companies in a zone, or money a developer invested.',
  },
  metricShort: {
    id: 'map.metric.short',
    defaultMessage: '{metric, select, investment {Investment} other {Companies}}',
    description: 'Short name of the marker-size figure: a button label and a table column header.',
  },
  metricPhrase: {
    id: 'map.metric.phrase',
    defaultMessage: '{metric, select, investment {developer investment} other {companies in zone}}',
    description: 'The marker-size figure inside a sentence ("Marker area: companies in zone").',
  },
  region: {
    id: 'map.region.label',
    defaultMessage: '{region, select, pakistan {Pakistan} china {China} other {China and Pakistan}}',
    description: 'A zoom preset button: the area the map shows.',
  },
  country: {
    id: 'map.country.name',
    defaultMessage: '{country, select, CN {China} other {Pakistan}}',
    description: 'The country a zone is in.',
  },
});

export const statusLabel = (t: Translator, status: ZoneStatus) => t.format(mapWords.status, { status });
export const statusWord = (t: Translator, status: ZoneStatus) => t.format(mapWords.statusWord, { status });
export const metricLabel = (t: Translator, metric: SizeMetric) => t.format(mapWords.metric, { metric });
export const metricShort = (t: Translator, metric: SizeMetric) => t.format(mapWords.metricShort, { metric });
export const metricPhrase = (t: Translator, metric: SizeMetric) =>
  t.format(mapWords.metricPhrase, { metric });
export const regionLabel = (t: Translator, region: RegionPreset) => t.format(mapWords.region, { region });
export const countryName = (t: Translator, country: 'CN' | 'PK') => t.format(mapWords.country, { country });

/** Items of a key in a row: Chinese uses the full-width comma, Urdu the Arabic one. */
export const keyList = (t: Translator, items: readonly string[]) =>
  items.join(t.lang === 'zh-Hans' ? '，' : t.lang === 'ur' ? '، ' : ', ');
