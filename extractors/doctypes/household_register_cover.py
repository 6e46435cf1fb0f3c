"""户口簿 首页 / 户主页."""
from extractors.declaration import day, DocumentType, kw, Required, text
from extractors.reading.fields import doubt_cut_addresses, Field, labelled_fields
from extractors.reading.values import digits, one_of, parse_address, parse_date, parse_name

DOCUMENT_TYPE = DocumentType(
    type_id="household_register_cover",
    order=30,
    label="户口簿首页",
    titles=kw(("户口簿", 2.0), ("户主页", 2.0), ("户主姓名", 3.0)),
    keywords=kw(("户别", 2.0), ("户号", 1.5), "住址", ("承办人签章", 2.0), ("户口专用章", 1.0), ("户口登记机关", 1.5), "登记机关", "签发日期", "家庭户", "集体户"),
    excludes=("常住人口登记卡", "户主或与户主关系", "公民身份证件编号", "劳动合同", "居住证", "户籍证明"),
    min_score=5.0,
    fields=(
        text("household_type", "户别"),
        text("head_name", "户主姓名"),
        text("household_number", "户号"),
        text("address", "住址"),
        day("issue_date", "签发日期"),
    ),
    required=Required.first,
    how_to_get="请补充户口簿首页的扫描件：积分受理核对居住证上的户籍地址与户口簿首页住址。",
    how_to_correct="请到户籍地派出所核对、更正户口簿。",
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
    doubt_cut_addresses(fields, ("address",))
    return fields, []
