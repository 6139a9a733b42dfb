"""Table and chart data as files a spreadsheet user opens with a double-click: Excel (.xlsx)
with a data sheet and an "about" sheet, and CSV for Swedish Excel (UTF-8 with BOM, ``;``,
decimal comma) or, in English, the English conventions (``,`` and a decimal point)."""
