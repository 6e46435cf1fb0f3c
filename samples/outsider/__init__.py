"""An outsider's generator of test packets for precheck.

Drawn only from shared/REAL-DOCUMENTS.md (how the documents look) and shared/SPEC.md (types, fields, rules), by
someone who has not seen how precheck reads: the layouts here are meant to differ from the ones precheck was tuned
on, so that an evaluation on them says how precheck does on documents it has never met.

Flow: `people` invents the facts, `story` ties them into one applicant's consistent situation, `defects` bends a
story into a realistic problem, `expectations` says from SPEC §4 which rules must fire, `documents.*` draw each
document in its real forms as `sheet.Sheet`s, `compose` lays several small documents on one sheet (A4 copies,
open booklets), `captures` turns sheets into the files people hand in, `packet` assembles one applicant's folder,
and `truth` writes what precheck should find.
"""
