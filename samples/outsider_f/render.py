"""Each document of a plan drawn as units: lists of upright sheets (images) or one text-layer PDF, with the
documents every sheet holds. A unit is stored as one file or a few (see store.py)."""
import datetime as dt

from PIL import Image

from . import app, booklet, cards, certs, contract, misc, records, tables
from .draw import watermark


def sheet(img, *docs, kind="page"):
    return {"img": img, "docs": list(docs), "kind": kind}


def unit(sheets=None, pdf=None, pdf_docs=None, pref="page", hint="doc"):
    return {"sheets": sheets or [], "pdf": pdf, "pdf_docs": pdf_docs, "pref": pref, "hint": hint}


def _printed(rng, as_of, back=3):
    t = dt.datetime.combine(as_of - dt.timedelta(days=rng.randint(0, back)), dt.time(rng.randint(8, 20), rng.randint(0, 59)))
    return f"打印时间：{t:%Y-%m-%d %H:%M}" if rng.random() < 0.5 else f"{t:%Y/%m/%d %H:%M:%S}"


def _mark(rng, img, p=0.35):
    return watermark(rng, img) if rng.random() < p else img


def render(rng, plan):
    """Returns a list of units covering every document of the plan (and the odd unrelated page)."""
    docs, as_of, me = plan["docs"], plan["as_of"], plan["me"]
    idx = {}
    for i, x in enumerate(docs):
        idx.setdefault((x["type"], x.get("owner", "self")), []).append(i)
    units, done = [], set()

    def take(t, owner="self"):
        return idx.get((t, owner), [None])[0]

    ic, rp = take("id_card"), take("residence_permit")
    rp_form = rng.choice(["app", "app", "text_pdf", "print", "card"]) if rp is not None else None
    if ic is not None:
        f = docs[ic]["fields"]
        front, back = cards.id_front(rng, f), cards.id_back(rng, f)
        form = rng.choice(["photos", "a4", "a4"])
        if form == "a4" and rp_form == "card" and rng.random() < 0.6:
            pf = docs[rp]["fields"]
            img = cards.cards_on_a4(rng, [front, back, cards.permit_card(rng, pf)], note=_note(rng))
            units.append(unit([sheet(_mark(rng, img), ic, rp), sheet(cards.cards_on_a4(rng, [cards.permit_back(rng, pf)]), rp)],
                              hint="idcopy"))
            done.add(rp)
        elif form == "a4":
            units.append(unit([sheet(_mark(rng, cards.cards_on_a4(rng, [front, back], note=_note(rng))), ic)], hint="idcopy"))
        else:
            units.append(unit([sheet(front, ic, kind="card"), sheet(back, ic, kind="card")], pref="card", hint="id"))
        done.add(ic)
    if rp is not None and rp not in done:
        f = docs[rp]["fields"]
        if rp_form == "app":
            units.append(unit([sheet(app.e_permit(rng, f), rp, kind="screenshot")], pref="screenshot", hint="shot"))
        elif rp_form == "card":
            units.append(unit([sheet(cards.permit_card(rng, f), rp, kind="card"),
                               sheet(cards.permit_back(rng, f), rp, kind="card")], pref="card", hint="permit"))
        else:
            pages = tables.layout(records.permit_spec(rng, f, _printed(rng, as_of, 40)), rng)
            face = records.FACES[rng.randrange(len(records.FACES))]
            if rp_form == "text_pdf":
                units.append(unit(pdf=tables.to_pdf(pages, face), pdf_docs=[[rp]] * len(pages), pref="text_pdf",
                                  hint="permitpdf"))
            else:
                units.append(unit([sheet(_mark(rng, im), rp) for im in tables.to_images(pages, face, rng.choice([150, 200]))],
                                  hint="permit"))
        done.add(rp)
    units += _household(rng, docs, take, "self")
    units += _household(rng, docs, take, "spouse")
    if take("id_card", "spouse") is not None:
        i = take("id_card", "spouse")
        f = docs[i]["fields"]
        units.append(unit([sheet(cards.cards_on_a4(rng, [cards.id_front(rng, f), cards.id_back(rng, f)]), i)], hint="idcopy"))
    lc = take("labour_contract")
    if lc is not None:
        units += _contract(rng, plan, lc)
    tx = take("tax_record")
    if tx is not None:
        units.append(_table_doc(rng, plan, tx, "tax"))
    si = take("social_insurance_record")
    if si is not None:
        units.append(_table_doc(rng, plan, si, "si"))
    units += _education(rng, plan, idx)
    mc = take("marriage_certificate")
    if mc is not None:
        sp = _spouse_person(plan, docs[mc])
        holder = {"name": docs[mc]["fields"]["holder_name"], "sex": me["sex"], "birth_date": me["birth_date"],
                  "id_number": me["id_number"]}
        units.append(unit([sheet(booklet.marriage(rng, docs[mc]["fields"], sp, holder), mc)], hint="marriage"))
    if rng.random() < 0.3:
        page = rng.choice([misc.receipt(rng), misc.rental(rng, me), misc.bank_slip(rng, me)])
        units.append(unit([sheet(page)], hint="other"))
    return units


def _note(rng):
    return rng.choice([None, None, "此复印件与原件一致", "仅供居住证积分使用"])


def _household(rng, docs, take, owner):
    out = []
    cv, mb = take("household_register_cover", owner), take("household_register_member", owner)
    co = take("collective_hukou_certificate", owner)
    if co is not None:
        out.append(unit([sheet(booklet.collective(rng, docs[co]["fields"], docs[co]["office"]), co)], hint="hukou"))
    cover_img = booklet.cover(rng, docs[cv]["fields"], seal_over=rng.random() < 0.5) if cv is not None else None
    member_img = booklet.member(rng, docs[mb]["fields"]) if mb is not None else None
    if cover_img and member_img and rng.random() < 0.55:
        gap = 30
        spread = Image.new("RGB", (cover_img.width * 2 + gap, cover_img.height), (235, 225, 215))
        spread.paste(cover_img, (0, 0))
        spread.paste(member_img, (cover_img.width + gap, 0))
        if rng.random() < 0.4:  # an A4 copy holding both pages, one above the other
            spread = Image.new("RGB", (1654, 2339), "white")
            k = 1100 / cover_img.height
            spread.paste(cover_img.resize((int(cover_img.width * k), 1100)), (int(827 - cover_img.width * k / 2), 40))
            spread.paste(member_img.resize((int(member_img.width * k), 1100)), (int(827 - member_img.width * k / 2), 1190))
        out.append(unit([sheet(_mark(rng, spread, 0.2), cv, mb)], pref="book", hint="hukou"))
    else:
        if cover_img:
            out.append(unit([sheet(_mark(rng, cover_img, 0.2), cv)], pref="book", hint="hukou"))
        if member_img:
            out.append(unit([sheet(_mark(rng, member_img, 0.2), mb)], pref="book", hint="hukou"))
    return out


def _contract(rng, plan, lc):
    f = plan["docs"][lc]["fields"]
    me = plan["me"]
    renewal = plan["docs"][lc].get("renewed_from")
    if renewal:
        imgs = contract.pages(rng, renewal, me) + [contract.renewal(rng, f, renewal["end_date"])]
    else:
        imgs = contract.pages(rng, f, me)
    return [unit([sheet(im, lc) for im in imgs], pref="multipage", hint="contract")]


def _table_doc(rng, plan, i, which):
    doc = plan["docs"][i]
    printed = _printed(rng, dt.date.fromisoformat(doc["fields"].get("issue_date", plan["as_of"].isoformat())), 0)
    form = rng.choice(["text_pdf", "text_pdf", "text_pdf", "app", "app", "print"])
    if form == "app":
        draw = app.tax_list if which == "tax" else app.si_list
        per = None if rng.random() < 0.5 else rng.choice([4, 5, 6]) if which == "tax" else rng.choice([8, 9])
        shots = draw(rng, doc["fields"], doc["rows"], per)
        doc["fields"].pop("issue_date", None)  # an app list prints no 开具日期
        return unit([sheet(s, i, kind="screenshot") for s in shots], pref="screenshot", hint=which + "shot")
    spec = records.tax_spec(rng, doc["fields"], doc["rows"], plan["me"]["codes"], printed) if which == "tax" else \
        records.si_spec(rng, doc["fields"], doc["rows"], printed)
    pages = tables.layout(spec, rng)
    if form == "text_pdf":
        return unit(pdf=tables.to_pdf(pages, spec["face"], shuffle_rng=rng if rng.random() < 0.4 else None),
                    pdf_docs=[[i]] * len(pages), pref="text_pdf", hint=which)
    imgs = tables.to_images(pages, spec["face"], rng.choice([200, 220]))
    return unit([sheet(_mark(rng, im, 0.4), i) for im in imgs], pref="multipage", hint=which)


def _education(rng, plan, idx):
    out = []
    me = plan["me"]
    for i in idx.get(("diploma", "self"), []) + idx.get(("degree_certificate", "self"), []):
        x = plan["docs"][i]
        if x["type"] == "diploma" and x["fields"].get("online_record"):
            if rng.random() < 0.5:
                img = certs.xuexin(rng, x["fields"], me)
                out.append(unit([sheet(img, i)], hint="xuexin"))
            else:
                spec = _xuexin_spec(rng, x["fields"], me)
                pages = tables.layout(spec, rng)
                out.append(unit(pdf=tables.to_pdf(pages, spec["face"]), pdf_docs=[[i]] * len(pages), pref="text_pdf",
                                hint="xuexin"))
        elif x["type"] == "diploma":
            if x["fields"].get("study_mode") == "普通全日制":
                del x["fields"]["study_mode"]  # a regular diploma does not print its mode
            out.append(unit([sheet(certs.diploma(rng, x["fields"], me), i)], hint="diploma"))
        else:
            out.append(unit([sheet(certs.degree(rng, x["fields"], me, x["field_name"]), i)], hint="degree"))
    pair = [k for k, u in enumerate(out) if u["hint"] in ("diploma", "degree")]
    if len(pair) == 2 and rng.random() < 0.35:  # both certificates copied on one sheet
        a, b = out[pair[0]]["sheets"][0], out[pair[1]]["sheets"][0]
        h = 1400
        ia, ib = (s["img"].resize((int(s["img"].width * h / s["img"].height), h)) for s in (a, b))
        both = Image.new("RGB", (ia.width + ib.width + 120, h + 120), "white")
        both.paste(ia, (40, 60))
        both.paste(ib, (ia.width + 80, 60))
        out = [u for k, u in enumerate(out) if k not in pair] + [unit([sheet(both, *(a["docs"] + b["docs"]))], hint="diploma")]
    return out


def _xuexin_spec(rng, f, me):
    grad = dt.date.fromisoformat(f["graduation_date"])
    years = certs.YEARS[f["level"]]
    rows = [["姓名", f["name"]], ["性别", me["sex"]], ["证件号码", me["id_number"]],
            ["出生日期", me["birth_date"].replace("-", "年", 1).replace("-", "月") + "日"], ["学校名称", f["school"]],
            ["层次", f["level"]], ["专业", f["major"]], ["学制", f"{years}年"],
            ["学历类别", "普通高等教育" if f["study_mode"] == "普通全日制" else f["study_mode"]],
            ["入学日期", f"{grad.year - years}年09月01日"], ["毕（结）业日期", f"{grad:%Y年%m月%d日}"], ["毕（结）业", "毕业"],
            ["证书编号", str(rng.randint(10**17, 10**18 - 1))]]
    return {"title": "教育部学历证书电子注册备案表", "subtitle": None, "meta": [], "columns": [("项目", 14), ("内容", 40)],
            "rows": rows, "face": records.FACES[rng.randrange(len(records.FACES))], "size": 11,
            "foot": [f"在线验证码：{rng.randint(10**15, 10**16 - 1)}", "可登录学信网（www.chsi.com.cn）在线验证本表真伪。"],
            "rules": True, "url": "https://www.chsi.com.cn", "printed": None, "header_note": "中国高等教育学生信息网（学信网）"}


def _spouse_person(plan, mc):
    f = mc["fields"]
    for x in plan["docs"]:
        if x.get("owner") == "spouse" and x["type"] == "id_card":
            return {"name": f["spouse_name"], "sex": x["fields"]["sex"], "birth_date": x["fields"]["birth_date"],
                    "id_number": f["spouse_id_number"]}
    n = f["spouse_id_number"]
    return {"name": f["spouse_name"], "sex": "男" if int(n[16]) % 2 else "女",
            "birth_date": f"{n[6:10]}-{n[10:12]}-{n[12:14]}", "id_number": n}
