import type { DeployMessageKey } from "./deploy.en.js";

/** Chinese (simplified) messages of the deployment commands; same keys and placeholders as deploy.en.ts. */
export const deployZhCN: Record<DeployMessageKey, string> = {
  "pull.summary": "把账号中的规则下载为 .idrs 或 .rule.json 文件",
  "plan.summary": "显示 apply 将创建、更新或删除哪些规则",
  "apply.summary": "创建、更新和删除规则，使账号与文件一致",
  "emulator.summary": "运行规则 API 的本地模拟器，用于测试",
  "pull.help": `用法：idrs-rules pull [选项] [文件夹]

下载账号中的全部规则并写入规则仓库：每条规则一个格式化的 .idrs 文件（加 --format json 时为
.rule.json），以规则名称命名。每条规则连同远端 Id 和内容哈希记录在锁文件中。仓库中已有的规则
在原处更新。若一条规则在上次 apply 或 pull 之后本地和远端都被修改，即为冲突：pull 不写入任何
文件并列出冲突，除非加 --force（采用远端版本）。不是有效规则 JSON 的远端内容原样保存到
NAME.invalid-content.txt，并给出提示。文件夹默认为当前文件夹，或 idrs.config.json 中的
"deploy.rulesDir"。

选项：
  --endpoint URL       服务接入地址（也可用 IDRS_ENDPOINT 或 "deploy.endpoint"）
  --profile NAME       ~/.aliyun/config.json 或 ~/.alibabacloud/credentials 中的凭证配置
                       （也可用 IDRS_PROFILE 或 "deploy.profile"）
  --config FILE        使用 FILE，不再查找 idrs.config.json
  --lock FILE          锁文件（默认：idrs.config.json 旁的 idrs.lock.json）
  --force-lock         即使锁文件属于另一个接入地址也使用它：丢弃其中的条目，
                       按名称重新匹配规则
  --format idrs|json   新文件的格式（默认 idrs，或 "deploy.pullFormat"）
  --force              用远端版本覆盖与之冲突的本地修改
  --lang zh-CN|en      消息语言
  -h, --help           显示本帮助

退出码：
  0   每条规则均已写入或已是最新
  1   存在冲突、服务报错，或远端内容不是规则 JSON（已保存为 .invalid-content.txt）
  2   选项、配置、凭证或锁文件无效
`,
  "plan.help": `用法：idrs-rules plan [选项] [文件夹]

编译规则仓库，读取远端规则，并打印 "apply" 将执行的操作：
  + 创建         远端没有的规则
  ~ 更新         在 git 中修改了内容或名称的规则，按章节列出新增（+）和删除（-）的动作，
                并标明是新增检查、删除检查、调整顺序还是两者兼有；在 git 中改名的规则
                会更新原有的远端规则
  ! 已漂移       上次 apply 或 pull 之后在远端被修改的规则；只有加 --force 时 apply 才覆盖它
  ? 仅远端存在   没有对应本地规则的远端规则；只有加 --prune 时 apply 才删除它
  - 删除         加 --prune 生成计划时，将被删除的仅远端存在的规则
不做任何修改。规则文件有错误时不生成计划。

选项：
  --endpoint URL       服务接入地址（也可用 IDRS_ENDPOINT 或 "deploy.endpoint"）
  --profile NAME       凭证配置（也可用 IDRS_PROFILE 或 "deploy.profile"）
  --config FILE        使用 FILE，不再查找 idrs.config.json
  --lock FILE          锁文件（默认：idrs.config.json 旁的 idrs.lock.json）
  --force-lock         使用属于另一个接入地址的锁文件（按名称重新匹配规则）
  --prune              计划删除仅远端存在的规则
  --out FILE           把计划保存为 JSON，供 "idrs-rules apply FILE" 使用
  --detailed-exitcode  远端与仓库不一致时以 2 退出
  --lang zh-CN|en      消息语言
  -h, --help           显示本帮助

退出码：
  0   已生成计划（加 --detailed-exitcode 时：没有差异）
  1   规则文件有错误或服务报错（加 --detailed-exitcode 时：任何错误）
  2   选项、配置或锁文件无效；加 --detailed-exitcode 时：存在差异
      （创建、更新、已漂移、仅远端存在或删除）
`,
  "apply.help": `用法：idrs-rules apply [选项] [文件夹 | plan.json]

使远端规则与仓库一致：像 "plan" 一样生成计划（或读取 "plan --out" 保存的计划），打印计划，
请求确认，然后分批并发发送 CreateRule、UpdateRule 和 DeleteRule 请求。每个请求成功后都会
写入锁文件，因此中途停止的 apply 再次运行即可完成，不会产生重复规则。每个请求都记入审计日志
（JSON Lines）。

若保存计划之后远端规则有变化，则拒绝执行该计划。存在已漂移（drifted）的规则时拒绝执行，除非加 --force。
不加 --prune 不会删除任何规则；删除在最后执行，且仅当所有创建和更新都成功时才执行。

选项：
  --endpoint URL       服务接入地址（也可用 IDRS_ENDPOINT 或 "deploy.endpoint"）
  --profile NAME       凭证配置（也可用 IDRS_PROFILE 或 "deploy.profile"）
  --config FILE        使用 FILE，不再查找 idrs.config.json
  --lock FILE          锁文件（默认：idrs.config.json 旁的 idrs.lock.json）
  --force-lock         使用属于另一个接入地址的锁文件（按名称重新匹配规则）
  --plan FILE          执行 "plan --out" 保存的计划（也可作为参数给出）
  --prune              删除仅远端存在的规则（确认之前先列出）
  --force              用仓库中的版本覆盖已漂移的规则
  -y, --yes            不请求确认（不在终端中运行时必须加）
  --allow-empty        允许对没有规则的仓库使用 --prune
  --concurrency N      同时进行的请求数，1 到 16（默认 4，或 "deploy.concurrency"）
  --audit-log FILE     审计日志（默认：idrs.config.json 旁的 idrs-audit.jsonl）
  --lang zh-CN|en      消息语言
  -h, --help           显示本帮助

退出码：
  0   所有请求均成功（或无事可做）
  1   有请求失败、计划被拒绝（有已漂移的规则、保存的计划已过期）或已取消；再次运行 apply 即可完成
  2   选项、配置、凭证或锁文件无效；不在终端中运行且未加 --yes
`,

  "deploy.endpoint.invalid":
    '接入地址 "{endpoint}" 无效：请使用主机名（如 idrsservice.cn-shanghai-finance-1.aliyuncs.com）或 http(s):// URL。',
  "deploy.endpoint.missing":
    '未指定接入地址：请加 --endpoint，或设置 IDRS_ENDPOINT，或在 idrs.config.json 中设置 "deploy.endpoint"。',
  "deploy.endpoint.path":
    '接入地址 "{endpoint}" 无效：规则 API 位于 "/"，只需给出协议、主机和端口（例如 http://127.0.0.1:8080），不要带路径、查询参数或片段。',
  "deploy.content.notArray": "服务要求内容为步骤组成的 JSON 数组，而不是规则文件对象",
  "deploy.settings.notFolder": '文件夹不存在："{path}"。',
  "deploy.settings.oneFolder": "最多只能给出一个文件夹，却给出了 {count} 个路径。",
  "deploy.settings.badFormat": '格式 "{value}" 未知：请使用 idrs 或 json。',
  "deploy.settings.badConcurrency": '并发数 "{value}" 无效：请使用 1 到 {max} 之间的整数。',
  "deploy.settings.configUnreadable": '无法读取配置文件 "{path}"：{reason}。',
  "deploy.settings.configInvalid": '配置文件 "{path}" 无效；请修正以下问题后重新运行：',
  "deploy.settings.configField": '配置文件 "{path}" 中，"{field}" 的类型必须是 {type}。',
  "deploy.local.errors":
    "规则文件中有 {count} 个错误（见上文），未生成计划。请修正（idrs-rules lint 会全部列出）后重新运行。",
  "deploy.local.empty": '"{path}" 中没有规则文件（.idrs、*.rule.json）。',

  "deploy.lock.unreadable": '无法读取锁文件 "{path}"：{reason}。',
  "deploy.lock.invalidJson":
    '锁文件 "{path}" 不是有效的 JSON：{reason}。请从 git 恢复它，或删除它：之后按名称把本地规则与远端规则重新匹配。',
  "deploy.lock.invalidField":
    '锁文件 "{path}" 在 "{field}" 处无效。请从 git 恢复它，或删除它：之后按名称把本地规则与远端规则重新匹配。',
  "deploy.lock.newerVersion":
    '锁文件 "{path}" 的版本为 {version}，由更新版本的 idrs-rules 写入。请升级 idrs-rules。',
  "deploy.lock.otherEndpoint":
    '锁文件 "{path}" 属于接入地址 {lockEndpoint}，而不是 {endpoint}。请为每个接入地址使用各自的锁文件（--lock FILE 或 "deploy.lockFile"），或加 --force-lock 为 {endpoint} 新建锁（按名称重新匹配规则）。',
  "deploy.lock.writeFailed": '无法写入锁文件 "{path}"：{reason}。',

  "deploy.plan.unreadable": '无法读取计划 "{path}"：{reason}。',
  "deploy.plan.invalid": '文件 "{path}" 不是 "idrs-rules plan --out" 保存的计划。',
  "deploy.plan.tampered":
    '计划 "{path}" 在保存后被修改过（条目与其哈希不再一致）。请重新生成计划。',
  "deploy.plan.writeFailed": '无法写入计划 "{path}"：{reason}。',
  "plan.saved": "计划已保存到 {path}。执行方式：idrs-rules apply {path}",

  "plan.header": "{endpoint} 的计划",
  "plan.counts":
    "创建 {create}，更新 {update}，删除 {delete}，已漂移（drifted）{drifted}，仅远端存在（remote-only）{remoteOnly}，远端内容无效 {invalid}，未变 {unchanged}",
  "plan.noChanges": "没有变化：远端规则与仓库一致。",
  "plan.driftHint":
    '已漂移的规则在上次 apply 或 pull 之后在远端被修改。运行 "idrs-rules pull --force" 把远端版本取回仓库，或运行 "idrs-rules apply --force" 用仓库版本覆盖远端。',
  "plan.remoteOnlyHint":
    '仅远端存在的规则没有对应的本地规则。要保留从仓库中移除的规则，请从 git 恢复其文件；要加入从未记录在锁文件中的规则，请运行 "idrs-rules pull"；要全部删除，请运行 "idrs-rules apply --prune"。',
  "plan.entry.create": '+ 创建 "{name}"（{file}）',
  "plan.entry.update": '~ 更新 "{name}"（Id {id}，{file}）：{change}',
  "plan.renamedFrom": '由 "{name}" 改名而来',
  "plan.remoteName": '远端名称："{name}"',
  "plan.entry.drifted": '! 已漂移 "{name}"（Id {id}，{file}）：上次 apply 或 pull 之后在远端被修改',
  "plan.entry.driftedUntracked":
    '! 已漂移 "{name}"（Id {id}，{file}）：远端有同名规则，但锁文件中没有记录，且内容不同',
  "plan.entry.driftedDeleted":
    '! 已漂移 "{name}"（Id {id}，{file}）：上次 apply 之后在远端被删除；apply --force 会重新创建它',
  "plan.entry.relink": '= 在锁文件中记录 "{name}"（Id {id}，{file}）；远端规则已一致',
  "plan.entry.remoteOnly": '? 仅远端存在 "{name}"（Id {id}）',
  "plan.entry.remoteOnlyManaged": '? 仅远端存在 "{name}"（Id {id}）：已从仓库中移除（原为 {key}）',
  "plan.entry.delete": '- 删除 "{name}"（Id {id}）',
  "plan.entry.invalidRemote":
    '✖ 远端内容无效 "{name}"（Id {id}）：已原样保存在 {file}；该文件存在时 --prune 不会删除它',
  "plan.invalidProblem": "{problem}",
  "plan.invalidRemoteHint":
    '远端内容无效的规则无法比较。请在 .idrs 文件中以相同名称写出该规则并 apply 以替换内容；或删除对应的 .invalid-content.txt 文件，再运行 "idrs-rules apply --prune" 删除该规则。',
  "plan.driftDirection":
    "差异方向：远端（控制台中修改后的版本）→ 仓库（apply --force 将发送的版本）：",
  "plan.driftForced": "已漂移的规则将被仓库版本覆盖（--force）。",
  "plan.entry.forget": '  从锁文件中移除 "{name}"（Id {id}）：本地和远端都已不存在',
  "change.adds-checks": "新增检查",
  "change.removes-checks": "删除检查",
  "change.reorders": "调整检查顺序",
  "change.mixed": "既新增又删除检查",
  "change.renames": "仅改名",
  "change.replaces-invalid": "替换无效的远端内容",
  "diff.remoteInvalid": "远端内容不是有效的规则内容（{problem}）；将整体替换",
  "diff.stepOrder": "章节顺序有变化",
  "diff.throughout": "throughout（全程，sequence 0）",
  "diff.step": "step {sequence}（第 {sequence} 章节）",
  "diff.status.added": "（新增）",
  "diff.status.removed": "（删除）",
  "diff.status.reordered": "（动作相同，顺序改变）",
  "diff.status.changed": "（有修改）",
  "diff.stepWithStatus": "{step}{status}",
  "diff.more": "……另有 {count} 行动作",

  "deploy.apply.drifted":
    '已漂移的规则（{count} 条）：{rules}。它们在上次 apply 或 pull 之后在远端被修改，未做任何修改。运行 "idrs-rules pull --force" 采用远端版本，或运行 "idrs-rules apply --force" 覆盖远端。',
  "apply.twoPlans": "保存的计划请用 --plan 或参数二选一给出，不要同时给出。",
  "apply.prunePlan":
    "--prune 不能修改保存的计划：请用 idrs-rules plan --prune --out FILE 生成计划。",
  "apply.planEndpoint": "保存的计划是为 {planEndpoint} 生成的，而不是 {endpoint}。请重新生成计划。",
  "apply.planStale":
    "生成计划（{createdAt}）之后远端规则有变化，未做任何修改。请重新生成计划并审阅。",
  "apply.emptyPrune":
    '"{path}" 中没有规则，--prune 将删除远端全部 {count} 条规则。请检查文件夹；如确需如此，请加 --allow-empty。',
  "apply.planNotFound": '计划文件不存在："{path}"。请用 idrs-rules plan --out FILE 保存计划。',
  "apply.planRepository":
    "保存的计划属于仓库 {planRoot}（锁文件 {planLock}），而不是 {root}（锁文件 {lock}）。请在该仓库中执行它，或在此处重新生成计划。",
  "apply.needsYes": "未在终端中运行，apply 无法请求确认。请审阅计划后加 --yes。",
  "apply.cancelled": "已取消 apply，未做任何修改。",
  "apply.confirm": "向 {endpoint} 发送 {count} 个请求？输入 yes 继续：",
  "apply.deleteList": "将被删除的远端规则（{count} 条）：",
  "apply.deleteItem": '  - "{name}"（Id {id}）',
  "apply.stopping": "已中断：等待进行中的请求完成后停止。",
  "apply.progress.ok": '[{done}/{total}] ✔ {action} "{name}" Id {id}（RequestId {requestId}）',
  "apply.progress.error":
    '[{done}/{total}] ✖ {action} "{name}" 失败：{code}（RequestId {requestId}）',
  "apply.progress.lookup":
    '[{done}/{total}] ✔ {action} "{name}" Id {id}：请求没有明确的应答；已通过列出规则找到该规则（没有 RequestId）',
  "apply.createdRuleMissing":
    "服务对 CreateRule 返回了规则 Id {id}，但该规则不存在（ClientToken 曾用于一条后来被删除的规则）。请再次运行 idrs-rules apply：它会使用新的 token。",
  "apply.done":
    "apply 完成：创建 {created}，更新 {updated}，删除 {deleted}，失败 {failed}，未发送 {notSent}。",
  "apply.deletesSkipped": "由于前面的请求失败或 apply 被中断，{count} 个删除请求未发送。",
  "apply.deletesSkipped.one": "由于前面的请求失败或 apply 被中断，1 个删除请求未发送。",
  "apply.rerunHint":
    "锁文件记录了每个成功的请求。排除原因后再次运行 idrs-rules apply 即可完成其余修改。",

  "deploy.pull.conflicts":
    '在本地和远端都被修改的规则（{count} 条）：{rules}。未写入任何文件。运行 "idrs-rules pull --force" 采用这些规则的远端版本（其他本地修改保留），或运行 "idrs-rules apply --force" 用本地版本覆盖远端。',
  "pull.written": '✔ "{name}"（Id {id}）已写入 {file}',
  "pull.updated": '✔ "{name}"（Id {id}）已在 {file} 中更新',
  "pull.up-to-date": '= "{name}"（Id {id}）在 {file} 中已是最新',
  "pull.kept-local": '= "{name}"（Id {id}）远端未变；保留 {file} 中的本地修改',
  "pull.kept-deleted":
    '= "{name}"（Id {id}）远端未变；本地已删除，因此不再写入（apply --prune 会在远端删除它）',
  "pull.removed": '- "{name}"（Id {id}）已在远端删除；{file} 中没有本地修改，已移除',
  "pull.kept-edited":
    '! "{name}"（Id {id}）已在远端删除，但 {file} 有本地修改：已保留。请删除它，或运行 "idrs-rules apply --force" 重新创建。',
  "pull.forgotten": '- "{name}"（Id {id}）在远端和本地都已删除；已从锁文件中移除',
  "pull.invalid":
    '✖ "{name}"（Id {id}）：远端内容不是有效的规则内容；已原样保存到 {file}。请在 .idrs 文件中以相同名称写出该规则，然后 apply。',
  "pull.invalidProblem": "    {problem}",
  "pull.lintProblem": "警告：{position}：{code}：{message}",
  "pull.lintSummary":
    "拉取的文件中有 {count} 个错误（见上文）：修正之前 plan 和 apply 会拒绝该仓库（idrs-rules lint 可列出它们）。",
  "pull.done": "已读取 {count} 条远端规则；已写入锁文件 {lock}。",
};
