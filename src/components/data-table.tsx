import { localText, methodText, type LocalText } from '@/domain/local-texts';
import { displayCell, type FigureTable } from '@/lib/figure-table';
import { defineMessages } from '@/lib/messages';
import styles from './data-table.module.css';
import { useLocale } from './language-provider';
import { ProvenanceBadge } from './provenance-badge';
import { SourceLine } from './source-line';

const messages = defineMessages({
  region: {
    id: 'components.data-table.region',
    defaultMessage: '{caption}: table',
    description: 'Accessible name of the scrolling table of a chart’s figures; caption is the chart’s title.',
  },
  provenance: {
    id: 'components.data-table.provenance',
    defaultMessage: 'Provenance and source',
    description: 'Last column header of a chart’s table: the kind of each figure and where it comes from.',
  },
  how: {
    id: 'components.data-table.how',
    defaultMessage: 'How: {method}',
    description: 'How an estimated or derived figure was made; method is a sentence.',
  },
});

/**
 * The accessible alternative to a chart: every figure exactly, one row each, with its provenance.
 * The wrapper scrolls sideways on phones, so it is focusable and named for keyboard users.
 */
export function DataTable({ table, caption }: { table: FigureTable; caption: string }) {
  const t = useLocale();
  return (
    <div
      className={styles.wrap}
      role="region"
      aria-label={t.format(messages.region, { caption })}
      tabIndex={0}
    >
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c.key} scope="col" className={c.numeric ? styles.num : undefined}>
                {c.header}
              </th>
            ))}
            <th scope="col">{t.format(messages.provenance)}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.id}>
              {table.columns.map((c, i) =>
                i === 0 ? (
                  <th key={c.key} scope="row" className={c.numeric ? styles.num : undefined}>
                    {displayCell(row, c.key)}
                  </th>
                ) : (
                  <td key={c.key} className={c.numeric ? styles.num : undefined}>
                    {displayCell(row, c.key)}
                  </td>
                ),
              )}
              <td className={styles.source}>
                <ProvenanceBadge kind={row.provenance.kind} /> <SourceLine provenance={row.provenance} />
                {row.provenance.method && (
                  <span className={styles.note}>
                    {t.formatRich(messages.how, {
                      method: <Local key="m" text={methodText(row.provenance, t.lang)} />,
                    })}
                  </span>
                )}
                {row.provenance.note && (
                  <span className={styles.note}>
                    <Local text={localText(row.provenance, 'note', t.lang)} />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Data text in the reader's language, or English marked `lang="en"` for want of a translation. */
function Local({ text }: { text: LocalText | null | undefined }) {
  const pageLang = useLocale().lang;
  if (!text) return null;
  return text.lang === pageLang ? text.text : <span lang={text.lang}>{text.text}</span>;
}
