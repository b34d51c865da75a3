/**
 * English messages of the CLI. zh-CN.ts has the same keys and placeholders (a test checks);
 * placeholders are `{name}`. Engine diagnostics come from the engine's own catalogs.
 */
export const en = {
  // Global help and errors of the command line.
  "help.global": `idrs-rules {version}: write, check and deploy the detection rules of Alibaba Cloud
intelligent dual-recording quality inspection (idrsservice).

Usage: idrs-rules <command> [options] [arguments]

Commands:
{commands}

Global options:
  --lang zh-CN|en   language of messages; the default comes from LC_ALL, LC_MESSAGES
                    or LANG (any Chinese locale gives zh-CN, anything else en)
  -h, --help        show this help; "idrs-rules <command> --help" shows one command
  -v, --version     print the version

Exit codes: 0 no problems, 1 problems found, 2 invalid command line, configuration or
path, 70 internal error (a bug: please report it).
Documentation: docs/cli.md in the idrs-rules repository.
`,
  "error.missingCommand": 'Missing command. Run "idrs-rules --help" to list the commands.',
  "error.unknownCommand": 'Unknown command "{name}".',
  "error.didYouMean": 'Did you mean "{suggestion}"?',
  "error.seeGlobalHelp": 'Run "idrs-rules --help" to list the commands.',
  "error.seeCommandHelp": 'Run "idrs-rules {command} --help" to list its options.',
  "error.unknownOption": 'Unknown option "{option}" for "idrs-rules {command}".',
  "error.unknownGlobalOption": 'Unknown option "{option}".',
  "error.optionNeedsValue": 'Option "{option}" needs a value.',
  "error.optionTakesNoValue": 'Option "{option}" does not take a value.',
  "error.unexpectedArgument": '"idrs-rules {command}" takes no argument, but got "{argument}".',
  "error.langNeedsValue": "--lang needs a value: zh-CN or en.",
  "error.invalidLang": 'Unknown language "{value}" for --lang: use zh-CN or en.',
  "error.internal": `idrs-rules {version} stopped on an unexpected error: {message}
This is a bug in idrs-rules. Please report it with the command you ran and this message
(set IDRS_RULES_DEBUG=1 to print the stack trace).`,
  "error.label": "error",

  // Paths, files and configuration.
  "path.notFound":
    'Path not found: "{path}". Check the spelling, or run the command from the folder of your rules.',
  "path.noRuleFiles": 'No rule files ({kinds}) found in "{path}".',
  "path.noMatch": 'No rule file ({kinds}) matches the pattern "{pattern}".',
  "path.notRuleFile": '"{path}" is not a rule file: use a .idrs or .rule.json file.',
  "path.filteredOut":
    'Rule files there ({count}) are left out by the "include" and "exclude" patterns of {config}; a file named on the command line is always checked.',
  "path.skippedFolder":
    "Rule files there ({count}) are left out: folders whose name starts with a dot, and node_modules, are not searched. A file named on the command line is always checked.",
  "path.unmatchedHint": "Use --no-error-on-unmatched-pattern to accept paths without rule files.",
  "config.notFound": 'Configuration file not found: "{path}".',
  "config.unreadable": 'Cannot read the configuration file "{path}": {reason}.',
  "config.invalid": 'Invalid configuration file "{path}"; fix these problems and run again:',
  "file.unreadable": "Cannot read the file: {reason}.",
  "file.isFolder":
    "This is a folder, not a rule file; rename it so that it does not end in {extension}.",
  "file.brokenLink": "The symbolic link points to a file that does not exist.",
  "file.bom": "The file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without a BOM.",
  "file.invalidUtf8":
    "The file is not valid UTF-8: invalid byte at byte offset {offset}. Save it as UTF-8 (GBK and GB 18030 are not supported).",
  "file.removeBom": "Remove the byte order mark",
  "reason.EACCES": "permission denied",
  "reason.EPERM": "operation not permitted",
  "reason.EISDIR": "it is a folder",
  "reason.ENOENT": "it does not exist",
  "reason.ENOENT.write": "its folder does not exist and cannot be created there",
  "reason.ELOOP": "too many levels of symbolic links",
  "reason.ENOTDIR": "a part of the path is a file, not a folder",
  "reason.EEXIST": "a file or folder with that name already exists",
  "reason.EROFS": "the file system is read-only",
  "reason.ENOSPC": "no space is left on the device",
  "reason.EFBIG": "the file is too large (more than {limit}) to be a rule file",
  "reason.ENOTREG": "it is not a regular file but a pipe, a socket or a device",
  "reason.other": "system error {code}",
  "output.writeFailed": 'Cannot write "{path}": {reason}.',
  "output.isInput":
    'The report would overwrite "{path}", a rule file or the configuration of this project; choose another --output file.',
  "output.exists": '"{path}" already exists; add --force to overwrite it.',

  // lint
  "lint.summary": "check .idrs and *.rule.json files and report problems",
  "lint.help": `Usage: idrs-rules lint [options] [paths...]

Checks .idrs and *.rule.json files and reports the problems found. A path may be a file,
a folder (searched recursively, skipping node_modules and folders whose name starts with a
dot) or a glob pattern such as "rules/**/*.idrs" (quote it). The default path is the
current folder. Settings come from --config, else from the first idrs.config.json found
from the first path upwards, then from the current folder upwards. Its folder is the
project root; without one, the root is the git work tree of the first path, else that
path's folder. The "include" and "exclude" patterns apply to folders and
patterns, while a file named on the command line is always checked. Every rule file of the
project is read, so fragments and duplicate names resolve across files, but only the given
paths are reported.

Options:
  --config FILE        use FILE as configuration instead of looking for idrs.config.json
  --format NAME        report format: stylish (default, for people), json, sarif
                       (SARIF 2.1.0, for code scanning), github (GitHub Actions
                       annotations), junit (JUnit XML)
  -o, --output FILE    write the report to FILE instead of standard output
  --max-warnings N     exit with 1 when there are more than N warnings (default: no limit)
  --quiet              report errors only; warnings and infos are not shown or counted
  --fix                apply the safe fixes (full-width punctuation, name spaces, byte order
                       mark, duplicate actions), write the changed files and report the
                       problems that remain
  --no-color           print without colours (also: NO_COLOR=1; FORCE_COLOR=1 forces them)
  --no-error-on-unmatched-pattern
                       exit with 0 instead of 2 when a folder or pattern has no rule file
  --lang zh-CN|en      language of messages
  -h, --help           show this help

Exit codes:
  0   no error, and no more warnings than --max-warnings
  1   errors found, or more warnings than --max-warnings
  2   invalid option or configuration, a path not found, no rule file found, or the
      report could not be written
  70  internal error (a bug in idrs-rules)

Examples:
  idrs-rules lint
  idrs-rules lint rules/ --max-warnings 0
  idrs-rules lint "rules/**/*.idrs" --format sarif -o idrs.sarif
`,
  "lint.badFormat": 'Unknown report format "{value}": use one of {formats}.',
  "lint.badMaxWarnings": '--max-warnings needs a whole number of 0 or more, not "{value}".',
  "lint.tooManyWarnings":
    "Too many warnings: {count}, more than the {max} allowed by --max-warnings.",
  "lint.fixed.one": "Fixed 1 problem in {path} ({codes}).",
  "lint.fixed.other": "Fixed {count} problems in {path} ({codes}).",

  // Report summaries and labels.
  "severity.error": "error",
  "severity.warning": "warning",
  "severity.info": "info",
  "stylish.docs": "docs: {url}",
  "stylish.related": "↳ {location}  {message}",
  "summary.problems": "✖ {problems} ({details})",
  "summary.problem.one": "1 problem",
  "summary.problem.other": "{count} problems",
  "summary.error.one": "1 error",
  "summary.error.other": "{count} errors",
  "summary.warning.one": "1 warning",
  "summary.warning.other": "{count} warnings",
  "summary.info.one": "1 info",
  "summary.info.other": "{count} infos",
  "summary.fixable.one": "  1 problem can be fixed with --fix.",
  "summary.fixable.other": "  {count} problems can be fixed with --fix.",
  "summary.clean.one": "✔ 1 file checked, no problems",
  "summary.clean.other": "✔ {count} files checked, no problems",

  // fmt
  "fmt.summary": "format .idrs files in the canonical layout",
  "fmt.help": `Usage: idrs-rules fmt [options] [paths...]

Formats .idrs files in the one canonical layout (two-space indent, one entry per line,
comments kept). Without --check or --write, prints the formatted text of one file to
standard output. Paths are files, folders or glob patterns as for "lint"; the default is
the current folder. A file with syntax errors is never formatted: its errors are printed
and the other files go on.

Options:
  --check              write nothing; list the files whose layout would change
  --write              rewrite the files whose layout changes (other files are not touched)
  --config FILE        use FILE as configuration instead of looking for idrs.config.json
  --lang zh-CN|en      language of messages
  -h, --help           show this help

Exit codes:
  0   done; with --check, every file is already formatted
  1   with --check, some files would change; or some files have syntax errors
  2   invalid option or path, no .idrs file found
  70  internal error (a bug in idrs-rules)

Examples:
  idrs-rules fmt rules/main.idrs
  idrs-rules fmt --check
  idrs-rules fmt --write rules/
`,
  "fmt.needsOneFile":
    "Without --check or --write, fmt prints one file, but {count} files were given. Add --check or --write.",
  "fmt.bothModes": "Use either --check or --write, not both.",
  "fmt.notIdrs":
    'fmt formats .idrs files only, not "{path}". To check a .rule.json file, run idrs-rules lint.',
  "fmt.syntaxErrors": "{path}: not formatted because of syntax errors; fix them first.",
  "fmt.unreadable": "{path}: not formatted: {reason}",
  "fmt.wouldChange.one": "1 file would be reformatted; run idrs-rules fmt --write.",
  "fmt.wouldChange.other": "{count} files would be reformatted; run idrs-rules fmt --write.",
  "fmt.allFormatted.one": "✔ 1 file already formatted",
  "fmt.allFormatted.other": "✔ {count} files already formatted",
  "fmt.wrote.one": "✔ 1 file reformatted, {unchanged} unchanged",
  "fmt.wrote.other": "✔ {count} files reformatted, {unchanged} unchanged",
  "fmt.checkFailed.one":
    "✖ 1 file could not be formatted; {formatted} already formatted, {changed} would be reformatted.",
  "fmt.checkFailed.other":
    "✖ {count} files could not be formatted; {formatted} already formatted, {changed} would be reformatted.",
  "fmt.writeFailed.one":
    "✖ 1 file could not be formatted; {changed} reformatted, {unchanged} unchanged.",
  "fmt.writeFailed.other":
    "✖ {count} files could not be formatted; {changed} reformatted, {unchanged} unchanged.",

  // compile
  "compile.summary": "print the content JSON of a rule, as CreateRule expects it",
  "compile.help": `Usage: idrs-rules compile [options] FILE

Prints the content JSON of the rule in FILE (a .idrs or .rule.json file): the "Content"
parameter of CreateRule and UpdateRule, compact, followed by a newline. Fragments used by
the rule are resolved across every rule file of the project. Problems go to standard
error; the JSON is printed only when the rule has no error.

Options:
  --rule NAME          the rule to compile when FILE holds several rules
  --pretty             indent the JSON by two spaces
  --config FILE        use FILE as configuration instead of looking for idrs.config.json
  --lang zh-CN|en      language of messages
  -h, --help           show this help

Exit codes:
  0   compiled
  1   the rule has errors (nothing is printed to standard output)
  2   invalid option, FILE not found, not a rule file, or --rule needed or not found
  70  internal error (a bug in idrs-rules)

Example:
  idrs-rules compile rules/终身寿险.idrs --pretty
`,
  "compile.notFolder":
    'compile takes one rule file (.idrs or .rule.json), but "{path}" is a folder; use idrs-rules lint to check a folder.',
  "compile.oneFile": "compile takes exactly one FILE, but {count} were given.",
  "compile.noRule": '"{path}" holds no rule to compile.',
  "compile.chooseRule": '"{path}" holds {count} rules; choose one with --rule NAME: {names}.',
  "compile.ruleNotFound": 'No rule named "{name}" in "{path}"; its rules are: {names}.',
  "compile.failed": '"{path}" was not compiled because of the errors above.',

  // decompile
  "decompile.summary": "turn content JSON or a .rule.json file into .idrs text",
  "decompile.help": `Usage: idrs-rules decompile [options] FILE

Reads FILE, either the content JSON of a rule (the array stored in "Content") or a
.rule.json file, and prints it as formatted .idrs text. The rule's name is the "name" of a
.rule.json file; for bare content it is --name, or else the file name without its
extension.

Options:
  --name NAME          name of the rule for bare content JSON
  -o, --output FILE    write the .idrs text to FILE instead of standard output
  --force              with --output, overwrite FILE if it exists
  --lang zh-CN|en      language of messages
  -h, --help           show this help

Exit codes:
  0   decompiled
  1   FILE is not valid content JSON (problems go to standard error)
  2   invalid option, FILE not found, or the output file exists without --force
  70  internal error (a bug in idrs-rules)

Example:
  idrs-rules decompile content.json --name "终身寿险 双录质检" -o rules/终身寿险.idrs
`,
  "decompile.isIdrs":
    'decompile reads content JSON or a .rule.json file, but "{path}" is .idrs source already. To get its content JSON, run idrs-rules compile {path}.',
  "decompile.oneFile": "decompile takes exactly one FILE, but {count} were given.",
  "decompile.failed": '"{path}" was not decompiled because of the errors above.',
  "decompile.wrote": "✔ wrote {path}",
} as const;

export type CliMessageKey = keyof typeof en;
