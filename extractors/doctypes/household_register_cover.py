"""户口簿 首页 / 户主页."""
from extractors.declaration import DocTypeSpec, labelled_fields, kw
from extractors.reading.fields import Field
from extractors.reading.values import digits, one_of, parse_address, parse_date, parse_name

SPEC = DocTypeSpec(
    type_id="household_register_cover",
    label="户口簿首页",
    titles=kw(("户口簿", 2.0), ("户主页", 2.0), ("户主姓名", 3.0)),
    keywords=kw(("户别", 2.0), ("户号", 1.5), "住址", ("承办人签章", 2.0), ("户口专用章", 1.0), ("户口登记机关", 1.5), "登记机关", "签发日期", "家庭户", "集体户"),
    excludes=("常住人口登记卡", "户主或与户主关系", "公民身份证件编号", "劳动合同", "居住证", "户籍证明"),
    min_score=5.0,
    fields=("household_type", "head_name", "household_number", "address", "issue_date"),
)


HOUSEHOLD_TYPES = ("家庭户", "集体户", "居民家庭户", "非农业家庭户", "农业家庭户", "非农业集体户", "农业集体户", "居民户")
FIELDS = (
    Field("household_type", ("户别", "户口类别", "户类型"), one_of(*HOUSEHOLD_TYPES)),
    Field("head_name", ("户主姓名",), parse_name),
    Field("household_number", ("户号",), digits(5, 12)),
    Field("address", ("住址",), parse_address, wraps=True, compared=True),
    Field("issue_date", ("签发日期", "发证日期", "签发"), parse_date),
)
EXTRA_LABELS = ("承办人签章", "户口登记机关", "户主页")


def extract(draft, second_look):
    fields, _ = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look)
    return fields, []
