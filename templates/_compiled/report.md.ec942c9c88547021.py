from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'report.md.j2'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_m = missing
    pass
    l_0_m = context.vars['m'] = environment.get_template('partials/macros.md.j2', 'report.md.j2').make_module(context.get_all(), True, {'m': l_0_m})
    context.exported_vars.discard('m')
    yield from context.blocks['cover'][0](context)
    yield '\n'
    yield from context.blocks['summary'][0](context)
    yield '\n'
    yield from context.blocks['scores'][0](context)
    yield '\n'
    yield from context.blocks['domains'][0](context)
    yield from context.blocks['gaps'][0](context)
    yield '\n'
    yield from context.blocks['actions'][0](context)
    yield from context.blocks['applicability'][0](context)
    yield '\n'
    yield from context.blocks['evidence'][0](context)
    yield '\n'
    yield from context.blocks['items'][0](context)
    yield from context.blocks['footer'][0](context)

def block_cover(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_m = resolve('m')
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_2 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield '# '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'report_title', _block_vars=_block_vars)))
    yield '\n\n'
    yield str(environment.finalize(context, t_1(t_2(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'cover'), (undefined(name='r') if l_0_r is missing else l_0_r), _block_vars=_block_vars)))))
    yield '\n\n'
    yield str(environment.finalize(context, t_1(t_2(context.call(environment.getattr((undefined(name='m') if l_0_m is missing else l_0_m), 'signoff'), (undefined(name='r') if l_0_r is missing else l_0_r), _block_vars=_block_vars)))))
    yield '\n'

def block_summary(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    l_0_tx = resolve('tx')
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '## 1. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'summary', _block_vars=_block_vars)))
    yield '\n\n**'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'conclusion', _block_vars=_block_vars)))
    yield '**: '
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'conclusion'):
        pass
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_0_tx is missing else l_0_tx), environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'conclusion'), _block_vars=_block_vars)))
    else:
        pass
        yield str(environment.finalize(context, (context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ready', _block_vars=_block_vars) if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'ready') else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_ready', _block_vars=_block_vars))))
    yield '\n\n- **'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overall_score', _block_vars=_block_vars)))
    yield '**: **'
    yield str(environment.finalize(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overall')))
    yield '**'
    if (not t_3(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'target'))):
        pass
        yield ' ('
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'target', _block_vars=_block_vars)))
        yield ' '
        yield str(environment.finalize(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'target')))
        yield ')'
    else:
        pass
        yield ' ('
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_target', _block_vars=_block_vars)))
        yield ')'
    yield '\n- **'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'verdict', _block_vars=_block_vars)))
    yield '**: **'
    yield str(environment.finalize(context, (context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'ready', _block_vars=_block_vars) if environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'ready') else context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'not_ready', _block_vars=_block_vars))))
    yield '**\n'
    for l_1_reason in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'reasons'):
        _loop_vars = {}
        pass
        yield '  - '
        yield str(environment.finalize(context, l_1_reason))
        yield '\n'
    l_1_reason = missing
    yield '\n> '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'verdict_note', _block_vars=_block_vars)))
    yield '\n\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status', _block_vars=_block_vars)))
    yield ' | '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'items', _block_vars=_block_vars)))
    yield ' |\n| --- | ---: |\n'
    for (l_1_label, l_1_n) in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'counts'):
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_0_tx is missing else l_0_tx), l_1_label, _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(context, l_1_n))
        yield ' |\n'
    l_1_label = l_1_n = missing
    yield '| **'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'total', _block_vars=_block_vars)))
    yield '** | **'
    yield str(environment.finalize(context, environment.getattr(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'counts'), 'total')))
    yield '** |\n\n**'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_failures', _block_vars=_block_vars)))
    yield '**: '
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'key_failures'):
        pass
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'key_failures'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.finalize(context, environment.getattr(l_1_i, 'id')))
            yield ' '
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_0_tx is missing else l_0_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
            yield ' ('
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_0_tx is missing else l_0_tx), environment.getattr(l_1_i, 'label'), _loop_vars=_loop_vars)))
            yield ')'
            if (not environment.getattr(l_1_loop, 'last')):
                pass
                yield '; '
        l_1_loop = l_1_i = missing
    else:
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'none', _block_vars=_block_vars)))
    yield '\n'

def block_scores(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_4 = environment.filters['one']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'one' found.")
    pass
    yield '## 2. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain_scores', _block_vars=_block_vars)))
    yield '\n\n| '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain', _block_vars=_block_vars)))
    yield ' | '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'score', _block_vars=_block_vars)))
    yield ' | | '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'achieved', _block_vars=_block_vars)))
    yield ' | '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'possible', _block_vars=_block_vars)))
    yield ' |\n| --- | ---: | --- | ---: | ---: |\n'
    for l_1_d in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '| '
        yield str(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield ' '
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(context, environment.getattr(l_1_d, 'score_text')))
        yield ' | '
        yield str(environment.finalize(context, environment.getattr(l_1_d, 'bar')))
        yield ' | '
        yield str(environment.finalize(context, t_4(environment.getattr(environment.getattr(l_1_d, 'score'), 'achieved'))))
        yield ' | '
        yield str(environment.finalize(context, t_4(environment.getattr(environment.getattr(l_1_d, 'score'), 'possible'))))
        yield ' |\n'
    l_1_d = l_1_tx = missing
    yield '| **'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overall_score', _block_vars=_block_vars)))
    yield '** | **'
    yield str(environment.finalize(context, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'overall')))
    yield '** | | '
    yield str(environment.finalize(context, t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'achieved'))))
    yield ' | '
    yield str(environment.finalize(context, t_4(environment.getattr(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'result'), 'possible'))))
    yield ' |\n'

def block_domains(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_5 = environment.filters['gap']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'gap' found.")
    try:
        t_6 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    try:
        t_4 = environment.filters['one']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No filter named 'one' found.")
    pass
    yield '## 3. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain_results', _block_vars=_block_vars)))
    yield '\n\n'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_mark_note', _block_vars=_block_vars)))
    yield '\n\n'
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'), undefined):
        l_1_tx = resolve('tx')
        _loop_vars = {}
        pass
        yield '### 3.'
        yield str(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
        yield ' '
        yield str(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield ' '
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars)))
        yield '\n\n'
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'domain_score_line', score=environment.getattr(l_1_d, 'score_text'), achieved=t_4(environment.getattr(environment.getattr(l_1_d, 'score'), 'achieved')), possible=t_4(environment.getattr(environment.getattr(l_1_d, 'score'), 'possible')), _loop_vars=_loop_vars)))
        yield '\n\n| '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item', _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'title', _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status', _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'weight', _loop_vars=_loop_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'gap', _loop_vars=_loop_vars)))
        yield ' |\n| --- | --- | --- | ---: | ---: |\n'
        for l_2_i in environment.getattr(l_1_d, 'items'):
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(context, environment.getattr(l_2_i, 'id')))
            if environment.getattr(l_2_i, 'key'):
                pass
                yield ' ★'
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_2_i, 'title'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_2_i, 'label'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, t_6(environment.getattr(l_2_i, 'weight'))))
            yield ' | '
            yield str(environment.finalize(context, t_5(environment.getattr(l_2_i, 'gap'))))
            yield ' |\n'
        l_2_i = missing
        yield '\n'
    l_1_loop = l_1_d = l_1_tx = missing

def block_gaps(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_5 = environment.filters['gap']
    except KeyError:
        @internalcode
        def t_5(*unused):
            raise TemplateRuntimeError("No filter named 'gap' found.")
    try:
        t_6 = environment.filters['num']
    except KeyError:
        @internalcode
        def t_6(*unused):
            raise TemplateRuntimeError("No filter named 'num' found.")
    pass
    yield '## 4. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'gaps', _block_vars=_block_vars)))
    yield '\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gaps'):
        pass
        yield '| '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'rank', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'title', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'status', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'weight', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'gap', _block_vars=_block_vars)))
        yield ' |\n| ---: | --- | --- | --- | ---: | ---: |\n'
        l_1_loop = missing
        for l_1_i, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'gaps'), undefined):
            l_1_tx = resolve('tx')
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(context, environment.getattr(l_1_loop, 'index')))
            yield ' | '
            yield str(environment.finalize(context, environment.getattr(l_1_i, 'id')))
            if environment.getattr(l_1_i, 'key'):
                pass
                yield ' ★'
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'label'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, t_6(environment.getattr(l_1_i, 'weight'))))
            yield ' | '
            yield str(environment.finalize(context, t_5(environment.getattr(l_1_i, 'gap'))))
            yield ' |\n'
        l_1_loop = l_1_i = l_1_tx = missing
    else:
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_gaps', _block_vars=_block_vars)))
        yield '\n'

def block_actions(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_2 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    try:
        t_3 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    yield '## 5. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'action_plan', _block_vars=_block_vars)))
    yield '\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'plan'):
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'overdue_note', today=environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'today'), _block_vars=_block_vars)))
        yield '\n\n'
        for (l_1_owner, l_1_rows) in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'owners'):
            l_1_m = resolve('m')
            _loop_vars = {}
            pass
            yield '### '
            yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'owner', _loop_vars=_loop_vars)))
            yield ': '
            if t_3(l_1_owner):
                pass
                yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'unassigned', _loop_vars=_loop_vars)))
            else:
                pass
                yield str(environment.finalize(context, l_1_owner))
            yield '\n\n'
            yield str(environment.finalize(context, t_1(t_2(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'actions_table'), l_1_rows, _loop_vars=_loop_vars)))))
            yield '\n\n'
        l_1_owner = l_1_rows = l_1_m = missing
    else:
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_actions', _block_vars=_block_vars)))
        yield '\n\n'

def block_applicability(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    pass
    yield '## 6. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'applicability', _block_vars=_block_vars)))
    yield '\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'applicability'):
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'applicability_note', _block_vars=_block_vars)))
        yield '\n\n| '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'title', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'reason', _block_vars=_block_vars)))
        yield ' |\n| --- | --- | --- |\n'
        for l_1_i in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'applicability'):
            l_1_tx = resolve('tx')
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(context, environment.getattr(l_1_i, 'id')))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'title'), _loop_vars=_loop_vars)))
            yield ' | '
            yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_i, 'na_reason'), _loop_vars=_loop_vars)))
            if environment.getattr(l_1_i, 'na_tag'):
                pass
                yield ' ('
                yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'excluded_by', tag=environment.getattr(l_1_i, 'na_tag'), _loop_vars=_loop_vars)))
                yield ')'
            yield ' |\n'
        l_1_i = l_1_tx = missing
    else:
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_na', _block_vars=_block_vars)))
        yield '\n'

def block_evidence(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    pass
    yield '## 7. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'evidence_index', _block_vars=_block_vars)))
    yield '\n\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence'):
        pass
        yield '| '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'evidence', _block_vars=_block_vars)))
        yield ' | '
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'note', _block_vars=_block_vars)))
        yield ' |\n| --- | --- | --- |\n'
        for l_1_e in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'evidence'):
            l_1_m = resolve('m')
            _loop_vars = {}
            pass
            yield '| '
            yield str(environment.finalize(context, environment.getattr(l_1_e, 'item')))
            yield ' | '
            yield str(environment.finalize(context, t_1(context.call(environment.getattr((undefined(name='m') if l_1_m is missing else l_1_m), 'evidence_ref'), l_1_e, _loop_vars=_loop_vars))))
            yield ' | '
            yield str(environment.finalize(context, (environment.getattr(l_1_e, 'note') or '')))
            yield ' |\n'
        l_1_e = l_1_m = missing
    else:
        pass
        yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'no_evidence', _block_vars=_block_vars)))
        yield '\n'

def block_items(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    try:
        t_1 = environment.filters['safe']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'safe' found.")
    try:
        t_2 = environment.filters['trim']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'trim' found.")
    pass
    yield '## 8. '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'item_details', _block_vars=_block_vars)))
    yield '\n\n'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'key_mark_note', _block_vars=_block_vars)))
    yield '\n\n'
    l_1_loop = missing
    for l_1_d, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'domains'), undefined):
        l_1_tx = resolve('tx')
        l_1_outer = missing
        _loop_vars = {}
        pass
        l_1_outer = environment.getattr(l_1_loop, 'index')
        _loop_vars['outer'] = l_1_outer
        yield '### 8.'
        yield str(environment.finalize(context, (undefined(name='outer') if l_1_outer is missing else l_1_outer)))
        yield ' '
        yield str(environment.finalize(context, environment.getattr(l_1_d, 'id')))
        yield ' '
        yield str(environment.finalize(context, context.call((undefined(name='tx') if l_1_tx is missing else l_1_tx), environment.getattr(l_1_d, 'title'), _loop_vars=_loop_vars)))
        yield '\n\n'
        l_2_loop = missing
        for l_2_i, l_2_loop in LoopContext(environment.getattr(l_1_d, 'items'), undefined):
            l_2_m = resolve('m')
            _loop_vars = {}
            pass
            yield str(environment.finalize(context, t_1(t_2(context.call(environment.getattr((undefined(name='m') if l_2_m is missing else l_2_m), 'item_detail'), l_2_i, str_join(('8.', (undefined(name='outer') if l_1_outer is missing else l_1_outer), '.', environment.getattr(l_2_loop, 'index'), )), _loop_vars=_loop_vars)))))
            yield '\n\n'
        l_2_loop = l_2_i = l_2_m = missing
    l_1_loop = l_1_d = l_1_outer = l_1_tx = missing

def block_footer(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    _block_vars = {}
    l_0_t = resolve('t')
    l_0_r = resolve('r')
    pass
    yield '---\n\n'
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'generated_by', version=environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'version'), _block_vars=_block_vars)))
    yield ' · '
    yield str(environment.finalize(context, context.call((undefined(name='t') if l_0_t is missing else l_0_t), 'verdict_note', _block_vars=_block_vars)))
    yield '\n'

blocks = {'cover': block_cover, 'summary': block_summary, 'scores': block_scores, 'domains': block_domains, 'gaps': block_gaps, 'actions': block_actions, 'applicability': block_applicability, 'evidence': block_evidence, 'items': block_items, 'footer': block_footer}
debug_info = '3=12&4=14&12=16&38=18&49=20&67=21&81=23&99=24&115=26&129=28&144=29&4=31&5=55&7=57&9=59&12=62&13=80&15=82&18=91&20=108&21=112&22=116&25=120&27=122&29=126&30=130&32=136&34=140&38=163&39=180&41=182&43=190&44=195&46=209&49=218&50=247&52=249&54=252&55=257&57=263&59=265&61=275&62=279&67=296&68=319&70=321&71=324&73=337&74=342&77=360&81=363&82=392&84=394&85=396&87=398&88=403&91=412&95=417&99=420&100=431&102=433&103=435&105=437&107=443&108=448&111=462&115=465&116=482&118=484&119=487&121=493&122=498&125=507&129=510&130=533&132=535&134=538&135=543&136=546&138=553&139=557&144=562&147=573'
# cc-assess: compiled by python -m cc_assess.render; do not edit. compiler: {"async": false, "autoescape": false, "extensions": [], "filters": {"abs": "", "attr": "_PassArg.environment", "batch": "", "capitalize": "", "center": "", "code": "", "count": "", "d": "", "default": "", "dictsort": "", "e": "", "escape": "", "filesizeformat": "", "findings_html": "", "findings_md": "", "first": "_PassArg.environment", "float": "", "forceescape": "", "format": "", "gap": "", "groupby": "_PassArg.environment", "indent": "", "int": "", "items": "", "join": "_PassArg.eval_context", "last": "_PassArg.environment", "length": "", "list": "_PassArg.eval_context", "lower": "", "map": "_PassArg.context", "max": "_PassArg.environment", "min": "_PassArg.environment", "num": "", "one": "", "pprint": "", "random": "_PassArg.context", "reject": "_PassArg.context", "rejectattr": "_PassArg.context", "replace": "_PassArg.eval_context", "reverse": "", "round": "", "safe": "", "select": "_PassArg.context", "selectattr": "_PassArg.context", "slice": "_PassArg.eval_context", "sort": "_PassArg.environment", "string": "", "striptags": "", "sum": "_PassArg.environment", "title": "", "tojson": "_PassArg.eval_context", "trim": "", "truncate": "_PassArg.environment", "unique": "_PassArg.environment", "upper": "", "urlencode": "", "urlize": "_PassArg.eval_context", "wordcount": "", "wordwrap": "_PassArg.environment", "xmlattr": "_PassArg.eval_context"}, "finalize": "_PassArg.context", "jinja2": "3.1.6", "optimized": true, "syntax": ["{%", "%}", "{{", "}}", "{#", "#}", null, null, true, true, "\n", true], "tests": {"!=": "", "<": "", "<=": "", "==": "", ">": "", ">=": "", "boolean": "", "callable": "", "defined": "", "divisibleby": "", "eq": "", "equalto": "", "escaped": "", "even": "", "false": "", "filter": "_PassArg.environment", "float": "", "ge": "", "greaterthan": "", "gt": "", "in": "", "integer": "", "iterable": "", "le": "", "lessthan": "", "lower": "", "lt": "", "mapping": "", "ne": "", "none": "", "number": "", "odd": "", "sameas": "", "sequence": "", "string": "", "test": "_PassArg.environment", "true": "", "undefined": "", "upper": ""}}
