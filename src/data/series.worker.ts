/// <reference lib="webworker" />
/**
 * The series worker: parses, validates and indexes series files off the page's thread, so that a
 * large file (a monthly series of thousands of units: megabytes of JSON) never blocks a frame.
 * The work is in seriesWorkerProtocol.ts (answerDecode).
 */
import { answerDecode, type DecodeRequest } from './seriesWorkerProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { reply, transfer } = answerDecode(event.data);
  scope.postMessage(reply, transfer);
};

scope.postMessage('ready');
