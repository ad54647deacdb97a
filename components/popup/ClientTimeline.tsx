import { plural } from '../../utils/health';
import type { TimelineEvent } from '../../utils/messaging';

const WIDTH = 360;
const HEIGHT = 120;
const PAD = 16;

/**
 * One client's relationship on one axis: inbound heat as a line (our own
 * messages as hollow dots), deadlines as red markers, signals as ticks.
 */
export function ClientTimeline({ events, today }: { events: TimelineEvent[]; today: string }) {
  if (!events.length) return <p className="muted">Nothing on this client's timeline yet.</p>;
  const times = events.map((e) => Date.parse(e.at)).filter(Number.isFinite);
  times.push(Date.parse(today));
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, 86_400_000);
  const x = (at: string) => PAD + ((Date.parse(at) - min) / span) * (WIDTH - 2 * PAD);
  const y = (heat: number) => HEIGHT - PAD - (heat / 100) * (HEIGHT - 2 * PAD);
  const inbound = events.filter((e) => e.kind === 'message' && e.inbound && e.heat !== undefined);
  const path = inbound.map((e, i) => `${i ? 'L' : 'M'}${x(e.at).toFixed(1)},${y(e.heat ?? 0).toFixed(1)}`).join(' ');
  return (
    <figure className="timeline" data-testid="client-timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Heat of their replies over time, with deadlines">
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} stroke="#d9dee5" />
        <line x1={PAD} x2={WIDTH - PAD} y1={y(60)} y2={y(60)} stroke="#f0c27b" strokeDasharray="3 3" />
        <line x1={x(today)} x2={x(today)} y1={PAD / 2} y2={HEIGHT - PAD} stroke="#5f6b7a" strokeDasharray="2 2" />
        {path ? <path d={path} fill="none" stroke="#b3261e" strokeWidth={1.5} /> : null}
        {events.map((e, i) => {
          const cx = x(e.at);
          if (e.kind === 'message')
            return (
              <circle key={i} cx={cx} cy={y(e.heat ?? 0)} r={3} fill={e.inbound ? '#b3261e' : '#fff'} stroke="#1b5e8c">
                <title>{e.label}</title>
              </circle>
            );
          if (e.kind === 'commitment')
            return (
              <rect key={i} x={cx - 3} y={HEIGHT - PAD - 3} width={6} height={6} fill="#b3261e" transform={`rotate(45 ${cx} ${HEIGHT - PAD})`}>
                <title>{e.label}</title>
              </rect>
            );
          return (
            <line key={i} x1={cx} x2={cx} y1={PAD / 2} y2={PAD} stroke="#a66300" strokeWidth={2}>
              <title>{e.label}</title>
            </line>
          );
        })}
      </svg>
      <figcaption className="muted">
        {plural(events.filter((e) => e.kind === 'message').length, 'message')}, {plural(events.filter((e) => e.kind === 'commitment').length, 'deadline')},{' '}
        {plural(events.filter((e) => e.kind === 'signal').length, 'signal')}. Dashed line: today.
      </figcaption>
    </figure>
  );
}
