"""Every sentence cc-assess prints, as ``key: (zh, en)``.

One table for the whole tool.  Keys are dotted slugs (``area.what``); values are ``str.format`` templates whose
placeholders are the same in both languages (a test checks it).  Each area keeps its own section below, so
that work on one area does not touch the lines of another.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {}

# --- core: diagnostics, errors, summaries, help -----------------------------------------------------------

MESSAGES.update({})

# --- catalogue and applicability --------------------------------------------------------------------------

MESSAGES.update(
    {
        "catalogue.unknown_tag": (
            "条目 '{item}' 的标签 '{tag}' 未在 'tags:' 中列出",
            "item '{item}' has tag '{tag}', which is not listed under 'tags:'",
        ),
        "applicability.unknown_tag": (
            "目录 {catalogue} {version} 中没有标签 '{tag}'（可用标签：{known}）",
            "catalogue {catalogue} {version} has no tag '{tag}' (tags: {known})",
        ),
        "applicability.no_na_level": (
            "目录 {catalogue} 的评分等级中没有“不适用”（points: null），无法按标签排除条目",
            "catalogue {catalogue} has no not-applicable level (points: null), so items cannot be excluded by tag",
        ),
        "applicability.duplicate_tag": (
            "标签 '{tag}' 已在第 {line} 行排除过；本条规则不起作用",
            "tag '{tag}' is already excluded at line {line}; this rule has no effect",
        ),
    }
)

# --- reliability: hostile input, interruption, writes -----------------------------------------------------

MESSAGES.update({})

# --- deliverables: sign-off, docx, pdf, report pages --------------------------------------------------------

MESSAGES.update(
    {
        "deliverables.approval_outdated": (
            "{name} 于 {date} 的 {role} 审批与当前内容不一致（审批后内容已修改）；"
            "请重新审批：cc-assess approve {folder} --role {role} --name 姓名",
            "the {role} sign-off by {name} on {date} no longer matches the content (it changed since); "
            "sign off again with 'cc-assess approve {folder} --role {role} --name NAME'",
        ),
        "deliverables.duplicate_approval": (
            "角色 {role} 出现了两次；每个角色只能有一条审批记录",
            "role {role} appears twice; each role has one approval",
        ),
        "deliverables.approvals_invalid": (
            "{path} 无效；请修正或删除后用 cc-assess approve 重新审批",
            "{path} is invalid; fix it, or delete it and approve again with cc-assess approve",
        ),
        "deliverables.approve_invalid": (
            "{folder}：评估存在错误，未写入任何内容；请先运行 cc-assess validate 并修正",
            "{folder}: the assessment has errors; nothing was written; run 'cc-assess validate' and fix them first",
        ),
        "deliverables.unknown_role": (
            "未知角色 '{role}'（可用：{roles}）",
            "unknown role '{role}' (use one of: {roles})",
        ),
        "deliverables.bad_name": (
            "--name 须为非空的一行文字",
            "--name must be one line of text, not empty",
        ),
        "deliverables.cannot_read": ("无法读取 {path}：{reason}", "cannot read {path}: {reason}"),
        "deliverables.approved": (
            "已写入 {path}：{role} {name} {date}，{digest}",
            "wrote {path}: {role} {name} {date}, {digest}",
        ),
        "deliverables.still_outdated": (
            "注意：{roles} 的审批针对的是此前的内容，需重新审批",
            "note: the {roles} approval(s) were given on earlier content and need approving again",
        ),
        "deliverables.template_partial": (
            "模板 {name}：{error}。--template-dir 中的 partials 文件会整体替换内置文件；"
            '若只想改一部分，请用 {{% extends "report.html.j2" %}} 并只覆盖一个 {{% block %}}（见 docs/reports.md）',
            "template {name}: {error}. A partials file in --template-dir replaces the bundled one whole; to change "
            'one part, {{% extends "report.html.j2" %}} and override one {{% block %}} (see docs/reports.md)',
        ),
        "deliverables.not_approved": (
            "没有与当前内容一致的批准（approved）审批；运行 cc-assess approve {folder} --role approved --name 姓名",
            "no 'approved' approval matches the current content; run "
            "'cc-assess approve {folder} --role approved --name NAME'",
        ),
    }
)

# --- yearly cycle and pack integrity ------------------------------------------------------------------------

MESSAGES.update(
    {
        "cycle.init.label_help": (
            "diff 与 history 中显示的名称(如 2026);--from 时默认沿用上一年度的",
            "Name shown by diff and history (e.g. 2026); with --from, last year's unless given",
        ),
        "cycle.export.previous_header": ("上年状态(只读)", "Previous status (read-only)"),
        "cycle.export.previous_note": (
            "上年状态:init --from 带入的上一年度结论与日期,只读,导入时忽略;确认后请在“状态”列重新选择。",
            "Previous status: last year's status and date, carried by init --from; read-only and ignored by "
            "import. To confirm it, pick the status again in the Status column.",
        ),
        "cycle.import.previous_ignored": (
            "“上年状态”列是只读的,此处的修改已忽略;要更改本年度结论,请填写“状态”列",
            "the previous-status column is read-only; this edit is ignored (write this year's answer in the "
            "status column)",
        ),
        "cycle.validate.duplicate_action_id": (
            "{item} 中已有编号为 '{id}' 的整改措施(第 {line} 行);同一条目内措施编号须唯一",
            "a second action with id '{id}' in {item} (the first is at line {line}); action ids must be unique "
            "within a response",
        ),
        "cycle.validate.assessed_in_future": (
            "评估日期 {date} 晚于今天 ({today});年份是否写错?",
            "assessed_on {date} is after today ({today}); is the year a typo?",
        ),
    }
)

# --- portfolio ----------------------------------------------------------------------------------------------

MESSAGES.update({})

# --- local web editor ----------------------------------------------------------------------------------------

MESSAGES.update({})

# --- benchmarks and performance ------------------------------------------------------------------------------

MESSAGES.update({})
