"""The spreadsheet round trip: ``export`` the answers to a workbook or CSV file, ``import`` them back.

The stages, in the order data flows through them:

- :mod:`~cc_assess.sheets.cells`: how one answer field looks in a cell, and how a cell is read back (pure);
- :mod:`~cc_assess.sheets.layout`: the sheets, columns and digests both halves agree on;
- :mod:`~cc_assess.sheets.export`: an assessment written in that layout (:mod:`~cc_assess.sheets.celllimit`
  refuses a text longer than a cell holds);
- :mod:`~cc_assess.sheets.sheetio`: cells in and out of ``.xlsx`` and ``.csv`` files (the only module that
  imports openpyxl);
- :mod:`~cc_assess.sheets.read_xlsx`, :mod:`~cc_assess.sheets.read_csv`: a file read back into the
  :mod:`~cc_assess.sheets.rows` of an import plan;
- :mod:`~cc_assess.sheets.plan`: the three-way comparison of each cell with the response files;
- :mod:`~cc_assess.sheets.apply`: the changed response files written all or nothing.
"""
