/** Messages of the json area in en; keys must match the other locale's file. */
export const jsonMessages = {
  "json.syntax.empty": "The JSON text is empty. Expected JSON such as {example}.",
  "json.syntax.unexpected-end":
    "The JSON text ends too early: a closing quote, bracket or brace is missing.",
  "json.syntax.comment": "Comments are not allowed in JSON. Remove the comment.",
  "json.syntax.trailing-comma":
    'A comma before "{token}" is not allowed in JSON. Remove the comma.',
  "json.syntax.missing-comma": "A comma is missing before this value.",
  "json.syntax.single-quote":
    "JSON strings and property names use double quotes (\"), not single quotes (').",
  "json.syntax.full-width":
    "Full-width punctuation {character} is not valid JSON. Use the half-width {replacement} instead.",
  "json.syntax.control-character":
    "A control character ({character}) is not allowed inside a JSON string. Write a line break as \\n and a tab as \\t.",
  "json.syntax.trailing-data":
    "Unexpected text after the end of the JSON value. A JSON file holds exactly one value.",
  "json.syntax.unexpected":
    'Unexpected "{character}" here. Check for a missing comma, colon, quote or bracket before it.',
  "json.syntax.invalid": "The text is not valid JSON.",

  "json.where.rule-file": "The rule file",
  "json.where.content": "The content",
  "json.where.config": "The configuration",
  "json.where.property": 'The property "{name}"',
  "json.where.step": "Entry {index} of content",
  "json.where.entry": "entry {index} of content",
  "json.where.entry-with-sequence": "entry {index} of content (sequence {sequence})",
  "json.where.step-with-sequence": "Entry {index} of content (sequence {sequence})",
  "json.where.sequence": "The sequence of entry {index} of content",
  "json.where.actions": "The actions of {step}",
  "json.where.action": "Action {action} of {step}",
  "json.where.action-name": "The name of action {action} in {step}",
  "json.where.setting": 'The setting "{path}"',

  "json.type.object": "an object",
  "json.type.array": "an array",
  "json.type.string": "a string",
  "json.type.integer": "an integer",
  "json.type.number": "a number",
  "json.type.boolean": "true or false",
  "json.type.null": "null",
  "json.actual.with-value": "{type} ({value})",
  "json.list.or": "{first} or {last}",
  "json.list.separator": ", ",
  "json.list.and": "{first} and {last}",

  "json.schema.unknown-property":
    '{where} has an unknown property "{property}". Allowed: {allowed}.',
  "json.schema.unknown-property-suggest":
    '{where} has an unknown property "{property}". Did you mean "{suggestion}"? Allowed: {allowed}.',
  "json.schema.missing-property": "{where} is missing the required property {property}.",
  "json.schema.missing-properties": "{where} is missing the required properties {property}.",
  "json.schema.wrong-type": "{where} must be {expected}, but it is {actual}.",
  "json.schema.too-small": "{where} must be {limit} or greater, but it is {value}.",
  "json.schema.too-large": "{where} must be {limit} or less, but it is {value}.",
  "json.schema.empty": "{where} must not be empty.",
  "json.schema.too-long": "{where} must be at most {limit} characters long.",
  "json.schema.too-few-items": "{where} must have at least {limit} items.",
  "json.schema.not-allowed-value": "{where} must be one of {allowed}, but it is {value}.",
  "json.schema.not-allowed-value-suggest":
    '{where} must be one of {allowed}, but it is {value}. Did you mean "{suggestion}"?',
  "json.schema.pattern": "{where} has an invalid format: {value}.",
  "json.schema.endpoint":
    "{where} must be a host name such as idrsservice.cn-shanghai-finance-1.aliyuncs.com, or an http(s) URL, but it is {value}.",
  "json.schema.invalid": "{where} has an invalid value.",
  "json.schema.duplicate-property":
    '{where} has the property "{property}" more than once. Only the last one counts: remove the others.',

  "json.content.string":
    "The content is a JSON string, not an array of steps. It was probably JSON-encoded twice: decode it once more.",
  "json.content.empty-object":
    "The content is an empty object, not an array of steps, so it holds no rule. Expected content such as {example}.",
  "json.rule-file.bare-array":
    'A rule file must be an object with "name" and "content", but this file holds only a content array. Wrap it as {example}.',
  "json.config.locked-rule":
    'The lint rule "{code}" cannot be turned off or changed, because nothing after such a problem can be checked; remove this setting.',
  "json.config.unknown-rule": 'Unknown lint rule "{code}".',
  "json.config.unknown-rule-suggest": 'Unknown lint rule "{code}". Did you mean "{suggestion}"?',
  "json.config.duplicate-action":
    'Entry {entry} of "actions" declares action "{name}" again (first in entry {first}). The later entry replaces the earlier one; remove one of them.',
  "json.config.duplicate-action.related": 'First declaration of action "{name}"',
  "json.config.rule-code-format":
    '"{property}" is not a lint rule code: codes are lower-case words joined by hyphens, such as unknown-action.',

  "json.fix.rename-property": 'Rename to "{name}"',
  "json.fix.remove-comma": "Remove the comma",
  "json.fix.insert-comma": "Insert a comma",
  "json.fix.replace-character": 'Replace with "{replacement}"',
  "json.fix.replace-value": 'Change to "{value}"',
} as const;
