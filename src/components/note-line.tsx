import { useLocale } from './language-provider';
import { noteRuns, type Note } from './note-runs';

/**
 * A speaker note as text, its parts in another language (an English fallback in an Urdu note)
 * isolated and marked with their language, so screen readers switch voice and Latin keeps its order.
 */
export function NoteLine({ note }: { note: Note }) {
  const { lang } = useLocale();
  return noteRuns(note, lang).map((run, i) =>
    typeof run === 'string' ? (
      run
    ) : (
      <bdi key={i} lang={run.lang}>
        {run.text}
      </bdi>
    ),
  );
}
