// The BFF-overhead figure alone (about a minute, bench/bff-overhead.mjs) on one fresh stack, for
// measuring a change to the request path without the whole `npm run bench`. Needs a current
// `next build` made with bench/lib/servers.mjs's BENCH_BUILD_ENV (`npm run bench` makes one).
//   node bench/bff-overhead-once.mjs                 the figure, as JSON
//   node bench/bff-overhead-once.mjs --profile DIR   the same with `next start` under
//                                                     `node --cpu-prof`: the profile lands in DIR
//                                                     when the server stops
import { resolve } from "node:path";
import { measureBffOverhead } from "./bff-overhead.mjs";
import { RAISED_BUCKET, signIn, startApp, startSandbox } from "./lib/servers.mjs";

const profileAt = process.argv.indexOf("--profile");
const nodeArgs =
  profileAt > 0 ? ["--cpu-prof", `--cpu-prof-dir=${resolve(process.argv[profileAt + 1])}`] : undefined;
const sandbox = await startSandbox(RAISED_BUCKET);
const app = await startApp({ sandboxUrl: sandbox.url, ...RAISED_BUCKET, nodeArgs });
try {
  const cookie = await signIn(app.url);
  const result = await measureBffOverhead({ appUrl: app.url, sandboxUrl: sandbox.url, cookie });
  console.log(JSON.stringify(result, null, 2));
} finally {
  await app.stop();
  await sandbox.stop();
}
