import type { HealthView } from '../../utils/messaging';

const LABELS: Record<HealthView['level'], string> = { ok: 'OK', watch: 'Watch', 'at-risk': 'At risk' };

export function HealthChip({ health }: { health: HealthView }) {
  return (
    <span className={`chip chip--${health.level}`} data-testid="health-chip" data-level={health.level} title={health.reasons.join('\n')}>
      {LABELS[health.level]}
    </span>
  );
}
