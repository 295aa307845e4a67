type Props = { current: number; total: number; label: string };

export function Progress(props: Props) {
  const percent = () => Math.round((props.current / Math.max(props.total, 1)) * 100);
  return (
    <div class="progress">
      <p class="progress-text">
        <span class="section-name">{props.label}</span> · Question {props.current} of {props.total}
      </p>
      <div
        class="progress-bar"
        role="progressbar"
        aria-label="Progress through the questions"
        aria-valuemin={0}
        aria-valuemax={props.total}
        aria-valuenow={props.current}
      >
        <div class="progress-fill" style={{ width: `${percent()}%` }} />
      </div>
    </div>
  );
}
