/**
 * English messages of the deployment commands (`pull`, `plan`, `apply`). deploy.zh-CN.ts has
 * the same keys and placeholders (a test checks); placeholders are `{name}`.
 */
export const deployEn = {
  // Summaries, listed by the global help, and help texts.
  "pull.summary": "download the rules of an account into .idrs or .rule.json files",
  "plan.summary": "show what apply would create, update or delete",
  "apply.summary": "create, update and delete rules so the account matches the files",
  "emulator.summary": "run a local emulator of the rule APIs for tests",
  "pull.help": `Usage: idrs-rules pull [options] [folder]

Downloads every rule of the account and writes it into the rule repository: one formatted
.idrs file per rule (or .rule.json with --format json), named after the rule. Each rule is
recorded in the lock file with its remote Id and the hash of its content. Rules already in
the repository are updated in place. A rule changed both locally (since the last apply or
pull) and remotely is a conflict: pull then writes nothing and lists the conflicts, unless
--force, which takes the remote version. Remote content that is not valid rule JSON is
saved unchanged to NAME.invalid-content.txt, with a message. The folder defaults to the
current folder, or "deploy.rulesDir" of idrs.config.json.

Options:
  --endpoint URL       service endpoint (also IDRS_ENDPOINT or "deploy.endpoint")
  --profile NAME       credentials profile of ~/.aliyun/config.json or
                       ~/.alibabacloud/credentials (also IDRS_PROFILE or "deploy.profile")
  --config FILE        use FILE instead of looking for idrs.config.json
  --lock FILE          lock file (default: idrs.lock.json beside idrs.config.json)
  --force-lock         use the lock file even though it was made for another endpoint:
                       its entries are dropped and rules are matched by name again
  --format idrs|json   format of new files (default: idrs, or "deploy.pullFormat")
  --force              overwrite local changes that conflict with remote changes
  --lang zh-CN|en      language of messages
  -h, --help           show this help

Exit codes:
  0   every rule written or already up to date
  1   conflicts, a service error, or remote content that is not rule JSON (saved as
      .invalid-content.txt)
  2   invalid option, configuration, credentials or lock file
`,
  "plan.help": `Usage: idrs-rules plan [options] [folder]

Compiles the rule repository, reads the remote rules and prints what "apply" would do:
  + create      a rule that the remote does not have
  ~ update      a rule whose content or name changed in git, with the actions added (+)
                and removed (-) per chapter, and whether it adds checks, removes checks,
                reorders them or mixes both; a rule renamed in git updates its remote rule
  ! drifted     a remote rule changed since the last apply or pull; apply overwrites it
                only with --force
  ? remote-only a remote rule with no local rule; apply deletes it only with --prune
  - delete      a remote-only rule, when planned with --prune
Nothing is changed. Rule files with errors stop the plan.

Options:
  --endpoint URL       service endpoint (also IDRS_ENDPOINT or "deploy.endpoint")
  --profile NAME       credentials profile (also IDRS_PROFILE or "deploy.profile")
  --config FILE        use FILE instead of looking for idrs.config.json
  --lock FILE          lock file (default: idrs.lock.json beside idrs.config.json)
  --force-lock         use a lock file made for another endpoint (rules are matched by name)
  --prune              plan to delete remote-only rules
  --out FILE           save the plan as JSON, for "idrs-rules apply FILE"
  --detailed-exitcode  exit with 2 when the remote differs from the repository
  --lang zh-CN|en      language of messages
  -h, --help           show this help

Exit codes:
  0   planned (with --detailed-exitcode: no difference)
  1   rule files with errors, a service error (with --detailed-exitcode: any error)
  2   invalid option, configuration or lock file; with --detailed-exitcode: differences
      (create, update, drifted, remote-only or delete)
`,
  "apply.help": `Usage: idrs-rules apply [options] [folder | plan.json]

Makes the remote rules match the repository: plans as "plan" does (or reads a plan saved
with "plan --out"), prints the plan, asks for confirmation, then sends CreateRule,
UpdateRule and DeleteRule requests, a few at a time. The lock file is written after each
successful request, so an apply that stops half-way is completed by running it again,
without duplicates. Every request is recorded in the audit log (JSON Lines).

A saved plan is refused when the remote rules changed since it was made. Drifted rules
are refused unless --force. Nothing is deleted without --prune, and deletions run last,
only when every create and update succeeded.

Options:
  --endpoint URL       service endpoint (also IDRS_ENDPOINT or "deploy.endpoint")
  --profile NAME       credentials profile (also IDRS_PROFILE or "deploy.profile")
  --config FILE        use FILE instead of looking for idrs.config.json
  --lock FILE          lock file (default: idrs.lock.json beside idrs.config.json)
  --force-lock         use a lock file made for another endpoint (rules are matched by name)
  --plan FILE          apply a plan saved with "plan --out" (or give it as the argument)
  --prune              delete remote-only rules (listed before confirmation)
  --force              overwrite drifted rules with the repository's version
  -y, --yes            do not ask for confirmation (required when not on a terminal)
  --allow-empty        allow --prune with a repository that has no rules
  --concurrency N      requests in flight, 1 to 16 (default 4, or "deploy.concurrency")
  --audit-log FILE     audit log (default: idrs-audit.jsonl beside idrs.config.json)
  --lang zh-CN|en      language of messages
  -h, --help           show this help

Exit codes:
  0   every request succeeded (or nothing to do)
  1   a request failed, the plan was refused (drift, stale saved plan) or cancelled;
      run apply again to complete it
  2   invalid option, configuration, credentials or lock file; not on a terminal
      without --yes
`,

  // Settings and files.
  "deploy.endpoint.invalid":
    'Invalid endpoint "{endpoint}": use a host name such as idrsservice.cn-shanghai-finance-1.aliyuncs.com or an http(s):// URL.',
  "deploy.endpoint.missing":
    'No endpoint: give --endpoint, set IDRS_ENDPOINT, or set "deploy.endpoint" in idrs.config.json.',
  "deploy.endpoint.path":
    'Invalid endpoint "{endpoint}": the rule APIs are served at "/", so give only the scheme, host and port (for example http://127.0.0.1:8080), with no path, query or fragment.',
  "deploy.content.notArray": "the service expects a JSON array of steps, not a rule file object",
  "deploy.settings.notFolder": 'Folder not found: "{path}".',
  "deploy.settings.oneFolder": "Give at most one folder, but {count} paths were given.",
  "deploy.settings.badFormat": 'Unknown format "{value}": use idrs or json.',
  "deploy.settings.badConcurrency":
    'Invalid concurrency "{value}": use a whole number from 1 to {max}.',
  "deploy.settings.configUnreadable": 'Cannot read the configuration file "{path}": {reason}.',
  "deploy.settings.configInvalid":
    'Invalid configuration file "{path}"; fix these problems and run again:',
  "deploy.settings.configField":
    'In the configuration file "{path}", "{field}" must be of type {type}.',
  "deploy.local.errors":
    "{count} errors in rule files (listed above); nothing was planned. Fix them (idrs-rules lint shows them all) and run again.",
  "deploy.local.empty": 'No rule files (.idrs, *.rule.json) found in "{path}".',

  // Lock file.
  "deploy.lock.unreadable": 'Cannot read the lock file "{path}": {reason}.',
  "deploy.lock.invalidJson":
    'The lock file "{path}" is not valid JSON: {reason}. Restore it from git, or delete it: rules are then matched to remote rules by name.',
  "deploy.lock.invalidField":
    'The lock file "{path}" is invalid at "{field}". Restore it from git, or delete it: rules are then matched to remote rules by name.',
  "deploy.lock.newerVersion":
    'The lock file "{path}" has version {version}, written by a newer idrs-rules. Update idrs-rules.',
  "deploy.lock.otherEndpoint":
    'The lock file "{path}" belongs to the endpoint {lockEndpoint}, not {endpoint}. Use one lock file per endpoint (--lock FILE or "deploy.lockFile"), or add --force-lock to start a new lock for {endpoint} (rules are matched by name).',
  "deploy.lock.writeFailed": 'Cannot write the lock file "{path}": {reason}.',

  // Saved plans.
  "deploy.plan.unreadable": 'Cannot read the plan "{path}": {reason}.',
  "deploy.plan.invalid": 'The file "{path}" is not a plan saved by "idrs-rules plan --out".',
  "deploy.plan.tampered":
    'The plan "{path}" was changed after it was saved (its entries no longer match its hash). Make a new plan.',
  "deploy.plan.writeFailed": 'Cannot write the plan "{path}": {reason}.',
  "plan.saved": "Plan saved to {path}. Apply it with: idrs-rules apply {path}",

  // Plan output.
  "plan.header": "Plan for {endpoint}",
  "plan.counts":
    "{create} to create, {update} to update, {delete} to delete, {drifted} drifted, {remoteOnly} remote-only, {invalid} with invalid remote content, {unchanged} unchanged",
  "plan.noChanges": "No changes: the remote rules match the repository.",
  "plan.driftHint":
    'Drifted rules changed remotely since the last apply or pull. Run "idrs-rules pull --force" to take the remote version into the repository, or "idrs-rules apply --force" to overwrite it.',
  "plan.remoteOnlyHint":
    'Remote-only rules have no local rule. To keep a rule that was removed from the repository, restore its file from git; to add rules that were never in the lock file, run "idrs-rules pull"; to delete them all, run "idrs-rules apply --prune".',
  "plan.entry.create": '+ create "{name}" ({file})',
  "plan.entry.update": '~ update "{name}" (Id {id}, {file}): {change}',
  "plan.renamedFrom": 'renamed from "{name}"',
  "plan.remoteName": 'remote name: "{name}"',
  "plan.entry.drifted":
    '! drifted "{name}" (Id {id}, {file}): changed remotely since the last apply or pull',
  "plan.entry.driftedUntracked":
    '! drifted "{name}" (Id {id}, {file}): a remote rule of this name, not in the lock file, has other content',
  "plan.entry.driftedDeleted":
    '! drifted "{name}" (Id {id}, {file}): deleted remotely since the last apply; apply --force creates it again',
  "plan.entry.relink":
    '= record "{name}" (Id {id}, {file}) in the lock file; the remote rule already matches',
  "plan.entry.remoteOnly": '? remote-only "{name}" (Id {id})',
  "plan.entry.remoteOnlyManaged":
    '? remote-only "{name}" (Id {id}): removed from the repository (was {key})',
  "plan.entry.delete": '- delete "{name}" (Id {id})',
  "plan.entry.invalidRemote":
    '✖ invalid remote content "{name}" (Id {id}): saved unchanged in {file}; kept by --prune while that file exists',
  "plan.invalidProblem": "{problem}",
  "plan.invalidRemoteHint":
    'Rules with invalid remote content cannot be compared. Write the rule in a .idrs file with the same name and apply to replace the content, or delete the .invalid-content.txt file and run "idrs-rules apply --prune" to delete the rule.',
  "plan.driftDirection":
    "diff from the remote (as changed in the console) to the repository, which apply --force sends:",
  "plan.driftForced": "Drifted rules are overwritten with the repository's version (--force).",
  "plan.entry.forget": '  drop "{name}" (Id {id}) from the lock file: gone locally and remotely',
  "change.adds-checks": "adds checks",
  "change.removes-checks": "removes checks",
  "change.reorders": "reorders checks",
  "change.mixed": "adds and removes checks",
  "change.renames": "renames only",
  "change.replaces-invalid": "replaces invalid remote content",
  "diff.remoteInvalid":
    "the remote content is not valid rule content ({problem}); all of it is replaced",
  "diff.stepOrder": "the order of the chapters changes",
  "diff.throughout": "throughout (whole recording, sequence 0)",
  "diff.step": "step {sequence}",
  "diff.status.added": "(new)",
  "diff.status.removed": "(removed)",
  "diff.status.reordered": "(same actions, new order)",
  "diff.status.changed": "(changed)",
  "diff.stepWithStatus": "{step} {status}",
  "diff.more": "... and {count} more action lines",

  // Apply.
  "deploy.apply.drifted":
    'Drifted rules ({count}): {rules}. They changed remotely since the last apply or pull; nothing was changed. Run "idrs-rules pull --force" to take the remote version, or "idrs-rules apply --force" to overwrite it.',
  "apply.twoPlans": "Give the saved plan either with --plan or as the argument, not both.",
  "apply.prunePlan":
    "--prune cannot change a saved plan: make the plan with idrs-rules plan --prune --out FILE.",
  "apply.planEndpoint":
    "The saved plan was made for {planEndpoint}, not {endpoint}. Make a new plan.",
  "apply.planStale":
    "The remote rules changed since the plan was made ({createdAt}); nothing was changed. Make a new plan and review it.",
  "apply.emptyPrune":
    'No rules found in "{path}", so --prune would delete all {count} remote rules. Check the folder, or add --allow-empty if that is what you want.',
  "apply.planNotFound":
    'Plan file not found: "{path}". Save a plan with idrs-rules plan --out FILE.',
  "apply.planRepository":
    "The saved plan was made for the repository {planRoot} (lock file {planLock}), not {root} (lock file {lock}). Apply it from that repository, or make a new plan here.",
  "apply.needsYes":
    "Not running on a terminal, so apply cannot ask for confirmation. Review the plan and add --yes.",
  "apply.cancelled": "Apply cancelled; nothing was changed.",
  "apply.confirm": "Send {count} request(s) to {endpoint}? Type yes to continue: ",
  "apply.deleteList": "Remote rules to delete ({count}):",
  "apply.deleteItem": '  - "{name}" (Id {id})',
  "apply.stopping": "Interrupted: waiting for the requests in flight, then stopping.",
  "apply.progress.ok": '[{done}/{total}] ✔ {action} "{name}" Id {id} (RequestId {requestId})',
  "apply.progress.error":
    '[{done}/{total}] ✖ {action} "{name}" failed: {code} (RequestId {requestId})',
  "apply.progress.lookup":
    '[{done}/{total}] ✔ {action} "{name}" Id {id}: the request got no clear response; the rule was found by listing the rules (no RequestId)',
  "apply.createdRuleMissing":
    "CreateRule returned the rule Id {id}, which does not exist (a ClientToken used before for a rule deleted since). Run idrs-rules apply again: it sends a new token.",
  "apply.done":
    "Apply finished: {created} created, {updated} updated, {deleted} deleted, {failed} failed, {notSent} not sent.",
  "apply.deletesSkipped":
    "{count} deletions were not sent, because an earlier request failed or apply was interrupted.",
  "apply.deletesSkipped.one":
    "1 deletion was not sent, because an earlier request failed or apply was interrupted.",
  "apply.rerunHint":
    "The lock file records every request that succeeded. Fix the cause and run idrs-rules apply again to complete the changes.",

  // Pull.
  "deploy.pull.conflicts":
    'Rules changed both locally and remotely ({count}): {rules}. Nothing was written. Run "idrs-rules pull --force" to take the remote version of these rules (other local changes are kept), or "idrs-rules apply --force" to overwrite the remote with the local version.',
  "pull.written": '✔ "{name}" (Id {id}) written to {file}',
  "pull.updated": '✔ "{name}" (Id {id}) updated in {file}',
  "pull.up-to-date": '= "{name}" (Id {id}) already up to date in {file}',
  "pull.kept-local": '= "{name}" (Id {id}) unchanged remotely; local changes in {file} kept',
  "pull.kept-deleted":
    '= "{name}" (Id {id}) unchanged remotely; deleted locally, so not written again (apply --prune deletes it remotely)',
  "pull.removed":
    '- "{name}" (Id {id}) deleted remotely; removed from {file}, which had no local changes',
  "pull.kept-edited":
    '! "{name}" (Id {id}) deleted remotely, but {file} has local changes: kept. Delete it, or run "idrs-rules apply --force" to create it again.',
  "pull.forgotten": '- "{name}" (Id {id}) deleted remotely and locally; dropped from the lock file',
  "pull.invalid":
    '✖ "{name}" (Id {id}): the remote content is not valid rule content; saved unchanged to {file}. Write the rule in a .idrs file with the same name, then apply.',
  "pull.invalidProblem": "    {problem}",
  "pull.lintProblem": "warning: {position}: {code}: {message}",
  "pull.lintSummary":
    "The pulled files have {count} error(s), listed above: plan and apply refuse the repository until they are fixed (idrs-rules lint shows them).",
  "pull.done": "{count} remote rules read; lock file {lock} written.",
} as const;

export type DeployMessageKey = keyof typeof deployEn;
