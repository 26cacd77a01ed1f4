import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';

/** Shown in place of a view that threw while rendering; the header and other views still work. */
function RouteErrorMessage({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <section className="route-error" role="alert">
      <h1>{t('routeError.title')}</h1>
      <p>{t('routeError.body')}</p>
      <pre className="route-error__detail">{error.message}</pre>
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>{' '}
        <AppLink to="/">{t('routeError.home')}</AppLink>
      </p>
    </section>
  );
}

interface Props {
  children: ReactNode;
  /** Changes when the reader goes to another view, which clears a caught error. */
  resetKey: string;
}

/** One per route: an error in one view never takes down the shell or the other views. */
export class RouteErrorBoundary extends Component<Props, { error: Error | null; key: string }> {
  state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  render() {
    return this.state.error ? <RouteErrorMessage error={this.state.error} /> : this.props.children;
  }
}
