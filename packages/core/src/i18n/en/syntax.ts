/** Messages of the syntax area in en; keys must match the other locale's file. */
export const syntaxMessages = {
  "syntax.unexpected-invisible":
    "Unexpected invisible character {codes}, often a non-breaking or zero-width space pasted from a document: outside double-quoted strings only names, step numbers, comments and the punctuation { } : , ; are allowed. Replace it with an ordinary space, or delete it.",
  "syntax.unexpected-characters":
    "Unexpected character {text}: outside double-quoted strings only names, step numbers, comments and the punctuation { } : , ; are allowed.",
  "syntax.unterminated-string":
    "Unterminated string: add the closing '\"' before the end of the line.",
  "syntax.unterminated-string.fix": "Add the closing '\"' at the end of the line",
  "syntax.invalid-escape":
    "Invalid escape sequence '{escape}' in a string. Use \\\" \\\\ \\n \\r \\t or \\uXXXX (four hexadecimal digits); write a backslash as \\\\.",
  "syntax.number-too-large":
    "The step number {number} is too large: the maximum is 9007199254740991.",
  "syntax.step-number-not-integer":
    "The step number {number} is not a whole number: steps are numbered 0, 1, 2, and so on.",
  "syntax.expected-token": "Expected {expected} after {previous}, found {found}.",
  "syntax.expected-token-at-start": "Expected {expected} at the start of the file, found {found}.",
  "syntax.missing-comma":
    "Expected ',' between {previous} and {found}: separate action names with commas.",
  "syntax.unquoted-text": "{text} must be in double quotes: it is {role}, which is a string.",
  "syntax.unquoted-text.fix": "Put {text} in double quotes",
  "syntax.keyword-action":
    "'{name}' is a keyword, so it cannot stand as an action name: to name an action {name}, write it in double quotes, as \"{name}\".",
  "syntax.keyword-action.fix": 'Write "{name}" in double quotes',
  "syntax.quoted-fragment-name":
    "Write the fragment name {name} without quotes: fragment names are names, not strings.",
  "syntax.quoted-fragment-name.invalid":
    "{name} cannot be a fragment name: write a fragment name without quotes, starting with a letter or '_' and containing only letters, digits, '_', '-' and '.'.",
  "syntax.quoted-fragment-name.fix": "Remove the quotes around {name}",
  "syntax.duplicate-description":
    "Duplicate description: a rule has at most one. Merge this text into the first description and delete this one.",
  "syntax.duplicate-description.first": "The first description of this rule",
  "syntax.full-width-punctuation":
    "Full-width {found} (typed by a Chinese input method) must be the half-width {expected}.",
  "syntax.full-width-punctuation.fix": "Replace full-width {found} with {expected}",
  "syntax.block-comment":
    "'/* ... */' is not a comment in .idrs: the language has only line comments. Start each comment line with '//'.",
  "syntax.block-comment.fix": "Turn into '//' line comments",
  "syntax.hint.did-you-mean": "Did you mean {suggestion}?",
  "syntax.fix.replace-with": "Replace {found} with {suggestion}",
  "syntax.describe.token": "'{token}'",
  "syntax.describe.or": "{first} or {last}",
  "syntax.describe.list-separator": ", ",
  "syntax.describe.end-of-file": "the end of the file",
  "syntax.describe.step-number": "the step number",
  "syntax.describe.string": "a string in double quotes",
  "syntax.describe.rule-name": "the rule name in double quotes",
  "syntax.describe.description-text": "the description in double quotes",
  "syntax.describe.fragment-name": "the fragment name",
  "syntax.describe.action-name": "an action name",
  "syntax.describe.rule-name-role": "a rule name",
  "syntax.describe.title-role": "a title",
} as const;
