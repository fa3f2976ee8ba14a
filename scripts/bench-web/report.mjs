// docs/performance.json keeps every labelled run ("before", "after", …); docs/performance.md is
// rendered from it: each run's table, the budgets it misses, and the issue's figures for reference.
import { budgets, FIRST_LOAD_GOAL_KB, INTERACTION_BUDGET_MS, issueFigures, pages } from './budgets.mjs';

const ms = (v) => (v == null ? '–' : `${Math.round(v).toLocaleString('en-GB')} ms`);
const sec = (v) => (v == null ? '–' : `${(v / 1000).toFixed(1)} s`);

/** Every budget a run misses, as sentences. */
export function exceeded(run) {
  const out = [];
  for (const [build, byPage] of Object.entries(run.lighthouse)) {
    for (const page of pages) {
      const m = byPage[page.id];
      const b = budgets[page.goal]?.[build];
      if (!m || !b) continue;
      const at = `${page.id} (${build})`;
      if (b.perf != null && m.perf < b.perf) out.push(`${at}: performance ${m.perf} < ${b.perf}`);
      if (b.tbt != null && m.tbt > b.tbt) out.push(`${at}: TBT ${ms(m.tbt)} > ${ms(b.tbt)}`);
      if (b.lcp != null && m.lcp > b.lcp) out.push(`${at}: LCP ${sec(m.lcp)} > ${sec(b.lcp)}`);
    }
  }
  for (const row of run.filterChanges ?? []) {
    const at = `filter change on ${row.path} at ${row.factor}× data`;
    if (row.interactionMs > INTERACTION_BUDGET_MS) out.push(`${at}: interaction ${ms(row.interactionMs)}`);
    if (row.longestTaskMs > INTERACTION_BUDGET_MS) out.push(`${at}: long task ${ms(row.longestTaskMs)}`);
  }
  if (run.firstLoadKB > FIRST_LOAD_GOAL_KB) {
    out.push(`first-load JS ${run.firstLoadKB.toFixed(1)} KB gzip > ${FIRST_LOAD_GOAL_KB} KB`);
  }
  return out;
}

function budgetText(goal, build) {
  const b = budgets[goal]?.[build] ?? {};
  return [b.perf && `≥ ${b.perf}`, b.tbt && `TBT ≤ ${b.tbt}`, b.lcp && `LCP ≤ ${sec(b.lcp)}`]
    .filter(Boolean)
    .join(', ');
}

function runSection(run) {
  const lines = [
    `## Run "${run.label}"`,
    '',
    `${run.date}, commit \`${run.commit}\`. Lighthouse benchmarkIndex ${run.benchmarkIndex ?? 'not recorded'} (median of the runs; ` +
      `higher is a faster machine). First-load JS ${run.firstLoadKB.toFixed(1)} KB gzip.` +
      (run.note ? ` ${run.note}` : ''),
    '',
    '| page | build | perf (each run) | LCP | TBT (each run) | FCP | CLS | longest task | budget |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const page of pages) {
    for (const [build, byPage] of Object.entries(run.lighthouse)) {
      const m = byPage[page.id];
      if (!m) continue;
      lines.push(
        `| ${page.id} | ${build} | **${m.perf}** (${m.runs.join(', ')}) | ${sec(m.lcp)} | ${ms(m.tbt)}${m.tbtRuns ? ` (${m.tbtRuns.map((v) => Math.round(v)).join(', ')})` : ''} | ` +
          `${sec(m.fcp)} | ${m.cls?.toFixed(3) ?? '–'} | ${ms(m.longestTaskMs)} | ${budgetText(page.goal, build)} |`,
      );
    }
  }
  if (run.filterChanges?.length) {
    lines.push(
      '',
      `Filter change (open "From", pick 2022), real-API build, 412 px wide, CPU 4× slower; worst of the runs. ` +
        `Budget: ${INTERACTION_BUDGET_MS} ms for both.`,
      '',
      '| page | data | slowest interaction (Event Timing) | longest task after it |',
      '|---|---|---|---|',
      ...run.filterChanges.map(
        (r) => `| ${r.path} | ${r.factor}× | ${ms(r.interactionMs)} | ${ms(r.longestTaskMs)} |`,
      ),
    );
  }
  const over = exceeded(run);
  lines.push('', over.length ? `Over budget (${over.length}):` : 'Every budget met.', '');
  for (const item of over) lines.push(`- ${item}`);
  return lines.join('\n');
}

export function renderMarkdown(doc) {
  const head = `# Performance

Written by \`npm run bench:web\` (scripts/bench-web.mjs) from docs/performance.json; do not edit the
tables by hand. Lighthouse 12.2.3, mobile preset (simulated slow 4G, CPU 4× slower), median of three
runs per page; "demo" is the static build answering from MSW in the browser (\`vite preview\`),
"live" the real-API build served by the data service (\`server/main.ts\`, embedded PGlite). The
machine is shared (2 cores): compare runs by their benchmarkIndex. Not a timed test: a report.

## Reference figures from the issue (not re-measured)

The peers cannot be fetched on this machine (no internet except the npm registry), so their rows
are the issue's figures, from the issue, not re-measured.

| page | perf | LCP | TBT |
|---|---|---|---|
${issueFigures.map((f) => `| ${f.page}${f.peer ? ' (peer, from the issue, not re-measured)' : ''} | ${f.perf} | ${sec(f.lcp)} | ${ms(f.tbt)} |`).join('\n')}
`;
  const body = doc.runs.map(runSection).join('\n\n');
  return `${head}\n${doc.verdict ? `${doc.verdict.trim()}\n\n` : ''}${body}\n`;
}
