import { memo, useRef, type ComponentProps } from 'react';
import { useLocale } from '@/components/language-provider';
import { LoadingBlock } from '@/components/panel-states';
import { useNearViewport } from '@/hooks/use-near-viewport';
import styles from './kpi-card.module.css';
import { KpiSlot } from './kpi-slot';

/**
 * Cards within half a screen of the viewport start at once; the others one per quiet moment of the
 * browser. A phone shows one card of eight: asking, shaping, drawing and laying out all eight
 * together held its main thread in long tasks just after the first paint.
 */
const NEAR = { margin: '50% 0px', whenIdle: true };

/**
 * A card's place on the overview: its title and skeleton (the card's own loading look, in the room
 * the card will take) until its turn comes, then the card with its queries (KpiSlot). The deck's
 * slides use KpiSlot directly: a slide is shown, printed or exported whole.
 */
export const KpiPlace = memo(function KpiPlace(props: ComponentProps<typeof KpiSlot>) {
  const box = useRef<HTMLElement>(null);
  const near = useNearViewport(box, NEAR);
  const t = useLocale();
  if (near) return <KpiSlot {...props} />;
  const title = t.format(props.definition.title);
  const titleId = `kpi-${props.definition.id}-title`;
  return (
    <article ref={box} className={styles.card} aria-labelledby={titleId} aria-busy="true">
      <h3 id={titleId} className={styles.title}>
        {title}
      </h3>
      <LoadingBlock label={title} lines={4} />
    </article>
  );
});
