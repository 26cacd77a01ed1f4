import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inline-css.ts';

const files: Record<string, string> = {
  '/assets/index-1.css': 'body{margin:0}',
  '/assets/trade-view-2.css': '.trade{color:red}',
};
const read = (href: string) => files[href]!;

describe('inline stylesheets', () => {
  it('puts each stylesheet in the head and leaves a link the browser will not fetch', () => {
    const html =
      '<head><link rel="stylesheet" crossorigin href="/assets/index-1.css">' +
      '<link rel="stylesheet" crossorigin href="/assets/trade-view-2.css"></head>';
    const out = inlineStylesheets(html, read);
    expect(out).toBe(
      '<head><style data-href="/assets/index-1.css">body{margin:0}</style>' +
        '<link rel="stylesheet" href="/assets/index-1.css" disabled>' +
        '<style data-href="/assets/trade-view-2.css">.trade{color:red}</style>' +
        '<link rel="stylesheet" href="/assets/trade-view-2.css" disabled></head>',
    );
  });

  it('leaves other links alone and refuses CSS that would end the style element', () => {
    const icon = '<link rel="icon" href="/favicon.svg">';
    expect(inlineStylesheets(icon, read)).toBe(icon);
    expect(() =>
      inlineStylesheets('<link rel="stylesheet" crossorigin href="/assets/x.css">', () => 'a{}</style>'),
    ).toThrow('/assets/x.css');
  });
});
