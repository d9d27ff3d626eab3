import { nowIso } from './clock';
import { nextStamp, type Stamp } from './stamps';

/** This tab, in edit stamps: another tab's edits are told apart from ours by it. */
export const TAB_ID = Math.random().toString(36).slice(2, 10).padEnd(8, '0');

/** The newest stamp this tab has made or seen: every new edit is stamped after it. */
let lastStamp: Stamp = '';

/** A stamp for an edit made now in this tab, later than every stamp seen so far. */
export const stamp = (): Stamp => (lastStamp = nextStamp(lastStamp, nowIso(), TAB_ID));

/** Another tab's stamp was seen: this tab's next edits come after it. */
export function seeStamp(s: Stamp): void {
  if (s > lastStamp) lastStamp = s;
}
