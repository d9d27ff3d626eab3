/**
 * Text the clinician typed (a label, the history, a study note), shown exactly as typed. It is a
 * React text child — never HTML — and sits in a <bdi> so that right-to-left text or a stray
 * direction override stays inside its own run and cannot reorder the words around it.
 */
export function FreeText({ text, className }: { text: string; className?: string }) {
  return <bdi className={className ? `free-text ${className}` : 'free-text'}>{text}</bdi>;
}
