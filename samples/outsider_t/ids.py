"""Synthetic identities: GB 11643 ID numbers, GB 32100 credit codes, names, addresses, employers."""
import datetime as dt

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_check(first17):
    return CHK[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def make_id(area, birth, seq):
    body = f"{area}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17].upper()


CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def credit_code(rng, area="310115"):
    org = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    body = "91" + area + org
    s = sum(CC.index(c) * w for c, w in zip(body, CW))
    return body + CC[(31 - s % 31) % 31]


# (area code, province+city prefix, district, police authority)
AREAS = [
    ("130102", "河北省石家庄市长安区", "石家庄市公安局长安区分局"),
    ("370202", "山东省青岛市市南区", "青岛市公安局市南区分局"),
    ("320102", "江苏省南京市玄武区", "南京市公安局玄武分局"),
    ("330106", "浙江省杭州市西湖区", "杭州市公安局西湖区分局"),
    ("340104", "安徽省合肥市蜀山区", "合肥市公安局蜀山分局"),
    ("360102", "江西省南昌市东湖区", "南昌市公安局东湖分局"),
    ("410105", "河南省郑州市金水区", "郑州市公安局金水分局"),
    ("420106", "湖北省武汉市武昌区", "武汉市公安局武昌区分局"),
    ("430104", "湖南省长沙市岳麓区", "长沙市公安局岳麓分局"),
    ("510107", "四川省成都市武侯区", "成都市公安局武侯区分局"),
    ("350203", "福建省厦门市思明区", "厦门市公安局思明分局"),
    ("610113", "陕西省西安市雁塔区", "西安市公安局雁塔分局"),
    ("220102", "吉林省长春市南关区", "长春市公安局南关区分局"),
    ("450103", "广西壮族自治区南宁市青秀区", "南宁市公安局青秀分局"),
    ("341302", "安徽省宿州市埇桥区", "宿州市公安局埇桥分局"),
    ("320582", "江苏省苏州市张家港市", "张家港市公安局"),
]
STREETS = ["解放路", "人民路", "建设大道", "中山北路", "文化路", "长江路", "和平街", "新华西路", "东风路", "青年路", "胜利街", "朝阳路"]
VILLAGES = ["城关镇东风村", "双桥镇李庄村", "柳河乡前进村", "大王镇南湾村", "新集镇高台村"]
SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "子涵欣怡梓轩浩然宇航思远雨桐晨曦嘉怡俊杰婧琪文博一鸣诗琪志强海燕晓东佳宁心怡昊天建华丽娟秀英卫国振宇静雯明轩若溪家豪梦瑶睿泽瑞霖逸凡语嫣"
SH_DIST = ["浦东新区", "闵行区", "徐汇区", "长宁区", "普陀区", "杨浦区", "宝山区", "嘉定区", "松江区", "青浦区", "静安区"]
SH_ROADS = ["锦绣路", "莲花路", "虹梅路", "曹杨路", "控江路", "共和新路", "沪太路", "博乐路", "真北路", "张杨路", "龙吴路", "宜山路", "金沙江路"]
CO_WORDS = ["浦江", "汇联", "申达", "启明", "云帆", "立信", "华腾", "远景", "博识", "瀚海", "鼎新", "泓舜", "沐川", "禾润", "星衡"]
CO_TAILS = ["信息技术有限公司", "科技有限公司", "贸易有限公司", "工程咨询有限公司", "医疗器械有限公司", "物流有限公司", "电子科技有限公司", "文化传媒有限公司"]
AGENCIES = ["上海外服人力资源服务有限公司", "上海易才人力资源有限公司", "上海众禾人力资源服务有限公司", "上海锦程劳务派遣有限公司"]
SCHOOLS = ["浙江工业大学", "江西财经大学", "郑州大学", "南昌大学", "湖南师范大学", "西南交通大学", "合肥工业大学", "河北工业大学", "青岛大学", "苏州科技大学", "武汉理工大学", "西安科技大学"]
MAJORS = ["计算机科学与技术", "会计学", "机械设计制造及其自动化", "国际经济与贸易", "软件工程", "电子信息工程", "市场营销", "土木工程", "英语", "药学", "统计学", "通信工程"]
DEG_KIND = {"计算机科学与技术": "工学", "会计学": "管理学", "机械设计制造及其自动化": "工学", "国际经济与贸易": "经济学", "软件工程": "工学",
            "电子信息工程": "工学", "市场营销": "管理学", "土木工程": "工学", "英语": "文学", "药学": "理学", "统计学": "理学", "通信工程": "工学"}


def name(rng, surname=None):
    s = surname or rng.choice(SURN)
    n = rng.choice([1, 2, 2, 2])
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def hukou_address(rng, area_prefix):
    if rng.random() < 0.3:
        return f"{area_prefix}{rng.choice(VILLAGES)}{rng.randint(1,9)}组{rng.randint(1,99)}号"
    return f"{area_prefix}{rng.choice(STREETS)}{rng.randint(1,499)}号{rng.randint(1,12)}幢{rng.randint(1,30)}{rng.randint(1,4):02d}室"


def sh_address(rng):
    return f"上海市{rng.choice(SH_DIST)}{rng.choice(SH_ROADS)}{rng.randint(10,999)}弄{rng.randint(1,60)}号{rng.randint(1,25)}{rng.randint(1,4):02d}室"


def company(rng, used=()):
    while True:
        w = rng.choice(CO_WORDS)
        c = rng.choice(["上海", "上海", "上海"]) + w + rng.choice(CO_TAILS)
        if rng.random() < 0.15:
            c = w + "（上海）" + rng.choice(CO_TAILS)
        if c not in used:
            return c
