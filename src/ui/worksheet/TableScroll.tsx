import type { JSX } from 'solid-js';

/** A wide table that scrolls sideways on a phone; focusable and named, so a keyboard can scroll it too. */
export function TableScroll(props: { label: string; children: JSX.Element }) {
  return (
    <section class="table-scroll" tabindex="0" aria-label={props.label}>
      {props.children}
    </section>
  );
}
