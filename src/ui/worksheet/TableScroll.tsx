import type { JSX } from 'solid-js';

/** A wide table that scrolls sideways on a phone; focusable and named, so a keyboard can scroll it too. */
export function TableScroll(props: { label: string; children: JSX.Element }) {
  return (
    <div class="table-scroll" tabindex="0" role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}
