import { bundledActions } from "./catalog.js";

/** Bundled action names by the code of their first character. */
const namesByFirstCode: string[][] = [];
for (const { name } of bundledActions()) {
  const code = name.charCodeAt(0);
  const names = namesByFirstCode[code] ?? [];
  names.push(name);
  namesByFirstCode[code] = names;
}

/**
 * Returns `text.slice(start, end)`, as the catalog's own string object when that text is a
 * bundled action name. Readers name every action this way: lint rules look each action up
 * in the catalog several times, and the catalog's map finds its own string without hashing
 * and comparing a new copy.
 */
export function actionNameAt(text: string, start: number, end: number): string {
  const code = text.charCodeAt(start);
  const candidates = code < namesByFirstCode.length ? namesByFirstCode[code] : undefined;
  if (candidates !== undefined) {
    const length = end - start;
    for (const name of candidates) {
      if (name.length === length && text.startsWith(name, start)) return name;
    }
  }
  return text.slice(start, end);
}
