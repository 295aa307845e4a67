import { createSignal, For, Show } from 'solid-js';
import { togetherLink } from '../../domain/together/together-link.ts';
import { t } from '../app/i18n.ts';
import { QrCode } from '../components/QrCode.tsx';
import { groupCode } from './code-text.ts';
import { togetherMessages } from './together.messages.ts';

/** What my code reveals, said first; then the code itself, its link (code in the fragment only), a QR code and ways to pass it on. */
export function MyCode(props: { code: string; answered: boolean }) {
  const m = () => t(togetherMessages);
  const [shown, setShown] = createSignal(false);
  const [status, setStatus] = createSignal<string>();
  const link = () => togetherLink(window.location.origin, props.code);
  const copy = (text: string) =>
    void (navigator.clipboard?.writeText(text) ?? Promise.reject(new Error('no clipboard'))).then(
      () => setStatus(m().copied),
      () => setStatus(m().copyFailed),
    );
  const share = () => void navigator.share({ title: m().shareTitle, url: link() }).catch(() => undefined); // a closed share sheet is not an error

  return (
    <section class="my-code" aria-labelledby="my-code-title">
      <h2 id="my-code-title">{m().yourCode}</h2>
      <h3>{m().whatItTells}</h3>
      <ul class="code-reveals">
        <li>{m().tellsLevels}</li>
        <li>{m().tellsFacts}</li>
        <li>{m().tellsNot}</li>
      </ul>
      <p>{m().anyoneCanRead}</p>
      <Show when={!props.answered}>
        <p class="notice warn">{m().noAnswers}</p>
      </Show>
      <Show
        when={shown()}
        fallback={
          <button type="button" class="button primary" onClick={() => setShown(true)}>
            {m().showMyCode}
          </button>
        }
      >
        <figure class="code-box">
          <figcaption>{m().codeLabel}</figcaption>
          {/* Each group is kept whole on a narrow screen: a line breaks only at a dash. */}
          <p class="code-text" data-code={props.code}>
            <For each={groupCode(props.code).split('-')}>
              {(group, i) => (
                <>
                  {i() ? '-' : ''}
                  <span class="code-group">{group}</span>
                </>
              )}
            </For>
          </p>
          <p class="muted small">{m().readHint}</p>
        </figure>
        <p class="actions">
          <button type="button" class="button" onClick={() => copy(props.code)}>
            {m().copyCode}
          </button>
          <Show
            when={'share' in navigator}
            fallback={
              <button type="button" class="button" onClick={() => copy(link())}>
                {m().copyLink}
              </button>
            }
          >
            <button type="button" class="button" onClick={share}>
              {m().share}
            </button>
          </Show>
          <span role="status">{status()}</span>
        </p>
        <label class="share-link">
          {m().linkLabel}
          <input readOnly value={link()} aria-describedby="link-help" onFocus={(e) => e.currentTarget.select()} />
        </label>
        <p id="link-help" class="muted small">
          {m().linkHelp}
        </p>
        <QrCode text={link()} label={m().qrLabel} />
      </Show>
    </section>
  );
}
