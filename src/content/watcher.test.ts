// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchForFields } from './watcher';

const controllers: AbortController[] = [];
afterEach(() => {
  controllers.splice(0).forEach((c) => c.abort());
  document.body.replaceChildren();
});

function watch(inputsCoached = false) {
  const controller = new AbortController();
  controllers.push(controller);
  const start = vi.fn();
  const asked = vi.fn(async () => inputsCoached);
  watchForFields(document, { inputsCoached: asked, start }, controller.signal);
  return { start, asked, controller };
}

function add<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

describe('watchForFields', () => {
  it('hands over the first coachable field focused, once, and asks nothing of storage for it', () => {
    const { start, asked } = watch();
    const reply = add('textarea');
    reply.focus();
    add('textarea').focus();
    expect(start).toHaveBeenCalledTimes(1);
    expect(start).toHaveBeenCalledWith(reply);
    expect(asked).not.toHaveBeenCalled();
  });

  it('ignores fields it must not coach: a read-only field, one that opted out, a button', () => {
    const { start } = watch();
    add('textarea', { readonly: '' }).focus();
    add('textarea', { 'data-gramm': 'false' }).focus();
    add('button').focus();
    expect(start).not.toHaveBeenCalled();
  });

  it('starts on input in a field that never had a focus event', () => {
    const { start } = watch();
    const reply = add('textarea');
    reply.dispatchEvent(new Event('input', { bubbles: true }));
    expect(start).toHaveBeenCalledWith(reply);
  });

  it('asks whether single-line inputs are coached here, and hands one over only then', async () => {
    const no = watch(false);
    const chat = add('input', { type: 'text' });
    chat.focus();
    await vi.waitFor(() => expect(no.asked).toHaveBeenCalled());
    await new Promise((done) => setTimeout(done, 0));
    expect(no.start).not.toHaveBeenCalled();
    no.controller.abort();
    chat.blur();

    const yes = watch(true);
    chat.focus();
    await vi.waitFor(() => expect(yes.start).toHaveBeenCalledWith(chat));
  });

  it('starts on a field that was focused before it ran', () => {
    const reply = add('textarea');
    reply.focus();
    const { start } = watch();
    expect(start).toHaveBeenCalledWith(reply);
  });

  it('does nothing once its page’s signal aborts', () => {
    const { start, controller } = watch();
    controller.abort();
    add('textarea').focus();
    expect(start).not.toHaveBeenCalled();
  });
});
