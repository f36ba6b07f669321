// Parses and validates an uploaded CSV off the main thread: 10,000 rows never freeze the page.
import { checkCsvFile } from "../check-csv-file";
import type { CheckRequest, CheckResponse } from "./protocol";

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<CheckRequest>) => void) | null;
  postMessage: (message: CheckResponse) => void;
};

scope.onmessage = (event) => {
  const { id, batchType, file } = event.data;
  const started = performance.now();
  let report: CheckResponse["report"];
  try {
    report = checkCsvFile(batchType, file);
  } catch {
    report = { ok: false, message: "The file could not be read as CSV." };
  }
  scope.postMessage({ id, report, elapsedMs: performance.now() - started });
};
