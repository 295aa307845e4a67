import { createSignal, Show } from 'solid-js';
import { shortlistPath } from '../../domain/registry/shortlist-link.ts';


export function ShareShortlist(props: { ids: readonly string[] }) {
  const [copied, setCopied] = createSignal(false);
  // The link carries mediator ids only: no names, no case details.
  const link = () => window.location.origin + shortlistPath(props.ids);
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title: 'Mediators to choose from', url: link() }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(link()).then(() => setCopied(true), () => undefined);
  };
  return (
    <div class="share no-print">
      <h2>Choose together</h2>
      <p>Send this link to the other party so you can pick a mediator jointly. It contains only the mediators' ids.</p>
      <label class="share-link">
        Link to share
        <input readOnly value={link()} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p class="actions">
        <button type="button" class="button primary" onClick={() => void share()}>
          Share link
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          Print
        </button>
        <Show when={copied()}>
          <span role="status">Link copied</span>
        </Show>
      </p>
    </div>
  );
}
