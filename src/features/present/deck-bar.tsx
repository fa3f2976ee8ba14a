import { Link } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { defineMessages } from '@/lib/messages';
import styles from './deck-bar.module.css';
import { AUTO_CHOICES } from './use-deck-params';

const barMessages = defineMessages({
  controls: {
    id: 'present.bar.controls',
    defaultMessage: 'Presentation controls',
    description: 'Accessible name of the bar of buttons under the slide.',
  },
  count: {
    id: 'present.bar.count',
    defaultMessage: 'Slide {slide} of {count}',
    description: 'Where the presenter is in the deck.',
  },
  previous: {
    id: 'present.bar.previous',
    defaultMessage: 'Previous',
    description: 'Button: previous slide.',
  },
  next: { id: 'present.bar.next', defaultMessage: 'Next', description: 'Button: next slide.' },
  auto: {
    id: 'present.bar.auto',
    defaultMessage: 'Auto-advance',
    description: 'Label of the choice of how often the slides turn by themselves.',
  },
  off: {
    id: 'present.bar.auto-off',
    defaultMessage: 'off',
    description: 'Auto-advance choice: the slides do not turn by themselves.',
  },
  every: {
    id: 'present.bar.auto-every',
    defaultMessage: 'every {seconds} s',
    description: 'Auto-advance choice: a new slide every so many seconds ("every 20 s").',
  },
  resume: { id: 'present.bar.resume', defaultMessage: 'Resume', description: 'Button: resume auto-advance.' },
  pause: { id: 'present.bar.pause', defaultMessage: 'Pause', description: 'Button: pause auto-advance.' },
  notes: {
    id: 'present.bar.notes',
    defaultMessage: 'Speaker notes',
    description: 'Button: opens the speaker notes in a second window.',
  },
  png: {
    id: 'present.bar.png',
    defaultMessage: 'Save PNG',
    description: 'Button: saves the slide as a picture.',
  },
  print: {
    id: 'present.bar.print',
    defaultMessage: 'Print / PDF',
    description: 'Button: prints the deck, one slide a page (or saves it as PDF).',
  },
  pptxBusy: {
    id: 'present.bar.pptx-busy',
    defaultMessage: 'Making PowerPoint…',
    description: 'The PowerPoint button while the file is being made.',
  },
  pptx: {
    id: 'present.bar.pptx',
    defaultMessage: 'Download PowerPoint (.pptx)',
    description: 'Button: downloads the deck as a PowerPoint file.',
  },
  fullScreen: {
    id: 'present.bar.full-screen',
    defaultMessage: 'Full screen',
    description: 'Button: full screen.',
  },
  exit: {
    id: 'present.bar.exit',
    defaultMessage: 'Exit',
    description: 'Link: leaves the deck for the dashboard.',
  },
});

interface DeckBarProps {
  slide: number;
  count: number;
  title: string;
  autoSeconds: number | null;
  paused: boolean;
  exitHref: string;
  busy: string | null;
  onGo: (slide: number) => void;
  onChooseAuto: (seconds: number | null) => void;
  onTogglePause: () => void;
  onNotes: () => void;
  onPng: () => void;
  onPrint: () => void;
  onPptx: () => void;
  onFullscreen: () => void;
}

/**
 * The presenter's controls, always visible (nothing waits for hover) and small, below the slide
 * rather than over it. Every control has a key as well; full screen hides the bar. The arrows
 * point in reading order: right to left in Urdu, where "next" is ←.
 */
export function DeckBar(props: DeckBarProps) {
  const t = useLocale();
  const { slide, count, autoSeconds, paused } = props;
  const [back, forward] = t.dir === 'rtl' ? ['→', '←'] : ['←', '→'];
  return (
    <nav className={styles.bar} aria-label={t.format(barMessages.controls)}>
      <p className={styles.count}>
        <span className={styles.number}>{t.format(barMessages.count, { slide, count })}</span>
        <span className={styles.title}>{props.title}</span>
      </p>
      <div className={styles.buttons}>
        <button type="button" onClick={() => props.onGo(slide - 1)} disabled={slide <= 1}>
          <span aria-hidden="true">{back} </span>
          {t.format(barMessages.previous)}
        </button>
        <button type="button" onClick={() => props.onGo(slide + 1)} disabled={slide >= count}>
          {t.format(barMessages.next)}
          <span aria-hidden="true"> {forward}</span>
        </button>
        <label className={styles.auto}>
          {t.format(barMessages.auto)}
          <select
            value={autoSeconds === null ? '' : String(autoSeconds)}
            onChange={(e) => props.onChooseAuto(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">{t.format(barMessages.off)}</option>
            {autoSeconds !== null && !AUTO_CHOICES.some((s) => s === autoSeconds) && (
              <option value={autoSeconds}>{t.format(barMessages.every, { seconds: autoSeconds })}</option>
            )}
            {AUTO_CHOICES.map((s) => (
              <option key={s} value={s}>
                {t.format(barMessages.every, { seconds: s })}
              </option>
            ))}
          </select>
        </label>
        {autoSeconds !== null && (
          <button type="button" onClick={props.onTogglePause} aria-pressed={paused}>
            {t.format(paused ? barMessages.resume : barMessages.pause)}
          </button>
        )}
        <button type="button" onClick={props.onNotes}>
          {t.format(barMessages.notes)}
        </button>
        <button type="button" onClick={props.onPng} disabled={props.busy !== null}>
          {t.format(barMessages.png)}
        </button>
        <button type="button" onClick={props.onPrint} disabled={props.busy !== null}>
          {t.format(barMessages.print)}
        </button>
        <button type="button" onClick={props.onPptx} disabled={props.busy !== null}>
          {t.format(props.busy === 'pptx' ? barMessages.pptxBusy : barMessages.pptx)}
        </button>
        <button type="button" onClick={props.onFullscreen}>
          {t.format(barMessages.fullScreen)}
        </button>
        <Link href={props.exitHref} className={styles.exit}>
          {t.format(barMessages.exit)}
        </Link>
      </div>
    </nav>
  );
}
