import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundary rules' complaints about `code`, linted as if it were the file at `filePath` (the file need not exist). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'import-x/no-cycle')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the lint enforces the boundaries of the code', () => {
  it('fails on a feature importing another feature', async () => {
    const errors = await boundaryErrors('src/features/map/Bad.ts', "export { toleranceText } from '../compare/texts';\n");
    expect(errors).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*"\.\.\/compare\/texts".*A feature never imports another feature/),
    ]);
  });

  it('fails on a feature importing the app, and on a shared layer importing a feature', async () => {
    expect(await boundaryErrors('src/features/map/Bad.tsx', "export { PanelContent } from '../../app/AppShell';\n")).toEqual([
      expect.stringMatching(/A feature never imports the app/),
    ]);
    expect(await boundaryErrors('src/lib/Bad.ts', "export { pickValues } from '../features/map/join';\n")).toEqual([
      expect.stringMatching(/never import a feature or the app/),
    ]);
    expect(await boundaryErrors('src/components/Bad.tsx', "export { AppShell } from '../app/AppShell';\n")).toEqual([
      expect.stringMatching(/never import a feature or the app/),
    ]);
  });

  it('fails on the real-data pipeline importing the demo generator', async () => {
    expect(await boundaryErrors('pipeline/real/Bad.ts', "export { REGION_TEXTS } from '../demo/translations';\n")).toEqual([
      expect.stringMatching(/The real-data pipeline never imports the demo generator/),
    ]);
  });

  it('lets a feature import its own files and the shared layers, the app import features, and a test render the app', async () => {
    const shared = [
      "export { pickValues } from './join';",
      "export { shareLink } from '../../lib/viewLinks';",
      "export { EmptyState } from '../../components/PanelStatus';",
      "export { useViewStore } from '../../state/store';",
      '',
    ].join('\n');
    expect(await boundaryErrors('src/features/map/Good.ts', shared)).toEqual([]);
    expect(await boundaryErrors('src/app/Good.ts', "export { MapPanel } from '../features/map/MapPanel';\n")).toEqual([]);
    expect(await boundaryErrors('src/features/map/Good.test.tsx', "export { renderAppAt } from '../../app/renderAppAt.test-utils';\n")).toEqual([]);
    // A test is still inside its feature.
    expect(await boundaryErrors('src/features/map/Bad.test.tsx', "export { toleranceText } from '../compare/texts';\n")).toHaveLength(1);
  });
});
