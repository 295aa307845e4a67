import { createSignal, Show, type JSX } from 'solid-js';

/** A <details> whose content is built on first opening: long pages stay light until someone asks for more. */
export function LazyDetails(props: { summary: JSX.Element; class?: string; open?: boolean; children: JSX.Element }) {
  const [opened, setOpened] = createSignal(props.open ?? false);
  return (
    <details class={props.class} open={props.open} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{props.summary}</summary>
      <Show when={opened()}>{props.children}</Show>
    </details>
  );
}
