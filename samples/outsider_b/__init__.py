"""outsider_b — an independent drawer of test packets for precheck (drawn from SPEC.md and REAL-DOCUMENTS.md only).

    python -m samples.outsider_b --out DIR --count 44 --seed 2207

writes DIR/bNNN/ (the files an applicant hands in) and DIR/bNNN.truth.json beside each, in the shape
`precheck eval` reads (packet, as_of, application, defects, expected_rules, verdict, pages[file, page, type, capture,
rotation], documents[type, layout, pages, fields, rows]). Values are SPEC §3 normal forms (samples.outsider.normalise).

What is drawn
- 居民身份证 人像面 / 国徽面 (guilloche, light-blue labels, 出生 split by 年 月 日, OCR-B-like digits): separate
  phone photos or chat-app copies, cards on the scanner glass, both faces on one A4 copy (side by side or stacked,
  maybe a watermark "仅供居住证积分使用，他用无效"), or both faces next to the 居住证 card.
- 上海市居住证: the card (front), the A4 居住证信息 page (2-column grid, 4-column grid, label：value list; 有效期限 in one
  cell or 起/止 in two; a label alone on its line) as text PDF, scan or photo; the 电子居住证 app screenshot
  (1080×2340, banner with the name, grey labels left, values right-aligned, long addresses wrapped right-aligned).
- 户口簿 首页 and 常住人口登记卡 (ruled cells, typed or hand-filled fonts with jitter, 户口专用章 with ring text over
  the cells, 服务处所 often blank): single pages, the booklet open with both pages side by side, or an A4 copy holding
  both; 集体户口 户籍证明 letter with seal.
- 劳动合同: the Shanghai model text (cover, fill-in lines, □/☑ term options, 自…起至…止 or 期限N年, 试用期 dates,
  running 甲方/乙方 clauses, signature page with seal) and company templates (party table with 统一社会信用代码,
  chapters, 第 X 页 共 Y 页, signature page); a one-page 续订书 extending an expired term (its own labour_contract
  document); photos page by page, scanner-app PDF, photocopy PDF or a bilevel multi-page TIFF.
- 个人所得税纳税记录 (national format) as a text-layer PDF whose text order is shuffled / bottom-up / by columns, with
  or without table rules, 税款所属期 as day ranges, 扣缴义务人 in 备注 with the payer's 统一社会信用代码 before or
  after the name, extra rows (全年一次性奖金收入, 劳务报酬所得 from another payer), several pages, 查询验证码; the
  same printed and photographed; 收入纳税明细 app screenshots; the older 税收完税证明.
- 社保缴费记录: 缴费年月 / 费款所属期, 单位名称 / 缴费单位, 缴费基数, amounts, status column (正常/补缴) or 补缴 in 备注
  or a separate 补缴 section, older months folded into one range row, employer changes, agency payers; text PDF or
  photos.
- 毕业证书 (普通 / 成人 / 自考 / 网络; dates in Chinese numerals), 学位证书, 学信网 教育部学历证书电子注册备案表 (text PDF
  with a QR-like square; typed `diploma`), 结婚证 inner pages open; non-documents (shop receipt, rental contract,
  bank slip, blank back page) typed `unknown`.
- Captures: flatbed colour/grey 150–300 dpi, office bilevel (PNG, multi-page G4 TIFF), photocopies (toner, specks,
  fold band, grey seals), ~100 dpi copies, phone photos 8–16 MP (desk/cloth, keystone, uneven light, glare, shadow,
  blur, EXIF 3/6/8 or really turned 90/180/270), chat recompressions (1280–1600 px, heavy JPEG), screenshots,
  text-layer PDFs, image-only multi-page PDFs holding several documents (a blank back page between them sometimes).

Truth
- About a third of the packets are clean (verdict `ready`); the rest carry one to three defects (packet.DEFECTS).
  expected_rules are computed from the truth documents by expected.py, a reading of SPEC §4 written here without the
  product's rules; a draw is kept only when the computed rules equal the ones its defects were meant to cause.
- verdict follows SPEC §5: `fix` with an error among expected_rules, `review` with warnings only, `ready` otherwise.
- A page that holds two documents (the booklet open, an A4 copy of 首页 + 本人页, ID faces next to the 居住证 card)
  carries the type of the first and lists the others in `also_holds`; every document it holds lists the page.
"""
