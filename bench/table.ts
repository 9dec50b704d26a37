/** One measured figure, beside the limit measured in the same run where there is one. */
export interface Figure {
  id: string;
  label: string;
  /** `1y`, `5y`, `10y`, or `-` for figures that do not depend on the data. */
  size: string;
  value: number;
  unit: 'ms' | 'MB' | 'kB';
  limitLabel?: string;
  limit?: number;
  /** At most `ratio` times the limit and (or) under `under` in the figure's unit. */
  target?: { ratio?: number; under?: number };
  /** Why there is no figure yet (a page not built): shown instead of a number. */
  pending?: string;
}

const number = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);

function targetText(f: Figure): string {
  const parts: string[] = [];
  if (f.target?.ratio !== undefined) parts.push(`≤ ${f.target.ratio} ×`);
  if (f.target?.under !== undefined) parts.push(`< ${f.target.under} ${f.unit}`);
  return parts.join(', ');
}

export function met(f: Figure): boolean | null {
  if (f.pending || !f.target) return null;
  const ratio = f.limit ? f.value / f.limit : Number.NaN;
  const byRatio = f.target.ratio === undefined || ratio <= f.target.ratio;
  const byUnder = f.target.under === undefined || f.value < f.target.under;
  return byRatio && byUnder;
}

/** The figures as a Markdown table; the same text is printed and written to docs/benchmarks.md. */
export function table(figures: readonly Figure[]): string {
  const rows = figures.map((f) => {
    if (f.pending) return `| ${f.size} | ${f.label} | pending | ${f.pending} | | ${targetText(f)} | – |`;
    const limit = f.limit === undefined ? '' : `${f.limitLabel ?? ''}: ${number(f.limit)} ${f.unit}`;
    const ratio = f.limit ? `${(f.value / f.limit).toFixed(2)} ×` : '';
    const ok = met(f);
    return `| ${f.size} | ${f.label} | **${number(f.value)} ${f.unit}** | ${limit} | ${ratio} | ${targetText(f)} | ${
      ok === null ? '' : ok ? 'yes' : '**no**'
    } |`;
  });
  return [
    '| Size | Figure (median) | Value | Limit, same run | Ratio | Target | Met |',
    '|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
