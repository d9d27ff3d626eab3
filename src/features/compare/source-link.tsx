import { Link } from 'react-router';
import type { SourceRef } from './comparison-model';

/** "Rosteius 2017", linking to its entry on the evidence page. */
export function SourceLink({ source }: { source: SourceRef }) {
  return <Link to={`/evidence#ref-${source.id}`}>{source.short}</Link>;
}
