"""Education papers, the spouse's papers and the 常住人口登记卡 fields of a person."""
import datetime as dt

from . import people as P
from .judge import add_months


def iso(day):
    return day.isoformat()


def education(rng, me, defects):
    """Diplomas and degrees by the person's schooling; returns (docs, 文化程度 for the 户口簿)."""
    grad_year = me["birth"].year + 22
    major, field = rng.choice(P.MAJORS)
    school = rng.choice(P.SCHOOLS)
    kind = rng.choice(["bachelor"] * 6 + ["master"] * 2 + ["bachelor_xuexin"])
    if "points_below" in defects:
        kind = "college"
    if "adult_without_record" in defects:
        kind = "adult"
    docs = []

    def dip(level, year, mode="普通全日制", online=False, sch=school, maj=major):
        f = {"name": me["name"], "school": sch, "major": maj, "level": level,
             "graduation_date": f"{year}-06-{rng.choice([30, 30, 28, 25])}" if not online else f"{year}-06-30",
             "study_mode": mode}
        if online:
            f["online_record"] = True
        return {"type": "diploma", "fields": f}

    def deg(level, year, sch=school, maj=major):
        return {"type": "degree_certificate", "fields": {"name": me["name"], "school": sch, "major": maj,
                                                        "level": level, "graduation_date": f"{year}-06-30"}}
    if kind == "college":
        docs.append(dip("专科", grad_year - 1, sch=rng.choice(P.COLLEGES)))
        edu = "大学专科"
    elif kind == "adult":
        mode = rng.choice(["高等教育自学考试", "成人高等教育", "网络教育"])
        docs += [dip("本科", grad_year + 2, mode), deg("学士", grad_year + 2)]
        edu = "大学本科"
    elif kind == "master":
        docs += [dip("本科", grad_year), deg("学士", grad_year)] if rng.random() < 0.5 else []
        s2 = rng.choice(P.SCHOOLS)
        docs += [dip("硕士研究生", grad_year + 3, sch=s2), deg("硕士", grad_year + 3, sch=s2)]
        edu = "研究生"
    else:
        d = dip("本科", grad_year)
        docs += [d, deg("学士", grad_year)]
        if kind == "bachelor_xuexin":
            docs.insert(1, dip("本科", grad_year, online=True))
            if rng.random() < 0.5:
                docs.remove(d)
        edu = "大学本科"
    for x in docs:
        x["field_name"] = field
    if "degree_without_diploma" in defects:
        docs = [x for x in docs if x["type"] == "degree_certificate"]
    for x in docs:
        if x["type"] == "diploma" and not x["fields"].get("online_record"):
            x["fields"]["graduation_date"] = f"{x['fields']['graduation_date'][:4]}-06-30" if rng.random() < 0.5 else \
                x["fields"]["graduation_date"]
    return docs, edu


def spouse_docs(rng, me, as_of):
    sex = "女" if me["sex"] == "男" else "男"
    birth = me["birth"] + dt.timedelta(days=rng.randint(-900, 900))
    sp = {"name": P.name(rng), "sex": sex, "birth_date": iso(birth),
          "id_number": P.make_id(rng, "310" + rng.choice(["104", "105", "107", "110", "112", "115"]), birth, sex)}
    reg = as_of - dt.timedelta(days=rng.randint(400, 4500))
    mc = {"type": "marriage_certificate", "fields": {"holder_name": me["name"], "spouse_name": sp["name"],
                                                     "spouse_id_number": sp["id_number"], "registration_date": iso(reg)}}
    docs = [mc]
    if rng.random() < 0.6:
        addr = P.shanghai_address(rng)
        frm = as_of - dt.timedelta(days=rng.randint(200, 3000))
        docs.append({"type": "id_card", "owner": "spouse", "fields": {
            "name": sp["name"], "sex": sex, "ethnicity": "汉", "birth_date": sp["birth_date"], "address": addr,
            "id_number": sp["id_number"], "issuing_authority": "上海市公安局" + addr[3:addr.index("区") + 1].replace("新区", "") + "分局",
            "valid_from": iso(frm), "valid_until": iso(add_months(frm, 240))}})
        head = P.name(rng, sp["name"][0])
        docs.append({"type": "household_register_cover", "owner": "spouse", "fields": {
            "household_type": "家庭户", "head_name": head, "household_number": str(rng.randint(10**8, 10**9 - 1)),
            "address": addr, "issue_date": iso(frm - dt.timedelta(days=rng.randint(300, 4000)))}})
        docs.append({"type": "household_register_member", "owner": "spouse", "fields": member_fields(
            rng, sp, "女" if sex == "女" else "子", "上海市", "上海市", "大学本科", "已婚", None,
            iso(birth + dt.timedelta(days=rng.randint(0, 60))))})
    return sp, docs


def member_fields(rng, who, rel, birthplace, native, edu, marital, employer, reg):
    f = {"name": who["name"], "relation_to_head": rel, "sex": who["sex"], "birthplace": birthplace,
         "ethnicity": who.get("ethnicity", "汉"), "native_place": native, "birth_date": who["birth_date"],
         "id_number": who["id_number"], "education": edu, "marital_status": marital, "employer": employer,
         "registration_date": reg}
    if not employer:
        del f["employer"]
    return f
