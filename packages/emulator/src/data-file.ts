/** A rule as the service returns it from GetRule and ListRules. */
export interface StoredRule {
  Id: string;
  Name: string;
  Content: string;
  CreatedAt: string;
}

/**
 * A `ClientToken` used on CreateRule. The fingerprint is a hash of the request's `Name` and
 * `Content`, so a retry is distinguished from a different request that reuses the token.
 */
export interface ClientTokenRecord {
  token: string;
  ruleId: string;
  fingerprint: string;
  createdAt: string;
}

export interface StoreSnapshot {
  rules: StoredRule[];
  clientTokens: ClientTokenRecord[];
}

export const dataFileFormat = "idrs-rules-emulator-data";
export const dataFileVersion = 1;

/** Serializes a snapshot as the data file's text: indented JSON, ending with a newline. */
export function serializeSnapshot(snapshot: StoreSnapshot): string {
  const document = {
    format: dataFileFormat,
    version: dataFileVersion,
    rules: snapshot.rules,
    clientTokens: snapshot.clientTokens,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/**
 * Checks a parsed data file and returns its snapshot, or a description of the first problem
 * (a JSON path and what is wrong with it) for the startup error.
 */
export function readSnapshot(value: unknown): StoreSnapshot | string {
  if (!isObject(value)) {
    return "the top level is not a JSON object";
  }
  if (value.format !== dataFileFormat) {
    return `"format" is not "${dataFileFormat}"`;
  }
  if (value.version !== dataFileVersion) {
    return `"version" is ${JSON.stringify(value.version)}; this emulator reads version ${dataFileVersion}`;
  }
  if (!Array.isArray(value.rules)) {
    return `"rules" is not an array`;
  }
  if (!Array.isArray(value.clientTokens)) {
    return `"clientTokens" is not an array`;
  }

  const ids = new Set<string>();
  for (const [index, rule] of value.rules.entries()) {
    const problem = checkFields(rule, `rules[${index}]`, ["Id", "Name", "Content", "CreatedAt"]);
    if (problem) {
      return problem;
    }
    const id = (rule as StoredRule).Id;
    if (ids.has(id)) {
      return `rules[${index}].Id "${id}" appears twice`;
    }
    ids.add(id);
  }

  const tokens = new Set<string>();
  for (const [index, record] of value.clientTokens.entries()) {
    const fields = ["token", "ruleId", "fingerprint", "createdAt"];
    const problem = checkFields(record, `clientTokens[${index}]`, fields);
    if (problem) {
      return problem;
    }
    const token = (record as ClientTokenRecord).token;
    if (tokens.has(token)) {
      return `clientTokens[${index}].token appears twice`;
    }
    tokens.add(token);
  }

  return {
    rules: value.rules as StoredRule[],
    clientTokens: value.clientTokens as ClientTokenRecord[],
  };
}

function checkFields(value: unknown, path: string, fields: string[]): string | undefined {
  if (!isObject(value)) {
    return `${path} is not an object`;
  }
  for (const field of fields) {
    if (typeof value[field] !== "string") {
      return `${path}.${field} is not a string`;
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
