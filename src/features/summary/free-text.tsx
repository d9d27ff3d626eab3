import { plainFreeText } from '../../domain/export/inert';

/**
 * Text the clinician typed (the history, a study note), shown as typed. It is a React text child
 * — never HTML — in a <bdi>, so right-to-left text stays inside its own run; each line is
 * isolated as in the note for the record (a direction override ends with its line, and a stray
 * pop-directional-isolate cannot close the <bdi> early and reverse the page text after it), and
 * control characters are shown as marks. Its lines sit inside the note's own box, so a line
 * such as "Conclusion: …" reads as part of the note, never as the page's own.
 */
export function FreeText({ text, className }: { text: string; className?: string }) {
  return (
    <bdi className={className ? `free-text ${className}` : 'free-text'}>
      {plainFreeText(text, '')}
    </bdi>
  );
}
