import { createSignal, Show } from 'solid-js';
import { shortlistPath } from '../../domain/registry/shortlist-link.ts';
import { t } from '../app/i18n.ts';
import { directoryMessages } from './directory.messages.ts';

export function ShareShortlist(props: { ids: readonly string[] }) {
  const m = () => t(directoryMessages);
  const [copied, setCopied] = createSignal(false);
  // The link carries mediator ids only: no names, no case details.
  const link = () => window.location.origin + shortlistPath(props.ids);
  const share = async () => {
    if (navigator.share) {
      await navigator.share({ title: m().shareTitle, url: link() }).catch(() => undefined);
      return;
    }
    await navigator.clipboard?.writeText(link()).then(
      () => setCopied(true),
      () => undefined,
    );
  };
  return (
    <div class="share no-print">
      <h2>{m().chooseTogether}</h2>
      <p>{m().shareText}</p>
      <label class="share-link">
        {m().linkToShare}
        <input readOnly value={link()} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p class="actions">
        <button type="button" class="button primary" onClick={() => void share()}>
          {m().shareLink}
        </button>
        <button type="button" class="button" onClick={() => window.print()}>
          {m().print}
        </button>
        <Show when={copied()}>
          <span role="status">{m().linkCopied}</span>
        </Show>
      </p>
    </div>
  );
}
