import { lazy, type ComponentType } from 'react';
import { BrowserRouter, useRoutes, type RouteObject } from 'react-router';
import { RouteErrorBoundary } from './route-error';
import { routes } from './routes';

/**
 * The app as it ships renders the route table (routes.tsx) with the router's smallest form,
 * <BrowserRouter> and useRoutes, about 16 KB gzip lighter on the first page than a data router.
 * The table keeps the data-router shape (`lazy`, `errorElement`), which tests render with
 * createMemoryRouter; here each `lazy` page becomes a React.lazy component (the layout's
 * <Suspense> shows "Loading" meanwhile) and each `errorElement` an error boundary.
 */
function toPlainRoutes(list: readonly RouteObject[]): RouteObject[] {
  return list.map((r): RouteObject => {
    const load = r.lazy;
    let element = r.element;
    if (typeof load === 'function') {
      const Page = lazy(async () => {
        const { Component } = (await load()) as { Component?: ComponentType | null };
        if (!Component) throw new Error('A lazy route gave no Component');
        return { default: Component };
      });
      element = <Page />;
    }
    if (r.errorElement !== undefined && element)
      element = <RouteErrorBoundary>{element}</RouteErrorBoundary>;
    const plain = { path: r.path, element, children: r.children && toPlainRoutes(r.children) };
    return (r.index ? { index: true, path: r.path, element } : plain) as RouteObject;
  });
}

const plainRoutes = toPlainRoutes(routes);

/**
 * The base path the app is served under (a build setting: `BASE_PATH=/scho/ npm run build`),
 * as the router's basename: every link and navigation stays under it.
 */
export const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '') || '/';

/** The route table; the app renders it in a browser router, the build-time page in a memory one. */
export function AppRoutes() {
  return useRoutes(plainRoutes);
}

export function App() {
  return (
    <BrowserRouter basename={BASENAME}>
      <AppRoutes />
    </BrowserRouter>
  );
}
