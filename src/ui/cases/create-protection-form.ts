import { createSignal } from 'solid-js';
import { CaseUnreadableError } from '../../storage/case-codec.ts';
import { describeStorageError } from '../app/errors.ts';
import { t } from '../app/i18n.ts';
import { protectionMessages } from './protection.messages.ts';

export type Feedback = { readonly kind: 'error' | 'success'; readonly text: string };

/** A passphrase form: runs `run` once at a time with a busy state; its answer (or a failure) becomes the message. */
export function createProtectionForm(run: () => Promise<string | undefined>) {
  const [busy, setBusy] = createSignal(false);
  const [feedback, setFeedback] = createSignal<Feedback>();
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (busy()) return;
    setBusy(true);
    setFeedback(undefined);
    try {
      const problem = await run();
      if (problem) setFeedback({ kind: 'error', text: problem });
    } catch (error) {
      const m = t(protectionMessages);
      const damaged = error instanceof CaseUnreadableError && error.reason === 'damaged';
      setFeedback({ kind: 'error', text: damaged ? m.damagedBlocks : m.failed(describeStorageError(error)) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, feedback, submit };
}
