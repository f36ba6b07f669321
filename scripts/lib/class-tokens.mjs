// Every class-like word in the app's string literals (components/, app/, lib/, tests aside): what cn()
// may be asked to merge. Over-inclusive on purpose — a word that is no Tailwind class is ignored.
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

/** @returns {string[]} */
export function classTokensInSource() {
  const files = execFileSync("git", ["ls-files", "components", "app", "lib"], { encoding: "utf8" })
    .split("\n")
    .filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && !file.endsWith("class-groups.ts"),
    );
  const tokens = new Set();
  for (const file of files) {
    const source = readFileSync(file, "utf8");
    for (const [, text] of source.matchAll(/"([^"\n]*)"|`([^`]*)`/g)) {
      for (const token of (text ?? "").split(/\s+/))
        if (/^!?[a-z[@*-][\w\-:[\]&_/.%()>*,#=!'+]*$/.test(token)) tokens.add(token);
    }
  }
  return [...tokens].sort();
}
