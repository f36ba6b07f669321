import { resetClaims } from "./fixtures/record-claims";
import { SANDBOX_URL } from "./fixtures/sandbox";

/** Before any spec: a run starts with no record claimed (e2e/fixtures/record-claims.ts). */
export default function globalSetup() {
  resetClaims(SANDBOX_URL);
}
