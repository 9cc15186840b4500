import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { serveFixturesWithMsw } from './msw';

// Lazy panels and react-query settle in a few milliseconds when the machine is idle and in seconds
// when it is busy: findBy* and waitFor wait for what the user sees, up to this long.
configure({ asyncUtilTimeout: 15_000 });

serveFixturesWithMsw();
afterEach(() => cleanup());
