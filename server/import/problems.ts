/** One reason a file is refused, pointing at where to fix it. */
export interface Problem {
  line: number;
  /** CSV column name or JSON field path; null for the whole line or file. */
  column: string | null;
  message: string;
}

export function formatProblem(p: Problem, format: 'csv' | 'json'): string {
  const where = format === 'csv' ? `line ${p.line}` : `record ${p.line}`;
  return `${where}${p.column ? `, ${format === 'csv' ? 'column' : 'field'} ${p.column}` : ''}: ${p.message}`;
}
