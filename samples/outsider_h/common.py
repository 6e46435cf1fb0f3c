"""Fonts, people, helpers and the SPEC rule evaluator used to write truth."""
import datetime as dt
import re
import unicodedata

from dateutil.relativedelta import relativedelta
from PIL import ImageFont

F = "/usr/share/fonts/"
FONT_FILES = {
    "song": (F + "truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "ming": (F + "truetype/arphic/uming.ttc", 0),
    "kai": (F + "truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": (F + "truetype/arphic/ukai.ttc", 0),
    "wenkai": (F + "truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_l": (F + "truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkai_b": (F + "truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "hei": (F + "truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": (F + "truetype/wqy/wqy-zenhei.ttc", 0),
    "sans": (F + "opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_b": (F + "opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": (F + "opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_b": (F + "opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ocrb": (F + "opentype/ocr-b/OCRBS.otf", 0),
    "mono": (F + "truetype/dejavu/DejaVuSansMono.ttf", 0),
}
BODY_FONTS = ["song", "ming", "hei", "zenhei", "sans", "serif", "wenkai_l"]
HAND_FONTS = ["kai", "ukai", "wenkai"]
TITLE_FONTS = ["serif_b", "sans_b", "song", "zenhei", "wenkai_b"]
_cache = {}


def font(name, size):
    key = (name, int(size))
    if key not in _cache:
        path, idx = FONT_FILES[name]
        _cache[key] = ImageFont.truetype(path, int(size), index=idx)
    return _cache[key]


# ---------------------------------------------------------------- people
SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔汤")
GIVEN_M = ["伟", "强", "磊", "军", "洋", "勇", "杰", "涛", "明", "超", "刚", "辉", "浩然", "宇轩", "俊杰", "志强", "鹏飞", "子豪", "建国", "文博", "嘉诚", "海波", "立新", "晨阳", "思远", "一鸣", "天佑", "家豪", "振华", "东升"]
GIVEN_F = ["芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "玲", "红", "晓燕", "欣怡", "梓萱", "佳琪", "雨婷", "海燕", "丹丹", "思琪", "婉清", "若曦", "美玲", "秀英", "静怡", "诗涵", "慧敏", "雅婷", "梦洁", "春梅", "晓雯", "佳慧"]
ETHNIC = ["汉"] * 12 + ["回", "满", "壮", "土家", "苗"]

# code, province, city, district, authority, place list, police station
AREAS = [
    ("510107", "四川省", "成都市", "武侯区", ["科华北路{n}号{b}幢{r}室", "玉林南路{n}号{b}栋{r}号", "簇桥乡七里村{v}组{n}号"], "簇桥派出所"),
    ("342401", "安徽省", "六安市", "金安区", ["双河镇红星村{v}组{n}号", "梅山南路{n}号{b}栋{r}室"], "双河派出所"),
    ("370202", "山东省", "青岛市", "市南区", ["香港中路{n}号{b}号楼{r}户", "江西路{n}号{b}单元{r}户"], "香港中路派出所"),
    ("320106", "江苏省", "南京市", "鼓楼区", ["汉中门大街{n}号{b}幢{r}室", "湖南路{n}号{r}室"], "宁海路派出所"),
    ("410105", "河南省", "郑州市", "金水区", ["花园路{n}号院{b}号楼{r}号", "经三路{n}号{b}号院{r}号"], "花园路派出所"),
    ("430104", "湖南省", "长沙市", "岳麓区", ["麓山南路{n}号{b}栋{r}房", "桐梓坡路{n}号{b}栋{r}房"], "望月湖派出所"),
    ("420111", "湖北省", "武汉市", "洪山区", ["珞喻路{n}号{b}栋{r}号", "和平乡{v}组{n}号"], "卓刀泉派出所"),
    ("360102", "江西省", "南昌市", "东湖区", ["八一大道{n}号{b}栋{r}室", "叠山路{n}号{r}室"], "八一桥派出所"),
    ("330106", "浙江省", "杭州市", "西湖区", ["文三路{n}号{b}幢{r}室", "转塘街道{v}号"], "文新派出所"),
    ("350203", "福建省", "厦门市", "思明区", ["湖滨南路{n}号{b}{r}室", "莲前西路{n}号{r}室"], "莲前派出所"),
    ("610113", "陕西省", "西安市", "雁塔区", ["小寨东路{n}号{b}号楼{r}室", "丈八东路{n}号{b}单元{r}室"], "小寨派出所"),
    ("500103", "重庆市", "", "渝中区", ["解放碑民族路{n}号{b}-{r}", "大坪正街{n}号{b}单元{r}"], "解放碑派出所"),
    ("340104", "安徽省", "合肥市", "蜀山区", ["长江西路{n}号{b}幢{r}室", "南七里站{n}号"], "南七派出所"),
    ("371002", "山东省", "威海市", "环翠区", ["文化西路{n}号{b}号楼{r}室", "孙家疃镇{v}村{n}号"], "环翠楼派出所"),
    ("411302", "河南省", "南阳市", "宛城区", ["新华东路{n}号{b}号楼{r}号", "溧河乡{v}村{n}号"], "东关派出所"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", ["民族大道{n}号{b}栋{r}号", "东葛路{n}号{r}号"], "东葛派出所"),
]
SH_DISTRICTS = ["浦东新区", "闵行区", "徐汇区", "杨浦区", "宝山区", "嘉定区", "松江区", "普陀区", "长宁区", "静安区", "青浦区"]
SH_ROADS = ["锦绣路", "张杨路", "沪闵路", "漕宝路", "国权路", "共和新路", "曹安公路", "莘庄路", "真北路", "长寿路", "华夏西路", "博园路"]
COMPANIES = ["上海浦江智能科技有限公司", "上海华腾(集团)有限公司", "上海恒远物流有限公司", "上海蓝湾信息技术有限公司",
             "中青旅(上海)国际旅行社有限公司", "上海新安建设工程有限公司张江分公司", "上海启明医疗器械有限公司",
             "上海东方明珠数据服务有限公司", "上海申禾食品股份有限公司", "上海卓越精密机械有限公司", "上海汇丰源贸易有限公司",
             "上海云帆网络科技有限公司", "上海金桥环保工程有限公司浦东分公司", "上海瑞和(中国)投资有限公司"]
AGENCIES = ["上海外服人力资源有限公司", "上海才智人力资源服务有限公司", "上海众邦劳务派遣有限公司"]
CREDIT_CODES = "0123456789ABCDEFGHJKLMNPQRTUWXY"
SCHOOLS = ["山东财经大学", "江西财经大学", "西南交通大学", "合肥工业大学", "郑州大学", "湖南大学", "武汉理工大学", "南京工业大学",
           "华东理工大学", "上海理工大学", "西安科技大学", "厦门理工学院", "浙江工业大学", "重庆邮电大学", "广西大学"]
MAJORS = [("机械设计制造及其自动化", "工学"), ("计算机科学与技术", "工学"), ("会计学", "管理学"), ("国际经济与贸易", "经济学"),
          ("软件工程", "工学"), ("汉语言文学", "文学"), ("电气工程及其自动化", "工学"), ("市场营销", "管理学"),
          ("应用化学", "理学"), ("土木工程", "工学"), ("金融学", "经济学"), ("数学与应用数学", "理学")]

W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W17)) % 11]


def id_valid(s):
    if not re.fullmatch(r"\d{17}[\dX]", s or ""):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return check_digit(s[:17]) == s[17]


def make_id(area, birth, male, rng):
    while True:
        seq = "%02d" % rng.randint(0, 99)
        sx = rng.choice("13579" if male else "02468")
        s17 = area + birth.strftime("%Y%m%d") + seq + sx
        return s17 + check_digit(s17)


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", str(s))
    return re.sub(r"\s+", "", s)


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n] if n else "〇"
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d, day=True):
    s = cn_year(d.year) + "年" + cn_num(d.month) + "月"
    return s + (cn_num(d.day) + "日" if day else "")


def ymd(d, sep="-"):
    return d.strftime("%Y{0}%m{0}%d".format(sep))


def cdate(d, spaced=False, zero=False):
    if zero:
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if spaced:
        return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)
    return "%d年%d月%d日" % (d.year, d.month, d.day)


def month_add(ym, k):
    y, m = ym
    t = y * 12 + (m - 1) + k
    return (t // 12, t % 12 + 1)


def ym_str(ym):
    return "%04d-%02d" % ym


# ---------------------------------------------------------------- SPEC rules
REQUIRED_FIRST = ["id_card", "residence_permit", "labour_contract", "tax_record"]
SEVERITY = {
    "packet.missing_document": "error", "identity.id_number_invalid": "error", "identity.name_mismatch": "error",
    "identity.id_number_mismatch": "error", "address.hukou_mismatch": "error", "permit.expired": "error",
    "permit.too_recent": "warning", "id_card.expired": "error", "applicant.age_out_of_range": "error",
    "contract.term_too_short": "error", "contract.ends_within_two_months": "error", "tax.missing_months": "error",
    "employer.mismatch": "error", "social_insurance.insufficient_months": "error",
    "social_insurance.not_paying": "error", "field.unreadable": "warning", "quality.unreadable_page": "warning",
    "points.below_standard": "warning", "points.claim_unsupported": "warning",
}


def pdate(s):
    return dt.date.fromisoformat(s)


def working_days_after(issue, as_of):
    """Working days d with issue < d <= as_of (drawn cases avoid public holidays)."""
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        if d.weekday() < 5:
            n += 1
        d += dt.timedelta(days=1)
    return n


def completed_age(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(age):
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def tax_window(as_of):
    last = (as_of.year, as_of.month)
    last = month_add(last, -1 if as_of.day >= 15 else -2)
    return [ym_str(month_add(last, -k)) for k in range(5, -1, -1)]


def evaluate(docs, as_of, application, flags):
    """Expected rules and points from truth documents (the SPEC §4/§6 reading)."""
    as_of = pdate(as_of)
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    rules = set()
    one = lambda t: by.get(t, [None])[0]
    # missing
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    for t in need:
        if t not in by:
            rules.add("packet.missing_document")
    if application == "first":
        if "collective_hukou_certificate" not in by and not ("household_register_cover" in by and "household_register_member" in by):
            rules.add("packet.missing_document")
    # identity
    names, ids = set(), set()
    name_keys = {"id_card": "name", "residence_permit": "name", "household_register_member": "name",
                 "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
                 "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
                 "marriage_certificate": "holder_name"}
    id_keys = {"id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
               "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number",
               "tax_record": "id_number", "social_insurance_record": "id_number"}
    for d in docs:
        f = d["fields"]
        if d["type"] in name_keys and f.get(name_keys[d["type"]]):
            names.add(norm(f[name_keys[d["type"]]]))
        if d["type"] in id_keys and f.get(id_keys[d["type"]]):
            ids.add(f[id_keys[d["type"]]])
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            if f.get(k) and not id_valid(f[k]):
                rules.add("identity.id_number_invalid")
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")
    rp = one("residence_permit")
    home = one("household_register_cover") or one("collective_hukou_certificate")
    if rp and home:
        if not rp["fields"].get("hukou_address") or not home["fields"].get("address"):
            rules.add("field.unreadable")
        elif norm(rp["fields"]["hukou_address"]) != norm(home["fields"]["address"]):
            rules.add("address.hukou_mismatch")
    if rp:
        f = rp["fields"]
        if not f.get("valid_until") or not f.get("issue_date"):
            rules.add("field.unreadable")
        else:
            if pdate(f["valid_until"]) < as_of:
                rules.add("permit.expired")
            iss = pdate(f["issue_date"])
            if (as_of - iss).days < 25:
                assert iss >= dt.date(2026, 10, 12), "too-recent case crosses holidays"
                if working_days_after(iss, as_of) < 5:
                    rules.add("permit.too_recent")
    idc = one("id_card")
    birth = None
    if idc:
        f = idc["fields"]
        if not f.get("valid_until"):
            rules.add("field.unreadable")
        elif f["valid_until"] != "long_term" and pdate(f["valid_until"]) < as_of:
            rules.add("id_card.expired")
        if f.get("birth_date"):
            birth = pdate(f["birth_date"])
    age = completed_age(birth, as_of) if birth else None
    if age is not None and (age < 18 or age > 60):
        rules.add("applicant.age_out_of_range")
    lc = one("labour_contract")
    if lc:
        f = lc["fields"]
        if not f.get("open_ended"):
            s, e = pdate(f["start_date"]), pdate(f["end_date"])
            if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                rules.add("contract.term_too_short")
            if e < as_of + relativedelta(months=2):
                rules.add("contract.ends_within_two_months")
    tx = one("tax_record")
    if tx:
        periods = {r["period"] for r in tx["rows"]}
        if any(m not in periods for m in tax_window(as_of)):
            rules.add("tax.missing_months")
        if lc and tx["rows"]:
            latest = max(periods)
            agents = {norm(r["withholding_agent"]) for r in tx["rows"] if r["period"] == latest}
            if norm(lc["fields"]["employer"]) not in agents:
                rules.add("employer.mismatch")
    si = one("social_insurance_record")
    if si:
        rows = si["rows"]
        latest = max(r["month"] for r in rows)
        if lc and norm(lc["fields"]["employer"]) not in {norm(r["employer"]) for r in rows if r["month"] == latest}:
            rules.add("employer.mismatch")
        regular = {r["month"] for r in rows if not r["back_payment"]}
        am = (as_of.year, as_of.month)
        win = {ym_str(month_add(am, -k)) for k in range(1, 13)}
        if len(regular & win) < 6:
            rules.add("social_insurance.insufficient_months")
        if ym_str(am) not in regular and ym_str(month_add(am, -1)) not in regular:
            rules.add("social_insurance.not_paying")
        assert len(regular) < 12, "keep social insurance years out of the estimate"
    if flags.get("unreadable_page"):
        rules.add("quality.unreadable_page")
    # points
    items = {}
    if age is not None:
        items["age"] = age_points(age)
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    edu = 0
    levels = {d["fields"].get("level") for d in dips}
    dlev = {d["fields"].get("level") for d in degs}
    if "博士研究生" in levels and "博士" in dlev:
        edu = 110
    elif "硕士研究生" in levels and "硕士" in dlev:
        edu = 100
    elif "本科" in levels and "学士" in dlev:
        edu = 90
    elif "本科" in levels:
        edu = 60
    elif "专科" in levels:
        edu = 50
    assert not (degs and not dips), "degree without diploma is not drawn"
    if edu:
        items["education"] = edu
    adult = [d for d in dips if d["fields"].get("study_mode") in ("函授", "业余", "成人", "自学考试", "网络教育")]
    if adult and not any(d["layout"] == "xuexin" for d in dips):
        rules.add("points.claim_unsupported")
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    return sorted(rules), {"standard": 120, "estimate": est, "items": items}


def verdict(rules):
    sev = {SEVERITY[r] for r in rules}
    return "fix" if "error" in sev else ("review" if "warning" in sev else "ready")
