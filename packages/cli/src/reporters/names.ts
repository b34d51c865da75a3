/**
 * Report formats of `lint --format`, the first being the default. Apart from the reporters
 * themselves, so that the command line checks `--format` without loading them.
 */
export const reporterNames = ["stylish", "json", "sarif", "github", "junit"] as const;

export type ReporterName = (typeof reporterNames)[number];

export function isReporterName(name: string): name is ReporterName {
  return (reporterNames as readonly string[]).includes(name);
}
