"""The 学信网 app's 学历信息 screen (outsider R): 高等教育学历信息 over a list of labels flush left and values flush
right, no 毕业证书 or 备案表 title. It is a diploma's record, read from its labels. The lines are the recogniser's
own reading of r021's screenshot."""
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import PlacedPart, group_documents
from precheck.pipeline.stages import extract_documents

SCREEN = [("18:27", 0.062, 0.011, 0.184, 0.033), ("学历信息", 0.400, 0.053, 0.599, 0.083),
          ("高等教育学历信息", 0.075, 0.136, 0.443, 0.162), ("姓名", 0.066, 0.226, 0.163, 0.256),
          ("钟怡", 0.832, 0.226, 0.931, 0.256), ("性别", 0.065, 0.277, 0.167, 0.309), ("女", 0.870, 0.279, 0.931, 0.308),
          ("院校", 0.068, 0.331, 0.166, 0.361), ("扬州大学", 0.760, 0.333, 0.929, 0.359),
          ("层次", 0.068, 0.385, 0.166, 0.413), ("本科", 0.832, 0.384, 0.931, 0.412),
          ("专业", 0.072, 0.438, 0.166, 0.465), ("机械设计制造及其自动化", 0.500, 0.441, 0.925, 0.462),
          ("学历类别", 0.072, 0.490, 0.240, 0.517), ("普通高等教育", 0.690, 0.491, 0.926, 0.515),
          ("学习形式", 0.072, 0.543, 0.240, 0.570), ("普通全日制", 0.725, 0.544, 0.928, 0.569),
          ("入学日期", 0.072, 0.596, 0.240, 0.622), ("2019-09-01", 0.716, 0.596, 0.927, 0.621),
          ("毕业日期", 0.072, 0.648, 0.240, 0.675), ("2023-07-01", 0.717, 0.650, 0.926, 0.673),
          ("证书编号", 0.072, 0.702, 0.237, 0.727), ("1360920235240207", 0.578, 0.703, 0.925, 0.726)]


def test_the_app_screen_is_a_diploma_read_from_its_labels():
    page = PageText(ref=PageRef(file="Screenshot_20261208-095336.jpg", page=1), source=PageSource.ocr, width=1080,
                    height=2400, lines=[OcrLine(text=t, bbox=box, confidence=1.0) for t, *box in SCREEN])
    drafts = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    (diploma,), _ = extract_documents(drafts)
    assert diploma.type == "diploma"
    assert {name: diploma.fields[name].value for name in ("name", "school", "level", "major", "graduation_date")} == {
        "name": "钟怡", "school": "扬州大学", "level": "本科", "major": "机械设计制造及其自动化",
        "graduation_date": "2023-07-01"}
