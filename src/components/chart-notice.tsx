import type { ReactNode } from 'react';
import { classes } from './classes';
import styles from './chart-notice.module.css';

/**
 * A line said above or below a chart: a scope note, events that could not load; an illustrative
 * notice is marked so it cannot be missed.
 */
export function ChartNotice({
  children,
  illustrative = false,
  role,
}: {
  children: ReactNode;
  illustrative?: boolean;
  role?: 'status';
}) {
  return (
    <p className={classes(styles.notice, illustrative && styles.illustrative)} role={role}>
      {children}
    </p>
  );
}
