import { describe, expect, it } from 'vitest';
import { contractHandlers } from '../../mocks/handlers';
import { releaseFixtureFiles } from '../../mocks/fixtures/release';
import { fixtureHandlers, server, TEST_DATA_BASE } from '../../mocks/server';
import { serveFixturesWithMsw } from '../../test/msw';
import { ContractError, FetchError } from '../contract/errors';
import { createApiClient } from './client';

serveFixturesWithMsw();
const api = () => createApiClient(TEST_DATA_BASE);

describe('the release files through the client', () => {
  it('reads and validates the manifest and the release notes when the server has them', async () => {
    server.use(...contractHandlers({ base: TEST_DATA_BASE, files: releaseFixtureFiles }));
    expect((await api().manifest())?.inputs).toHaveLength(3);
    expect((await api().changes())?.from).toBe('2026-06-01');
  });

  it('gives null, not an error, when the server does not have them', async () => {
    expect(await api().manifest()).toBeNull();
    expect(await api().changes()).toBeNull();
  });

  it('still fails on a server error or a file that does not fit, naming the file', async () => {
    server.use(...fixtureHandlers({ scenario: 'server-error', target: 'manifest.json' }));
    await expect(api().manifest()).rejects.toEqual(new FetchError('manifest.json', 500));
    server.use(
      ...contractHandlers({ base: TEST_DATA_BASE, files: (path) => (path === 'changes.json' ? { format: 'migration-lens/changes' } : undefined) }),
    );
    await expect(api().changes()).rejects.toBeInstanceOf(ContractError);
    await expect(api().changes()).rejects.toMatchObject({ file: 'changes.json' });
  });
});
