/** Messages of the lint area in en; keys must match the other locale's file. */
export const lintMessages = {
  "lint.syntax-error.summary": "The .idrs text does not follow the grammar.",
  "lint.full-width-punctuation.summary":
    "Full-width punctuation from a Chinese input method is used as syntax outside a string.",
  "lint.invalid-json.summary": "The file is not valid JSON.",
  "lint.unknown-property.summary": "A JSON rule file has a property the format does not define.",
  "lint.invalid-content.summary": "The rule content does not match the shape the service expects.",
  "lint.invalid-config.summary": "idrs.config.json is invalid.",
  "lint.file-encoding.summary": "The file starts with a byte order mark or is not valid UTF-8.",

  "lint.internal-error.summary": "A check could not finish because of a bug in idrs-rules.",
  "lint.internal-error.message":
    "The check {rule} failed on this file because of a bug in idrs-rules ({error}), so the file is not fully checked. Please report it with the file; set IDRS_RULES_DEBUG=1 to see the stack trace.",

  "lint.file-unreadable.summary":
    "A rule file cannot be read: no permission, a folder with a rule file's name, or a broken symbolic link.",
  "lint.unknown-action.summary": "An action name is not in the action catalog.",
  "lint.unknown-action.message": "Unknown action '{name}': it is not in the action catalog.",
  "lint.unknown-action.messageWithSuggestions":
    "Unknown action '{name}': it is not in the action catalog. Did you mean: {suggestions}?",
  "lint.unknown-action.fix": "Replace with '{suggestion}'",

  "lint.duplicate-step.summary": "The same sequence appears twice in one rule.",
  "lint.duplicate-step.message":
    "Sequence {sequence} is already defined in this rule; merge the two steps into one.",
  "lint.duplicate-step.related": "First step with sequence {sequence}",

  "lint.step-gap.summary": "Chapter numbers do not run 1, 2, 3 … without gaps.",
  "lint.step-gap.message":
    "Step {sequence} follows a gap: no step for chapter {missing}. The recording app numbers chapters from 1 without gaps, so those chapters are not inspected.",

  "lint.empty-step.summary": "A step has no action after fragments are expanded.",
  "lint.empty-step.message":
    "Step {sequence} has no action; add at least one action or remove the step.",
  "lint.empty-step.messageThroughout":
    "The throughout block (sequence 0) has no action; add at least one action or remove it.",

  "lint.duplicate-action.summary": "The same action appears twice in one step.",
  "lint.duplicate-action.message":
    "Action '{name}' already runs in step {sequence}; the repeat adds nothing.",
  "lint.duplicate-action.messageViaFragment":
    "Action '{name}' already runs in step {sequence}; fragment '{fragment}' adds it again.",
  "lint.duplicate-action.related": "First occurrence of '{name}'",
  "lint.duplicate-action.fix": "Remove the repeated '{name}'",

  "lint.recording-action-in-step.summary":
    "An action that runs over the whole recording is placed in a chapter step.",
  "lint.recording-action-in-step.message":
    "Action '{name}' runs over the whole recording; move it from step {sequence} to throughout (sequence 0).",

  "lint.step-action-in-recording.summary":
    "An action that runs on one chapter is placed in throughout (sequence 0).",
  "lint.step-action-in-recording.message":
    "Action '{name}' checks one chapter; move it from throughout (sequence 0) to the step of that chapter.",

  "lint.sdk-only-action.summary":
    "An action is known only from the mobile SDK, not from rule content.",
  "lint.sdk-only-action.message":
    "Action '{name}' appears only in the vendor's mobile SDK; no published rule uses it, so the service may reject it.",

  "lint.undefined-fragment.summary": "A `use` names a fragment that no .idrs file declares.",
  "lint.undefined-fragment.message":
    "Fragment '{name}' is not declared in any .idrs file of the repository.",
  "lint.undefined-fragment.messageWithSuggestions":
    "Fragment '{name}' is not declared in any .idrs file of the repository. Did you mean: {suggestions}?",
  "lint.undefined-fragment.fix": "Replace with '{suggestion}'",

  "lint.unused-fragment.summary": "A fragment is not used by any rule of the repository.",
  "lint.unused-fragment.message": "Fragment '{name}' is not used by any rule of the repository.",

  "lint.fragment-cycle.summary": "Fragments use each other in a cycle.",
  "lint.fragment-cycle.message":
    "Fragment '{name}' uses itself through the cycle {path}; break the cycle.",

  "lint.duplicate-fragment.summary": "Two fragments of the repository have the same name.",
  "lint.duplicate-fragment.message":
    "Fragment '{name}' is declared {count} times in the repository; `use {name}` takes the first declaration. Rename or remove the others.",
  "lint.duplicate-fragment.related": "Another declaration of '{name}'",

  "lint.duplicate-rule-name.summary": "Two rules of the repository have the same name.",
  "lint.duplicate-rule-name.message":
    "Rule name '{name}' is used by {count} rules of the repository; give each rule its own name so deployed rules can be told apart.",
  "lint.duplicate-rule-name.related": "Another rule named '{name}'",

  "lint.empty-rule-name.summary": "A rule's name is empty or blank.",
  "lint.empty-rule-name.message": "The rule name is empty; give the rule a name.",
  "lint.empty-rule-name.decompile":
    "The content has no rule name; pass a name to use for the rule.",

  "lint.rule-name-whitespace.summary": "A rule's name starts or ends with blanks.",
  "lint.rule-name-whitespace.message":
    "Rule name '{name}' starts with {leading} and ends with {trailing}. Most listings do not show these blanks, so the name is easily mistaken for '{trimmed}'.",
  "lint.rule-name-whitespace.messageLeading":
    "Rule name '{name}' starts with {leading}. Most listings do not show such blanks, so the name is easily mistaken for '{trimmed}'.",
  "lint.rule-name-whitespace.messageTrailing":
    "Rule name '{name}' ends with {trailing}. Most listings do not show such blanks, so the name is easily mistaken for '{trimmed}'.",
  "lint.rule-name-whitespace.blank.one": "a {kind} ({code})",
  "lint.rule-name-whitespace.blank.many": "{count} {kinds} ({code})",
  "lint.rule-name-whitespace.blank.then": ", then ",
  "lint.rule-name-whitespace.kind.space": "space",
  "lint.rule-name-whitespace.kinds.space": "spaces",
  "lint.rule-name-whitespace.kind.tab": "tab",
  "lint.rule-name-whitespace.kinds.tab": "tabs",
  "lint.rule-name-whitespace.kind.line-break": "line break",
  "lint.rule-name-whitespace.kinds.line-break": "line breaks",
  "lint.rule-name-whitespace.kind.full-width-space": "full-width space",
  "lint.rule-name-whitespace.kinds.full-width-space": "full-width spaces",
  "lint.rule-name-whitespace.kind.no-break-space": "non-breaking space",
  "lint.rule-name-whitespace.kinds.no-break-space": "non-breaking spaces",
  "lint.rule-name-whitespace.kind.other": "blank character",
  "lint.rule-name-whitespace.kinds.other": "blank characters",
  "lint.rule-name-whitespace.fix": "Trim the rule name",

  "lint.rule-name-too-long.summary": "A rule's name is longer than the configured limit.",
  "lint.rule-name-too-long.message":
    "Rule name is {length} characters long; the limit is {limit} (setting limits.maxNameLength).",

  "lint.content-too-large.summary":
    "A rule's compiled content is larger than the configured limit.",
  "lint.content-too-large.message":
    "Compiled content of rule '{name}' is {bytes} bytes of UTF-8; the limit is {limit} (setting limits.maxContentBytes).",

  "lint.empty-rule.summary": "A rule has no step.",
  "lint.empty-rule.message": "Rule '{name}' has no step, so it inspects nothing; add a step.",

  "lint.no-rules.summary": "A rule file declares no rule and no fragment.",
  "lint.no-rules.message": "This file declares no rule and no fragment.",

  "lint.unused-disable-directive.summary": "An idrs-disable directive suppresses nothing.",
  "lint.unused-disable-directive.message":
    "Directive '{directive}' suppresses no diagnostic; remove it.",
  "lint.unused-disable-directive.messageCode":
    "Directive '{directive}' suppresses no '{code}' diagnostic; remove '{code}' from it.",
  "lint.unused-disable-directive.unknownCode":
    "Directive '{directive}' names '{code}', which is not a lint rule code.",
  "lint.unused-disable-directive.unmatchedEnable":
    "Directive '{directive}' has no earlier idrs-disable to end.",
  "lint.unused-disable-directive.fix": "Remove the directive",

  "lint.rule-not-selected.summary": "Compiling a file with several rules needs the name of one.",
  "lint.rule-not-selected.several":
    "This file has {count} rules; name the one to compile: {names}.",
  "lint.rule-not-selected.notFound":
    "This file has no rule named '{name}'; its rules are: {names}.",
  "lint.rule-not-selected.none": "This file has no rule to compile.",
} as const;
