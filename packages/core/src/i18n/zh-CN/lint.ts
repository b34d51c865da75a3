/** Messages of the lint area in zh-CN; keys must match the other locale's file. */
export const lintMessages = {
  "lint.syntax-error.summary": ".idrs 文本不符合语法。",
  "lint.full-width-punctuation.summary": "在字符串之外把中文输入法的全角标点当作语法符号使用。",
  "lint.invalid-json.summary": "文件不是合法的 JSON。",
  "lint.unknown-property.summary": "JSON 规则文件含有格式未定义的属性。",
  "lint.invalid-content.summary": "规则内容的结构与服务要求的不符。",
  "lint.invalid-config.summary": "idrs.config.json 无效。",
  "lint.file-encoding.summary": "文件以字节顺序标记（BOM）开头，或不是合法的 UTF-8。",

  "lint.internal-error.summary": "idrs-rules 的缺陷使某项检查无法完成。",
  "lint.internal-error.message":
    "检查 {rule} 因 idrs-rules 的缺陷在本文件上失败（{error}），因此本文件没有检查完整。请附上该文件报告此问题；设置 IDRS_RULES_DEBUG=1 可查看堆栈。",

  "lint.file-unreadable.summary":
    "规则文件无法读取：没有权限、与规则文件同名的文件夹，或失效的符号链接。",
  "lint.unknown-action.summary": "动作名不在动作目录中。",
  "lint.unknown-action.message": "未知动作“{name}”：动作目录中没有它。",
  "lint.unknown-action.messageWithSuggestions":
    "未知动作“{name}”：动作目录中没有它。是否想写：{suggestions}？",
  "lint.unknown-action.fix": "替换为“{suggestion}”",

  "lint.duplicate-step.summary": "同一条规则中同一个 sequence 出现了两次。",
  "lint.duplicate-step.message": "本规则已定义 sequence {sequence}；请把两个步骤合并为一个。",
  "lint.duplicate-step.related": "sequence {sequence} 的第一个步骤",

  "lint.step-gap.summary": "章节编号没有按 1、2、3……连续排列。",
  "lint.step-gap.message":
    "步骤 {sequence} 之前有缺口：章节 {missing} 没有步骤。双录 App 从 1 开始连续编号章节，这些章节不会被质检。",

  "lint.empty-step.summary": "展开片段后，某个步骤没有任何动作。",
  "lint.empty-step.message": "步骤 {sequence} 没有动作；请至少添加一个动作，或删除该步骤。",
  "lint.empty-step.messageThroughout":
    "throughout 块（sequence 0）没有动作；请至少添加一个动作，或删除它。",

  "lint.duplicate-action.summary": "同一个步骤中同一个动作出现了两次。",
  "lint.duplicate-action.message": "动作“{name}”已在步骤 {sequence} 中执行，重复无效。",
  "lint.duplicate-action.messageViaFragment":
    "动作“{name}”已在步骤 {sequence} 中执行，片段“{fragment}”又添加了一次。",
  "lint.duplicate-action.related": "“{name}”第一次出现的位置",
  "lint.duplicate-action.fix": "删除重复的“{name}”",

  "lint.recording-action-in-step.summary": "作用于整段录像的动作被放在了章节步骤中。",
  "lint.recording-action-in-step.message":
    "动作“{name}”作用于整段录像；请把它从步骤 {sequence} 移到 throughout（sequence 0）。",

  "lint.step-action-in-recording.summary":
    "只检查单个章节的动作被放在了 throughout（sequence 0）中。",
  "lint.step-action-in-recording.message":
    "动作“{name}”只检查一个章节；请把它从 throughout（sequence 0）移到对应章节的步骤中。",

  "lint.sdk-only-action.summary": "动作只见于移动端 SDK，未见于任何规则内容。",
  "lint.sdk-only-action.message":
    "动作“{name}”只出现在厂商的移动端 SDK 中，没有已公开的规则用过它，服务可能拒绝它。",

  "lint.undefined-fragment.summary": "`use` 引用的片段没有在任何 .idrs 文件中声明。",
  "lint.undefined-fragment.message": "仓库中没有任何 .idrs 文件声明片段“{name}”。",
  "lint.undefined-fragment.messageWithSuggestions":
    "仓库中没有任何 .idrs 文件声明片段“{name}”。是否想写：{suggestions}？",
  "lint.undefined-fragment.fix": "替换为“{suggestion}”",

  "lint.unused-fragment.summary": "仓库中没有任何规则使用某个片段。",
  "lint.unused-fragment.message": "仓库中没有任何规则使用片段“{name}”。",

  "lint.fragment-cycle.summary": "片段之间循环引用。",
  "lint.fragment-cycle.message": "片段“{name}”经由循环 {path} 引用了自己；请打断这个循环。",

  "lint.duplicate-fragment.summary": "仓库中有两个同名片段。",
  "lint.duplicate-fragment.message":
    "片段“{name}”在仓库中声明了 {count} 次；`use {name}` 只采用第一个声明。请重命名或删除其余声明。",
  "lint.duplicate-fragment.related": "“{name}”的另一个声明",

  "lint.duplicate-rule-name.summary": "仓库中有两条同名规则。",
  "lint.duplicate-rule-name.message":
    "仓库中有 {count} 条规则名为“{name}”；请为每条规则起不同的名称，以便区分已部署的规则。",
  "lint.duplicate-rule-name.related": "另一条名为“{name}”的规则",

  "lint.empty-rule-name.summary": "规则名称为空或只有空白。",
  "lint.empty-rule-name.message": "规则名称为空；请为规则命名。",
  "lint.empty-rule-name.decompile": "内容中没有规则名称；请指定一个规则名称。",

  "lint.rule-name-whitespace.summary": "规则名称首尾有空白。",
  "lint.rule-name-whitespace.message":
    "规则名称“{name}”开头有{leading}，结尾有{trailing}。多数列表不显示这些空白，这个名称很容易被看成“{trimmed}”。",
  "lint.rule-name-whitespace.messageLeading":
    "规则名称“{name}”开头有{leading}。多数列表不显示这种空白，这个名称很容易被看成“{trimmed}”。",
  "lint.rule-name-whitespace.messageTrailing":
    "规则名称“{name}”结尾有{trailing}。多数列表不显示这种空白，这个名称很容易被看成“{trimmed}”。",
  "lint.rule-name-whitespace.blank.one": "{kind}（{code}）",
  // The leading space sets the number apart from the Chinese text before it.
  "lint.rule-name-whitespace.blank.many": " {count} 个{kinds}（{code}）",
  "lint.rule-name-whitespace.blank.then": "，其后是",
  "lint.rule-name-whitespace.kind.space": "空格",
  "lint.rule-name-whitespace.kinds.space": "空格",
  "lint.rule-name-whitespace.kind.tab": "制表符",
  "lint.rule-name-whitespace.kinds.tab": "制表符",
  "lint.rule-name-whitespace.kind.line-break": "换行符",
  "lint.rule-name-whitespace.kinds.line-break": "换行符",
  "lint.rule-name-whitespace.kind.full-width-space": "全角空格",
  "lint.rule-name-whitespace.kinds.full-width-space": "全角空格",
  "lint.rule-name-whitespace.kind.no-break-space": "不换行空格",
  "lint.rule-name-whitespace.kinds.no-break-space": "不换行空格",
  "lint.rule-name-whitespace.kind.other": "空白字符",
  "lint.rule-name-whitespace.kinds.other": "空白字符",
  "lint.rule-name-whitespace.fix": "去掉规则名称首尾的空白",

  "lint.rule-name-too-long.summary": "规则名称超过配置的长度上限。",
  "lint.rule-name-too-long.message":
    "规则名称长 {length} 个字符，上限为 {limit}（配置项 limits.maxNameLength）。",

  "lint.content-too-large.summary": "规则编译后的内容超过配置的大小上限。",
  "lint.content-too-large.message":
    "规则“{name}”编译后的内容为 {bytes} 字节（UTF-8），上限为 {limit}（配置项 limits.maxContentBytes）。",

  "lint.empty-rule.summary": "规则没有任何步骤。",
  "lint.empty-rule.message": "规则“{name}”没有步骤，什么也不会检查；请添加步骤。",

  "lint.no-rules.summary": "规则文件中既没有规则也没有片段。",
  "lint.no-rules.message": "此文件既没有声明规则，也没有声明片段。",

  "lint.unused-disable-directive.summary": "idrs-disable 指令没有屏蔽任何诊断。",
  "lint.unused-disable-directive.message": "指令“{directive}”没有屏蔽任何诊断；请删除它。",
  "lint.unused-disable-directive.messageCode":
    "指令“{directive}”没有屏蔽任何“{code}”诊断；请从指令中删除“{code}”。",
  "lint.unused-disable-directive.unknownCode": "指令“{directive}”中的“{code}”不是检查规则代码。",
  "lint.unused-disable-directive.unmatchedEnable":
    "指令“{directive}”之前没有可结束的 idrs-disable。",
  "lint.unused-disable-directive.fix": "删除该指令",

  "lint.rule-not-selected.summary": "编译含多条规则的文件时，需要指定其中一条规则的名称。",
  "lint.rule-not-selected.several": "此文件有 {count} 条规则；请指定要编译的一条：{names}。",
  "lint.rule-not-selected.notFound": "此文件中没有名为“{name}”的规则；其中的规则有：{names}。",
  "lint.rule-not-selected.none": "此文件中没有可编译的规则。",
} as const;
