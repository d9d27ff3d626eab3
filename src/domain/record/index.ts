// Reading a health record into a new case, and what the record answers to a write-back.
export {
  applyValue,
  checkCase,
  PREFILL_FIELDS,
  prefillCase,
  unchangedRecordLabs,
  type Filled,
  type NotUsed,
  type Prefill,
  type PrefillFieldId,
  type RecordData,
  type RecordSource,
} from './prefill';
export { MAX_PAGES, recordQueries } from './queries';
export { missingWriteScopes, requestedScope, type WriteType } from './scopes';
export { transactionOutcome, type TransactionOutcome } from './outcome';
