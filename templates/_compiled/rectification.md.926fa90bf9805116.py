from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'rectification.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_r = resolve('r')
    l_0_t = resolve('t')
    l_0_m = l_0_x = missing
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
        t_3 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_4 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_5 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_6 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    l_0_m = context.vars['m'] = environment.get_template('partials/macros.md.j2', 'rectification.md.j2').make_module(context.get_all(), True, {'m': l_0_m, 'x': l_0_x})
    context.exported_vars.discard('m')
    l_0_x = environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'rectification')
    context.vars['x'] = l_0_x
    context.exported_vars.add('x')
    yield '# '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rectification_title')))
    yield '\n\n'
    yield str(environment.finalize(context, t_5(t_6(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cover'), (undefined(name='r') if l_0_r is missing else l_0_r))))))
    yield '\n\n'
    yield str(environment.finalize(context, t_5(t_6(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'signoff'), (undefined(name='r') if l_0_r is missing else l_0_r))))))
    yield '\n\n## 1. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_summary')))
    yield '\n\n'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_as_of', today=environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'today'))))
    yield '\n\n| | |\n| --- | ---: |\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_items')))
    yield ' | '
    yield str(environment.finalize(context, t_4(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'))))
    yield ' |\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_actions_total')))
    yield ' | '
    yield str(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'actions')))
    yield ' |\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_closed')))
    yield ' | '
    yield str(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'closed')))
    yield ' |\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_open')))
    yield ' | '
    yield str(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'open')))
    yield ' |\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_overdue')))
    yield ' | '
    yield str(environment.finalize(context, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'overdue')))
    yield ' |\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_without_action')))
    yield ' | '
    yield str(environment.finalize(context, t_4(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'without_action'))))
    if environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'without_action'):
        pass
        yield ' ('
        yield str(environment.finalize(context, t_3(context.eval_ctx, environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'without_action'), ', ')))
        yield ')'
    yield ' |\n\n## 2. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_details')))
    yield '\n\n'
    l_1_loop = missing
    t_7 = 1
    for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='x') if l_0_x is missing else l_0_x), 'items'), undefined):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '### 2.'
        yield str(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield ' '
        yield str(environment.finalize(context, environment.getattr(l_1_i, 'id')))
        if environment.getattr(l_1_i, 'key'):
            pass
            yield ' ★'
        yield ' '
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
        yield ' — '
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'label'), _loop_vars=_loop_vars)))
        yield '\n\n**'
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'requirement', _loop_vars=_loop_vars)))
        yield '**: '
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'requirement'), _loop_vars=_loop_vars)))
        yield '\n\n'
        if environment.getattr(l_1_i, 'findings'):
            pass
            yield str(environment.finalize(context, t_2(environment.getattr(l_1_i, 'findings'))))
            yield '\n\n'
        if environment.getattr(l_1_i, 'evidence'):
            pass
            yield '**'
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'evidence', _loop_vars=_loop_vars)))
            yield '**:\n\n'
            for l_2_e in environment.getattr(l_1_i, 'evidence'):
                _loop_vars = {}
                pass
                yield '- '
                yield str(environment.finalize(context, t_5(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'evidence_ref'), l_2_e, _loop_vars=_loop_vars))))
                if environment.getattr(l_2_e, 'note'):
                    pass
                    yield ' — '
                    yield str(environment.finalize(context, environment.getattr(l_2_e, 'note')))
                yield '\n'
            l_2_e = missing
            yield '\n'
        if environment.getattr(l_1_i, 'actions'):
            pass
            yield '| '
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'action', _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'owner', _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'due', _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status', _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'closed_on', _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'closure_evidence', _loop_vars=_loop_vars)))
            yield ' |\n| --- | --- | --- | --- | --- | --- |\n'
            l_2_loop = missing
            for l_2_row, l_2_loop in LoopContext(environment.getattr(l_1_i, 'actions'), undefined):
                _loop_vars = {}
                pass
                yield '| '
                yield str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'id')))
                yield ' '
                yield str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'description')))
                yield ' | '
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'owner'):
                    pass
                    yield str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'owner')))
                else:
                    pass
                    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'unassigned', _loop_vars=_loop_vars)))
                yield ' | '
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'due'):
                    pass
                    yield str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'due')))
                else:
                    pass
                    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_due', _loop_vars=_loop_vars)))
                yield ' | '
                yield str(environment.finalize(context, t_5(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'action_status'), l_2_row, _loop_vars=_loop_vars))))
                yield ' | '
                if environment.getattr(environment.getattr(l_2_row, 'action'), 'closed_on'):
                    pass
                    yield str(environment.finalize(context, environment.getattr(environment.getattr(l_2_row, 'action'), 'closed_on')))
                yield ' | '
                l_3_loop = missing
                for l_3_ev, l_3_loop in LoopContext(environment.getattr(environment.getattr(l_2_row, 'action'), 'evidence'), undefined):
                    _loop_vars = {}
                    pass
                    yield str(environment.finalize(context, t_1(l_3_ev)))
                    if (not environment.getattr(l_3_loop, 'last')):
                        pass
                        yield ', '
                l_3_loop = l_3_ev = missing
                yield ' |\n'
            l_2_loop = l_2_row = missing
        else:
            pass
            yield '**'
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_actions', _loop_vars=_loop_vars)))
            yield '**\n'
        yield '\n'
        t_7 = 0
    l_1_loop = l_1_i = l_1_tx = missing
    if t_7:
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rect_no_items')))
        yield '\n\n'
    yield '---\n\n'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'generated_by', version=environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'version'))))
    yield '\n'

blocks = {}
debug_info = '2=50&3=52&4=56&6=58&8=60&10=62&12=64&16=66&17=70&18=74&19=78&20=82&21=86&23=95&25=99&26=104&28=115&30=119&31=121&34=123&35=126&37=128&38=132&43=140&44=143&46=156&47=160&50=198&54=205&59=208'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": false, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
