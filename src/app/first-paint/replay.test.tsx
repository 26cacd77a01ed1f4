import { act, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { recordClicks, replayInput } from './replay';

/** A view with a controlled text box, a checkbox, radios, a select and a toggle button. */
function Form({ onState }: { onState: (s: string) => void }) {
  const [q, setQ] = useState('');
  const [on, setOn] = useState(true);
  const [flow, setFlow] = useState('total');
  const [sort, setSort] = useState('year');
  const [pressed, setPressed] = useState(false);
  onState(`${q}|${on}|${flow}|${sort}|${pressed}`);
  return (
    <div>
      <input aria-label="q" value={q} onChange={(e) => setQ(e.target.value)} />
      <input aria-label="on" type="checkbox" checked={on} onChange={(e) => setOn(e.target.checked)} />
      {['total', 'exports'].map((v) => (
        <input
          key={v}
          aria-label={v}
          type="radio"
          name="flow"
          value={v}
          checked={flow === v}
          onChange={() => setFlow(v)}
        />
      ))}
      <select aria-label="sort" value={sort} onChange={(e) => setSort(e.target.value)}>
        <option value="year">year</option>
        <option value="value">value</option>
      </select>
      <button type="button" aria-pressed={pressed} onClick={() => setPressed((p) => !p)}>
        toggle
      </button>
    </div>
  );
}

describe('what a reader did before the app was live', () => {
  it('reaches the hydrated app: typed text, a tick, a choice, a selection and a click', async () => {
    let state = '';
    const root = document.createElement('div');
    document.body.append(root);
    root.innerHTML = renderToString(<Form onState={() => {}} />);
    const recorder = recordClicks(root);
    // The reader, while only the prerendered HTML is there.
    root.querySelector<HTMLInputElement>('[aria-label=q]')!.value = 'hà nội';
    root.querySelector<HTMLInputElement>('[aria-label=on]')!.click();
    root.querySelector<HTMLInputElement>('[aria-label=exports]')!.click();
    root.querySelector('select')!.value = 'value';
    root.querySelector('button')!.click();
    const clicks = recorder.stop();
    expect(clicks).toHaveLength(1);

    await act(async () => {
      hydrateRoot(root, <Form onState={(s) => (state = s)} />);
    });
    expect(state).toBe('|true|total|year|false');
    await act(() => replayInput(root, clicks));
    expect(state).toBe('hà nội|false|exports|value|true');
    // What the reader sees stayed as they left it.
    expect(root.querySelector<HTMLInputElement>('[aria-label=q]')!.value).toBe('hà nội');
    expect(root.querySelector<HTMLInputElement>('[aria-label=exports]')!.checked).toBe(true);
    root.remove();
  });
});
