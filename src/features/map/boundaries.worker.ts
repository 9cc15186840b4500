/// <reference lib="webworker" />
/**
 * The boundaries worker: fetches and parses a boundaries file and builds the map's shapes (and the first
 * frame's projection of them) off the page's thread, which a map link needs for its first frame
 * (issue #20). The work is in boundariesWorkerProtocol.ts.
 */
import { answerBoundaries, type BoundariesRequest } from './boundariesWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<BoundariesRequest>) => {
  const { reply, transfer } = await answerBoundaries(event.data);
  scope.postMessage(reply, transfer);
};

scope.postMessage('ready');
