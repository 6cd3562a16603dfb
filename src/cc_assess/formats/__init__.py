"""The output layer: every ``--format`` of a command that prints text, one module per command.

Each module has one registry, a plain dict from format name to function (``SCORE_FORMATS``, ``DIFF_FORMATS``,
``HISTORY_FORMATS``, ``ACTION_FORMATS``, ``INDEX_FORMATS``, ``PORTFOLIO_FORMATS``); the functions are pure
(data in, text out) and import rich only for ``table``.  Number and JSON helpers shared by all of them are in
:mod:`cc_assess.textutil`; reports and HTML pages are :mod:`cc_assess.render`.
"""
