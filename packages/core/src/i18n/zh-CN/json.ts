/** Messages of the json area in zh-CN; keys must match the other locale's file. */
export const jsonMessages = {
  "json.syntax.empty": "JSON 内容为空。应为 JSON，例如 {example}。",
  "json.syntax.unexpected-end": "JSON 内容不完整：缺少结尾的引号、方括号或花括号。",
  "json.syntax.comment": "JSON 中不允许写注释，请删除该注释。",
  "json.syntax.trailing-comma": "JSON 中“{token}”前面不能有逗号，请删除该逗号。",
  "json.syntax.missing-comma": "此值前面缺少逗号。",
  "json.syntax.single-quote":
    "JSON 的字符串和属性名必须使用英文双引号（\"），不能使用单引号（'）。",
  "json.syntax.full-width": "全角标点 {character} 在 JSON 中无效，请改用半角的 {replacement}。",
  "json.syntax.control-character":
    "JSON 字符串中不能直接包含控制字符（{character}）。换行请写成 \\n，制表符请写成 \\t。",
  "json.syntax.trailing-data": "JSON 值结束后还有多余内容。一个 JSON 文件只能包含一个值。",
  "json.syntax.unexpected":
    "此处不应出现“{character}”。请检查它前面是否缺少逗号、冒号、引号或括号。",
  "json.syntax.invalid": "内容不是有效的 JSON。",

  "json.where.rule-file": "规则文件",
  "json.where.content": "规则内容",
  "json.where.config": "配置",
  "json.where.property": "属性“{name}”",
  "json.where.step": "content 的第 {index} 项",
  "json.where.entry": "content 的第 {index} 项",
  "json.where.entry-with-sequence": "content 的第 {index} 项（sequence {sequence}）",
  "json.where.step-with-sequence": "content 的第 {index} 项（sequence {sequence}）",
  "json.where.sequence": "content 第 {index} 项的章节序号（sequence）",
  "json.where.actions": "{step}的动作列表（actions）",
  "json.where.action": "{step}的第 {action} 个动作",
  "json.where.action-name": "{step}第 {action} 个动作的名称（name）",
  "json.where.setting": "配置项“{path}”",

  "json.type.object": "对象",
  "json.type.array": "数组",
  "json.type.string": "字符串",
  "json.type.integer": "整数",
  "json.type.number": "数字",
  "json.type.boolean": "true 或 false",
  "json.type.null": "null",
  "json.actual.with-value": "{type} {value}",
  "json.list.or": "{first}或{last}",
  "json.list.separator": "、",
  "json.list.and": "{first}和{last}",

  "json.schema.unknown-property": "{where}包含未知属性“{property}”。允许的属性：{allowed}。",
  "json.schema.unknown-property-suggest":
    "{where}包含未知属性“{property}”，是否应为“{suggestion}”？允许的属性：{allowed}。",
  "json.schema.missing-property": "{where}缺少必填属性 {property}。",
  "json.schema.missing-properties": "{where}缺少必填属性 {property}。",
  "json.schema.wrong-type": "{where}应为{expected}，实际为{actual}。",
  "json.schema.too-small": "{where}不能小于 {limit}，实际为 {value}。",
  "json.schema.too-large": "{where}不能大于 {limit}，实际为 {value}。",
  "json.schema.empty": "{where}不能为空。",
  "json.schema.too-long": "{where}最多 {limit} 个字符。",
  "json.schema.too-few-items": "{where}至少需要 {limit} 项。",
  "json.schema.not-allowed-value": "{where}只能是 {allowed} 之一，实际为 {value}。",
  "json.schema.not-allowed-value-suggest":
    "{where}只能是 {allowed} 之一，实际为 {value}，是否应为“{suggestion}”？",
  "json.schema.pattern": "{where}格式不正确：{value}。",
  "json.schema.endpoint":
    "{where}应为主机名（例如 idrsservice.cn-shanghai-finance-1.aliyuncs.com）或 http(s) URL，实际为 {value}。",
  "json.schema.invalid": "{where}的值无效。",
  "json.schema.duplicate-property":
    "{where}中属性“{property}”出现了多次，只有最后一个生效，请删除其余的。",

  "json.content.string":
    "规则内容是一个 JSON 字符串，而不是步骤数组，可能被 JSON 编码了两次，请再解码一次。",
  "json.content.empty-object":
    "规则内容是空对象，而不是步骤数组，其中没有任何规则。规则内容应形如 {example}。",
  "json.rule-file.bare-array":
    "规则文件应为包含“name”和“content”的对象，但此文件只有规则内容数组。请改写为 {example}。",
  "json.config.locked-rule":
    "检查规则“{code}”不能关闭或修改：出现这类问题后，其余内容都无法检查。请删除这项设置。",
  "json.config.unknown-rule": "未知的检查规则“{code}”。",
  "json.config.unknown-rule-suggest": "未知的检查规则“{code}”，是否应为“{suggestion}”？",
  "json.config.duplicate-action":
    "“actions”的第 {entry} 项再次声明了动作“{name}”（首次在第 {first} 项）。后一项会替换前一项；请删除其中一项。",
  "json.config.duplicate-action.related": "动作“{name}”的首次声明",
  "json.config.rule-code-format":
    "“{property}”不是检查规则代码：规则代码由小写单词和连字符组成，例如 unknown-action。",

  "json.fix.rename-property": "改为“{name}”",
  "json.fix.remove-comma": "删除该逗号",
  "json.fix.insert-comma": "插入逗号",
  "json.fix.replace-character": "替换为“{replacement}”",
  "json.fix.replace-value": "改为“{value}”",
} as const;
