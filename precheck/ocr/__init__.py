"""OCR engines behind one protocol (`base.OcrEngine`), chosen by name from the table in `engines`."""
