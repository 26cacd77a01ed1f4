import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import {
  parseBoolParam,
  parseSetParam,
  parseSortParam,
  setBoolParam,
  setSetParam,
  setSortParam,
  type Parsed,
  type SortParam,
} from '@/lib/url/params';
import { useViewParams } from './use-view-params';

const KINDS = ['visit', 'meeting', 'agreement'] as const;
const SORT_KEYS = ['year', 'value'] as const;
const DEFAULT_SORT: SortParam<(typeof SORT_KEYS)[number]> = { key: 'year', dir: 'asc' };

interface Demo {
  kinds: (typeof KINDS)[number][];
  sort: SortParam<(typeof SORT_KEYS)[number]>;
  mirror: boolean;
}

function parse(search: URLSearchParams): Parsed<Demo> {
  const kinds = parseSetParam(search, 'kind', KINDS);
  const sort = parseSortParam(search, 'sort', SORT_KEYS, DEFAULT_SORT);
  const mirror = parseBoolParam(search, 'mirror', false);
  return {
    value: { kinds: kinds.value, sort: sort.value, mirror: mirror.value },
    issues: [...kinds.issues, ...sort.issues, ...mirror.issues],
  };
}

function write(search: URLSearchParams, value: Demo): void {
  setSetParam(search, 'kind', value.kinds);
  setSortParam(search, 'sort', value.sort, DEFAULT_SORT);
  setBoolParam(search, 'mirror', value.mirror, false);
}

function setup(url: string) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={[url]}>{children}</MemoryRouter>
  );
  return renderHook(
    () => ({ view: useViewParams(parse, write), location: useLocation(), navigate: useNavigate() }),
    { wrapper },
  );
}

describe(useViewParams.name, () => {
  it('reads the view params and the issues of the link', () => {
    const { result } = setup('/x?kind=visit,bogus&sort=-value');
    expect(result.current.view.params).toEqual({
      kinds: ['visit'],
      sort: { key: 'value', dir: 'desc' },
      mirror: false,
    });
    expect(result.current.view.issues).toEqual([{ param: 'kind', value: 'bogus', action: 'ignored' }]);
  });

  it('keeps unchanged fields identical when another param changes', () => {
    const { result } = setup('/x?kind=visit,agreement&sort=-value&from=2000');
    const before = result.current.view.params;
    act(() => result.current.view.update({ mirror: true }));
    expect(result.current.location.search).toBe('?from=2000&kind=visit%2Cagreement&mirror=1&sort=-value');
    const after = result.current.view.params;
    expect(after).not.toBe(before);
    expect(after.kinds).toBe(before.kinds);
    expect(after.sort).toBe(before.sort);
  });

  it('keeps the whole state identical when only a param of another owner changes', () => {
    const { result } = setup('/x?kind=visit');
    const before = result.current.view;
    act(() => void result.current.navigate('/x?kind=visit&from=2010'));
    expect(result.current.view.params).toBe(before.params);
    expect(result.current.view.issues).toBe(before.issues);
  });

  it('gives a new value for a field that changed', () => {
    const { result } = setup('/x?kind=visit');
    const before = result.current.view.params.kinds;
    act(() => result.current.view.update({ kinds: ['visit', 'meeting'] }));
    expect(result.current.view.params.kinds).toEqual(['visit', 'meeting']);
    expect(result.current.view.params.kinds).not.toBe(before);
  });

  it('rewrites an older link in the one form on the next change, and pushes a history entry', () => {
    const { result } = setup('/x?sort=value-desc&mirror=true');
    act(() => result.current.view.update({ kinds: ['meeting'] }));
    expect(result.current.location.search).toBe('?kind=meeting&mirror=1&sort=-value');
    act(() => void result.current.navigate(-1));
    expect(result.current.location.search).toBe('?sort=value-desc&mirror=true');
  });

  it('replaces the history entry when told to', () => {
    const { result } = setup('/x');
    act(() => void result.current.navigate('/x?kind=visit'));
    act(() => result.current.view.update({ mirror: true }, { replace: true }));
    act(() => void result.current.navigate(-1));
    expect(result.current.location.search).toBe('');
  });
});
