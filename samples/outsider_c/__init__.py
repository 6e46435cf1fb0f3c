"""Outsider C — an independent test set of document packets for precheck, drawn only from the written descriptions
of the real documents (/work/shared/REAL-DOCUMENTS.md) and the SPEC, without reading the product or the other drawers.

Usage
-----
    cd /work/wt-outsider-c
    PYTHONPATH=. /work/main/.venv/bin/python -m samples.outsider_c --out /work/evalsets/outsider-c --count 44 --seed 3313

writes packet folders c000 … c043 and c000.truth.json … beside them (``--start K`` draws from index K; a packet
depends only on (seed, index), so slices reproduce the full set). ``build(root, name, seed, index, quick=True)``
draws one packet with small phone frames (same truth) for tests.

Modules
-------
- ids.py — GB 11643 ID numbers (check digit, birth date in the number) and GB 32100 credit codes (with the
  GB 11714 organisation-code check inside).
- model.py — the invented applicant: name, birth, region, hukou address (sometimes an older address on the ID
  card — not a defect), household head, Shanghai residence, ID/permit terms, school, spouse, employers
  (plain, ``（上海）`` bracketed, ``…股份有限公司上海分公司`` branch), the agency.
- plan.py — the truth documents with their printed field values and rows, and the planted defects (DEFECTS:
  id → group, intended rules). A plan is redrawn until the rules computed from its documents equal the union of
  the defects' intended rules.
- rules.py — this drawer's own reading of SPEC §4 (rules), §5 (verdict), §6 (points), written from the SPEC text.
- render.py, forms_cards.py, forms_docs.py — the drawings; capture.py — the captures and file writers;
  packet.py — the choice of forms and captures per document and the truth file.

What is drawn (forms)
---------------------
- 居民身份证: 人像面 (light-blue labels, guilloche, portrait, 出生 as ``1990 年 5 月 1 日`` without leading zeros,
  2–3 line address, OCR-B number) and 国徽面 (签发机关, ``YYYY.MM.DD-YYYY.MM.DD`` or ``-长期``); as both faces on
  one A4 copy (stacked or side by side, sometimes with the 居住证 card on the same copy → ``also_holds``), as
  two card photos, or only the 人像面 (defect id_front_only).
- 上海市居住证: card front (and back with chip and 签注), A4 information page (two-column grid, four-column grid,
  or list; 户籍地址 / 常住户口所在地住址, 证件号码 / 公民身份号码, 签发 / 签注日期, validity in one cell
  ``…至…`` or 起/止 in two), 电子居住证 app screenshot (coloured banner with the name, right-aligned wrapped values).
  Card and information page/screen are one document.
- 户口簿: 首页 and 常住人口登记卡 (22 ruled cells), typed or hand-filled (brush/pen fonts with jitter), red seals
  with ring text over the address/lower cells; photographed open side by side, single pages, or one A4 copy of
  both. 集体户口 户籍证明 letter with seal.
- 劳动合同: Shanghai model text (fill-in lines, □/☑ term options, term as ``自 … 起至 … 止`` or ``期限三年``,
  试用期 nearby) or company template (party tables, numbered pages, 3–8 pages), signature page with the company
  seal; sometimes a one-page 续订书 extending an expired term (the document then spans the contract and the
  续订书; its fields are the term in force: start/end/signing date of the 续订书).
- 个人所得税纳税记录: national text-layer PDF (columns 申报日期 … 备注; payer as ``扣缴义务人：NAME`` with or
  without the credit code before/after; 税款所属期 as day ranges in three spellings; bonus and 劳务报酬 rows;
  several pages; 查询验证码 and QR; text written in reading, column, bottom-up or shuffled order), the same
  print photographed, 收入纳税明细 app screenshots, the older 税收完税证明 form.
- 社保缴费记录: text-layer PDF (缴费年月/费款所属期, 单位名称/缴费单位, base, three insurances; status as a
  缴费类型 column, a 补缴 mark in 备注, or a separate 补缴 section; months sometimes merged into ranges), or
  photographed; job changes mid-record.
- 毕业证书 (dates often in Chinese numerals; 成人高等教育 diplomas say so), 学位证书, 学信网 备案表 (text PDF
  with QR, type ``diploma``), 结婚证 inner pages photographed open.
- Pages of no type: shop receipts, a rental-contract page, bank slips, and (defect blank_back_page) a blank back
  page inside a scanner-app PDF.
- Watermark ``仅供居住证积分使用，他用无效`` in several colours/angles on some copies.

Captures
--------
flatbed_colour / flatbed_grey (150–300 dpi, slight skew, JPEG/PNG), bilevel (single PNG) and tiff_bilevel
(multi-page G4 TIFF), photocopy / pdf_photocopy (grey toner, specks, dark fold/edge band, seals gone grey),
lowres_copy (~100 dpi), phone_photo (8–16 MP, background, keystone, uneven light, glare, shadow, blur),
phone_exif (EXIF orientation 3/6/8: pixels stored turned, displayed upright), phone_turned (really turned
90/180/270), chat_app (1280–1600 px, JPEG q40–62), heic_photo (8 MP HEIC), webp, screenshot / screenshot_chat
(1080×2340-class PNG/JPEG), text_pdf, image_pdf (scanner-app PDF holding several documents). File names are
camera/chat/scanner names or misleading ones (``身份证.jpg`` holding a tax record); some files sit in sub-folders.

Truth
-----
``pages[].rotation`` is the clockwise angle by which the content appears turned once EXIF orientation is
applied (phone_exif pages are 0, phone_turned pages 90/180/270). Field values follow SPEC §3 normalisation and
are what the page prints (a planted misspelling or ID typo is the field's value on that document; such a
document carries ``"planted"``). ``expected_rules`` come from rules.py; ``verdict`` from SPEC §5; ``points``
from the documents only (age from the ID card, education from diploma/degree, social_insurance_years = 3 per
12 regular months in a social-insurance record). Readings chosen where the SPEC leaves room: a document that is
absent makes only ``packet.missing_document`` (rules on it do not run); a blank page makes
``quality.unreadable_page``; an ID card without its 国徽面 makes ``field.unreadable`` (id_card.expired cannot be
decided); a degree without a diploma counts the 学士 degree as 本科+学士 (90) and gives
``points.claim_unsupported``; an adult-education diploma counts 本科 (60) and gives
``points.claim_unsupported``. Spouse points are never estimated (no spouse ID card/户口簿 is put in a packet).
About a third of the packets (index % 3 == 0) are clean; the others carry 1–3 defects from plan.DEFECTS.
"""
