"""The plan of the set: packet i -> scenario (verdict class and knobs).
Packets beyond the table repeat it (i % len(PLAN)) with new people."""

# knobs (defaults in persona.DEFAULTS):
#  contract: model | table | dispatch          term: normal | open | one_year_exact | ends_feb7
#            | short | ends_soon | expired | renewed | duration_only
#  story:  same | job_change | renamed | agency_si | agency_tax | dispatch | si_lag
#  tax: full | missing_month | print_early | zero_bonus_extra      tax_form: pdf | app | scan | old
#  si: none | normal | 12m | backpay | new | ended | cut_employer | range
#  permit: info | card_info | e_permit | card_only      permit_state: ok | recent | expired
#  hukou: booklet | collective | none | cover_only      hukou_moved: bool
#  edu: bachelor_degree | master | bachelor_only | college | degree_only | adult | adult_xuexin
#  age: young | 44 | 45 | 61 | 17;   idcard: ok | expired
#  ident: none | name_slip_contract | name_slip_permit | idn_typo_contract | idn_typo_member
#  cover_term: none | note | smear;  blank: none | contract_duplex | packet_duplex | tiff_blank
#  contract_cap: auto | photos | spread | scan_pdf | scan_pdf_ocr | tiff | heic_photos
PLAN = [
    ("ready", "D1 model text hand-filled, bracketed city full/half width",
     dict(contract="model", hand=True, story="same", emp_style="city_bracket", tax_form="pdf", si="normal",
          permit="info", marriage=True)),
    ("fix", "F1 contract ended 2026-08-31, no tax since, social insurance stopped",
     dict(contract="model", term="expired", tax="print_early", si="ended", story="same")),
    ("review", "V1 permit issued three days before the check date",
     dict(permit="e_permit", permit_state="recent", contract="table")),
    ("ready", "D2 company template on phone photos of a stapled copy, app tax screenshots",
     dict(contract="table", contract_cap="photos", tax_form="app", si="none", permit="e_permit", edu="master",
          extras=["receipt"])),
    ("fix", "F2 contract ends 2027-01-31, social insurance paid by an agency (代缴)",
     dict(contract="table", term="ends_soon", story="agency_si", si="normal")),
    ("ready", "D3 劳务派遣: the dispatch agency is the employer, pays tax and SI; code before name",
     dict(contract="dispatch", story="dispatch", tax_form="pdf", code_pos="before", si="normal",
          permit="card_info")),
    ("review", "V2 permit issued 2026-12-02, contract duplex scan with blank backs",
     dict(permit="card_info", permit_state="recent", contract="table", contract_cap="scan_pdf",
          blank="contract_duplex")),
    ("fix", "F3 nine-month contract, social insurance mostly 补缴",
     dict(contract="model", term="short", si="backpay")),
    ("ready", "D4 job change: earlier tax/SI months at the previous employer",
     dict(contract="model", story="job_change", si="normal", hukou="collective", edu="bachelor_degree",
          xuexin=True)),
    ("review", "V3 sticky note over the term on a contract photo",
     dict(contract="table", contract_cap="photos", cover_term="note")),
    ("fix", "F4 employer renamed: newer tax/SI months under the new name; ID card expired",
     dict(contract="table", story="renamed", si="normal", idcard="expired")),
    ("ready", "D5 expired contract with a one-page 续订书",
     dict(contract="table", term="renewed", si="12m")),
    ("review", "V4 toner smear hides the term on a bilevel TIFF contract",
     dict(contract="model", contract_cap="tiff", cover_term="smear")),
    ("fix", "F5 tax withheld by an HR agency, 2026-07 missing",
     dict(contract="model", story="agency_tax", tax="missing_month", si="none")),
    ("ready", "D6 open-ended contract (☑ 无固定期限), branch employer",
     dict(contract="model", term="open", emp_style="branch", tax_form="app", si="normal", permit="e_permit",
          edu="master")),
    ("review", "V5 whole packet scanned duplex into one PDF with blank backs",
     dict(contract="table", blank="packet_duplex")),
    ("fix", "F6 nine-month term, contract misspells the name",
     dict(contract="table", term="short", ident="name_slip_contract")),
    ("ready", "D7 branch employer, credit code after the name, scanner PDF with a wrong partial text layer",
     dict(contract="table", emp_style="branch", code_pos="after", contract_cap="scan_pdf_ocr",
          extras=["rental"])),
    ("review", "V6 bilevel TIFF with a blank page; 本科 without degree",
     dict(contract="model", contract_cap="tiff", blank="tiff_blank", edu="bachelor_only")),
    ("fix", "F7 new job in October, SI record still ends at the old employer in September",
     dict(contract="model", story="si_lag", si="normal")),
    ("ready", "D8 exactly one-year term 2026-03-01..2027-02-28",
     dict(contract="model", term="one_year_exact", si="12m")),
    ("review", "V7 专科 only: points below 120",
     dict(contract="table", edu="college", si="normal")),
    ("fix", "F8 contract carries a mistyped ID number; permit expired",
     dict(contract="table", ident="idn_typo_contract", permit_state="expired")),
    ("ready", "D9 contract ends 2027-02-07 (exactly two months after the check date)",
     dict(contract="table", term="ends_feb7", tax_form="app", si="none", edu="master")),
    ("review", "V8 学士 degree without its diploma",
     dict(contract="model", edu="degree_only")),
    ("fix", "F9 permit expired, household moved (hukou address differs)",
     dict(contract="dispatch", story="dispatch", permit_state="expired", hukou_moved=True)),
    ("ready", "D10 zero-amount month, 全年一次性奖金 and a second payer in the latest month",
     dict(contract="model", tax="zero_bonus_extra", si="normal", marriage=True)),
    ("review", "V9 成人教育 diploma without 学信网 record",
     dict(contract="table", edu="adult")),
    ("fix", "F10 applicant aged 61; 户口簿 首页 only, moved address",
     dict(contract="model", age="61", hukou="cover_only", hukou_moved=True)),
    ("ready", "D11 renewal application, no 户口簿, residence permit card",
     dict(application="renewal", hukou="none", permit="card_only", contract="table", si="normal")),
    ("review", "V10 aged 44 with 本科+学士 and no SI record: 119 points",
     dict(contract="model", age="44", si="none")),
    ("fix", "F11 no 户口簿 at all, SI only four months, contract ends 2027-01-15",
     dict(contract="table", hukou="none", si="new", term="ends_soon")),
    ("ready", "D12 collective hukou, term given as 期限三年 only, scanned tax print",
     dict(contract="model", term="duration_only", hukou="collective", tax_form="scan")),
    ("review", "V11 residence permit card only, 户口簿 present: hukou address unreadable",
     dict(contract="table", permit="card_only")),
    ("fix", "F12 aged 17, ID card expired, permit name differs, 本人页 ID typo, moved",
     dict(contract="model", age="17", idcard="expired", ident="name_slip_permit+idn_typo_member",
          hukou_moved=True, si="12m")),
    ("ready", "D13 aged 45, 本科+学士, 12 SI months: exactly 120; bilevel TIFF contract",
     dict(contract="table", age="45", si="12m", contract_cap="tiff")),
    ("review", "V12 SI photo with the employer column cut off",
     dict(contract="model", si="cut_employer")),
    ("ready", "D14 master, contract as double-page spread photos, out of order, one page upside down",
     dict(contract="table", contract_cap="spread", edu="master", emp_style="llc", shuffle=True)),
    ("ready", "D15 股份有限公司, aged 44 with 12 SI months (122), old 完税证明",
     dict(contract="model", emp_style="joint", age="44", si="12m", tax_form="old")),
    ("ready", "D16 HEIC phone photos, credit code after name, 成人本科 with 学信网 record, extras",
     dict(contract="table", contract_cap="heic_photos", code_pos="after", emp_style="llc", edu="adult_xuexin",
          extras=["receipt", "rental"], si="range")),
]


def scenario(i):
    verdict, title, knobs = PLAN[i % len(PLAN)]
    return verdict, title, dict(knobs)
