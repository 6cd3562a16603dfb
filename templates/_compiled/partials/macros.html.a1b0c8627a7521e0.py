from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/macros.html.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_head = l_0_cover = l_0_signoff = l_0_evidence_ref = l_0_item_detail = l_0_status = l_0_item_id = l_0_action_status = l_0_actions_table = missing
    try:
        t_1 = environment.filters['findings_html']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'findings_html' found.")
    try:
        t_2 = environment.filters['striptags']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'striptags' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_r, l_1_title):
        t_4 = []
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        t_4.extend((
            '<!DOCTYPE html>\n<html lang="',
            escape(environment.finalize(context, ('en' if (environment.getattr(l_1_r, 'lang') == 'en') else 'zh-CN'))),
            '">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'">\n<meta name="generator" content="cc-assess ',
            escape(environment.finalize(context, environment.getattr(l_1_r, 'version'))),
            '">\n<title>',
            escape(environment.finalize(context, t_2(l_1_title))),
            ' · ',
            escape(environment.finalize(context, (environment.getattr(environment.getattr(l_1_r, 'meta'), 'organization') or environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'id')))),
            '</title>\n<style>\n',
        ))
        template = environment.get_template('partials/report.css', 'partials/macros.html.j2')
        gen = template.root_render_func(template.new_context(context.get_all(), True, {'r': l_1_r, 'title': l_1_title, 'action_status': l_0_action_status, 'actions_table': l_0_actions_table, 'cover': l_0_cover, 'evidence_ref': l_0_evidence_ref, 'head': l_0_head, 'item_detail': l_0_item_detail, 'item_id': l_0_item_id, 'signoff': l_0_signoff, 'status': l_0_status}))
        try:
            for event in gen:
                t_4.append(event)
        finally: gen.close()
        t_4.append(
            '</style>\n</head>\n',
        )
        return concat(t_4)
    context.exported_vars.add('head')
    context.vars['head'] = l_0_head = Macro(environment, macro, 'head', ('r', 'title'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_r, l_1_title):
        t_5 = []
        l_1_tx = resolve('tx')
        l_1_t = resolve('t')
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        if l_1_title is missing:
            l_1_title = undefined("parameter 'title' was not provided", name='title')
        pass
        t_5.append(
            '<section class="sheet cover">\n  <div class="band">\n    <div class="std">',
        )
        if environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'):
            pass
            t_5.extend((
                escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'), 'code'))),
                ' · ',
            ))
        t_5.extend((
            escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'id'))),
            ' ',
            escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'version'))),
            '</div>\n    <h1>',
            escape(environment.finalize(context, l_1_title)),
            '</h1>\n    <div class="catalogue-title">',
            escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'title')))),
            '</div>\n  </div>\n  <div class="org">',
            escape(environment.finalize(context, (environment.getattr(environment.getattr(l_1_r, 'meta'), 'organization') or '—'))),
            '</div>\n  <div class="site">',
            escape(environment.finalize(context, (environment.getattr(environment.getattr(l_1_r, 'meta'), 'site') or ''))),
            '</div>\n  <table class="facts">\n    <tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'document_no'))),
            '</th><td>',
        ))
        if environment.getattr(l_1_r, 'document_no'):
            pass
            t_5.extend((
                '<b>',
                escape(environment.finalize(context, environment.getattr(l_1_r, 'document_no'))),
                '</b>',
            ))
        else:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            '</td></tr>\n    <tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'kind'))),
            '</th><td>',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'meta'), 'kind'):
            pass
            t_5.append(
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), markup_join(('kind_', environment.getattr(environment.getattr(l_1_r, 'meta'), 'kind'), ))))),
            )
        else:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            '</td></tr>\n    <tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'period'))),
            '</th><td>',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'meta'), 'period'):
            pass
            t_5.extend((
                escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'meta'), 'period'), 'start'))),
                ' – ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'meta'), 'period'), 'end'))),
            ))
        else:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            '</td></tr>\n    <tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'scope'))),
            '</th><td>',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'meta'), 'scope'):
            pass
            t_5.append(
                escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_r, 'meta'), 'scope')))),
            )
        else:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            '</td></tr>\n    <tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'assessors'))),
            '</th><td>',
        ))
        l_2_loop = missing
        t_6 = 1
        for l_2_a, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_r, 'meta'), 'assessors'), undefined):
            _loop_vars = {}
            pass
            t_5.append(
                escape(environment.finalize(context, environment.getattr(l_2_a, 'name'))),
            )
            if environment.getattr(l_2_a, 'role'):
                pass
                t_5.append(
                    ' (',
                )
                if (environment.getattr(l_2_a, 'role') in ('lead', 'member')):
                    pass
                    t_5.append(
                        escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), markup_join(('role_', environment.getattr(l_2_a, 'role'), )), _loop_vars=_loop_vars))),
                    )
                else:
                    pass
                    t_5.append(
                        escape(environment.finalize(context, environment.getattr(l_2_a, 'role'))),
                    )
                t_5.append(
                    ')',
                )
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_5.append(
                    '、',
                )
            t_6 = 0
        l_2_loop = l_2_a = missing
        if t_6:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            '</td></tr>\n    <tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'catalogue'))),
            '</th><td>',
            escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'title')))),
            '<br><span class="muted small">',
            escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'id'))),
            ' ',
            escape(environment.finalize(context, environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'version'))),
            '</span></td></tr>\n',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'):
            pass
            t_5.extend((
                '    <tr><th>',
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'standard'))),
                '</th><td>',
                escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'), 'code'))),
            ))
            if environment.getattr(environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'), 'issuer'):
                pass
                t_5.extend((
                    ' (',
                    escape(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'), 'issuer'))),
                    ')',
                ))
            t_5.append(
                '</td></tr>\n',
            )
        t_5.extend((
            '    <tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'report_date'))),
            '</th><td>',
            escape(environment.finalize(context, environment.getattr(l_1_r, 'today'))),
            '</td></tr>\n  </table>\n  ',
            escape(environment.finalize(context, context.call((undefined(name='signoff') if l_0_signoff is missing else l_0_signoff), l_1_r))),
            '\n  <div class="foot">',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'verdict_note'))),
            '<br>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'generated_by', version=environment.getattr(l_1_r, 'version')))),
            '</div>\n</section>\n',
        ))
        return concat(t_5)
    context.exported_vars.add('cover')
    context.vars['cover'] = l_0_cover = Macro(environment, macro, 'cover', ('r', 'title'), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_7 = []
        l_1_t = resolve('t')
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        t_7.extend((
            '<table class="signoff">\n  <caption>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff'))),
            '</caption>\n  <thead><tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_role'))),
            '</th><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_name'))),
            '</th><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_date'))),
            '</th><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_state'))),
            '</th></tr></thead>\n  <tbody>\n',
        ))
        for l_2_s in environment.getattr(l_1_r, 'signoff'):
            _loop_vars = {}
            pass
            t_7.extend((
                '    <tr class="',
                escape(environment.finalize(context, environment.getattr(l_2_s, 'state'))),
                '"><th>',
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), markup_join(('role_', environment.getattr(l_2_s, 'role'), )), _loop_vars=_loop_vars))),
                '</th><td class="sign">',
                escape(environment.finalize(context, (environment.getattr(l_2_s, 'name') or ''))),
                '</td><td class="n">',
                escape(environment.finalize(context, (environment.getattr(l_2_s, 'date') or ''))),
                '</td><td>',
            ))
            if (environment.getattr(l_2_s, 'state') == 'current'):
                pass
                t_7.extend((
                    '<span class="badge tone-good">✓ ',
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_current', _loop_vars=_loop_vars))),
                    '</span>',
                ))
            elif (environment.getattr(l_2_s, 'state') == 'outdated'):
                pass
                t_7.extend((
                    '<span class="badge tone-poor">⚠ ',
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_outdated', _loop_vars=_loop_vars))),
                    '</span>',
                ))
            else:
                pass
                t_7.extend((
                    '<span class="badge tone-none">',
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_unsigned', _loop_vars=_loop_vars))),
                    '</span>',
                ))
            t_7.append(
                '</td></tr>\n',
            )
        l_2_s = missing
        t_7.extend((
            '  </tbody>\n</table>\n<p class="small muted signoff-note">',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_note'))),
            '</p>\n',
        ))
        return concat(t_7)
    context.exported_vars.add('signoff')
    context.vars['signoff'] = l_0_signoff = Macro(environment, macro, 'signoff', ('r',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_e):
        t_8 = []
        l_1_t = resolve('t')
        if l_1_e is missing:
            l_1_e = undefined("parameter 'e' was not provided", name='e')
        pass
        if environment.getattr(l_1_e, 'is_url'):
            pass
            t_8.extend((
                '<a href="',
                escape(environment.finalize(context, environment.getattr(l_1_e, 'ref'))),
                '" rel="noopener noreferrer">',
                escape(environment.finalize(context, environment.getattr(l_1_e, 'ref'))),
                '</a>',
            ))
        else:
            pass
            t_8.extend((
                '<code>',
                escape(environment.finalize(context, environment.getattr(l_1_e, 'ref'))),
                '</code>',
            ))
            if (environment.getattr(l_1_e, 'exists') == False):
                pass
                t_8.extend((
                    ' <span class="flag">',
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'file_missing'))),
                    '</span>',
                ))
        if environment.getattr(l_1_e, 'valid_until'):
            pass
            t_8.extend((
                ' <span class="',
                escape(environment.finalize(context, ('flag' if environment.getattr(l_1_e, 'expired') else 'muted small'))),
                '">',
            ))
            if environment.getattr(l_1_e, 'expired'):
                pass
                t_8.extend((
                    '⚠ ',
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'expired'))),
                    ' · ',
                ))
            t_8.extend((
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'valid_until', date=environment.getattr(l_1_e, 'valid_until')))),
                '</span>',
            ))
        return concat(t_8)
    context.exported_vars.add('evidence_ref')
    context.vars['evidence_ref'] = l_0_evidence_ref = Macro(environment, macro, 'evidence_ref', ('e',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_i):
        t_9 = []
        l_1_tx = resolve('tx')
        l_1_t = resolve('t')
        if l_1_i is missing:
            l_1_i = undefined("parameter 'i' was not provided", name='i')
        pass
        t_9.extend((
            '<div class="finding item-detail" id="item-',
            escape(environment.finalize(context, environment.getattr(l_1_i, 'id'))),
            '">\n  <h4>',
            escape(environment.finalize(context, context.call((undefined(name='item_id') if l_0_item_id is missing else l_0_item_id), l_1_i))),
            ' ',
            escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title')))),
            ' ',
            escape(environment.finalize(context, context.call((undefined(name='status') if l_0_status is missing else l_0_status), l_1_i))),
            '</h4>\n  <p class="req"><b>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'requirement'))),
            ':</b> ',
            escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'requirement')))),
            '</p>\n',
        ))
        if (environment.getattr(l_1_i, 'na_reason') and t_3(environment.getattr(l_1_i, 'points'))):
            pass
            t_9.extend((
                '<p><b>',
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'reason'))),
                ':</b> ',
                escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'na_reason')))),
            ))
            if environment.getattr(l_1_i, 'na_tag'):
                pass
                t_9.extend((
                    ' <span class="muted small">(',
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'excluded_by', tag=environment.getattr(l_1_i, 'na_tag')))),
                    ')</span>',
                ))
            t_9.append(
                '</p>',
            )
        if environment.getattr(l_1_i, 'findings'):
            pass
            t_9.extend((
                '<p class="evidence"><b>',
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'findings'))),
                ':</b></p><div class="body">',
                escape(environment.finalize(context, t_1(environment.getattr(l_1_i, 'findings')))),
                '</div>',
            ))
        if environment.getattr(l_1_i, 'evidence'):
            pass
            t_9.extend((
                '  <p class="evidence"><b>',
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'evidence'))),
                ':</b></p>\n  <ul class="evidence">\n',
            ))
            for l_2_e in environment.getattr(l_1_i, 'evidence'):
                _loop_vars = {}
                pass
                t_9.append(
                    '<li',
                )
                if environment.getattr(l_2_e, 'expired'):
                    pass
                    t_9.append(
                        ' class="expired"',
                    )
                t_9.extend((
                    '>',
                    escape(environment.finalize(context, context.call((undefined(name='evidence_ref') if l_0_evidence_ref is missing else l_0_evidence_ref), l_2_e, _loop_vars=_loop_vars))),
                ))
                if environment.getattr(l_2_e, 'note'):
                    pass
                    t_9.extend((
                        ' — ',
                        escape(environment.finalize(context, environment.getattr(l_2_e, 'note'))),
                    ))
                t_9.append(
                    '</li>',
                )
            l_2_e = missing
            t_9.append(
                '  </ul>\n',
            )
        if environment.getattr(l_1_i, 'actions'):
            pass
            t_9.append(
                escape(environment.finalize(context, context.call((undefined(name='actions_table') if l_0_actions_table is missing else l_0_actions_table), environment.getattr(l_1_i, 'actions'), with_owner=True))),
            )
        if (environment.getattr(l_1_i, 'assessor') or environment.getattr(l_1_i, 'assessed_on')):
            pass
            t_9.append(
                '  <div class="meta">',
            )
            if environment.getattr(l_1_i, 'assessor'):
                pass
                t_9.extend((
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'assessor'))),
                    ': ',
                    escape(environment.finalize(context, environment.getattr(l_1_i, 'assessor'))),
                ))
            if (environment.getattr(l_1_i, 'assessor') and environment.getattr(l_1_i, 'assessed_on')):
                pass
                t_9.append(
                    ' · ',
                )
            if environment.getattr(l_1_i, 'assessed_on'):
                pass
                t_9.extend((
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'assessed_on'))),
                    ': ',
                    escape(environment.finalize(context, environment.getattr(l_1_i, 'assessed_on'))),
                ))
            t_9.append(
                '</div>\n',
            )
        t_9.append(
            '</div>\n',
        )
        return concat(t_9)
    context.exported_vars.add('item_detail')
    context.vars['item_detail'] = l_0_item_detail = Macro(environment, macro, 'item_detail', ('i',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_item):
        t_10 = []
        l_1_tx = resolve('tx')
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        pass
        t_10.extend((
            '<span class="badge tone-',
            escape(environment.finalize(context, environment.getattr(l_1_item, 'tone'))),
            '">',
            escape(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_item, 'label')))),
            '</span>',
        ))
        return concat(t_10)
    context.exported_vars.add('status')
    context.vars['status'] = l_0_status = Macro(environment, macro, 'status', ('item',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_item):
        t_11 = []
        l_1_t = resolve('t')
        if l_1_item is missing:
            l_1_item = undefined("parameter 'item' was not provided", name='item')
        pass
        t_11.append(
            escape(environment.finalize(context, environment.getattr(l_1_item, 'id'))),
        )
        if environment.getattr(l_1_item, 'key'):
            pass
            t_11.extend((
                ' <span class="star" title="',
                escape(environment.finalize(context, t_2(context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'key')))),
                '">★</span>',
            ))
        return concat(t_11)
    context.exported_vars.add('item_id')
    context.vars['item_id'] = l_0_item_id = Macro(environment, macro, 'item_id', ('item',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row):
        t_12 = []
        l_1_t = resolve('t')
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        pass
        t_12.append(
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), markup_join(('action_', environment.getattr(environment.getattr(l_1_row, 'action'), 'status'), ))))),
        )
        if environment.getattr(l_1_row, 'overdue'):
            pass
            t_12.extend((
                ' <span class="flag">⚠ ',
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'overdue'))),
                '</span>',
            ))
        return concat(t_12)
    context.exported_vars.add('action_status')
    context.vars['action_status'] = l_0_action_status = Macro(environment, macro, 'action_status', ('row',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows, l_1_with_owner):
        t_13 = []
        l_1_t = resolve('t')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        if l_1_with_owner is missing:
            l_1_with_owner = False
        pass
        t_13.extend((
            '<table class="data">\n  <thead><tr><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'due'))),
            '</th><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'item'))),
            '</th>',
        ))
        if l_1_with_owner:
            pass
            t_13.extend((
                '<th>',
                escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'owner'))),
                '</th>',
            ))
        t_13.extend((
            '<th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'action'))),
            '</th><th>',
            escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'status'))),
            '</th></tr></thead>\n  <tbody>\n',
        ))
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_13.append(
                '    <tr',
            )
            if environment.getattr(l_2_row, 'overdue'):
                pass
                t_13.append(
                    ' class="overdue"',
                )
            t_13.append(
                '>\n      <td class="n">',
            )
            if environment.getattr(environment.getattr(l_2_row, 'action'), 'due'):
                pass
                t_13.append(
                    escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'due'))),
                )
            else:
                pass
                t_13.append(
                    escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'no_due', _loop_vars=_loop_vars))),
                )
            t_13.extend((
                '</td>\n      <td class="id">',
                escape(environment.finalize(context, environment.getattr(l_2_row, 'item'))),
                ' · ',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'id'))),
                '</td>\n',
            ))
            if l_1_with_owner:
                pass
                t_13.append(
                    '<td>',
                )
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'owner'):
                    pass
                    t_13.append(
                        escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'owner'))),
                    )
                else:
                    pass
                    t_13.append(
                        escape(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'unassigned', _loop_vars=_loop_vars))),
                    )
                t_13.append(
                    '</td>',
                )
            t_13.extend((
                '      <td>',
                escape(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'description'))),
                '</td>\n      <td>',
                escape(environment.finalize(context, context.call((undefined(name='action_status') if l_0_action_status is missing else l_0_action_status), l_2_row, _loop_vars=_loop_vars))),
                '</td>\n    </tr>\n',
            ))
        l_2_row = missing
        t_13.append(
            '  </tbody>\n</table>\n',
        )
        return concat(t_13)
    context.exported_vars.add('actions_table')
    context.vars['actions_table'] = l_0_actions_table = Macro(environment, macro, 'actions_table', ('rows', 'with_owner'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=30&4=39&9=41&10=43&12=48&17=61&20=73&21=84&22=86&24=88&25=90&27=92&28=109&29=124&30=141&31=156&32=199&33=208&34=212&36=228&38=232&39=234&44=242&46=250&47=252&49=261&50=266&54=302&57=309&60=359&61=368&62=370&63=376&64=381&65=399&66=408&67=412&69=415&72=443&73=448&74=453&79=482&81=499&83=519&85=539&87=549&89=568&90=574&91=582&92=594&93=599&94=619&95=621'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": true, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
