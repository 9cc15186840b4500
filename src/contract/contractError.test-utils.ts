import { ContractError } from './errors';

/** The ContractError a call throws (any other error is rethrown; none at all fails the test). */
export function contractError(run: () => unknown): ContractError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContractError) return error;
    throw error;
  }
  throw new Error('expected a ContractError');
}
