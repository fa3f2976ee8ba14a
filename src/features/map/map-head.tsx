import { useLocale } from '@/components/language-provider';
import { PageHead } from '@/components/page-head';
import { defineMessages } from '@/lib/messages';

const messages = defineMessages({
  title: { id: 'map.page.title', defaultMessage: 'Map', description: 'The map page’s heading.' },
  lede: {
    id: 'map.page.lede',
    defaultMessage:
      "SEDA in Shenyang and Z-Park in Beijing, Pakistan's Special Technology Zones, and the agreements that link them. Select a zone to filter every page; hover or focus a marker for its facts and sources.",
    description: 'Under the map page’s heading. SEDA and Z-Park are the Chinese counterparts of STZA.',
  },
});

/**
 * The map page's heading and lede. In the first load: the shell shows it while the map's chunk
 * loads (app/routes.ts), so the page's largest text paints as early as the overview's.
 */
export function MapHead() {
  const t = useLocale();
  return <PageHead id="map-title" title={t.format(messages.title)} lede={t.format(messages.lede)} />;
}
