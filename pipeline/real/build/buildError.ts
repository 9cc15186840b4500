import type { BuildReport } from '../report';

export class BuildError extends Error {
  constructor(
    message: string,
    readonly report?: BuildReport,
  ) {
    super(message);
    this.name = 'BuildError';
  }
}
