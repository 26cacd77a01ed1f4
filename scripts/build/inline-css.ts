/**
 * A prerendered page carries its stylesheets in its head, so its first paint waits for the HTML
 * alone, not for one more round trip per stylesheet (on a phone at 150 ms each, the largest part
 * of a first paint). Every page's CSS is small (all of it, brotli, is a few KB), so the whole file
 * is inlined rather than a "critical" subset: nothing can be missing and nothing later restyles.
 * The CSP allows inline styles (scripts/vite/csp.ts).
 *
 * Each inlined file leaves a `disabled` link behind, which browsers never fetch: Vite's loader
 * finds it when the live app imports the view and does not load the same stylesheet again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const LINK = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"\s*\/?>/g;

export function inlineStylesheets(html: string, read: (href: string) => string): string {
  return html.replace(LINK, (_link, href: string) => {
    // `</style` inside the CSS would end the element early; built CSS never has it, but check.
    const css = read(href);
    if (/<\/style/i.test(css)) throw new Error(`${href} contains </style and cannot be inlined`);
    return `<style data-href="${href}">${css}</style><link rel="stylesheet" href="${href}" disabled>`;
  });
}

export const readFromBuild = (outDir: string) => (href: string) => readFileSync(join(outDir, href), 'utf8');
