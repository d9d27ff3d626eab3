import { Component, type ReactNode } from 'react';
import { Link, useLocation, useRouteError } from 'react-router';
import { useT } from '../i18n/use-t';

/**
 * Shown when a page throws. Cases live in the persisted store, which a render error cannot
 * touch, so the message can honestly say nothing was lost.
 */
function RouteErrorView({ error }: { error: unknown }) {
  const { t } = useT();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <section className="page" role="alert">
      <h1>{t('common.error.title')}</h1>
      <p>{t('common.error.body')}</p>
      <p className="actions">
        <button type="button" onClick={() => window.location.reload()}>
          {t('common.error.retry')}
        </button>{' '}
        <Link to="/">{t('common.error.home')}</Link>
      </p>
      <details>
        <summary>{t('common.error.details')}</summary>
        <pre>{detail}</pre>
      </details>
    </section>
  );
}

/** The route's error under a data router (the `errorElement` of src/app/routes.tsx). */
export function RouteError() {
  return <RouteErrorView error={useRouteError()} />;
}

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}
interface BoundaryState {
  failed: boolean;
  error?: unknown;
  pathname: string;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { failed: false, pathname: this.props.pathname };
  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error };
  }
  // Going to another address clears the error (without remounting what did not fail).
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState) {
    return props.pathname === state.pathname
      ? null
      : { failed: false, error: undefined, pathname: props.pathname };
  }
  override render() {
    return this.state.failed ? <RouteErrorView error={this.state.error} /> : this.props.children;
  }
}

/**
 * The same message for the app as it ships (plain <Routes>, see app.tsx): a page that throws,
 * or whose code cannot load, shows it; going to another address starts afresh.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return <Boundary pathname={pathname}>{children}</Boundary>;
}
