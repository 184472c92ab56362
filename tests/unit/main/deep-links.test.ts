import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { IPC_CHANNELS } from '@shared/platform/platform-contract';
import { DeepLinkForwarder, findDeepLink, parseDeepLink } from '../../../src/main/deep-links';

type Listener = (...args: unknown[]) => void;

function fakeContents() {
  const events = new Map<string, Listener>();
  const contents = {
    send: vi.fn(),
    isDestroyed: () => false,
    on: (name: string, listener: Listener) => events.set(name, listener),
    once: (name: string, listener: Listener) => events.set(name, listener),
  };
  return {
    contents,
    asWebContents: contents as unknown as WebContents,
    emit: (name: string) => events.get(name)?.(),
  };
}

const ANNOTATION = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('parseDeepLink', () => {
  it.each([
    ['hamish://open/china-interests-kazakhstan-2022#note-1', 'hamish://open/china-interests-kazakhstan-2022'],
    ['HAMISH://open/doc', 'hamish://open/doc'],
    ['hamish:open/doc', 'hamish://open/doc'],
    [
      `hamish://open/doc?start=3&end=9&annotation=${ANNOTATION}&utm=x`,
      `hamish://open/doc?annotation=${ANNOTATION}&start=3&end=9`,
    ],
  ])('accepts %s, passing on only what it understood', (raw, expected) => {
    expect(parseDeepLink(raw)).toBe(expected);
  });

  it.each([
    ['another scheme', 'https://example.com/'],
    ['a file URL', 'file:///etc/passwd'],
    ['a look-alike scheme', 'hamishx://open'],
    ['a browser-edition link', 'http://127.0.0.1:4317/#doc=doc'],
    ['a line break', 'hamish://open/doc\nrm -rf'],
    ['a space', 'hamish://open/a b'],
    ['an overlong link', `hamish://open/${'a'.repeat(3000)}`],
    ['a non-string', 42],
    ['an invalid escape', 'hamish://open/%ZZ'],
    ['a lone percent sign', 'hamish://open/%'],
    ['a lone surrogate', 'hamish://open/\uD800'],
    ['an upper-case id', 'hamish://open/UPPER'],
    ['an unknown verb', 'hamish://delete/everything'],
    ['a start after the end', 'hamish://open/doc?start=9&end=3'],
    ['a malformed annotation id', 'hamish://open/doc?annotation=%ZZ'],
  ])('rejects %s', (_case, raw) => {
    expect(parseDeepLink(raw)).toBeNull();
  });

  it('finds the last hamish: argument among command-line arguments, for the forwarder to check', () => {
    expect(findDeepLink(['/usr/bin/hamish', '--no-sandbox', 'hamish://open/doc'])).toBe('hamish://open/doc');
    expect(findDeepLink(['/usr/bin/hamish', 'hamish://open/%ZZ'])).toBe('hamish://open/%ZZ');
    expect(findDeepLink(['/usr/bin/hamish', '.'])).toBeNull();
  });
});

describe('DeepLinkForwarder', () => {
  it('holds links until the renderer has loaded, then sends them on the open-link channel', () => {
    const forwarder = new DeepLinkForwarder();
    const { contents, asWebContents, emit } = fakeContents();
    forwarder.attach(asWebContents);
    forwarder.open('hamish://open/early');
    forwarder.open('https://example.com/');
    expect(contents.send).not.toHaveBeenCalled();
    emit('did-finish-load');
    forwarder.open('hamish://open/late');
    expect(contents.send.mock.calls).toEqual([
      [IPC_CHANNELS.onOpenLink, 'hamish://open/early'],
      [IPC_CHANNELS.onOpenLink, 'hamish://open/late'],
    ]);
  });

  it('drops malformed Hamish links, saying so in the log, and sends the good ones', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const forwarder = new DeepLinkForwarder();
    const { contents, asWebContents, emit } = fakeContents();
    forwarder.attach(asWebContents);
    emit('did-finish-load');
    forwarder.open('hamish://open/%ZZ');
    forwarder.open('hamish://open/doc?start=9&end=3');
    forwarder.open('hamish://open/doc');
    expect(contents.send.mock.calls).toEqual([[IPC_CHANNELS.onOpenLink, 'hamish://open/doc']]);
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[0]![0]).toContain('hamish://open/%ZZ');
    warn.mockRestore();
  });

  it('stops sending to a destroyed window', () => {
    const forwarder = new DeepLinkForwarder();
    const { contents, asWebContents, emit } = fakeContents();
    forwarder.attach(asWebContents);
    emit('did-finish-load');
    emit('destroyed');
    forwarder.open('hamish://open/doc');
    expect(contents.send).not.toHaveBeenCalled();
  });
});
