import type { ErrorObject } from "ajv";

/** One schema problem at one place, after ajv's errors have been merged. */
export type SchemaProblem =
  | { kind: "unknown-property"; path: string; property: string; allowed: string[] }
  | { kind: "missing-property"; path: string; properties: string[] }
  | { kind: "wrong-type"; path: string; expected: string[] }
  | { kind: "too-small" | "too-large"; path: string; limit: number }
  | { kind: "empty"; path: string }
  | { kind: "too-long" | "too-few-items"; path: string; limit: number }
  | { kind: "not-allowed-value"; path: string; allowed: unknown[] }
  | { kind: "pattern"; path: string; pattern: string }
  | { kind: "invalid"; path: string };

const COMBINATORS = new Set(["anyOf", "oneOf"]);

/**
 * Turns ajv's error list into one problem per place. With `allErrors`, ajv reports every
 * failed branch of an `anyOf`, the `anyOf` itself, and a type error next to the enum or
 * pattern errors of the same value. A reader needs one clear statement per place.
 */
export function collapseErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const remaining = dropFailedBranches(errors);

  // A value of the wrong type makes every other check of that same value noise.
  const typePaths = new Set(
    remaining.filter((e) => e.keyword === "type").map((e) => e.instancePath),
  );

  const problems: SchemaProblem[] = [];
  const seen = new Map<string, SchemaProblem>();
  for (const error of remaining) {
    const path = error.instancePath;
    if (typePaths.has(path) && error.keyword !== "type") continue;

    const problem = toProblem(error);
    const key =
      problem.kind === "unknown-property"
        ? `${path}\u0000${problem.kind}\u0000${problem.property}`
        : `${path}\u0000${problem.kind}`;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, problem);
      problems.push(problem);
    } else if (earlier.kind === "wrong-type" && problem.kind === "wrong-type") {
      for (const type of problem.expected) {
        if (!earlier.expected.includes(type)) earlier.expected.push(type);
      }
    } else if (earlier.kind === "missing-property" && problem.kind === "missing-property") {
      for (const name of problem.properties) {
        if (!earlier.properties.includes(name)) earlier.properties.push(name);
      }
    }
  }
  return problems;
}

/**
 * For each failed `anyOf`/`oneOf`: when some branch accepted the value's type and failed
 * deeper, the branches that rejected the type only are dropped, so the message talks about
 * the branch the user was writing. The combinator's own error is dropped when its branches
 * explain it.
 */
function dropFailedBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const combinator of errors) {
    if (!COMBINATORS.has(combinator.keyword)) continue;

    const prefix = `${combinator.schemaPath}/`;
    const branches = new Map<string, ErrorObject[]>();
    const basePath = combinator.instancePath;
    for (const error of errors) {
      // The same schema can fail at several places (a `$ref` used twice): match both paths.
      if (!error.schemaPath.startsWith(prefix)) continue;
      const inside = error.instancePath.startsWith(`${basePath}/`);
      if (error.instancePath !== basePath && !inside) continue;
      const branch = error.schemaPath.slice(prefix.length).split("/")[0] ?? "";
      const list = branches.get(branch);
      if (list) list.push(error);
      else branches.set(branch, [error]);
    }
    if (branches.size === 0) continue;
    dropped.add(combinator);

    const rejectsType = (branch: ErrorObject[]) =>
      branch.some((e) => e.keyword === "type" && e.instancePath === combinator.instancePath);
    const lists = [...branches.values()];
    if (lists.some((branch) => !rejectsType(branch))) {
      for (const branch of lists) {
        if (rejectsType(branch)) for (const error of branch) dropped.add(error);
      }
    }
  }
  return errors.filter((error) => !dropped.has(error));
}

function toProblem(error: ErrorObject): SchemaProblem {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "additionalProperties": {
      const properties = (error.parentSchema as { properties?: object } | undefined)?.properties;
      return {
        kind: "unknown-property",
        path,
        property: String(params.additionalProperty),
        allowed: Object.keys(properties ?? {}),
      };
    }
    case "required":
      return { kind: "missing-property", path, properties: [String(params.missingProperty)] };
    case "type":
      return { kind: "wrong-type", path, expected: String(params.type).split(",") };
    case "minimum":
    case "exclusiveMinimum":
      return { kind: "too-small", path, limit: Number(params.limit) };
    case "maximum":
    case "exclusiveMaximum":
      return { kind: "too-large", path, limit: Number(params.limit) };
    case "minLength":
    case "minItems":
    case "minProperties": {
      const limit = Number(params.limit);
      if (limit <= 1) return { kind: "empty", path };
      if (error.keyword === "minLength") return { kind: "invalid", path };
      return { kind: "too-few-items", path, limit };
    }
    case "maxLength":
      return { kind: "too-long", path, limit: Number(params.limit) };
    case "enum":
      return {
        kind: "not-allowed-value",
        path,
        allowed: [...((params.allowedValues as unknown[]) ?? [])],
      };
    case "const":
      return { kind: "not-allowed-value", path, allowed: [params.allowedValue] };
    case "pattern":
      return { kind: "pattern", path, pattern: String(params.pattern) };
    default:
      return { kind: "invalid", path };
  }
}
