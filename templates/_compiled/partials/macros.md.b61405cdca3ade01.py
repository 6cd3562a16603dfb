from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'partials/macros.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_cover = l_0_action_status = l_0_actions_table = l_0_signoff = l_0_evidence_ref = l_0_item_detail = missing
    try:
        t_1 = environment.filters['code']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'code' found.")
    try:
        t_2 = environment.filters['findings_md']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'findings_md' found.")
    try:
        t_3 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    def macro(l_1_r):
        t_5 = []
        l_1_tx = resolve('tx')
        l_1_t = resolve('t')
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        t_5.extend((
            '**',
            str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'title')))),
            '**',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'):
            pass
            t_5.extend((
                ' (',
                str(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'standard'), 'code'))),
                ')',
            ))
        t_5.extend((
            '\n\n| | |\n| --- | --- |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'document_no'))),
            ' | ',
            str(environment.finalize(context, (environment.getattr(l_1_r, 'document_no') or '—'))),
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'organization'))),
            ' | ',
            str(environment.finalize(context, (environment.getattr(environment.getattr(l_1_r, 'meta'), 'organization') or '—'))),
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'site'))),
            ' | ',
            str(environment.finalize(context, (environment.getattr(environment.getattr(l_1_r, 'meta'), 'site') or '—'))),
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'kind'))),
            ' | ',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'meta'), 'kind'):
            pass
            t_5.append(
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), str_join(('kind_', environment.getattr(environment.getattr(l_1_r, 'meta'), 'kind'), ))))),
            )
        else:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'period'))),
            ' | ',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'meta'), 'period'):
            pass
            t_5.extend((
                str(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'meta'), 'period'), 'start'))),
                ' – ',
                str(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr(l_1_r, 'meta'), 'period'), 'end'))),
            ))
        else:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'scope'))),
            ' | ',
        ))
        if environment.getattr(environment.getattr(l_1_r, 'meta'), 'scope'):
            pass
            t_5.append(
                str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(environment.getattr(l_1_r, 'meta'), 'scope')))),
            )
        else:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'assessors'))),
            ' | ',
        ))
        l_2_loop = missing
        t_6 = 1
        for l_2_a, l_2_loop in LoopContext(environment.getattr(environment.getattr(l_1_r, 'meta'), 'assessors'), undefined):
            _loop_vars = {}
            pass
            t_5.append(
                str(environment.finalize(context, environment.getattr(l_2_a, 'name'))),
            )
            if environment.getattr(l_2_a, 'role'):
                pass
                t_5.append(
                    ' (',
                )
                if (environment.getattr(l_2_a, 'role') in ('lead', 'member')):
                    pass
                    t_5.append(
                        str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), str_join(('role_', environment.getattr(l_2_a, 'role'), )), _loop_vars=_loop_vars))),
                    )
                else:
                    pass
                    t_5.append(
                        str(environment.finalize(context, environment.getattr(l_2_a, 'role'))),
                    )
                t_5.append(
                    ')',
                )
            if (not environment.getattr(l_2_loop, 'last')):
                pass
                t_5.append(
                    ', ',
                )
            t_6 = 0
        l_2_loop = l_2_a = missing
        if t_6:
            pass
            t_5.append(
                '—',
            )
        t_5.extend((
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'catalogue'))),
            ' | ',
            str(environment.finalize(context, environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'id'))),
            ' ',
            str(environment.finalize(context, environment.getattr(environment.getattr(l_1_r, 'catalogue'), 'version'))),
            ' |\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'report_date'))),
            ' | ',
            str(environment.finalize(context, environment.getattr(l_1_r, 'today'))),
            ' |\n',
        ))
        return concat(t_5)
    context.exported_vars.add('cover')
    context.vars['cover'] = l_0_cover = Macro(environment, macro, 'cover', ('r',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_row):
        t_7 = []
        l_1_t = resolve('t')
        if l_1_row is missing:
            l_1_row = undefined("parameter 'row' was not provided", name='row')
        pass
        t_7.append(
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), str_join(('action_', environment.getattr(environment.getattr(l_1_row, 'action'), 'status'), ))))),
        )
        if environment.getattr(l_1_row, 'overdue'):
            pass
            t_7.extend((
                ' **⚠ ',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'overdue'))),
                '**',
            ))
        return concat(t_7)
    context.exported_vars.add('action_status')
    context.vars['action_status'] = l_0_action_status = Macro(environment, macro, 'action_status', ('row',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_rows):
        t_8 = []
        l_1_t = resolve('t')
        if l_1_rows is missing:
            l_1_rows = undefined("parameter 'rows' was not provided", name='rows')
        pass
        t_8.extend((
            '| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'due'))),
            ' | ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'item'))),
            ' | ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'action'))),
            ' | ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'status'))),
            ' |\n| --- | --- | --- | --- |\n',
        ))
        for l_2_row in l_1_rows:
            _loop_vars = {}
            pass
            t_8.append(
                '| ',
            )
            if environment.getattr(environment.getattr(l_2_row, 'action'), 'due'):
                pass
                t_8.append(
                    str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'due'))),
                )
            else:
                pass
                t_8.append(
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'no_due', _loop_vars=_loop_vars))),
                )
            t_8.extend((
                ' | ',
                str(environment.finalize(context, environment.getattr(l_2_row, 'item'))),
                ' ',
                str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'id'))),
                ' | ',
                str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'description'))),
                ' | ',
                str(environment.finalize(context, t_3(context.call((undefined(name='action_status') if l_0_action_status is missing else l_0_action_status), l_2_row, _loop_vars=_loop_vars)))),
                ' |\n',
            ))
        l_2_row = missing
        return concat(t_8)
    context.exported_vars.add('actions_table')
    context.vars['actions_table'] = l_0_actions_table = Macro(environment, macro, 'actions_table', ('rows',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_r):
        t_9 = []
        l_1_t = resolve('t')
        if l_1_r is missing:
            l_1_r = undefined("parameter 'r' was not provided", name='r')
        pass
        t_9.extend((
            '**',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff'))),
            '**\n\n| ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_role'))),
            ' | ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_name'))),
            ' | ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_date'))),
            ' | ',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_state'))),
            ' |\n| --- | --- | --- | --- |\n',
        ))
        for l_2_s in environment.getattr(l_1_r, 'signoff'):
            _loop_vars = {}
            pass
            t_9.extend((
                '| ',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), str_join(('role_', environment.getattr(l_2_s, 'role'), )), _loop_vars=_loop_vars))),
                ' | ',
                str(environment.finalize(context, (environment.getattr(l_2_s, 'name') or ''))),
                ' | ',
                str(environment.finalize(context, (environment.getattr(l_2_s, 'date') or ''))),
                ' | ',
            ))
            if (environment.getattr(l_2_s, 'state') == 'current'):
                pass
                t_9.extend((
                    '✓ ',
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_current', _loop_vars=_loop_vars))),
                ))
            elif (environment.getattr(l_2_s, 'state') == 'outdated'):
                pass
                t_9.extend((
                    '**⚠ ',
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_outdated', _loop_vars=_loop_vars))),
                    '**',
                ))
            else:
                pass
                t_9.append(
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_unsigned', _loop_vars=_loop_vars))),
                )
            t_9.append(
                ' |\n',
            )
        l_2_s = missing
        t_9.extend((
            '\n',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'signoff_note'))),
            '\n',
        ))
        return concat(t_9)
    context.exported_vars.add('signoff')
    context.vars['signoff'] = l_0_signoff = Macro(environment, macro, 'signoff', ('r',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_e):
        t_10 = []
        l_1_t = resolve('t')
        if l_1_e is missing:
            l_1_e = undefined("parameter 'e' was not provided", name='e')
        pass
        t_10.append(
            str(environment.finalize(context, t_1(environment.getattr(l_1_e, 'ref')))),
        )
        if (environment.getattr(l_1_e, 'exists') == False):
            pass
            t_10.extend((
                ' (',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'file_missing'))),
                ')',
            ))
        if environment.getattr(l_1_e, 'valid_until'):
            pass
            t_10.append(
                ' (',
            )
            if environment.getattr(l_1_e, 'expired'):
                pass
                t_10.extend((
                    '**⚠ ',
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'expired'))),
                    '**, ',
                ))
            t_10.extend((
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'valid_until', date=environment.getattr(l_1_e, 'valid_until')))),
                ')',
            ))
        return concat(t_10)
    context.exported_vars.add('evidence_ref')
    context.vars['evidence_ref'] = l_0_evidence_ref = Macro(environment, macro, 'evidence_ref', ('e',), False, False, False, context.eval_ctx.autoescape)
    def macro(l_1_i, l_1_number):
        t_11 = []
        l_1_tx = resolve('tx')
        l_1_t = resolve('t')
        if l_1_i is missing:
            l_1_i = undefined("parameter 'i' was not provided", name='i')
        if l_1_number is missing:
            l_1_number = undefined("parameter 'number' was not provided", name='number')
        pass
        t_11.extend((
            '#### ',
            str(environment.finalize(context, l_1_number)),
            ' ',
            str(environment.finalize(context, environment.getattr(l_1_i, 'id'))),
        ))
        if environment.getattr(l_1_i, 'key'):
            pass
            t_11.append(
                ' ★',
            )
        t_11.extend((
            ' ',
            str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title')))),
            ' — ',
            str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'label')))),
            '\n\n**',
            str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'requirement'))),
            '**: ',
            str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'requirement')))),
            '\n\n',
        ))
        if (environment.getattr(l_1_i, 'na_reason') and t_4(environment.getattr(l_1_i, 'points'))):
            pass
            t_11.extend((
                '**',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'reason'))),
                '**: ',
                str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'na_reason')))),
            ))
            if environment.getattr(l_1_i, 'na_tag'):
                pass
                t_11.extend((
                    ' (',
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'excluded_by', tag=environment.getattr(l_1_i, 'na_tag')))),
                    ')',
                ))
            t_11.append(
                '\n',
            )
        if environment.getattr(l_1_i, 'findings'):
            pass
            t_11.extend((
                '**',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'findings'))),
                '**:\n\n',
                str(environment.finalize(context, t_2(environment.getattr(l_1_i, 'findings')))),
                '\n\n',
            ))
        if environment.getattr(l_1_i, 'evidence'):
            pass
            t_11.extend((
                '**',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'evidence'))),
                '**:\n\n',
            ))
            for l_2_e in environment.getattr(l_1_i, 'evidence'):
                _loop_vars = {}
                pass
                t_11.extend((
                    '- ',
                    str(environment.finalize(context, t_3(context.call((undefined(name='evidence_ref') if l_0_evidence_ref is missing else l_0_evidence_ref), l_2_e, _loop_vars=_loop_vars)))),
                ))
                if environment.getattr(l_2_e, 'note'):
                    pass
                    t_11.extend((
                        ' — ',
                        str(environment.finalize(context, environment.getattr(l_2_e, 'note'))),
                    ))
                t_11.append(
                    '\n',
                )
            l_2_e = missing
            t_11.append(
                '\n',
            )
        if environment.getattr(l_1_i, 'actions'):
            pass
            t_11.extend((
                '| ',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'due'))),
                ' | ',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'action'))),
                ' | ',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'owner'))),
                ' | ',
                str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'status'))),
                ' |\n| --- | --- | --- | --- |\n',
            ))
            for l_2_row in environment.getattr(l_1_i, 'actions'):
                _loop_vars = {}
                pass
                t_11.append(
                    '| ',
                )
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'due'):
                    pass
                    t_11.append(
                        str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'due'))),
                    )
                else:
                    pass
                    t_11.append(
                        str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'no_due', _loop_vars=_loop_vars))),
                    )
                t_11.extend((
                    ' | ',
                    str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'id'))),
                    ' ',
                    str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'description'))),
                    ' | ',
                ))
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'owner'):
                    pass
                    t_11.append(
                        str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'owner'))),
                    )
                else:
                    pass
                    t_11.append(
                        str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'unassigned', _loop_vars=_loop_vars))),
                    )
                t_11.extend((
                    ' | ',
                    str(environment.finalize(context, t_3(context.call((undefined(name='action_status') if l_0_action_status is missing else l_0_action_status), l_2_row, _loop_vars=_loop_vars)))),
                    ' |\n',
                ))
            l_2_row = missing
            t_11.append(
                '\n',
            )
        if (environment.getattr(l_1_i, 'assessor') or environment.getattr(l_1_i, 'assessed_on')):
            pass
            t_11.append(
                '*',
            )
            if environment.getattr(l_1_i, 'assessor'):
                pass
                t_11.extend((
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'assessor'))),
                    ': ',
                    str(environment.finalize(context, environment.getattr(l_1_i, 'assessor'))),
                ))
            if (environment.getattr(l_1_i, 'assessor') and environment.getattr(l_1_i, 'assessed_on')):
                pass
                t_11.append(
                    '; ',
                )
            if environment.getattr(l_1_i, 'assessed_on'):
                pass
                t_11.extend((
                    str(environment.finalize(context, context.call((undefined(name='t') if l_1_t is missing else l_1_t), 'assessed_on'))),
                    ': ',
                    str(environment.finalize(context, environment.getattr(l_1_i, 'assessed_on'))),
                ))
            t_11.append(
                '*\n\n',
            )
        return concat(t_11)
    context.exported_vars.add('item_detail')
    context.vars['item_detail'] = l_0_item_detail = Macro(environment, macro, 'item_detail', ('i', 'number'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=36&3=45&8=57&9=61&10=65&11=69&12=84&13=101&14=116&15=159&16=165&19=174&21=194&22=202&24=211&25=217&30=242&31=250&33=252&35=261&36=266&39=297&42=304&45=339&46=350&48=365&50=370&51=374&54=388&55=392&57=394&60=397&61=401&63=404&64=409&69=424&70=428&72=437&73=443&77=479&78=484'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": false, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
