import { LineChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import type { ApiRecord } from '../../../src/contracts/records.js';

type Outcome = ApiRecord<'outcomes'>;
type Checkin = ApiRecord<'checkins'>;

/** Check-ins of one outcome over time, with its baseline and target as reference lines. */
export function OutcomeChart({ outcome, checkins }: { outcome: Outcome; checkins: readonly Checkin[] }) {
  const data = checkins.filter((c) => c.value !== null).map((c) => ({ date: c.date, value: c.value }));
  // The axis spans the baseline and the target too, so the target line is always in view.
  const bounds = [...data.map((d) => d.value as number), outcome.baseline, outcome.target].filter((v): v is number => v !== null);
  const low = Math.min(...bounds);
  const high = Math.max(...bounds);
  const pad = (high - low) * 0.1 || 1;
  return (
    <div
      role="img"
      aria-label={`Check-ins of ${outcome.statement}${outcome.target === null ? '' : `, against the target of ${outcome.target}`}`}
    >
      <LineChart
        h={140}
        data={data}
        dataKey="date"
        series={[{ name: 'value', label: outcome.metric ?? 'Value', color: 'indigo.6' }]}
        referenceLines={[
          ...(outcome.baseline === null ? [] : [{ y: outcome.baseline, label: 'Baseline', color: 'gray.6' }]),
          ...(outcome.target === null ? [] : [{ y: outcome.target, label: 'Target', color: 'teal.6' }]),
        ]}
        yAxisProps={{ domain: [low - pad, high + pad], tickFormatter: (v: number) => String(Number(v.toFixed(2))) }}
        curveType="linear"
        withDots
      />
    </div>
  );
}
