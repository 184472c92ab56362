import { describe, expect, it } from 'vitest';
import { browserOpener } from '../../../scripts/open-browser.mjs';

const ADDRESS = 'http://127.0.0.1:4317/';

describe('browserOpener', () => {
  it.each([
    { platform: 'darwin', env: {}, expected: { command: 'open', args: [ADDRESS] } },
    { platform: 'win32', env: {}, expected: { command: 'cmd', args: ['/d', '/c', 'start', '""', ADDRESS] } },
    { platform: 'linux', env: { DISPLAY: ':0' }, expected: { command: 'xdg-open', args: [ADDRESS] } },
    {
      platform: 'linux',
      env: { WAYLAND_DISPLAY: 'wayland-0' },
      expected: { command: 'xdg-open', args: [ADDRESS] },
    },
    { platform: 'freebsd', env: { DISPLAY: ':1' }, expected: { command: 'xdg-open', args: [ADDRESS] } },
    { platform: 'linux', env: {}, expected: null },
    { platform: 'linux', env: { DISPLAY: '' }, expected: null },
  ] as const)('$platform with $env → $expected.command', ({ platform, env, expected }) => {
    expect(browserOpener(ADDRESS, { platform, env })).toEqual(expected);
  });
});
