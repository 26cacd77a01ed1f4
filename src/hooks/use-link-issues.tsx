import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { ParamIssue } from '@/lib/url/params';

interface LinkIssues {
  issues: readonly ParamIssue[];
  report: (key: string, issues: readonly ParamIssue[]) => void;
}

const Context = createContext<LinkIssues>({ issues: [], report: () => {} });

/**
 * What the page's notices name as ignored, clamped or swapped, gathered for the share controls:
 * each notice reports its own issues (the shell's and the view's) and withdraws them when it goes.
 */
export function LinkIssuesProvider({ children }: { children: ReactNode }) {
  const [byKey, setByKey] = useState<Record<string, readonly ParamIssue[]>>({});
  // Stable, so a notice's effect runs when its issues change, not whenever another's do.
  const report = useCallback(
    (key: string, issues: readonly ParamIssue[]) =>
      setByKey((prev) => {
        if (JSON.stringify(prev[key] ?? []) === JSON.stringify(issues)) return prev;
        const next = { ...prev };
        if (issues.length === 0) delete next[key];
        else next[key] = issues;
        return next;
      }),
    [],
  );
  const value = useMemo<LinkIssues>(() => ({ issues: Object.values(byKey).flat(), report }), [byKey, report]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** Every issue the page's notices name now. */
export const useLinkIssues = () => useContext(Context).issues;

/** Reports a notice's issues while it is shown. */
export function useReportIssues(issues: readonly ParamIssue[]) {
  const key = useId();
  const { report } = useContext(Context);
  const text = JSON.stringify(issues);
  useEffect(() => {
    report(key, JSON.parse(text) as ParamIssue[]);
    return () => report(key, []);
  }, [key, report, text]);
}
