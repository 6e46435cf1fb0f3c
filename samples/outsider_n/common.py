import datetime as dt
import random
from dateutil.relativedelta import relativedelta

FONTS = {
    "song": [("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
             ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2)],
    "song_bold": [("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2)],
    "ming": [("/usr/share/fonts/truetype/arphic/uming.ttc", 0)],
    "hei": [("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
            ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
            ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2)],
    "hei_bold": [("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2)],
    "kai": [("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
            ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
            ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0)],
    "ocrb": [("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0)],
}
PDF_FONTS = {  # fpdf2-capable faces
    "song": "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "hei": "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "kai": "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "noto": "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鑫宇浩凯婷雪琳晨欣怡子涵梓轩博文思远嘉欣雨桐佳琪诗雨俊杰志强建国海燕晓东晓明丹丹楠楠一鸣天佑若曦语嫣铭泽亦辰梦瑶"
HOMO = {"明": "铭", "伟": "玮", "静": "靜", "华": "骅", "杰": "洁", "敏": "闵", "丽": "莉", "强": "蔷", "军": "君", "涛": "韬",
        "欣": "昕", "宇": "羽", "婷": "亭", "琳": "林", "晨": "辰", "怡": "贻", "雪": "雯", "浩": "皓", "凯": "恺", "鑫": "馨"}

# area code, province, city, district, issuing authority
AREAS = [
    ("130102", "河北省", "石家庄市", "长安区", "石家庄市公安局长安分局"),
    ("370202", "山东省", "青岛市", "市南区", "青岛市公安局市南分局"),
    ("320102", "江苏省", "南京市", "玄武区", "南京市公安局玄武分局"),
    ("340102", "安徽省", "合肥市", "瑶海区", "合肥市公安局瑶海分局"),
    ("410105", "河南省", "郑州市", "金水区", "郑州市公安局金水分局"),
    ("420106", "湖北省", "武汉市", "武昌区", "武汉市公安局武昌分局"),
    ("430104", "湖南省", "长沙市", "岳麓区", "长沙市公安局岳麓分局"),
    ("510107", "四川省", "成都市", "武侯区", "成都市公安局武侯区分局"),
    ("360102", "江西省", "南昌市", "东湖区", "南昌市公安局东湖分局"),
    ("610113", "陕西省", "西安市", "雁塔区", "西安市公安局雁塔分局"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "哈尔滨市公安局南岗分局"),
    ("350102", "福建省", "福州市", "鼓楼区", "福州市公安局鼓楼分局"),
    ("330106", "浙江省", "杭州市", "西湖区", "杭州市公安局西湖区分局"),
    ("320583", "江苏省", "苏州市", "昆山市", "昆山市公安局"),
    ("341602", "安徽省", "亳州市", "谯城区", "亳州市公安局谯城分局"),
    ("411302", "河南省", "南阳市", "宛城区", "南阳市公安局宛城分局"),
    ("500103", "重庆市", "", "渝中区", "重庆市公安局渝中区分局"),
    ("140105", "山西省", "太原市", "小店区", "太原市公安局小店分局"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "南宁市公安局青秀分局"),
    ("220102", "吉林省", "长春市", "南关区", "长春市公安局南关区分局"),
]
ROADS = ["人民路", "解放路", "建设路", "中山路", "和平路", "胜利路", "文化路", "长江路", "黄河路", "新华路", "光明街", "东风路", "朝阳路", "青年路", "花园路", "民主路", "迎宾大道", "学府路"]
TOWNS = ["城关镇", "柳林镇", "新集镇", "双桥镇", "马庄乡", "白沙镇"]
VILLAGES = ["东风村", "红星村", "前进村", "李庄村", "王集村", "新民村"]
SH_DISTRICTS = ["浦东新区", "徐汇区", "闵行区", "松江区", "杨浦区", "普陀区", "长宁区", "静安区", "宝山区", "嘉定区", "青浦区", "黄浦区"]
SH_ROADS = ["锦绣路", "张杨路", "漕溪北路", "莘庄路", "真北路", "国权路", "曹杨路", "虹桥路", "共和新路", "牡丹江路", "曹安公路", "华漕路", "龙华中路", "江场西路", "金科路", "祖冲之路"]
CO_WORDS = ["浦江", "华腾", "申通", "云帆", "启明", "汇丰达", "博远", "智联", "卓越", "星河", "东方明珠", "海纳", "瑞丰", "鼎盛", "中芯联", "天擎", "远景", "凌云"]
CO_KINDS = ["信息技术有限公司", "科技有限公司", "网络科技有限公司", "贸易有限公司", "医药科技有限公司", "建筑设计有限公司", "电子科技有限公司", "供应链管理有限公司", "文化传媒有限公司"]
AGENCIES = ["上海外联人力资源有限公司", "上海众合人力资源服务有限公司", "上海易才企业管理咨询有限公司", "上海仁联人力资源有限公司", "上海锦程劳务派遣有限公司"]
SCHOOLS = ["浙江工业大学", "江西财经大学", "郑州大学", "南京理工大学", "湖南大学", "西南交通大学", "合肥工业大学", "山东大学", "华东理工大学", "武汉理工大学", "福州大学", "东北林业大学", "长安大学", "上海大学", "河北工业大学"]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("会计学", "管理学"), ("机械设计制造及其自动化", "工学"), ("国际经济与贸易", "经济学"),
          ("汉语言文学", "文学"), ("电子信息工程", "工学"), ("土木工程", "工学"), ("市场营销", "管理学"), ("药学", "理学"), ("数学与应用数学", "理学")]
SHOPS = ["全家便利店", "罗森便利店", "盒马鲜生", "联华超市", "家乐福"]


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    t = sum(int(a) * b for a, b in zip(s17, w)) % 11
    return "10X98765432"[t]


def make_id(area, birth, sex, rng):
    while True:
        seq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
        s17 = "%s%s%03d" % (area, birth.strftime("%Y%m%d"), seq)
        return s17 + id_check(s17)


def d2s(d):
    return d.strftime("%Y-%m-%d")


def m2s(d):
    return d.strftime("%Y-%m")


def parse(s):
    return dt.date.fromisoformat(s)


def month_add(d, n):
    return d + relativedelta(months=n)


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n % 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d, day=True):
    s = "%s年%s月" % (cn_year(d.year), cn_num(d.month))
    return s + ("%s日" % cn_num(d.day) if day else "")


def fmt_date(d, style):
    if style == "dot":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if style == "dash":
        return d2s(d)
    if style == "slash":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "cn0":
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if style == "cnsp":
        return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)
    if style == "cnnum":
        return cn_date(d)
    return d2s(d)


FW = str.maketrans("0123456789()", "０１２３４５６７８９（）")


def fullwidth(s):
    return s.translate(FW)


def wrap_chars(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)] or [""]
