export { collapseErrors, type SchemaProblem } from "./collapse.js";
export { type SchemaDiagnosticOptions, schemaErrorsToDiagnostics } from "./errors.js";
export {
  actionCatalogSchema,
  configSchema,
  contentSchema,
  type JsonSchemaObject,
  ruleFileSchema,
} from "./generated.js";
export { describeLocation, type SchemaDocumentKind } from "./locations.js";
export {
  actionCatalogValidator,
  configValidator,
  contentValidator,
  ruleFileValidator,
  schemaIds,
} from "./validators.js";
