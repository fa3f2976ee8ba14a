import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { SlideFrame } from './slide-frame';
import styles from './slide-preview.module.css';
import { SLIDE_HEIGHT, SLIDE_WIDTH, type SlideSpec } from '@/components/slide-spec';

interface SlidePreviewProps {
  spec: SlideSpec;
  number: number;
  count: number;
  filtersLabel: string;
}

/**
 * A live, scaled-down copy of a slide for the notes window. Hidden from assistive technology and
 * inert: the slide's title is read out in the heading above it.
 */
export function SlidePreview({ spec, number, count, filtersLabel }: SlidePreviewProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0.4);
  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setScale(entry.contentRect.width / SLIDE_WIDTH);
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={styles.preview}
      aria-hidden="true"
      inert=""
      style={{ '--preview-scale': scale, aspectRatio: `${SLIDE_WIDTH} / ${SLIDE_HEIGHT}` } as CSSProperties}
    >
      <div className={styles.stage}>
        <SlideFrame
          spec={spec}
          number={number}
          count={count}
          current
          rendered
          filtersLabel={filtersLabel}
          exportDate=""
        />
      </div>
    </div>
  );
}
