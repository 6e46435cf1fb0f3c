"""毕业证书."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="diploma",
    label="毕业证书",
    titles=kw(("毕业证书", 5.0),),
    keywords=kw(("学制", 1.5), ("毕业", 1.0), ("校长", 1.5), ("专业", 1.0), ("证书编号", 1.0), ("修完", 1.5), ("教学计划", 1.5), ("准予毕业", 2.0), ("本科", 0.5), ("研究生", 0.5)),
    excludes=("学位证书", "劳动合同", "居住证"),
    min_score=5.0,
    fields=("name", "school", "major", "level", "graduation_date"),
)
