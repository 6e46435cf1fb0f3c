"""学位证书."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="degree_certificate",
    label="学位证书",
    titles=kw(("学位证书", 5.0),),
    keywords=kw(("学士学位", 2.0), ("硕士学位", 2.0), ("博士学位", 2.0), ("授予", 1.5), ("学位评定委员会", 2.0), ("学位条例", 1.5), ("证书编号", 0.5)),
    excludes=("毕业证书", "劳动合同", "居住证"),
    min_score=5.0,
    fields=("name", "school", "major", "level", "graduation_date"),
)
