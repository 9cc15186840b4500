/** A payload that does not fit the contract: names the file and the first field at fault. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly file: string,
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${file}: ${field || '(root)'} ${reason}`);
  }
}

/** The file could not be fetched (network failure, or an HTTP status other than 2xx). */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  constructor(
    readonly file: string,
    readonly status: number | null,
  ) {
    super(status === null ? `${file}: network error` : `${file}: HTTP ${status}`);
  }
}

/** The server sent nothing (no response, or no more of its body) for `ms` milliseconds: the request was given up. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
  constructor(
    readonly file: string,
    readonly ms: number,
  ) {
    super(`${file}: no answer within ${ms / 1000} s`);
  }
}

/** A failure as a worker sends it to the page (an Error does not survive structured clone with its class). */
export interface WorkerFailure {
  contract: { file: string; field: string; reason: string } | null;
  fetch?: { file: string; status: number | null } | null;
  message: string;
}

export function toWorkerFailure(error: unknown): WorkerFailure {
  const contract = error instanceof ContractError ? { file: error.file, field: error.field, reason: error.reason } : null;
  const fetch = error instanceof FetchError ? { file: error.file, status: error.status } : null;
  return { contract, fetch, message: error instanceof Error ? error.message : String(error) };
}

/** The page's error for a worker's failure: the same ContractError or FetchError it would have thrown itself. */
export function fromWorkerFailure({ contract, fetch, message }: WorkerFailure): Error {
  if (contract) return new ContractError(contract.file, contract.field, contract.reason);
  return fetch ? new FetchError(fetch.file, fetch.status) : new Error(message);
}
