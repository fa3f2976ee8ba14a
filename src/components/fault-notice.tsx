import styles from './fault-notice.module.css';
import { useDemoFaults } from '@/hooks/use-demo-faults';
import { defineMessages } from '@/lib/messages';
import { useLocale } from './language-provider';

const messages = defineMessages({
  active: {
    id: 'states.faults.active',
    defaultMessage: 'Rehearsal mode: simulated faults are active ({faults}).',
    description: 'Demo banner; faults lists fault codes from the address (slow, 500, …; kept as is).',
  },
  ignored: {
    id: 'states.faults.ignored',
    defaultMessage: 'Not a known fault, ignored: {faults}.',
    description: 'Demo banner: fault codes in the address that do not exist.',
  },
  end: {
    id: 'states.faults.end',
    defaultMessage: 'Remove <code>?fault=</code> from the address to end it.',
    description: 'Demo banner: how to leave rehearsal mode. Keep <code>?fault=</code> as is.',
  },
});

/**
 * The demo API's rehearsal banner: which `?fault=` parts it applies and which it ignored. It can only
 * have something to say once MSW has started, after the first paint, so it lives in the lazy chunk.
 */
export function FaultNotice() {
  const faults = useDemoFaults();
  const t = useLocale();
  if (faults.active.length === 0 && faults.ignored.length === 0) return null;
  return (
    <p className={styles.notice} role="status">
      {faults.active.length > 0 && `${t.format(messages.active, { faults: faults.active.join(', ') })} `}
      {faults.ignored.length > 0 && `${t.format(messages.ignored, { faults: faults.ignored.join(', ') })} `}
      {t.formatRich(messages.end, {
        code: (chunks) => (
          <code key="code" dir="ltr">
            {chunks}
          </code>
        ),
      })}
    </p>
  );
}
