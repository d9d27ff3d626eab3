import { useRoutes } from 'react-router';
import { FileReport } from './file-report';
import { LaunchCallback } from './launch-callback';
import { LaunchStart } from './launch-start';
import './launch.css';

/**
 * `/launch/*`, loaded only on these routes: the launch URL the health record opens (`/launch`,
 * with `iss` and, in an EHR launch, `launch`), the redirect URI (`/launch/callback`: sign-in, the
 * record read in, the new case checked and created) and the filing of a launched case's report
 * (`/launch/file/<case id>`). A route table (`useRoutes`, as the app's own): `<Routes>` would
 * keep more of react-router in the first page's chunk, which all routes share.
 */
export function LaunchPage() {
  const page = useRoutes([
    { path: 'callback', element: <LaunchCallback /> },
    { path: 'file/:caseId', element: <FileReport /> },
    { path: '*', element: <LaunchStart /> },
  ]);
  return <section className="page ehr-launch">{page}</section>;
}
