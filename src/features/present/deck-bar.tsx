import { Link } from 'wouter';
import { AUTO_CHOICES } from './use-deck-params';

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
 * rather than over it. Every control has a key as well; full screen hides the bar.
 */
export function DeckBar(props: DeckBarProps) {
  const { slide, count, autoSeconds, paused } = props;
  const autoStatus = autoSeconds === null ? null : paused ? 'paused' : `every ${autoSeconds} s`;
  return (
    <nav className="deck-bar" aria-label="Presentation controls">
      <p className="deck-count">
        <span className="deck-count-number">
          Slide {slide} of {count}
        </span>
        <span className="deck-count-title">{props.title}</span>
      </p>
      <div className="deck-bar-buttons">
        <button type="button" onClick={() => props.onGo(slide - 1)} disabled={slide <= 1}>
          <span aria-hidden="true">← </span>Previous
        </button>
        <button type="button" onClick={() => props.onGo(slide + 1)} disabled={slide >= count}>
          Next<span aria-hidden="true"> →</span>
        </button>
        <label className="deck-auto">
          Auto-advance
          <select
            value={autoSeconds === null ? '' : String(autoSeconds)}
            onChange={(e) => props.onChooseAuto(e.target.value ? Number(e.target.value) : null)}
          >
            <option value="">off</option>
            {autoSeconds !== null && !AUTO_CHOICES.some((s) => s === autoSeconds) && (
              <option value={autoSeconds}>every {autoSeconds} s</option>
            )}
            {AUTO_CHOICES.map((s) => (
              <option key={s} value={s}>
                every {s} s
              </option>
            ))}
          </select>
        </label>
        {autoStatus && (
          <button type="button" onClick={props.onTogglePause} aria-pressed={paused}>
            {paused ? 'Resume' : 'Pause'}
          </button>
        )}
        <button type="button" onClick={props.onNotes}>
          Speaker notes
        </button>
        <button type="button" onClick={props.onPng} disabled={props.busy !== null}>
          Save PNG
        </button>
        <button type="button" onClick={props.onPrint} disabled={props.busy !== null}>
          Print / PDF
        </button>
        <button type="button" onClick={props.onPptx} disabled={props.busy !== null}>
          {props.busy === 'pptx' ? 'Making PowerPoint…' : 'Download PowerPoint (.pptx)'}
        </button>
        <button type="button" onClick={props.onFullscreen}>
          Full screen
        </button>
        <Link href={props.exitHref} className="deck-exit">
          Exit
        </Link>
      </div>
    </nav>
  );
}
