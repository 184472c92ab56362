import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '../../../scripts/bench-args.mjs';

const PAGES = ['anchoring', 'painting', 'typing'];

describe('parseBenchArgs', () => {
  it.each([
    [[], ['anchoring', 'painting', 'typing']],
    [
      ['painting', 'anchoring'],
      ['anchoring', 'painting'],
    ],
    [['typing', 'typing'], ['typing']],
    [['bench/pages/painting.ts'], ['painting']],
    [['anchoring.ts'], ['anchoring']],
  ])('%j runs %j', (argv, pages) => {
    expect(parseBenchArgs(argv, PAGES)).toEqual({ help: false, pages });
  });

  it('refuses a page that does not exist, naming the ones that do', () => {
    const result = parseBenchArgs(['anchoring', 'paint'], PAGES);
    expect('error' in result && result.error).toMatch(
      /No bench page named paint\.[\s\S]*anchoring, painting, typing/,
    );
  });

  it('refuses an unknown option and answers --help', () => {
    expect(parseBenchArgs(['--fast'], PAGES)).toEqual({
      error: expect.stringMatching(/^Unknown option --fast\./),
    });
    expect(parseBenchArgs(['-h'], PAGES)).toEqual({ help: true, pages: [] });
    expect(parseBenchArgs(['painting', '--help'], PAGES)).toEqual({ help: true, pages: [] });
  });
});
