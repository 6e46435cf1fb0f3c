"""Outsider-D: an independent test set for precheck, drawn from SPEC.md and REAL-DOCUMENTS.md only.

Written from scratch without reading precheck, its extractors, rules, generator, tests or the other outsider sets.

Run
    cd /work/wt-outsider-d
    /work/main/.venv/bin/python -m samples.outsider_d --out /work/evalsets/outsider-d --count 44 --seed 4421
writes packet folders d000 … d043 and beside each dNNN.truth.json (keys as golden_10.truth.json).  A packet
depends only on (seed, index): `--only 5 17` redraws single packets identically.  Two worker processes, one
OpenCV thread each; 44 packets take about 5–6 minutes on the 2-core machine.

What is drawn
  people      two- and three-character names (compound surnames and rare characters sometimes), real region
              codes with province/city/county names, urban (路/号/幢/弄/室) and rural (镇/村/组) hukou addresses,
              集体户口 holders; ID numbers with GB 11643 check digits; Shanghai residence addresses (弄/号/室,
              镇); companies with （上海）, 分公司, 股份; credit codes with GB 32100 and GB 11714 check characters;
              agencies (人力资源/代缴) as payers.
  documents   (module docs.py)
    id_card         人像面 (blue labels, guilloche, photo, spaced 出生 without leading zeros, wrapped address,
                    sometimes an older address than the 户口簿 — not a defect) and 国徽面 (…-长期 or dates);
                    layouts cards / a4_copy (both faces side by side or stacked, sometimes with the 居住证 card on
                    the same copy: also_holds) / front_only (spouse only).
    residence_permit card front+back (签注 back), 居住证信息 A4 print as grid2 / grid4 / list (values far right,
                    有效期限 in one cell or 起/止), 电子居住证 screenshot (banner, right-aligned wrapped values).
    household register 首页 and 常住人口登记卡 (22 cells), printed or hand-filled fonts, red seal (sometimes over the
                    address); open booklet spread, A4 copy of both, single pages; 集体户口 户籍证明 letter.
    labour_contract 示范文本 (fill-in lines, checkbox term in boxes / as dates / as 期限N年 with dates, 试用期 near)
                    and company templates (party table, 第 n 页 共 m 页, 3–8 pages, seal page), 续订书.
    tax_record      national 纳税记录 as text-layer PDF (ruled or not, text order shuffled in some, 备注 with the
                    payer's credit code before/after the name, day-range periods 2026-05-01至2026-05-31 or
                    2026.05.01-2026.05.31, 劳务报酬 and 全年一次性奖金 rows, 查询验证码) or printed and photographed;
                    收入纳税明细 app screenshots; the older 税收完税证明.
    social_insurance_record 12–36 months, text PDF or photographed, 缴费类型 column / 备注 mark / separate 补缴
                    section / month ranges with one base; job changes; agency payers.
    diploma / degree_certificate / 学信网 备案表 (text PDF with QR or image), dates in Chinese numerals, 成人/自考/
                    网络 diplomas; 结婚证 inner spread; spouse's ID card and 户口簿 (Shanghai) when married.
    other           shop receipts, rental contracts, bank slips; blank back pages in scanner-app PDFs.
  captures    (module capture.py) clean renders, flatbed scans 150–300 dpi colour/grey, photocopies (grey,
              specks, fold band, grey seal), ~100 dpi copies, bilevel multi-page TIFF (G4), phone photos 8/12/16 MP
              (desk/cloth, keystone, uneven light, phone shadow, glare, blur; EXIF orientation 3/6/8 or really
              turned 90/180/270), chat-app recompressions (1280–1600 px, JPEG q≈40–55), app screenshots
              1080×2340, scanner-app image PDFs holding several documents, text-layer PDFs (reportlab, embedded
              CJK TrueType), HEIC / WebP / TIFF / BMP / PNG, watermark 仅供居住证积分使用，他用无效, misleading
              file names (身份证.jpg holding a contract page, 微信图片_…, mmexport…, 扫描全能王 …).

Truth
  pages[].capture is one of clean, scan, scan_grey, photocopy, lowres, bilevel, photo, chat, screenshot,
  scanner_app, text_pdf, unreadable, blank.  pages[].rotation is the clockwise angle the content stands turned
  in the file as an EXIF-honouring viewer shows it (EXIF-only rotations are therefore 0).
  Field values follow SPEC §3 normalisation (full-width brackets in company names become half-width).
  documents[].fields omits a field the document does not print (e.g. end_date of an open-ended contract,
  hukou_address of a card-only 居住证, a blank 服务处所).  Extra field: diploma.study_mode.

Readings chosen where SPEC leaves doubt (an HR officer's reading)
  - points.items holds only what the documents show, no declarations: age; education (硕士 diploma + 硕士 degree
    100, 本科 + 学士 90, 本科 60, 专科 50; a 学士 degree without its diploma counts 90 and fires
    points.claim_unsupported; a 成人/自考/网络 diploma without a 学信网 备案表 counts and fires it too);
    social_insurance_years = 3 × (regular months in the record // 12), listed only when a record is present;
    spouse_shanghai_hukou = 4 × full years since registration (max 40) when the 结婚证, the spouse's ID card and
    the spouse's Shanghai 户口簿 (首页 + 本人页) are all in the packet (always so here when married documents are
    given).  points.below_standard fires when that estimate is under 120.  The points of every packet are chosen
    so that the verdict does not depend on the 学士-without-diploma reading (those packets also carry spouse points).
  - A 续订书 belongs to the labour_contract document: start_date is the original start, end_date the renewed
    end, signing_date the original signing date; the renewed term is 3 years so no term rule depends on it.
  - A rule whose document is absent does not fire (a packet without its tax record gets packet.missing_document
    only, not tax.missing_months, employer.mismatch or field.unreadable).
  - The applicant's own 户口簿 is compared with the 居住证; the spouse's is not.
  - A blank back page counts as a page with too little text (quality.unreadable_page, as SPEC §4 lists
    "blank"); blank pages therefore appear only in a packet whose planted defects already include an
    unreadable page, so the verdict does not hinge on this reading.  The planted unreadable page is a
    contract clause page (no fields on it) photographed far too dark and blurred.
  - permit.too_recent is planted as an issue date two calendar days before a Thursday as-of outside holiday
    weeks (2 working days); every other permit was issued ≥30 days before the as-of.
  - tax.missing_months is planted as a gap month inside the window, or as a print made before the latest
    window month was on it (the 开具日期 earlier than the as-of).
  - employer.mismatch is planted as an agency (人力资源/代缴) payer in the latest month of the tax record or of the
    social-insurance record; a job change earlier in the record is not a defect.
  - identity.id_number_invalid + identity.id_number_mismatch are planted together by one mistyped digit or two
    swapped digits on one document (always breaks the GB 11643 check digit).
  - The as-of date is in 2026; application is first, or renewal (no 户口簿 required, usually absent).
"""
