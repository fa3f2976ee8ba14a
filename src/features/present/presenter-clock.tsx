import { useEffect, useState } from 'react';
import { useLocale } from '@/components/language-provider';
import { intlLocale, type Language } from '@/lib/language';
import { defineMessages } from '@/lib/messages';
import styles from './presenter-clock.module.css';

const messages = defineMessages({
  now: {
    id: 'present.clock.now',
    defaultMessage: 'Time now:',
    description: 'Read by screen readers before the clock’s time.',
  },
  zones: {
    id: 'present.clock.zones',
    defaultMessage: 'Islamabad {islamabad} · Beijing {beijing}',
    description: 'The time in both partners’ capitals; islamabad and beijing are times ("14:05").',
  },
  elapsed: {
    id: 'present.clock.elapsed',
    defaultMessage: 'Elapsed <b>{time}</b>',
    description: 'Time since the talk started ("Elapsed 12:40").',
  },
  restart: {
    id: 'present.clock.restart',
    defaultMessage: 'Restart timer',
    description: 'Button: sets the elapsed time back to zero.',
  },
});

/** 24-hour times with Western digits in every language, as the deck writes all figures. */
const time = (lang: Language, at: number, timeZone?: string, seconds = false) =>
  new Intl.DateTimeFormat(lang === 'en' || lang === 'en-XA' ? 'en-GB' : intlLocale(lang), {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
    ...(seconds && { second: '2-digit' }),
    ...(timeZone && { timeZone }),
  }).format(at);

function elapsed(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const [h, m, s] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s)}` : `${two(m)}:${two(s)}`;
}

/**
 * The presenter's clock: local time, both partners' time zones (Pakistan is three hours behind
 * Beijing), and time since the talk started. Its own component, so the seconds re-render only it.
 */
export function PresenterClock() {
  const t = useLocale();
  const [now, setNow] = useState(() => Date.now());
  const [start, setStart] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className={styles.clock}>
      <p className={styles.now}>
        <span className="visually-hidden">{t.format(messages.now)} </span>
        <bdi>{time(t.lang, now, undefined, true)}</bdi>
      </p>
      <p className={styles.zones}>
        {t.format(messages.zones, {
          islamabad: time(t.lang, now, 'Asia/Karachi'),
          beijing: time(t.lang, now, 'Asia/Shanghai'),
        })}
      </p>
      <p className={styles.elapsed}>
        {t.formatRich(messages.elapsed, {
          b: (chunks) => (
            <strong key="b">
              <bdi>{chunks}</bdi>
            </strong>
          ),
          time: elapsed(now - start),
        })}{' '}
        <button type="button" className="button button--small" onClick={() => setStart(Date.now())}>
          {t.format(messages.restart)}
        </button>
      </p>
    </div>
  );
}
