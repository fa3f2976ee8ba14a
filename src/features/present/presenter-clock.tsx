import { useEffect, useState } from 'react';

const time = (at: number, timeZone?: string, seconds = false) =>
  new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
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
  const [now, setNow] = useState(() => Date.now());
  const [start, setStart] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div className="clock">
      <p className="clock-now">
        <span className="visually-hidden">Time now: </span>
        {time(now, undefined, true)}
      </p>
      <p className="clock-zones">
        Islamabad {time(now, 'Asia/Karachi')} · Beijing {time(now, 'Asia/Shanghai')}
      </p>
      <p className="clock-elapsed">
        Elapsed <strong>{elapsed(now - start)}</strong>{' '}
        <button type="button" className="button button--small" onClick={() => setStart(Date.now())}>
          Restart timer
        </button>
      </p>
    </div>
  );
}
