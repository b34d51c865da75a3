import { readFileSync } from "node:fs";

/** Reads the version from the package's package.json (one folder above `src/` and `dist/`). */
export function packageVersion(): string {
  const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}
