// A passphrase form: one run at a time, busy meanwhile, and its answer or failure as the message shown.
import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { CaseUnreadableError } from '../../src/storage/case-codec.ts';
import { describeStorageError } from '../../src/ui/app/errors.ts';
import { t } from '../../src/ui/app/i18n.ts';
import { createProtectionForm } from '../../src/ui/cases/create-protection-form.ts';
import { protectionMessages } from '../../src/ui/cases/protection.messages.ts';

function submitEvent() {
  const preventDefault = vi.fn();
  return { event: { preventDefault } as unknown as SubmitEvent, preventDefault };
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setup(run: () => Promise<string | undefined>) {
  return createRoot((dispose) => ({ dispose, form: createProtectionForm(run) }));
}

describe('createProtectionForm', () => {
  it('stays on the page, is busy while the run lasts, and shows nothing when it succeeded', async () => {
    const step = deferred<string | undefined>();
    const { dispose, form } = setup(() => step.promise);
    const { event, preventDefault } = submitEvent();
    expect(form.busy()).toBe(false);
    const done = form.submit(event);
    expect(preventDefault).toHaveBeenCalledTimes(1);
    expect(form.busy()).toBe(true);
    step.resolve(undefined);
    await done;
    expect(form.busy()).toBe(false);
    expect(form.feedback()).toBeUndefined();
    dispose();
  });

  it('runs once however many times it is submitted while busy', async () => {
    const step = deferred<string | undefined>();
    const run = vi.fn(() => step.promise);
    const { dispose, form } = setup(run);
    const first = form.submit(submitEvent().event);
    const second = submitEvent();
    const ignored = form.submit(second.event);
    expect(second.preventDefault).toHaveBeenCalled(); // a second submit does not reload the page either
    expect(run).toHaveBeenCalledTimes(1);
    step.resolve(undefined);
    await Promise.all([first, ignored]);
    await form.submit(submitEvent().event);
    expect(run).toHaveBeenCalledTimes(2);
    dispose();
  });

  it("shows the run's problem as an error, and clears it when submitted again", async () => {
    const answers = ['The two new passphrases differ.', undefined];
    const step = deferred<void>();
    let calls = 0;
    const { dispose, form } = setup(async () => {
      if (calls++ === 1) await step.promise;
      return answers.shift();
    });
    await form.submit(submitEvent().event);
    expect(form.feedback()).toEqual({ kind: 'error', text: 'The two new passphrases differ.' });
    const again = form.submit(submitEvent().event);
    expect(form.feedback()).toBeUndefined();
    step.resolve();
    await again;
    expect(form.feedback()).toBeUndefined();
    dispose();
  });

  it('says a damaged case blocks the change, and any other failure in storage words, and is not busy after', async () => {
    const m = t(protectionMessages);
    const damaged = setup(() => Promise.reject(new CaseUnreadableError('damaged')));
    await damaged.form.submit(submitEvent().event);
    expect(damaged.form.feedback()).toEqual({ kind: 'error', text: m.damagedBlocks });
    expect(damaged.form.busy()).toBe(false);
    damaged.dispose();

    const quota = new DOMException('quota', 'QuotaExceededError');
    const full = setup(() => Promise.reject(quota));
    await full.form.submit(submitEvent().event);
    expect(full.form.feedback()).toEqual({ kind: 'error', text: m.failed(describeStorageError(quota)) });
    expect(full.form.feedback()?.text).toContain(describeStorageError(quota));
    expect(full.form.busy()).toBe(false);
    full.dispose();

    const locked = setup(() => Promise.reject(new CaseUnreadableError('locked')));
    await locked.form.submit(submitEvent().event);
    expect(locked.form.feedback()?.text).not.toBe(m.damagedBlocks);
    locked.dispose();
  });
});
