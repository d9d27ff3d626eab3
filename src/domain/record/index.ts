// Reading a health record into a new case, and what the record answers to a write-back.
export {
  checkCase,
  prefillCase,
  unchangedRecordLabs,
  type Filled,
  type NotUsed,
  type Prefill,
  type PrefillFieldId,
  type RecordData,
  type RecordSource,
} from './prefill';
export type { RecordUnread } from './reading';
export { MAX_PAGES, recordQueries } from './queries';
export { missingWriteScopes, requestedScope } from './scopes';
export { transactionOutcome, type TransactionOutcome } from './outcome';
