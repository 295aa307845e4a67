import { t } from '../app/i18n.ts';
import { componentsMessages } from './components.messages.ts';

/** Where the person is, by part: the parts never change in number, as the questions a part shows may. */
type Props = { part: number; parts: number; label: string; done: number };

export function Progress(props: Props) {
  const m = () => t(componentsMessages);
  const percent = () => Math.round(Math.min(Math.max(props.done, 0), 1) * 100);
  return (
    <div class="progress">
      <p class="progress-text">{m().partOf(props.part, props.parts, props.label)}</p>
      <div
        class="progress-bar"
        role="progressbar"
        aria-label={m().progressLabel}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent()}
        aria-valuetext={m().partOf(props.part, props.parts, props.label)}
      >
        <div class="progress-fill" style={{ width: `${percent()}%` }} />
      </div>
    </div>
  );
}
