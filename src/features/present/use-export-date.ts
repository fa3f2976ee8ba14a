import { useEffect, useState } from 'react';

export const isoToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The date printed on every page: today, re-read when printing starts (a deck can stay open overnight). */
export function useExportDate(): string {
  const [date, setDate] = useState(isoToday);
  useEffect(() => {
    const onBeforePrint = () => setDate(isoToday());
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, []);
  return date;
}
