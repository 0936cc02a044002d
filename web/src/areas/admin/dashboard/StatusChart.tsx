import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/use-format';

export interface StatusBar {
  status: string;
  count: number;
}

const BAR_HEIGHT = 22;
const GAP = 6;
const LABEL_WIDTH = 170;
const WIDTH = 520;

/**
 * Orders by status as horizontal bars: a small SVG (no chart library in the admin chunk),
 * hidden from screen readers, with the same figures in the table beside it — the table is the
 * accessible version and works without colour.
 */
export function StatusChart({ bars }: { bars: readonly StatusBar[] }) {
  const { t } = useTranslation('admin');
  const format = useFormat();
  const captionId = useId();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const height = bars.length * (BAR_HEIGHT + GAP);
  const scale = (WIDTH - LABEL_WIDTH - 50) / max;
  return (
    <div className="status-chart">
      {bars.length > 0 && (
        <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" aria-hidden="true" focusable="false">
          {bars.map((bar, i) => {
            const y = i * (BAR_HEIGHT + GAP);
            return (
              <g key={bar.status}>
                <text x={0} y={y + BAR_HEIGHT * 0.72} className="status-chart-label">
                  {t(`orderStatus.${bar.status}`, { defaultValue: bar.status })}
                </text>
                <rect x={LABEL_WIDTH} y={y} width={Math.max(2, bar.count * scale)} height={BAR_HEIGHT} className="status-chart-bar" />
                <text x={LABEL_WIDTH + Math.max(2, bar.count * scale) + 6} y={y + BAR_HEIGHT * 0.72} className="status-chart-label">
                  {format.number(bar.count)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <table aria-labelledby={captionId}>
        <caption id={captionId}>{t('dashboard.byStatus')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.status')}</th>
            <th scope="col">{t('dashboard.orders')}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.status}>
              <th scope="row">{t(`orderStatus.${bar.status}`, { defaultValue: bar.status })}</th>
              <td>{format.number(bar.count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {bars.length === 0 && <p>{t('dashboard.noOrders')}</p>}
    </div>
  );
}
