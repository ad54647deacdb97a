import { plural } from '../../utils/health';
import type { TimelineEvent } from '../../utils/messaging';

const WIDTH = 360;
const HEIGHT = 140;
const PAD = 16;
/** Room for the heat axis' labels on the left and the dates below. */
const LEFT = 34;
const BOTTOM = 30;

/** "12 Mar" in the browser's language, for the date axis. */
export function axisDate(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(`${iso.slice(0, 10)}T12:00:00Z`));
}

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
  const x = (at: string) => LEFT + ((Date.parse(at) - min) / span) * (WIDTH - LEFT - PAD);
  const y = (heat: number) => HEIGHT - BOTTOM - (heat / 100) * (HEIGHT - BOTTOM - PAD);
  const base = HEIGHT - BOTTOM;
  const first = new Date(min).toISOString().slice(0, 10);
  const last = new Date(max).toISOString().slice(0, 10);
  // First, today and last day; today's label alone when the others would crowd it.
  const ticks = [first, today, last].filter((d, i, all) => all.indexOf(d) === i && (d === today || Math.abs(x(d) - x(today)) > 44));
  const inbound = events.filter((e) => e.kind === 'message' && e.inbound && e.heat !== undefined);
  const path = inbound.map((e, i) => `${i ? 'L' : 'M'}${x(e.at).toFixed(1)},${y(e.heat ?? 0).toFixed(1)}`).join(' ');
  return (
    <figure className="timeline" data-testid="client-timeline">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="Heat of their replies over time, with deadlines">
        <line x1={LEFT} x2={WIDTH - PAD} y1={base} y2={base} stroke="#d9dee5" />
        <line x1={LEFT} x2={LEFT} y1={y(100)} y2={base} stroke="#d9dee5" />
        <line x1={LEFT} x2={WIDTH - PAD} y1={y(60)} y2={y(60)} stroke="#f0c27b" strokeDasharray="3 3" />
        <g data-testid="timeline-heat-axis">
          {[0, 60, 100].map((heat) => (
            <text key={heat} className="axis-label" x={LEFT - 4} y={y(heat) + 3} textAnchor="end">
              {heat}
            </text>
          ))}
          <text className="axis-label" transform={`translate(8 ${(y(100) + base) / 2}) rotate(-90)`} textAnchor="middle">
            heat
          </text>
        </g>
        <g data-testid="timeline-date-axis">
          {ticks.map((d) => (
            <text key={d} className="axis-label" x={x(d)} y={base + 12} textAnchor="middle">
              {d === today ? `today, ${axisDate(d)}` : axisDate(d)}
            </text>
          ))}
          <text className="axis-label" x={(LEFT + WIDTH - PAD) / 2} y={HEIGHT - 4} textAnchor="middle">
            date
          </text>
        </g>
        <line x1={x(today)} x2={x(today)} y1={PAD / 2} y2={base} stroke="#5f6b7a" strokeDasharray="2 2" />
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
              <rect key={i} x={cx - 3} y={base - 3} width={6} height={6} fill="#b3261e" transform={`rotate(45 ${cx} ${base})`}>
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
        {plural(events.filter((e) => e.kind === 'signal').length, 'signal')}. Heat 0–100 of their replies (dashed at 60: heated); ◆ deadlines; ○ our messages.
      </figcaption>
    </figure>
  );
}
