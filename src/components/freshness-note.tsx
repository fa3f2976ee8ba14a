import './freshness-note.css';
import type { Freshness } from '@/lib/freshness';

/** "Updated …, next expected …", and an overdue mark when a release is past due. */
export function FreshnessNote({ freshness }: { freshness: Freshness | null | undefined }) {
  if (!freshness) return null;
  const late = freshness.overdue.length;
  return (
    <p className="freshness-note">
      {freshness.text}
      {late > 0 && (
        <>
          {' '}
          <strong className="freshness-overdue" title={`Overdue: ${freshness.overdue.join(', ')}`}>
            {late === 1 ? 'Overdue' : `${late} series overdue`}
          </strong>
        </>
      )}
    </p>
  );
}
