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
