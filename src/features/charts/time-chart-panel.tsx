import { ChartFrame } from '@/components/chart-frame';
import { ChartNotice } from '@/components/chart-notice';
import { NearViewport } from '@/components/near-viewport';
import { useSvgId } from '@/components/chart-marks';
import { useLocale } from '@/components/language-provider';
import type { TimeChartModel } from './chart-model';
import { frameState, useChartView, useFreshness, useMilestones, type ChartPanelProps } from './chart-hooks';
import { legendItems } from './series-fill';
import { DEFAULT_TIME_CHART_HEIGHT, TimeChart } from './time-chart';
import { markerMessages, markerNotes } from './to-event-markers';

interface TimeChartPanelProps extends ChartPanelProps<TimeChartModel> {
  height?: number;
}

/** A time chart in its frame: legend, milestone key, table, downloads and states. */
export function TimeChartPanel({
  id,
  title,
  subtitle,
  state,
  shaped,
  empty,
  scopeNote,
  height,
  csvPreamble,
  indicators,
}: TimeChartPanelProps) {
  const locale = useLocale();
  const freshness = useFreshness(indicators);
  const [view, setView] = useChartView(id);
  const prefix = useSvgId();
  const milestones = useMilestones();
  const model = shaped?.model;
  return (
    <ChartFrame
      id={id}
      title={title}
      subtitle={subtitle}
      {...frameState(state, shaped)}
      empty={empty}
      scopeNote={scopeNote}
      legend={model ? legendItems(model.series, model.data, prefix, locale) : []}
      notes={markerNotes(model?.markers ?? [], locale)}
      notesLabel={locale.format(markerMessages.notesLabel)}
      aside={
        milestones.failed && (
          <ChartNotice role="status">
            {locale.format(markerMessages.failed)}{' '}
            <button type="button" className="button button--small" onClick={milestones.retry}>
              {locale.format(markerMessages.retry)}
            </button>
          </ChartNotice>
        )
      }
      view={view}
      onViewChange={setView}
      csvPreamble={csvPreamble}
      freshness={freshness}
    >
      {model && (
        <NearViewport height={height ?? DEFAULT_TIME_CHART_HEIGHT}>
          <TimeChart model={model} prefix={prefix} label={title} height={height} />
        </NearViewport>
      )}
    </ChartFrame>
  );
}
