"""个人所得税纳税记录, 收入纳税明细, 纳税清单 / 税收完税证明."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="tax_record",
    label="个人所得税纳税记录",
    titles=kw(("个人所得税纳税记录", 5.0), ("纳税记录", 3.0), ("收入纳税明细", 4.0), ("纳税清单", 4.0), ("完税证明", 3.5)),
    keywords=kw(
        ("申报日期", 1.5), ("实缴", 1.0), ("入库日期", 1.0), ("入(退)库日期", 1.5), ("所得项目", 1.5), ("税款所属期", 2.0),
        ("入库税务机关", 1.5), ("扣缴义务人", 1.5), ("纳税人识别号", 1.5), ("纳税人名称", 1.0), ("工资薪金所得", 1.0),
        ("税务局", 0.5), ("个人所得税", 1.0), ("金额", 0.5), ("备注", 0.5), ("收入额", 1.0), ("已申报税额", 1.0),
    ),
    excludes=("劳动合同书", "常住人口登记卡", "缴费基数"),
    multi_page=True,
    min_score=5.0,
    continue_score=2.5,
    fields=("name", "id_number", "issue_date"),
    row_fields=("period", "withholding_agent", "amount"),
)
