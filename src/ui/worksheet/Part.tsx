import { createSignal, type JSX } from 'solid-js';

/** One worksheet part: a heading whose button folds the part away (the disclosure pattern), open by default. */
export function Part(props: { id: string; title: string; children: JSX.Element }) {
  const [open, setOpen] = createSignal(true);
  return (
    <section class="ws-part" id={props.id} aria-labelledby={`${props.id}-title`}>
      <h2>
        <button
          type="button"
          class="ws-toggle"
          id={`${props.id}-title`}
          aria-expanded={open()}
          aria-controls={`${props.id}-body`}
          onClick={() => setOpen(!open())}
        >
          {props.title}
        </button>
      </h2>
      <div class="ws-body" id={`${props.id}-body`} hidden={!open()}>
        {props.children}
      </div>
    </section>
  );
}

/** Opens a part, brings it into view and puts the keyboard on its heading. */
export function goToPart(id: string): void {
  const button = document.getElementById(`${id}-title`);
  if (button?.getAttribute('aria-expanded') === 'false') button.click();
  button?.scrollIntoView({ block: 'start' });
  button?.focus();
}
