/** Messages of the syntax area in zh-CN; keys must match the other locale's file. */
export const syntaxMessages = {
  "syntax.unexpected-invisible":
    "无法识别的不可见字符 {codes}，通常是从文档中粘贴来的不间断空格或零宽空格：双引号字符串之外只能写名称、步骤编号、注释和标点 { } : , ;。请改成普通空格，或删除它。",
  "syntax.unexpected-characters":
    "无法识别的字符{text}：双引号字符串之外只能写名称、步骤编号、注释和标点 { } : , ;。",
  "syntax.unterminated-string": '字符串没有结束：请在行尾之前补上右引号“"”。',
  "syntax.unterminated-string.fix": '在行尾补上右引号“"”',
  "syntax.invalid-escape":
    '字符串中的转义序列“{escape}”无效。可用的转义有 \\" \\\\ \\n \\r \\t 和 \\uXXXX（四位十六进制数）；反斜杠本身要写成 \\\\。',
  "syntax.number-too-large": "步骤编号{number}太大，最大只能是 9007199254740991。",
  "syntax.step-number-not-integer": "步骤编号{number}不是整数：步骤编号只能是 0、1、2 这样的整数。",
  "syntax.expected-token": "在{previous}后应写{expected}，实际是{found}。",
  "syntax.expected-token-at-start": "文件开头应写{expected}，实际是{found}。",
  "syntax.missing-comma": "{previous}和{found}之间缺少逗号“,”：动作名称之间要用逗号分隔。",
  "syntax.unquoted-text": "{text}要用双引号括起来：{role}是字符串。",
  "syntax.unquoted-text.fix": "给{text}加上双引号",
  "syntax.keyword-action":
    '“{name}”是关键字，不能直接作为动作名称：若动作确实叫 {name}，请加双引号写成 "{name}"。',
  "syntax.keyword-action.fix": '给 "{name}" 加上双引号',
  "syntax.quoted-fragment-name": "片段名称{name}不加引号：片段名称是名称，不是字符串。",
  "syntax.quoted-fragment-name.invalid":
    "{name}不能作为片段名称：片段名称不加引号，以字母或“_”开头，只能包含字母、数字、“_”、“-”和“.”。",
  "syntax.quoted-fragment-name.fix": "去掉{name}两边的引号",
  "syntax.duplicate-description":
    "重复的 description：一条规则只能有一个描述。请把这段文字合并到第一个 description 中，再删除这一处。",
  "syntax.duplicate-description.first": "这条规则的第一个描述",
  "syntax.full-width-punctuation":
    "全角标点 {found} 应改为半角 {expected}（中文输入法容易输入全角标点）。",
  "syntax.full-width-punctuation.fix": "将全角 {found} 改为 {expected}",
  "syntax.block-comment":
    "“/* ... */”在 .idrs 中不是注释：这门语言只有行注释。请在每行注释前写“//”。",
  "syntax.block-comment.fix": "改为“//”行注释",
  "syntax.hint.did-you-mean": "是否应为{suggestion}？",
  "syntax.fix.replace-with": "将{found}改为{suggestion}",
  "syntax.describe.token": "“{token}”",
  "syntax.describe.or": "{first}或{last}",
  "syntax.describe.list-separator": "、",
  "syntax.describe.end-of-file": "文件末尾",
  "syntax.describe.step-number": "步骤编号",
  "syntax.describe.string": "双引号括起的字符串",
  "syntax.describe.rule-name": "双引号括起的规则名称",
  "syntax.describe.description-text": "双引号括起的描述文字",
  "syntax.describe.fragment-name": "片段名称",
  "syntax.describe.action-name": "动作名称",
  "syntax.describe.rule-name-role": "规则名称",
  "syntax.describe.title-role": "标题",
} as const;
