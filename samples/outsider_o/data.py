"""Invented personal data: names, valid-checksum fake ID numbers, addresses in
real districts, invented companies."""
import datetime as dt

SURNAMES = list('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤')
GIVEN = list('伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力波宁欣怡晨阳浩然宇轩梓涵子墨思远雨婷佳琪志鹏海燕凯博文彬嘉俊晓婉清若曦立新国庆雪梅春燕永红兰芝德福')
VARIANTS = {'晓': '小', '立': '丽', '婷': '亭', '静': '靜', '伟': '炜', '军': '君', '明': '铭', '华': '桦',
            '玉': '钰', '杰': '洁', '磊': '垒', '涛': '滔', '平': '萍', '宇': '雨', '欣': '馨', '佳': '嘉',
            '洋': '阳', '浩': '灏', '敏': '闽', '燕': '艳', '芳': '方', '娜': '那', '强': '蔷', '博': '搏'}

# (area code, province, city, district, police authority)
PLACES = [
    ('130102', '河北省', '石家庄市', '长安区', '石家庄市公安局长安区分局'),
    ('370202', '山东省', '青岛市', '市南区', '青岛市公安局市南区分局'),
    ('320102', '江苏省', '南京市', '玄武区', '南京市公安局玄武分局'),
    ('330106', '浙江省', '杭州市', '西湖区', '杭州市公安局西湖区分局'),
    ('340104', '安徽省', '合肥市', '蜀山区', '合肥市公安局蜀山分局'),
    ('410105', '河南省', '郑州市', '金水区', '郑州市公安局金水分局'),
    ('420106', '湖北省', '武汉市', '武昌区', '武汉市公安局武昌区分局'),
    ('430104', '湖南省', '长沙市', '岳麓区', '长沙市公安局岳麓分局'),
    ('510107', '四川省', '成都市', '武侯区', '成都市公安局武侯区分局'),
    ('360102', '江西省', '南昌市', '东湖区', '南昌市公安局东湖分局'),
    ('350203', '福建省', '厦门市', '思明区', '厦门市公安局思明分局'),
    ('450103', '广西壮族自治区', '南宁市', '青秀区', '南宁市公安局青秀分局'),
    ('610113', '陕西省', '西安市', '雁塔区', '西安市公安局雁塔分局'),
    ('220104', '吉林省', '长春市', '朝阳区', '长春市公安局朝阳区分局'),
    ('230103', '黑龙江省', '哈尔滨市', '南岗区', '哈尔滨市公安局南岗分局'),
    ('341602', '安徽省', '亳州市', '谯城区', '亳州市公安局谯城分局'),
    ('500103', '重庆市', '', '渝中区', '重庆市公安局渝中区分局'),
    ('140105', '山西省', '太原市', '小店区', '太原市公安局小店分局'),
    ('210102', '辽宁省', '沈阳市', '和平区', '沈阳市公安局和平分局'),
    ('321282', '江苏省', '泰州市', '靖江市', '靖江市公安局'),
    ('411502', '河南省', '信阳市', '浉河区', '信阳市公安局浉河分局'),
    ('522601', '贵州省', '黔东南苗族侗族自治州', '凯里市', '凯里市公安局'),
]
ROADS = ['长江路', '建设路', '人民路', '解放路', '中山路', '和平路', '胜利街', '文化路', '新华路', '光明路',
         '东风路', '朝阳路', '青年路', '花园路', '友谊路', '团结路', '振兴街', '桂花巷', '梧桐路', '北京路']
TOWNS = [('城关镇', '东风村'), ('新集镇', '张庄村'), ('李营乡', '前进村'), ('白沙镇', '红星村'), ('双桥镇', '河口村')]
ESTATES = ['阳光花园', '锦绣家园', '翠苑小区', '金色港湾', '东湖名邸', '幸福里', '紫荆苑', '书香门第']

SH_DISTRICTS = {
    '浦东新区': ['张杨路', '锦绣路', '杨高南路', '东方路', '川沙路', '海阳西路', '周浦镇年家浜路'],
    '徐汇区': ['漕溪北路', '龙华中路', '田林路', '宜山路', '桂林路'],
    '闵行区': ['七莘路', '莘庄镇莘东路', '虹梅南路', '都市路', '春申路'],
    '松江区': ['文诚路', '荣乐东路', '九亭镇涞寅路', '泗泾镇望东中路'],
    '杨浦区': ['国权路', '控江路', '黄兴路', '殷行路'],
    '静安区': ['共和新路', '江场西路', '彭江路'],
    '普陀区': ['真北路', '桃浦路', '曹杨路', '武宁路'],
    '长宁区': ['天山路', '仙霞路', '古北路'],
    '宝山区': ['牡丹江路', '友谊路', '共富路', '淞滨路'],
    '嘉定区': ['城中路', '安亭镇墨玉南路', '江桥镇金沙江西路'],
    '青浦区': ['华新镇华志路', '徐泾镇诸光路', '城中北路'],
    '虹口区': ['广粤路', '凉城路', '水电路'],
}

CO_WORDS = ['浦江', '华腾', '申远', '汇川', '凌云', '启明', '东衡', '嘉禾', '星澜', '恒瑞通', '云杉', '锦程',
            '博纳', '泓信', '致远', '宏图', '青禾', '立方', '睿德', '沪联']
CO_KINDS = ['信息技术', '网络科技', '电子商务', '生物医药', '机械设备', '物流', '建筑工程', '商务咨询', '食品',
            '文化传媒', '智能科技', '供应链管理']
AGENCIES = ['上海申才人力资源有限公司', '上海众诚人力资源服务有限公司', '上海汇才企业管理咨询有限公司',
            '上海联程人力资源有限公司']
SH_DIST_CODES = ['310115', '310104', '310112', '310117', '310110', '310106', '310107', '310105', '310113', '310114']

SCHOOLS = [('浙江工业大学', 'zj'), ('江西财经大学', 'jx'), ('华东理工大学', 'sh'), ('河南大学', 'hn'),
           ('西南交通大学', 'sc'), ('南京工业大学', 'js'), ('湖南师范大学', 'hun'), ('安徽大学', 'ah'),
           ('上海大学', 'sh'), ('东北林业大学', 'hlj'), ('福州大学', 'fj'), ('长安大学', 'sx'),
           ('武汉理工大学', 'hb'), ('山西大学', 'sxi'), ('上海电机学院', 'sh'), ('青岛科技大学', 'sd')]
MAJORS = [('计算机科学与技术', '工学'), ('机械设计制造及其自动化', '工学'), ('会计学', '管理学'),
          ('英语', '文学'), ('土木工程', '工学'), ('电子信息工程', '工学'), ('市场营销', '管理学'),
          ('金融学', '经济学'), ('药学', '理学'), ('软件工程', '工学'), ('应用化学', '理学'),
          ('法学', '法学'), ('物流管理', '管理学'), ('数学与应用数学', '理学')]
ETHNIC = ['汉'] * 12 + ['回', '满', '土家', '壮', '苗', '蒙古']


def id_check(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return '10X98765432'[s % 11]


def make_id(area, birth, seq):
    f = '%s%s%03d' % (area, birth.strftime('%Y%m%d'), seq)
    return f + id_check(f)


def uscc(rnd, dist):
    """unified social credit code with a proper GB 32100 check character"""
    chars = '0123456789ABCDEFGHJKLMNPQRTUWXY'
    body = '91' + dist + ''.join(rnd.choice(chars[:10] if i < 2 else chars) for i in range(9))
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    s = sum(chars.index(c) * w[i] for i, c in enumerate(body))
    return body + chars[(31 - s % 31) % 31]


def company(rnd, kind=None):
    w = rnd.choice(CO_WORDS)
    k = kind or rnd.choice(CO_KINDS)
    form = rnd.random()
    if form < 0.55:
        return '上海%s%s有限公司' % (w, k)
    if form < 0.7:
        return '上海%s(集团)有限公司' % w
    if form < 0.85:
        return '%s%s(上海)有限公司' % (w, k)
    return '上海%s%s有限公司%s分公司' % (w, k, rnd.choice(['浦东', '闵行', '徐汇', '嘉定']))


def name(rnd, n=None):
    n = n or (2 if rnd.random() < 0.55 else 1)
    return rnd.choice(SURNAMES) + ''.join(rnd.choice(GIVEN) for _ in range(n))


def variant_name(rnd, nm):
    for i in range(len(nm) - 1, 0, -1):
        if nm[i] in VARIANTS:
            return nm[:i] + VARIANTS[nm[i]] + nm[i + 1:]
    return nm[:-1] + ('文' if nm[-1] != '文' else '雯')


def hukou_address(rnd, place):
    code, prov, city, dist, _ = place
    head = prov + city + dist
    r = rnd.random()
    if r < 0.45:
        return head + '%s%d号%d幢%d室' % (rnd.choice(ROADS), rnd.randint(1, 600), rnd.randint(1, 30),
                                         rnd.randint(1, 28) * 100 + rnd.randint(1, 6))
    if r < 0.75:
        t, v = rnd.choice(TOWNS)
        return head + '%s%s%d组%d号' % (t, v, rnd.randint(1, 12), rnd.randint(1, 120))
    return head + '%s%s%d栋%d单元%d室' % (rnd.choice(ROADS), rnd.choice(ESTATES), rnd.randint(1, 20),
                                          rnd.randint(1, 4), rnd.randint(1, 18) * 100 + rnd.randint(1, 4))


def sh_address(rnd):
    d = rnd.choice(list(SH_DISTRICTS))
    road = rnd.choice(SH_DISTRICTS[d])
    if rnd.random() < 0.7:
        return '上海市%s%s%d弄%d号%d室' % (d, road, rnd.randint(10, 2000), rnd.randint(1, 60),
                                        rnd.randint(1, 25) * 100 + rnd.randint(1, 4))
    return '上海市%s%s%d号%d室' % (d, road, rnd.randint(1, 999), rnd.randint(1, 30) * 100 + rnd.randint(1, 9))


CN_DIG = '〇一二三四五六七八九'


def cn_year(y):
    return ''.join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n] if n else '〇'
    if n < 20:
        return '十' + (CN_DIG[n % 10] if n % 10 else '')
    return CN_DIG[n // 10] + '十' + (CN_DIG[n % 10] if n % 10 else '')


def cn_date(d, day=True):
    s = '%s年%s月' % (cn_year(d.year), cn_num(d.month))
    return s + ('%s日' % cn_num(d.day) if day else '')


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_add(ym, n):
    y, m = map(int, ym.split('-'))
    y2, m2 = divmod(m - 1 + n, 12)
    return '%04d-%02d' % (y + y2, m2 + 1)


def month_last_day(ym):
    import calendar
    y, m = map(int, ym.split('-'))
    return calendar.monthrange(y, m)[1]
