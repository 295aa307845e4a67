import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

type Props = { current: number; total: number; label: string };

export function Progress(props: Props) {
  const m = () => t(componentsMessages);
  const percent = () => Math.round((props.current / Math.max(props.total, 1)) * 100);
  return (
    <div class="progress">
      <p class="progress-text">
        <span class="section-name">{props.label}</span> · {m().questionOf(props.current, props.total)}
      </p>
      <div
        class="progress-bar"
        role="progressbar"
        aria-label={m().progressLabel}
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.current}
      >
        <div class="progress-fill" style={{ width: `${percent()}%` }} />
      </div>
    </div>
  );
}
