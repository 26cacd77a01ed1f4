import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { carryOver, controlKeys } from './handover';
import { recordClicks } from './prerender-swap';

/** The prerendered copy: what the server's HTML gives, ids from the server's useId. */
function prerendered(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const SERVER_HTML = `
  <label for="_R_1_">Search</label><input id="_R_1_" type="search" value="">
  <label><input type="checkbox" checked> Belarus</label>
  <button type="button" aria-pressed="false" data-roving-key="visit">Visit (34)</button>
  <button type="button" aria-pressed="false" data-roving-key="talks">Talks (5)</button>`;

/** Carries over inside act, so React has drawn the result; then moves focus. */
function carry(server: HTMLElement, live: HTMLElement, clicks: readonly Element[]) {
  let afterShown = () => {};
  act(() => {
    afterShown = carryOver(server, live, clicks);
  });
  act(() => afterShown());
}

/** The live copy: the same controls, driven by React state, with client ids. */
function Live({ log }: { log: string[] }) {
  const [q, setQ] = useState('');
  const [belarus, setBelarus] = useState(true);
  const [kinds, setKinds] = useState<string[]>([]);
  const chip = (kind: string, label: string) => (
    <button
      type="button"
      aria-pressed={kinds.includes(kind)}
      data-roving-key={kind}
      onClick={() => {
        log.push(`toggle ${kind}`);
        setKinds((k) => (k.includes(kind) ? k.filter((x) => x !== kind) : [...k, kind]));
      }}
    >
      {/* The count changes with the query: the pairing must not depend on it. */}
      {label} ({q ? 1 : 34})
    </button>
  );
  return (
    <div>
      <label htmlFor="_r_9_">Search</label>
      <input
        id="_r_9_"
        type="search"
        value={q}
        onChange={(e) => {
          log.push(`q=${e.target.value}`);
          setQ(e.target.value);
        }}
      />
      <label>
        <input
          type="checkbox"
          checked={belarus}
          onChange={() => {
            log.push('belarus');
            setBelarus((b) => !b);
          }}
        />{' '}
        Belarus
      </label>
      {chip('visit', 'Visit')}
      {chip('talks', 'Talks')}
    </div>
  );
}

afterEach(() => document.body.replaceChildren());

describe(controlKeys.name, () => {
  it('names a control the same way in both copies although React gave it another id', () => {
    const live = prerendered(SERVER_HTML.replace(/_R_1_/g, '_r_9_'));
    const server = prerendered(SERVER_HTML);
    expect([...controlKeys(server).values()]).toEqual([...controlKeys(live).values()]);
  });

  it('tells apart controls of the same name by their order', () => {
    const root = prerendered('<button>Log</button><button>Log</button>');
    expect(new Set(controlKeys(root).values()).size).toBe(2);
  });
});

describe(carryOver.name, () => {
  it('types what the reader typed into the live box, through its own change handler', () => {
    const log: string[] = [];
    const server = prerendered(SERVER_HTML);
    const { container } = render(<Live log={log} />);
    const typed = server.querySelector('input')!;
    typed.value = 'minsk';
    typed.focus();
    typed.setSelectionRange(3, 3);

    carry(server, container, []);

    const box = container.querySelector<HTMLInputElement>('input[type=search]')!;
    expect(log).toEqual(['q=minsk']);
    expect(box.value).toBe('minsk');
    expect(document.activeElement).toBe(box);
    expect(box.selectionStart).toBe(3);
  });

  it('carries an unticked box and the chips clicked, in order, and nothing else', () => {
    const log: string[] = [];
    const server = prerendered(SERVER_HTML);
    const clicks = recordClicks(server);
    const { container } = render(<Live log={log} />);
    server.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
    server.querySelector<HTMLButtonElement>('[data-roving-key=talks]')!.click();
    server.querySelector<HTMLButtonElement>('[data-roving-key=visit]')!.click();
    // The prerendered chip shows the state the live app will give it.
    expect(server.querySelector('[data-roving-key=visit]')).toHaveAttribute('aria-pressed', 'true');

    carry(server, container, clicks);

    expect(log).toEqual(['belarus', 'toggle talks', 'toggle visit']);
    expect(container.querySelector('[data-roving-key=visit]')).toHaveAttribute('aria-pressed', 'true');
    expect(container.querySelector('input[type=checkbox]')).not.toBeChecked();
  });

  it('does nothing when the reader did nothing', () => {
    const log: string[] = [];
    const server = prerendered(SERVER_HTML);
    const { container } = render(<Live log={log} />);
    carry(server, container, []);
    expect(log).toEqual([]);
  });
});
