"""The points table of SPEC §6 (积分指标): what each indicator is worth. Facts the rules, the doors (option choices,
form fields) and the reports all use, so they live here once. Sources: 002 (实施细则), 004, 000 §五 A(二)."""
from __future__ import annotations

STANDARD = 120  # 标准分值 (001; 002; 004)

# Each indicator's Chinese name, in the order reports list them.
INDICATORS = {"age": "年龄", "education": "教育背景", "title_or_skill": "专业技术职称和技能等级",
              "social_insurance_years": "社保缴费年限", "shortage_major": "紧缺急需专业", "spouse_shanghai_hukou": "配偶为本市户籍",
              "fresh_graduate": "全日制应届毕业生", "suburban_work": "远郊重点地区工作", "public_service": "公共服务岗位工作",
              "high_base_social_insurance": "高基数缴纳社保", "award": "奖励"}

# age: completed age 56–60 → AGE_FLOOR_POINTS, each year younger + AGE_STEP, at most AGE_MAX (002; 004)
AGE_FLOOR_AGE = 56
AGE_FLOOR_POINTS = 5
AGE_STEP = 2
AGE_MAX = 30
AGE_LIMIT = 60  # older than this: no age points (and applicant.age_out_of_range)

# education (002; 004): the highest level the documents show
EDUCATION_POINTS = {"大专": 50, "本科": 60, "本科+学士": 90, "硕士": 100, "博士": 110}

# 技能等级 / 职称 (002; 004; 000 §五 A(二)2): declared
TITLE_OR_SKILL_POINTS = {"技能五级": 15, "技能四级": 30, "技能三级": 60, "初级职称": 60, "技能二级": 100, "中级职称": 100,
                         "技能一级": 140, "高级职称": 140}

SOCIAL_INSURANCE_POINTS_PER_YEAR = 3  # per full 12 months of Shanghai employee social insurance
SHORTAGE_MAJOR_POINTS = 30
SPOUSE_POINTS_PER_YEAR = 4
SPOUSE_POINTS_MAX = 40
FRESH_GRADUATE_POINTS = 10
SUBURBAN_POINTS_PER_YEAR = 2
PUBLIC_SERVICE_POINTS_PER_YEAR = 4
HIGH_BASE_TIERS = (50, 100)
AWARD_POINTS = (30, 60, 110)

NOT_ESTIMATED = "扣分项（提供虚假材料、行政拘留、刑事犯罪等）无法从材料判断，未计入"
