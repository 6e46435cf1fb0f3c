"""Classification and grouping on OCR lines given in code (fast, engine-free)."""
from precheck.pipeline.classify import classify_lines, classify_page
from precheck.pipeline.grouping import PlacedPart, group_documents
from precheck.core.model import OcrLine, PageRef, PageSource, PageText


HEADING_MAX_CHARS = 12  # a page's first line this short is its heading, printed larger than the text under it


def lines_at(texts, x0=0.1, x1=0.8, top=0.05, step=0.03):
    def height(index, text):
        return 0.028 if index == 0 and len(text) <= HEADING_MAX_CHARS else 0.02
    return [OcrLine(text=t, bbox=(x0, top + i * step, x1, top + i * step + height(i, t)), confidence=0.98)
            for i, t in enumerate(texts)]


def page(name, texts, number=1):
    return PageText(ref=PageRef(file=name, page=number), source=PageSource.ocr, width=1240, height=1754, lines=lines_at(texts))


CONTRACT_FIRST = ["劳动合同书", "甲方（用人单位）：上海浦江信息技术有限公司", "乙方（劳动者）：王晓明", "第一条 合同期限",
                  "本合同为固定期限劳动合同，自2025年3月1日起至2028年2月29日止。", "第二条 工作内容和工作地点"]
CONTRACT_MIDDLE = ["第五条 劳动报酬", "甲方按月支付乙方工资。", "第六条 社会保险", "甲乙双方依法参加社会保险。",
                   "第七条 劳动合同的解除和终止", "按《劳动合同法》执行。"]
CONTRACT_LAST = ["第十二条 其他", "本合同一式两份，甲乙双方各执一份。", "甲方（盖章）", "乙方（签字）", "签订日期：2025年2月20日"]
ID_FRONT = ["姓名 王晓明", "性别 男 民族 汉", "出生 1990年3月7日", "住址 江苏省南通市崇川区青年中路88号", "公民身份号码 32060219900307123X"]
ID_BACK = ["中华人民共和国", "居民身份证", "签发机关 南通市公安局崇川分局", "有效期限 2016.03.01-2036.03.01"]


def group(pages):
    placed = [PlacedPart(p, part) for p in pages for part in classify_page(p.lines)]
    return group_documents(placed)


def test_contract_pages_join_into_one_document():
    docs = group([page("1.jpg", CONTRACT_FIRST), page("2.jpg", CONTRACT_MIDDLE), page("3.jpg", CONTRACT_LAST)])
    assert [d.type_id for d in docs] == ["labour_contract"]
    assert [r.file for r in docs[0].pages] == ["1.jpg", "2.jpg", "3.jpg"]


def test_a_second_contract_starts_a_new_document():
    docs = group([page("a.pdf", CONTRACT_FIRST, 1), page("a.pdf", CONTRACT_MIDDLE, 2), page("b.pdf", CONTRACT_FIRST)])
    assert [len(d.pages) for d in docs] == [2, 1]


def test_id_card_sides_in_two_files_are_one_card():
    docs = group([page("front.jpg", ID_FRONT), page("back.jpg", ID_BACK)])
    assert [d.type_id for d in docs] == ["id_card"]
    assert len(docs[0].pages) == 2


def test_page_with_two_documents_is_split():
    permit = ["上海市居住证", "姓名 王晓明", "公民身份号码 32060219900307123X", "居住地住址 上海市徐汇区漕溪北路100弄5号",
              "签发日期 2024年05月10日", "有效期限 2027年05月09日"]
    lines = lines_at(ID_FRONT, x0=0.05, x1=0.45, top=0.05) + lines_at(permit, x0=0.05, x1=0.45, top=0.55)
    parts = classify_page(lines)
    assert sorted(p.classification.type_id for p in parts) == ["id_card", "residence_permit"]
    assert sum(len(p.lines) for p in parts) == len(lines)


def test_a_booklet_page_whose_title_is_cut_off_is_still_its_own_document_beside_the_titled_one():
    """An A4 copy of an open 户口簿 with the 本人页 half off the sheet: its title is lost, its labels are not."""
    cover = ["户口簿", "户别 居民家庭户", "户主姓名 夏旭然", "户号 47710237", "住址 河南省南阳市宛城区城关镇南湾村5组12号",
             "户口登记机关", "签发日期 2016年02月14日"]
    member = ["姓名 夏旭然", "曾用名", "出生地 河南省南阳市", "籍贯 河南省南阳市", "公民身份证件编号 411302199112024950",
              "血型", "婚姻状况 已婚", "服务处所 上海曜石智能装备有限公司", "何时由何地迁来本市（县）", "登记日期 2016年03月18日"]
    lines = lines_at(cover, x0=0.05, x1=0.50, top=0.20) + lines_at(member, x0=0.60, x1=0.99, top=0.20)
    parts = classify_page(lines)
    assert sorted(p.classification.type_id for p in parts) == ["household_register_cover", "household_register_member"]
    member_part = next(p for p in parts if p.classification.type_id == "household_register_member")
    assert all(line.bbox[0] >= 0.6 for line in member_part.lines)
    # Without a titled region beside it, labels alone split nothing.
    untitled_cover = [line for line in cover if "户口簿" not in line and "户主姓名" not in line]
    assert len(classify_page(lines_at(untitled_cover, x0=0.05, x1=0.50, top=0.20)
                             + lines_at(member, x0=0.60, x1=0.99, top=0.20))) == 1


def test_pieces_of_a_slanted_watermark_neither_join_two_documents_nor_stand_as_text():
    """仅供居住证积分使用，他用无效 written at a slant across an A4 copy of both booklet pages: OCR reads it in pieces
    (证积, 仅供, a misread 尽住证积分使用), each in a box many lines tall, that bridge the gap between the pages."""
    cover = ["户口簿", "户别 家庭户", "户主姓名 龚斌涛", "户号 31756646", "住址 浙江省杭州市西湖区新城街道大柳树村5组38号",
             "签发日期 2011年10月5日"]
    member = ["常住人口登记卡", "姓名 龚凯然", "户主或与户主关系 子", "出生地 浙江省杭州市", "公民身份证件编号 330106199405136178",
              "文化程度 大学本科", "婚姻状况 未婚", "登记日期 2011年11月27日"]
    pieces = [OcrLine(text=text, bbox=box, confidence=0.97) for text, box in (
        ("证积", (0.37, 0.18, 0.53, 0.28)), ("仅供", (0.02, 0.30, 0.18, 0.40)),
        ("尽住证积分使用", (0.12, 0.25, 0.49, 0.45)), ("使用", (0.62, 0.45, 0.80, 0.55)))]
    lines = lines_at(cover, x0=0.2, x1=0.7, top=0.10) + lines_at(member, x0=0.2, x1=0.7, top=0.50) + pieces
    parts = classify_page(lines)
    assert sorted(p.classification.type_id for p in parts) == ["household_register_cover", "household_register_member"]
    assert not any(line in part.lines for part in parts for line in pieces)


def test_a_title_inside_a_sentence_does_not_split_the_page():
    """A collective-hukou letter's note (本证明仅用于办理上海市居住证积分) names no residence permit."""
    heading = ["户籍证明"]
    body = ["兹证明杨雯璇（性别：女，出生日期：1988年5月16日，公民身份号码：",
            "330203198805167629），系我所辖区集体户口常住人口，户籍地址：浙江省宁波",
            "市海曙区黄河路153号（集体户）。", "特此证明。", "（本证明仅用于办理上海市居住证积分，有效期三个月）"]
    lines = lines_at(heading, x0=0.4, x1=0.6, top=0.1) + lines_at(body, top=0.3)
    assert [p.classification.type_id for p in classify_page(lines)] == ["collective_hukou_certificate"]


def test_contract_party_block_does_not_split_the_page():
    party = ["乙方：王晓明", "性别：男", "出生日期：1990年3月7日", "住址：江苏省南通市崇川区", "公民身份号码：32060219900307123X"]
    lines = lines_at(CONTRACT_FIRST, top=0.05) + lines_at(party, top=0.5)
    parts = classify_page(lines)
    assert [p.classification.type_id for p in parts] == ["labour_contract"]


def test_one_misread_character_in_a_label_still_counts():
    misread = [t.replace("常住人口登记卡", "常住人口登记卞") for t in ["常住人口登记卡", "户主或与户主关系 子", "公民身份证件编号 320602199003071234",
                                                             "服务处所 上海浦江信息技术有限公司", "文化程度 大学", "婚姻状况 未婚"]]
    assert classify_lines(lines_at(misread)).type_id == "household_register_member"


def test_receipt_is_unknown():
    receipt = ["小杨生煎 徐汇店", "牛肉粉丝汤 1 份 18.00", "生煎包 4 两 24.00", "合计 42.00", "谢谢惠顾 欢迎再次光临"]
    assert classify_lines(lines_at(receipt)).type_id == "unknown"


def test_id_card_copy_with_a_handwritten_purpose_note_stays_an_id_card():
    lines = ID_FRONT + ID_BACK + ["此复印件仅供办理居住证积分使用"]
    assert classify_lines(lines_at(lines)).type_id == "id_card"


def test_signing_page_out_of_order_joins_the_only_contract():
    signing = ["甲方（盖章）：", "乙方（签字）：王晓明", "法定代表人或委托代理人", "签订日期：2025年1月4日"]
    docs = group([page("IMG_9.jpg", signing), page("IMG_1.jpg", ID_FRONT + ID_BACK), page("IMG_5.jpg", CONTRACT_FIRST),
                  page("IMG_7.jpg", CONTRACT_LAST)])
    contract = [d for d in docs if d.type_id == "labour_contract"]
    assert len(contract) == 1 and {r.file for r in contract[0].pages} == {"IMG_9.jpg", "IMG_5.jpg", "IMG_7.jpg"}
    assert "unknown" not in [d.type_id for d in docs]


def foot(texts, number, name="scan.pdf"):
    """A page whose lines are `texts` with 第N页共M页 at its foot."""
    text_lines = lines_at(texts) + [OcrLine(text=number, bbox=(0.45, 0.95, 0.55, 0.97), confidence=0.98)]
    return PageText(ref=PageRef(file=name, page=int(number[1])), source=PageSource.ocr, width=1240, height=1754,
                    lines=text_lines)


def test_a_signing_page_numbered_after_the_contract_goes_on_with_it():
    signing = ["(以下无正文)", "乙方（签字）：王晓明", "日期：2025年2月20日"]
    assert classify_page(lines_at(signing))[0].classification.type_id == "unknown"
    docs = group([foot(CONTRACT_FIRST, "第1页共3页"), foot(CONTRACT_MIDDLE, "第2页共3页"), foot(signing, "第3页共3页"),
                  page("id.jpg", ID_FRONT + ID_BACK)])
    assert [d.type_id for d in docs] == ["labour_contract", "id_card"] and len(docs[0].pages) == 3


def test_a_page_read_empty_between_two_pages_of_one_file_joins_them_but_a_blank_back_at_its_end_does_not():
    empty = PageText(ref=PageRef(file="scan.pdf", page=2), source=PageSource.ocr, width=1240, height=1754, lines=[])
    last = foot(CONTRACT_LAST, "第3页共4页")
    back = PageText(ref=PageRef(file="scan.pdf", page=4), source=PageSource.ocr, width=1240, height=1754, lines=[])
    docs = group([foot(CONTRACT_FIRST, "第1页共4页"), empty, last, back])
    assert [(d.type_id, len(d.pages)) for d in docs] == [("labour_contract", 3), ("unknown", 1)]


def test_a_folder_of_one_contracts_photos_takes_the_photo_read_empty():
    empty = PageText(ref=PageRef(file="合同/IMG_2.jpg", page=1), source=PageSource.ocr, width=1240, height=1754, lines=[])
    docs = group([page("合同/IMG_1.jpg", CONTRACT_FIRST), empty, page("合同/IMG_3.jpg", CONTRACT_MIDDLE),
                  page("合同/IMG_4.jpg", CONTRACT_LAST), page("id.jpg", ID_FRONT + ID_BACK)])
    assert [d.type_id for d in docs] == ["labour_contract", "id_card"] and len(docs[0].pages) == 4
    # In the packet's own folder, which holds every document, a photo read empty joins a contract only between two
    # of its pages (a blank page photographed with the rest), not beside a page of another document.
    alone = PageText(ref=PageRef(file="IMG_2.jpg", page=1), source=PageSource.ocr, width=1240, height=1754, lines=[])
    docs = group([page("IMG_1.jpg", CONTRACT_FIRST), alone, page("IMG_3.jpg", CONTRACT_LAST)])
    assert [(d.type_id, len(d.pages)) for d in docs] == [("labour_contract", 3)]
    docs = group([page("IMG_1.jpg", CONTRACT_FIRST), page("IMG_3.jpg", CONTRACT_LAST), alone, page("id.jpg", ID_FRONT + ID_BACK)])
    assert "unknown" in [d.type_id for d in docs]


RENTAL = ["上海市住房租赁合同", "出租人（甲方）：沈某某", "承租人（乙方）：王晓明", "房屋坐落：上海市徐汇区宜山路979弄5号1201室",
          "甲方将上述房屋出租给乙方居住使用，租赁期限自签订之日起壹年。", "乙方应当爱护房屋及附属设施。"]


def test_a_rental_contract_never_joins_the_labour_contract():
    docs = group([page("a.pdf", CONTRACT_FIRST, 1), page("a.pdf", CONTRACT_LAST, 2), page("a.pdf", RENTAL, 3),
                  page("租房.jpg", RENTAL)])
    assert [(d.type_id, len(d.pages)) for d in docs] == [("labour_contract", 2), ("unknown", 1), ("unknown", 1)]


def test_a_heading_names_a_record_photographed_small_with_its_labels_misread():
    record = ["上海市社会保险个人权益记录（缴费明细）", "姓名：孙婷静", "很费单位 世养基故 #都(个人)", "202406 云栖（上海）生物科技有限公司 20120.00"]
    assert classify_lines(lines_at(record)).type_id == "social_insurance_record"


def test_a_heading_names_the_page_not_a_block_of_it():
    info = ["居住证办理信息", "查询时间：2026-12-09 11:06", "姓名 冯帅泽", "性别 男", "公民身份号码 411628199708128972",
            "常住户口所在地住址 河南省周口市鹿邑县老集镇李寨村四组77号", "居住地址 上海市普陀区曹杨路2055弄80号2102室",
            "签发日期 2025年08月21日", "有效期限起 2025年08月21日", "有效期限止 2026年08月20日"]
    # Blocks far apart: the heading, the name rows, then one block per row.
    text_lines = lines_at(info[:2]) + lines_at(info[2:5], top=0.2) + lines_at(info[5:], top=0.4, step=0.08)
    assert [part.classification.type_id for part in classify_page(text_lines)] == ["residence_permit"]


def test_app_screens_of_one_tax_record_in_scattered_files_are_one_record():
    """Each screen of the 收入纳税明细 list repeats the app's title bar, and the screens come in any files and order
    between other papers: they are still one record, so its months are read together."""
    def screen(month):
        return ["收入纳税明细", f"2026年{month}月", "所得项目", "正常工资薪金所得", "扣缴义务人", "上海瑞禾网络科技股份有限公司",
                "收入额", "26988.32", "已申报税额", "2009.35"]
    docs = group([page("doc7.jpg", screen("08")), page("front.jpg", ID_FRONT), page("材料/IMG_1.png", screen("07"))])
    assert sorted(d.type_id for d in docs) == ["id_card", "tax_record"]
    assert [r.file for d in docs if d.type_id == "tax_record" for r in d.pages] == ["doc7.jpg", "材料/IMG_1.png"]


MODEL_COVER = ["上海市劳动合同書", "(示范文本)", "甲方（用人单位）：上海浦江信息技术有限公司", "乙方（劳动者）：王晓明",
               "签订日期：2025年2月20日"]
MODEL_PARTIES = ["劳动合同双方当事人基本情况", "甲方（用人单位）名称：上海浦江信息技术有限公司", "乙方（劳动者）姓名：王晓明",
                 "居民身份证号码：32060219900307123X", "一、劳动合同期限", "第一条 甲、乙双方选择以下第种形式确定本合同期限：",
                 "固定期限：自2025年3月1日起至2028年2月29日止。"]


def test_a_model_contract_photographed_page_by_page_in_scattered_files_is_one_contract():
    # The second page's heading begins with the title but names a part of the contract: it starts no second one;
    # the cover's 書 (a traditional form OCR returns) still names it.
    docs = group([page("IMG_3.jpg", CONTRACT_MIDDLE), page("IMG_8.jpg", MODEL_COVER), page("IMG_1.jpg", ID_FRONT + ID_BACK),
                  page("IMG_2.jpg", MODEL_PARTIES), page("IMG_6.jpg", CONTRACT_LAST)])
    contract = [d for d in docs if d.type_id == "labour_contract"]
    assert len(contract) == 1
    assert {r.file for r in contract[0].pages} == {"IMG_3.jpg", "IMG_8.jpg", "IMG_2.jpg", "IMG_6.jpg"}
    assert classify_lines(lines_at(MODEL_COVER)).is_start and not classify_lines(lines_at(MODEL_PARTIES)).is_start


def test_a_title_repeated_as_a_running_header_opens_only_the_first_page():
    docs = group([foot(["劳动合同"] + CONTRACT_FIRST[1:], "第1页共3页"), foot(["劳动合同"] + CONTRACT_MIDDLE, "第2页共3页"),
                  foot(["劳动合同"] + CONTRACT_LAST, "第3页共3页")])
    assert [(d.type_id, len(d.pages)) for d in docs] == [("labour_contract", 3)]


def test_a_contract_whose_title_was_misread_still_gathers_its_scattered_pages_unless_their_numbers_clash():
    untitled = ["劳动台同", *CONTRACT_FIRST[1:]]  # the cover's title misread: no page opens the contract
    assert not classify_lines(lines_at(untitled)).is_start
    docs = group([page("IMG_4.jpg", CONTRACT_MIDDLE), page("IMG_1.jpg", ID_FRONT + ID_BACK), page("IMG_7.jpg", untitled),
                  page("IMG_2.jpg", RENTAL), page("IMG_9.jpg", CONTRACT_LAST)])
    contract = [d for d in docs if d.type_id == "labour_contract"]
    assert len(contract) == 1 and {r.file for r in contract[0].pages} == {"IMG_4.jpg", "IMG_7.jpg", "IMG_9.jpg"}
    # Two pages numbered 第2页共3页: pages of two documents, left apart.
    docs = group([foot(CONTRACT_MIDDLE, "第2页共3页", "a.jpg"), page("id.jpg", ID_FRONT + ID_BACK),
                  foot(CONTRACT_MIDDLE, "第2页共3页", "b.jpg")])
    assert len([d for d in docs if d.type_id == "labour_contract"]) == 2


CONTRACT_COVER = ["劳动合同", "(示范文本)", "甲方（用人单位）：", "上海中衡餐饮管理股份有限公司", "乙方（劳动者）：", "苏霞若",
                  "签订日期:", "2024年8月24日", "上海市人力资源和社会保障局制"]


def test_a_contracts_cover_heads_its_first_page_when_both_name_the_contract():
    """A cover and the page of the parties (its running head 劳动合同, numbered - 2 -) are one contract, with the page
    of clauses that follows a file the photos were not taken in order."""
    second = page("2.pdf", ["劳动合同", "甲方（用人单位）名称：上海中衡餐饮管理股份有限公司", "乙方（劳动者）姓名：苏霞若",
                            "一、劳动合同期限", "固定期限：自2024年9月1日起至2027年8月31日止。", "- 2 -"])
    docs = group([page("1.jpg", CONTRACT_COVER), second, page("3.jpg", CONTRACT_MIDDLE)])
    assert [d.type_id for d in docs] == ["labour_contract"]
    assert [r.file for r in docs[0].pages] == ["1.jpg", "2.pdf", "3.jpg"]


def test_a_cover_is_not_joined_to_one_of_two_contracts():
    docs = group([page("1.jpg", CONTRACT_COVER), page("a.pdf", CONTRACT_FIRST), page("b.pdf", CONTRACT_FIRST)])
    assert [len(d.pages) for d in docs] == [1, 1, 1]


def test_a_photos_page_number_is_read_at_the_foot_of_its_text_not_of_the_image():
    """A page photographed on a desk: its 第2页共5页 stands well inside the image, but at the foot of the page's text,
    so the running head 劳动合同 over it opens no second contract."""
    head = lines_at(["劳动合同", "甲方（用人单位）名称：上海中衡餐饮管理股份有限公司", "乙方（劳动者）姓名：苏霞若",
                     "一、劳动合同期限"], top=0.2)
    foot = [OcrLine(text="第2页共5页", bbox=(0.45, 0.72, 0.55, 0.735), confidence=0.99)]
    photo = PageText(ref=PageRef(file="2.jpg", page=1), source=PageSource.ocr, width=3000, height=4000, lines=head + foot)
    docs = group([page("1.jpg", CONTRACT_COVER), photo])
    assert [d.type_id for d in docs] == ["labour_contract"]
    assert len(docs[0].pages) == 2


def test_an_app_tax_list_without_an_id_number_or_a_name_says_the_form_prints_none():
    from precheck.pipeline.stages import extract_documents
    app = ["12:26", "收入纳税明细", "纳税人：苏霞若", "所得类型：全部 税款所属期：2026-01至2026-09", "2026-09工资薪金",
           "扣缴义务人", "上海中衡餐饮管理股份有限公司", "收入额", "16,206.72", "已申报税额", "1004.05"]
    printed = ["个人所得税纳税记录", "纳税人名称：苏霞若", "纳税人识别号：370102198908212088"] + app[4:]
    (listed,), _ = extract_documents(group([page("app.png", app)]))
    (record,), _ = extract_documents(group([page("record.png", printed)]))
    assert listed.type == "tax_record" and listed.not_printed == ["id_number"]
    assert record.not_printed == []
    unnamed = ["14:28", "收入纳税明细查询", "收入合计(元)", "已申报税额合计(元)"] + app[4:]  # outsider S's s026: no taxpayer
    (anonymous,), _ = extract_documents(group([page("list.png", unnamed)]))
    assert anonymous.type == "tax_record" and anonymous.not_printed == ["name", "id_number"]
    masked = ["15:45", "收入纳税明细", "纳税人：*思 所得年度：2026年"] + app[4:]  # outsider T's t005: the name masked
    (hidden,), _ = extract_documents(group([page("long.png", masked)]))
    assert "name" not in hidden.fields and hidden.not_printed == ["name", "id_number"]


def test_a_cover_followed_by_its_own_pages_is_a_contract_of_its_own():
    """An old contract handed in whole, cover first, beside the current one: never joined into it."""
    docs = group([page("old.pdf", CONTRACT_COVER, 1), page("old.pdf", CONTRACT_MIDDLE, 2), page("new.pdf", CONTRACT_FIRST)])
    assert [len(d.pages) for d in docs] == [2, 1]


def test_a_contract_template_naming_the_employee_with_no_id_number_says_the_form_prints_none():
    from precheck.pipeline.stages import extract_documents
    clause = ["第九条 甲方不得扣押乙方的居民身份证和其他证件。"]  # 居民身份证 in a clause is no ID label
    signed = ["签署时间：2025-05-2808:54:43"]  # an e-signature's time is no number (outsider R's r030)
    (template,), _ = extract_documents(group([page("c.pdf", CONTRACT_FIRST + clause + signed)]))
    with_number = CONTRACT_FIRST[:2] + ["乙方（劳动者）：王晓明 身份证号码：", "第一条 合同期限"] + CONTRACT_FIRST[4:]
    (labelled,), _ = extract_documents(group([page("d.pdf", with_number)]))
    spaced = ["乙方：王晓明 3101 0119 9001 0112 34"]  # a number with no label, read in groups
    (unlabelled,), _ = extract_documents(group([page("e.pdf", CONTRACT_FIRST + spaced)]))
    assert template.not_printed == ["employee_id_number"]
    assert labelled.not_printed == [] and unlabelled.not_printed == []


def test_a_clauses_last_line_ending_with_the_title_opens_no_contract():
    # outsider R's r012: a contract photographed page by page, files in no order; a wrapped clause ends 劳动合同。
    middle = ["第三十二条乙方提前三十日以书面形式通知甲方，可以解除劳动合同；乙方在试用期内提前三日通", "知甲方，可以解除劳动合同。",
              "第三十三条甲方依法解除劳动合同的，应当提前三十日以书面形式通知乙方。"]
    docs = group([page("a.jpg", middle), page("b.jpg", ID_FRONT), page("c.jpg", CONTRACT_FIRST), page("d.jpg", middle)])
    contracts = [d for d in docs if d.type_id == "labour_contract"]
    assert len(contracts) == 1 and len(contracts[0].pages) == 3


def under_running_head(name, texts, head="劳动合同（示范文本）"):
    """A page whose head line repeats the title in small print (0.014 against the text's 0.02) over its clauses."""
    head_line = OcrLine(text=head, bbox=(0.4, 0.02, 0.6, 0.034), confidence=0.97)
    return PageText(ref=PageRef(file=name, page=1), source=PageSource.ocr, width=1240, height=1754,
                    lines=[head_line] + lines_at(texts))


def test_clause_pages_under_a_small_running_head_open_no_contract_of_their_own():
    # outsider V: 劳动合同（示范文本） printed small over every clause page; the photos, sorted by name, stood among
    # other documents' files, and each clause page made a contract of its own (four in v031, v003, v026, v028)
    clauses = ["二、工作内容和工作地点", "乙方同意根据甲方工作需要，担任销售岗位工作。",
               "乙方的工作地点为上海市闵行区，甲方因生产经营需要调整乙方工作地点的，应当与乙方协商一致。"]
    termination = ["七、劳动合同的变更、解除和终止", "经甲乙双方协商一致，可以变更本合同的相关内容，变更应当采用书面形式。",
                   "乙方提前三十日以书面形式通知甲方，可以解除本合同；乙方在试用期内提前三日通知甲方，可以解除本合同。"]
    signing = ["本合同双方已认真阅读并理解本合同全部条款，自愿签订本合同。", "甲方（盖章）", "乙方（签字）：",
               "签订日期：2024年6月22日"]
    docs = group([page("IMG_1.jpg", ["劳动合同"] + CONTRACT_FIRST[1:]), under_running_head("IMG_2.jpg", clauses),
                  page("IMG_3.jpg", ID_FRONT + ID_BACK), under_running_head("IMG_4.jpg", termination),
                  under_running_head("IMG_5.jpg", signing)])
    contract = [d for d in docs if d.type_id == "labour_contract"]
    assert [[r.file for r in d.pages] for d in contract] == [["IMG_1.jpg", "IMG_2.jpg", "IMG_4.jpg", "IMG_5.jpg"]]
    assert not classify_lines(under_running_head("x.jpg", clauses).lines).is_start


def test_a_title_printed_larger_than_the_text_still_opens_a_contract_on_a_tilted_photo():
    # the tilt adds to every line's box as much as its width times the slope: the long lines of text grow, the
    # short title little; measured upright, the title stays the larger
    tilt = 0.05
    lines = [OcrLine(text="劳动合同书", bbox=(0.42, 0.05, 0.58, 0.05 + 0.03 + tilt * 0.16), confidence=0.98, slope=tilt)]
    lines += [OcrLine(text=text, bbox=(0.1, 0.1 + i * 0.06, 0.9, 0.1 + i * 0.06 + 0.02 + tilt * 0.8), confidence=0.98,
                      slope=tilt) for i, text in enumerate(CONTRACT_FIRST[1:])]
    assert classify_lines(lines).is_start


def test_a_blank_back_kept_among_its_contracts_pages_is_reported_as_no_document():
    """Outsider X: an office ADF scan of a contract with its blank backs. The blank pages stay with the contract they
    were scanned in, but the report types them as no document (SPEC's unknown), as the finding that skips them says."""
    from precheck.pipeline.report import page_summaries
    pages = [page("adf.pdf", CONTRACT_FIRST, 1), page("adf.pdf", [], 2), page("adf.pdf", CONTRACT_LAST, 3)]
    drafts = group_documents([PlacedPart(p, part) for p in pages for part in classify_page(p.lines)])
    assert [ref.page for draft in drafts for ref in draft.pages] == [1, 2, 3]
    summaries = page_summaries(pages, drafts, {("adf.pdf", 2)})
    assert [summary.type for summary in summaries] == ["labour_contract", "unknown", "labour_contract"]


PERMIT_INFO = ["上海市居住证信息", "姓名 邵梓娟", "公民身份号码 371721199505062182",
               "常住户口所在地住址 山东省菏泽市曹县宾设大道145号30幢4002室", "居住地住址 上海市静安区中山北路266号604室",
               "有效期限 2026年08月17日至2027年08月16日"]
PERMIT_CARD_BACK = ["上海市居住证", "签注记录", "有效期限 2026年08月17日至2027年08月16日"]
SPOUSE_OLD_PERMIT = ["上海市居住证", "姓名 韩兴", "公民身份号码 320302199608292190", "居住地住址 上海市虹口区南奉公路2870弄90号901室",
                     "有效期限 2025年04月29日至2026年04月28日"]


def test_the_spouses_old_permit_is_no_page_of_the_applicants_and_a_back_naming_nobody_joins_its_neighbour():
    """Outsider Y's y029: the spouse's expired card beside the applicant's 居住证 information page. Every 居住证 page in
    a packet is one document, but only one person's: each holder's number keeps its own."""
    docs = group([page("info.jpg", PERMIT_INFO), page("back.jpg", PERMIT_CARD_BACK), page("old.jpg", SPOUSE_OLD_PERMIT)])
    assert sorted([r.file for r in d.pages] for d in docs if d.type_id == "residence_permit") == [
        ["info.jpg", "back.jpg"], ["old.jpg"]]
    alone = group([page("info.jpg", PERMIT_INFO), page("back.jpg", PERMIT_CARD_BACK)])
    assert [[r.file for r in d.pages] for d in alone] == [["info.jpg", "back.jpg"]]


MARRIAGE_HOLDER = ["结婚证", "持证人 姚玲", "登记日期 2016年04月03日", "结婚证字号 J450103-2016-001234", "备注"]
MARRIAGE_PEOPLE = ["姓名 陆杰强", "性别 男", "国籍 中国", "出生日期 1988-06-01", "身份证件号 31011619880601191X",
                   "姓名 姚玲", "性别 女", "国籍 中国", "出生日期 1991-03-12", "身份证件号 450103199103120726"]


def test_a_marriage_booklet_photographed_page_by_page_is_one_certificate():
    """Outsider Y's y022: the holder's page and the page of the two people in two photos, other papers between."""
    docs = group([page("holder.jpg", MARRIAGE_HOLDER), page("id.jpg", ID_FRONT), page("people.jpg", MARRIAGE_PEOPLE)])
    (certificate,) = [d for d in docs if d.type_id == "marriage_certificate"]
    assert [r.file for r in certificate.pages] == ["holder.jpg", "people.jpg"]


def test_a_contract_page_of_clauses_on_social_insurance_photographed_alone_joins_the_contract():
    # ag023 (outsider AG): the second of five pages, in a file of its own; its 社会保险费, 缴纳 and 工资 made it a
    # record's page as much as a contract's, and it stood alone as unknown
    clauses = ["第5条甲方依法为乙方缴纳社会保险费，乙方个人应缴纳的部分由甲方从乙方工资", "中代扣代缴。",
               "第6条乙方的财产和个人信息受法律保护，甲方应当对乙方的个人信息予以保密。", "乙方应当保守甲方的商业秘密。",
               "第7条甲方实行标准工时制度，乙方每日工作时间不超过八小时，平均每周工作时",
               "间不超过四十小时。甲方因生产经营需要安排乙方延长工作时间的，应当依法支付加班", "工资。", "第2 页共5页"]
    record = ["上海市社会保险缴费记录", "姓名 王晓明", "缴费年月 缴费单位 缴费基数", "2025-09 上海浦江信息技术有限公司 12000.00",
              "2025-10 上海浦江信息技术有限公司 12000.00", "2025-11 上海浦江信息技术有限公司 12000.00"]
    docs = group([page("contract.jpg", CONTRACT_FIRST), page("record.jpg", record), page("clauses.jpg", clauses),
                  page("last.jpg", CONTRACT_LAST)])
    contract = next(d for d in docs if d.type_id == "labour_contract")
    assert "clauses.jpg" in [r.file for r in contract.pages]
    assert "unknown" not in [d.type_id for d in docs]
