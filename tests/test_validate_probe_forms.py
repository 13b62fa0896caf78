"""Relation forms found unchecked or misjudged on the hand-written relation probes (fixtures/probes/fresh-*.md,
written by helpers with their relations known by construction, scored by bench/probes.py before any change for
them). Each case is a sentence in the report's style, the figures a reader finds in it and the checks a reader
expects, worked out by hand; a mutated copy shows the check can fail."""
import pytest

from pipeline import validate as V
from pipeline.shares import _table_share_column
from test_validate import run
from test_validate_coverage import claims_in, summary

AWARDS = "上海牵头或参与完成的项目获国家科学技术奖46项，其中国家自然科学奖9项、国家技术发明奖8项、国家科学技术进步奖29项，占全国授奖总数271项的17.0%"
AWARD_FIGS = [("46项", 46, "count", "项"), ("9项", 9, "count", "项"), ("8项", 8, "count", "项"), ("29项", 29, "count", "项"),
              ("271项", 271, "count", "项"), ("17.0%", 17.0, "percent", "%")]
AMONG = "在97篇第一或通讯作者论文中，高校占63篇、科研院所占26篇、医疗机构占8篇"
AMONG_FIGS = [("97篇", 97, "count", "篇"), ("63篇", 63, "count", "篇"), ("26篇", 26, "count", "篇"), ("8篇", 8, "count", "篇")]
NAMED = "全年发表论文162篇，比上年增长8.7%，分别为《细胞》41篇、《自然》78篇和《科学》43篇"
NAMED_FIGS = [("162篇", 162, "count", "篇"), ("41篇", 41, "count", "篇"), ("78篇", 78, "count", "篇"), ("43篇", 43, "count", "篇")]

NAMED_WHOLE = "全市有效期内高新技术企业25012家。高新技术企业中，营业收入超亿元的企业3487家，占13.9%"
NAMED_WHOLE_FIGS = [("25012家", 25012, "count", "家"), ("3487家", 3487, "count", "家"), ("13.9%", 13.9, "percent", "%")]
NAMED_SHARE = "全年新引进各类人才138213人，其中留学回国人员21532人、外籍高层次人才4628人，外籍高层次人才占新引进人才总数的3.3%"
NAMED_SHARE_FIGS = [("138213人", 138213, "count", "人"), ("21532人", 21532, "count", "人"), ("4628人", 4628, "count", "人"),
                    ("3.3%", 3.3, "percent", "%")]

MONITOR = "全市生态环境自动监测站点达到1146个，分别为空气质量监测站418个、地表水水质自动站263个、声环境自动监测点395个和温室气体监测站70个，全年获取有效监测数据4.7亿条"
MONITOR_FIGS = [("1146个", 1146, "count", "个"), ("418个", 418, "count", "个"), ("263个", 263, "count", "个"),
                ("395个", 395, "count", "个"), ("70个", 70, "count", "个"), ("4.7亿条", 470000000, "count", "亿条")]
DRUGS = "全年本市新增获批上市1类创新药11款，占全国(74款)的14.9%，分别为化学药5款、治疗用生物制品4款和中药创新药2款"
DRUGS_FIGS = [("11款", 11, "count", "款"), ("74款", 74, "count", "款"), ("14.9%", 14.9, "percent", "%"),
              ("5款", 5, "count", "款"), ("4款", 4, "count", "款"), ("2款", 2, "count", "款")]
SOLAR = "年末全市光伏发电累计装机412.6万千瓦，较上年末的333.6万千瓦增长23.7%。其中，分布式光伏和集中式光伏分别为338.9万千瓦和73.7万千瓦"
SOLAR_FIGS = [("412.6万千瓦", 4126000, "other:kW", "万千瓦"), ("333.6万千瓦", 3336000, "other:kW", "万千瓦"),
              ("23.7%", 23.7, "percent", "%"), ("338.9万千瓦", 3389000, "other:kW", "万千瓦"),
              ("73.7万千瓦", 737000, "other:kW", "万千瓦")]

FUEL = "全年新增推广燃料电池汽车1326辆，累计推广达到5418辆。新增车辆包括重型货车742辆、城市物流车396辆以及公交和通勤客车188辆"
FUEL_FIGS = [("1326辆", 1326, "count", "辆"), ("5418辆", 5418, "count", "辆"), ("742辆", 742, "count", "辆"),
             ("396辆", 396, "count", "辆"), ("188辆", 188, "count", "辆")]

FUNDS = "全年全市医疗卫生机构科研经费投入85.43亿元，较上年增长15.4%。从来源结构看，企业委托资金26.29亿元，占科研经费总额的30.8%"
FUNDS_FIGS = [("85.43亿元", 8543000000, "CNY", "亿元"), ("15.4%", 15.4, "percent", "%"), ("26.29亿元", 2629000000, "CNY", "亿元"),
              ("30.8%", 30.8, "percent", "%")]

WAYS = "全年在沪高校和科研院所以转让、许可、作价投资方式转化科技成果共2864项。按转化方式看，转让1326项，许可1157项，作价投资381项"
WAYS_FIGS = [("2864项", 2864, "count", "项"), ("1326项", 1326, "count", "项"), ("1157项", 1157, "count", "项"),
             ("381项", 381, "count", "项")]

STANDARDS = "全年本市企事业单位主导和参与制定各类标准1284项，其中主导制定1046项、参与制定238项。主导制定国际标准46项，占主导制定标准总数的4.4%"
STANDARDS_FIGS = [("1284项", 1284, "count", "项"), ("1046项", 1046, "count", "项"), ("238项", 238, "count", "项"),
                  ("46项", 46, "count", "项"), ("4.4%", 4.4, "percent", "%")]

STD = "全年发布地方标准138项，智能制造、生物医药、城市数字化转型和公共服务领域分别为34项、27项、41项和36项。"
STD_FIGS = [("138项", 138, "count", "项"), ("34项", 34, "count", "项"), ("27项", 27, "count", "项"), ("41项", 41, "count", "项"),
            ("36项", 36, "count", "项")]

REST = "全年市级科技专项支持航空航天与高端装备领域项目196项，由企业牵头承担的142项，占比超过七成。其余54项由高校和科研院所牵头"
REST_FIGS = [("196项", 196, "count", "项"), ("142项", 142, "count", "项"), ("七成", 70, "percent", "成"), ("54项", 54, "count", "项")]

FUNDS_U = "全年各级政府引导基金实缴出资75.44亿元，其中市级基金52.83亿元、区级基金22.61亿元，市级基金实缴出资占70.0%。"
FUNDS_U_FIGS = [("75.44亿元", 75.44e8, "CNY", "亿元"), ("52.83亿元", 52.83e8, "CNY", "亿元"), ("22.61亿元", 22.61e8, "CNY", "亿元"),
                ("70.0%", 70.0, "percent", "%")]

POSTDOC = "全年申请进站5120人，获批进站4380人，进站率85.5%；新进站博士后分别为高校2460人、科研院所1050人和企业博士后工作站870人。"
POSTDOC_FIGS = [("5120人", 5120, "count", "人"), ("4380人", 4380, "count", "人"), ("2460人", 2460, "count", "人"),
                ("1050人", 1050, "count", "人"), ("870人", 870, "count", "人")]

VISITS = "全年科普场馆接待观众2413.6万人次，其中上海科技馆(含上海自然博物馆、上海天文馆)接待观众682.5万人次，占全市科普场馆接待总量的28.3%。"
VISITS_FIGS = [("2413.6万人次", 24136000, "person_times", "万人次"), ("682.5万人次", 6825000, "person_times", "万人次"),
               ("28.3%", 28.3, "percent", "%")]

PARKS = "截至年底，全市共有农业科技园区24家，其中国家级农业科技园区5家、市级农业科技园区19家，园区集聚农业科技企业超过六百家。"
PARKS_FIGS = [("24家", 24, "count", "家"), ("5家", 5, "count", "家"), ("19家", 19, "count", "家"),
              ("六百家", 600, "count", "家", "over")]

GIANTS = "新增科技小巨人（含培育）企业186家，其中科技小巨人企业64家、科技小巨人培育企业122家，累计培育科技小巨人（含培育）企业超过两千八百家"
GIANTS_FIGS = [("186家", 186, "count", "家"), ("64家", 64, "count", "家"), ("122家", 122, "count", "家"),
               ("两千八百家", 2800, "count", "家", "over")]

COMPUTE = "截至年底，全市算力总规模达到148.3EFLOPS，其中智能算力112.6EFLOPS、通用算力31.2EFLOPS、超算算力4.5EFLOPS。智能算力占全市算力总规模的75.9%"
COMPUTE_FIGS = [("148.3EFLOPS", 148.3, "other:EFLOPS", "EFLOPS"), ("112.6EFLOPS", 112.6, "other:EFLOPS", "EFLOPS"),
                ("31.2EFLOPS", 31.2, "other:EFLOPS", "EFLOPS"), ("4.5EFLOPS", 4.5, "other:EFLOPS", "EFLOPS"),
                ("75.9%", 75.9, "percent", "%")]

SUBJECTS = {"2413.6万人次": "科普场馆接待观众", "682.5万人次": "科普场馆接待观众", "75.44亿元": "各级政府引导基金实缴出资", "52.83亿元": "市级基金实缴出资", "22.61亿元": "区级基金",
            "24家": "全市共有农业科技园区", "91家": "市级农业科技园区", "六百家": "园区集聚农业科技企业", "148.3EFLOPS": "全市算力总规模", "112.6EFLOPS": "智能算力", "31.2EFLOPS": "通用算力",
            "4.5EFLOPS": "超算算力", "1284项": "本市企事业单位主导和参与制定各类标准", "1046项": "主导制定", "238项": "参与制定",
            "46项": "主导制定国际标准", "1560人": "东方英才计划共遴选各类人才", "358人": "女性入选者",
            "312人": "生物医药领域入选", "85.43亿元": "全市医疗卫生机构科研经费投入", "26.29亿元": "企业委托资金", "1326辆": "新增推广燃料电池汽车", "5418辆": "累计推广", "19家": "科创板", "6家": "北交所", "2.36万件": "重点产业企业发明专利授权量", "25012家": "全市有效期内高新技术企业", "3487家": "营业收入超亿元的企业", "138213人": "新引进各类人才",
            "21532人": "留学回国人员", "4628人": "外籍高层次人才"}

CASES = [
    # the amount in the 占 clause is the share's base, not a fourth part; after three parts the share is the whole's
    ("share clause after parts", AWARDS, AWARD_FIGS, V.part_whole, [("part_whole", "pass", ["46项", "9项", "8项", "29项"])]),
    ("share of the whole", AWARDS, AWARD_FIGS, V.share, [("share", "pass", ["17.0%", "46项", "271项"])]),
    ("share of the whole mutated", AWARDS.replace("17.0%", "11.0%"), AWARD_FIGS[:5] + [("11.0%", 11.0, "percent", "%")],
     V.share, [("share", "fail", ["11.0%", "46项", "271项"])]),
    # 在N…中，A占a: parts of the figure before 中
    ("among", AMONG, AMONG_FIGS, V.part_whole, [("part_whole", "pass", ["97篇", "63篇", "26篇", "8篇"])]),
    ("among mutated", AMONG.replace("63篇", "93篇"), [AMONG_FIGS[0], ("93篇", 93, "count", "篇")] + AMONG_FIGS[2:],
     V.part_whole, [("part_whole", "fail", ["97篇", "93篇", "26篇", "8篇"])]),
    ("whole then 中", "独角兽企业66家中，人工智能领域占19家、集成电路领域占14家",
     [("66家", 66, "count", "家"), ("19家", 19, "count", "家"), ("14家", 14, "count", "家")], V.part_whole,
     [("part_whole", "pass", ["66家", "19家", "14家"])]),
    # 其中 is no 中
    ("其中 is not among", "新增企业66家，其中，人工智能领域占19家",
     [("66家", 66, "count", "家"), ("19家", 19, "count", "家")], V.part_whole,
     [("part_whole", "pass", ["66家", "19家"])]),
    # a 分别为 list naming its items after the marker breaks the figure before it down: Σ = total
    ("named list", NAMED, NAMED_FIGS, V.list_total, [("list_total", "pass", ["162篇", "41篇", "78篇", "43篇"])]),
    ("named list mutated", NAMED.replace("78篇", "88篇"), NAMED_FIGS[:2] + [("88篇", 88, "count", "篇")] + NAMED_FIGS[3:],
     V.list_total, [("list_total", "fail", ["162篇", "41篇", "88篇", "43篇"])]),
    # a breakdown lead (按…分，共包括) refers to the whole of the sentence before
    ("breakdown lead", "全年技术合同成交额7318.46亿元，同比增长18.6%。按合同类型分，共包括技术开发合同2846.73亿元、技术服务合同3763.91亿元",
     [("7318.46亿元", 7318.46e8, "CNY", "亿元"), ("18.6%", 18.6, "percent", "%"), ("2846.73亿元", 2846.73e8, "CNY", "亿元"),
      ("3763.91亿元", 3763.91e8, "CNY", "亿元")], V.part_whole,
     [("part_whole", "pass", ["7318.46亿元", "2846.73亿元", "3763.91亿元"])]),
    # "<noun>中，" opening a sentence: the figure before whose subject ends with the noun is the whole
    ("named whole", NAMED_WHOLE, NAMED_WHOLE_FIGS, V.share, [("share", "pass", ["13.9%", "3487家", "25012家"])]),
    ("named whole mutated", NAMED_WHOLE.replace("13.9%", "19.3%"), NAMED_WHOLE_FIGS[:2] + [("19.3%", 19.3, "percent", "%")],
     V.share, [("share", "fail", ["19.3%", "3487家", "25012家"])]),
    # a share naming its part and whole in words after a 其中 list
    ("named share", NAMED_SHARE, NAMED_SHARE_FIGS, V.share, [("share", "pass", ["3.3%", "4628人", "138213人"])]),
    ("named share mutated", NAMED_SHARE.replace("3.3%", "3.8%"), NAMED_SHARE_FIGS[:3] + [("3.8%", 3.8, "percent", "%")],
     V.share, [("share", "fail", ["3.8%", "4628人", "138213人"])]),
    # a word counting the items may stand before the closing total
    ("四区合计", "浦东新区96家、徐汇区46家、杨浦区58家、闵行区51家，四区合计251家",
     [("96家", 96, "count", "家"), ("46家", 46, "count", "家"), ("58家", 58, "count", "家"), ("51家", 51, "count", "家"),
      ("251家", 251, "count", "家")], V.list_total, [("list_total", "pass", ["251家", "96家", "46家", "58家", "51家"])]),
    ("四区合计 mutated", "浦东新区96家、徐汇区46家、杨浦区58家、闵行区51家，四区合计215家",
     [("96家", 96, "count", "家"), ("46家", 46, "count", "家"), ("58家", 58, "count", "家"), ("51家", 51, "count", "家"),
      ("215家", 215, "count", "家")], V.list_total, [("list_total", "fail", ["215家", "96家", "46家", "58家", "51家"])]),
    # a line's label (成果转化：) is no clause of the base count
    ("rate after a label", "成果转化：全年高校院所披露科技成果2380项，实现转化1052项，转化率44.2%",
     [("2380项", 2380, "count", "项"), ("1052项", 1052, "count", "项"), ("44.2%", 44.2, "percent", "%")], V.rate,
     [("rate", "pass", ["44.2%", "1052项", "2380项"])]),
    # the base of a rate holds the count: not one of the 其中 parts before it
    ("rate base holds the count", "购买科技服务2274单，其中研发类1703单、咨询类571单。已完成兑付2089单，兑付率91.9%",
     [("2274单", 2274, "count", "单"), ("1703单", 1703, "count", "单"), ("571单", 571, "count", "单"),
      ("2089单", 2089, "count", "单"), ("91.9%", 91.9, "percent", "%")], V.rate, [("rate", "pass", ["91.9%", "2089单", "2274单"])]),
    # 其中 opening a sentence, the share naming its whole in words
    ("其中 part named share", "发明专利授权量2.36万件，同比增长15.3%。其中，集成电路企业8740件，占重点产业企业发明专利授权量的37.0%",
     [("2.36万件", 23600, "count", "万件"), ("15.3%", 15.3, "percent", "%"), ("8740件", 8740, "count", "件"),
      ("37.0%", 37.0, "percent", "%")], V.share, [("share", "pass", ["37.0%", "8740件", "2.36万件"])]),
    ("其中 part named share mutated", "发明专利授权量2.36万件，同比增长15.3%。其中，集成电路企业8740件，占重点产业企业发明专利授权量的41.3%",
     [("2.36万件", 23600, "count", "万件"), ("15.3%", 15.3, "percent", "%"), ("8740件", 8740, "count", "件"),
      ("41.3%", 41.3, "percent", "%")], V.share, [("share", "fail", ["41.3%", "8740件", "2.36万件"])]),
    # subsets named after "N中，", with 占 or without
    ("among without 占", "192位在沪院士中，中国科学院院士占108人，中国工程院院士84人",
     [("192位", 192, "count", "位"), ("108人", 108, "count", "人"), ("84人", 84, "count", "人")], V.part_whole,
     [("part_whole", "pass", ["192位", "108人", "84人"])]),
    ("among without 占 mutated", "192位在沪院士中，中国科学院院士占108人，中国工程院院士94人",
     [("192位", 192, "count", "位"), ("108人", 108, "count", "人"), ("94人", 94, "count", "人")], V.part_whole,
     [("part_whole", "fail", ["192位", "108人", "94人"])]),
    # 占全国 after the national figure stated earlier in the sentence
    ("scope share", "全国博士后创新人才支持计划共资助400名，上海入选52人，占全国的13.0%",
     [("400名", 400, "count", "名"), ("52人", 52, "count", "人"), ("13.0%", 13.0, "percent", "%")], V.share,
     [("share", "pass", ["13.0%", "52人", "400名"])]),
    ("scope share mutated", "全国博士后创新人才支持计划共资助400名，上海入选52人，占全国的18.0%",
     [("400名", 400, "count", "名"), ("52人", 52, "count", "人"), ("18.0%", 18.0, "percent", "%")], V.share,
     [("share", "fail", ["18.0%", "52人", "400名"])]),
    # the rate's verb after its count (8652人通过)
    ("rate verb after", "全年共14091人申报高级职称评审，8652人通过，通过率为61.4%",
     [("14091人", 14091, "count", "人"), ("8652人", 8652, "count", "人"), ("61.4%", 61.4, "percent", "%")], V.rate,
     [("rate", "pass", ["61.4%", "8652人", "14091人"])]),
    # a share named after a part of a 其中 list, 占比 with no whole: the 其中 whole's
    ("part named 占比", "全年新增上市企业36家，其中科创板19家、北交所6家，科创板新增上市企业占比达52.8%",
     [("36家", 36, "count", "家"), ("19家", 19, "count", "家"), ("6家", 6, "count", "家"), ("52.8%", 52.8, "percent", "%")],
     V.share, [("share", "pass", ["52.8%", "19家", "36家"])]),
    # a rate's stem said with other words between its characters (获贷率: 获得贷款)
    ("rate stem spread", "全年共有3862户企业申请，其中2917户获得贷款，获贷率75.5%",
     [("3862户", 3862, "count", "户"), ("2917户", 2917, "count", "户"), ("75.5%", 75.5, "percent", "%")], V.rate,
     [("rate", "pass", ["75.5%", "2917户", "3862户"])]),
    # 涉及 lists parts like 包括
    ("涉及 parts", "发布榜单45项，涉及集成电路16项、人工智能12项、生物医药10项、高端装备7项",
     [("45项", 45, "count", "项"), ("16项", 16, "count", "项"), ("12项", 12, "count", "项"), ("10项", 10, "count", "项"),
      ("7项", 7, "count", "项")], V.part_whole, [("part_whole", "pass", ["45项", "16项", "12项", "10项", "7项"])]),
    # subsets after "N中，" count what N counts (15个行业 is another thing)
    ("subsets in the whole's measure", "新增的42款中，通用大模型9款、行业大模型26款、端侧轻量化模型7款，应用覆盖15个行业",
     [("42款", 42, "count", "款"), ("9款", 9, "count", "款"), ("26款", 26, "count", "款"), ("7款", 7, "count", "款"),
      ("15个", 15, "count", "个")], V.part_whole, [("part_whole", "pass", ["42款", "9款", "26款", "7款"])]),
    # the prior year's figure is no part of a share
    ("prior year is no part", "发表论文196篇，较上年的172篇明显增加，占全国(616篇)的31.8%",
     [("196篇", 196, "count", "篇"), ("172篇", 172, "count", "篇"), ("616篇", 616, "count", "篇"),
      ("31.8%", 31.8, "percent", "%")], V.share, [("share", "pass", ["31.8%", "196篇", "616篇"])]),
    # names before 分别 take the figures one by one: they may be some of the total's parts only, so the sum is held
    # to at most the total, never to equal it (this case had no check before probe N's names-before-分别 lists)
    ("names before 分别", "全年发表论文162篇，《细胞》和《自然》分别为41篇和78篇",
     NAMED_FIGS[:3], V.list_total, [("list_total", "pass", ["162篇", "41篇", "78篇"])]),
    # from K and L: the list ends with its item joined by 和, and a figure counted in another word is no item
    ("list ends at 和", MONITOR, MONITOR_FIGS, V.list_total, [("list_total", "pass", ["1146个", "418个", "263个", "395个", "70个"])]),
    ("list ends at 和 mutated", MONITOR.replace("263个", "268个"),
     [(r.replace("263个", "268个"), 268 if r == "263个" else v, b, u) for r, v, b, u in MONITOR_FIGS], V.list_total,
     [("list_total", "fail", ["1146个", "418个", "268个", "395个", "70个"])]),
    # the amount in a share's clause is its base, not the figure the 分别 list breaks down
    ("share base is no list total", DRUGS, DRUGS_FIGS, V.list_total, [("list_total", "pass", ["11款", "5款", "4款", "2款"])]),
    # a stock and a flow counted in other words are two things (23个 platforms, 1870批次 of service)
    ("flow in another word", "全年新建生物制造中试平台9个，累计建成23个，全年向企业提供中试服务1870批次",
     [("9个", 9, "count", "个"), ("23个", 23, "count", "个"), ("1870批次", 1870, "count", "批次")], V.part_whole,
     [("part_whole", "pass", ["23个", "9个"])]),
    # nor is a share's base (the amount in 占全国(N)的)
    ("share base is no whole", "全年本市新登记药物临床试验1286项，占全国(5312项)的24.2%；其中由本市机构牵头的国际多中心临床试验187项",
     [("1286项", 1286, "count", "项"), ("5312项", 5312, "count", "项"), ("24.2%", 24.2, "percent", "%"),
      ("187项", 187, "count", "项")], V.part_whole, [("part_whole", "pass", ["1286项", "187项"])]),
    # a lead naming the whole before 包括 picks it from the sentence before (新增车辆 → 新增推广…1326辆, not 累计…5418辆)
    ("lead names the whole", FUEL, FUEL_FIGS, V.part_whole,
     [("part_whole", "pass", ["1326辆", "742辆", "396辆", "188辆"])]),
    ("lead names the whole mutated", FUEL.replace("742辆", "842辆"),
     [(r.replace("742辆", "842辆"), 842 if r == "742辆" else v, b, u) for r, v, b, u in FUEL_FIGS], V.part_whole,
     [("part_whole", "fail", ["1326辆", "842辆", "396辆", "188辆"])]),
    # a longer rate word (认定通过率) whose count says only its first word (经评审认定41家)
    ("rate of a longer stem", "年内申报市级科普教育基地的单位共73家，经评审认定41家，认定通过率56.2%",
     [("73家", 73, "count", "家"), ("41家", 41, "count", "家"), ("56.2%", 56.2, "percent", "%")], V.rate,
     [("rate", "pass", ["56.2%", "41家", "73家"])]),
    ("rate of a longer stem mutated", "年内申报市级科普教育基地的单位共73家，经评审认定41家，认定通过率65.2%",
     [("73家", 73, "count", "家"), ("41家", 41, "count", "家"), ("65.2%", 65.2, "percent", "%")], V.rate,
     [("rate", "fail", ["65.2%", "41家", "73家"])]),
    # a share naming its whole in words that the whole's subject closes with a measure noun (科研经费 / …科研经费投入)
    ("worded whole with a tail", FUNDS, FUNDS_FIGS, V.share, [("share", "pass", ["30.8%", "26.29亿元", "85.43亿元"])]),
    ("worded whole with a tail mutated", FUNDS.replace("30.8%", "38.0%"), FUNDS_FIGS[:3] + [("38.0%", 38.0, "percent", "%")],
     V.share, [("share", "fail", ["38.0%", "26.29亿元", "85.43亿元"])]),
    # a sentence opening with a breakdown lead (按…看，) lists the parts of the figure before it
    ("breakdown after a lead", WAYS, WAYS_FIGS, V.list_total, [("list_total", "pass", ["2864项", "1326项", "1157项", "381项"])]),
    ("breakdown after a lead mutated", WAYS.replace("1157项", "1175项"),
     [(r.replace("1157项", "1175项"), 1175 if r == "1157项" else v, b, u) for r, v, b, u in WAYS_FIGS], V.list_total,
     [("list_total", "fail", ["2864项", "1326项", "1175项", "381项"])]),
    # a perspective (从申报情况看) is no breakdown: its figures are no parts of the figure before
    ("perspective is no breakdown", "全年共立项国际科技合作项目236项。从申报情况看，全年受理申请1180项，立项236项",
     [("236项", 236, "count", "项"), ("1180项", 1180, "count", "项"), ("236项", 236, "count", "项")], V.list_total, []),
    # a list's last item is the one a joining word opens (和), not one whose name holds 与 (城市治理与政务服务61个)
    ("与 inside an item's name", "全年发布人工智能重点应用场景320个，分别为智能制造86个、医疗健康52个、金融服务47个、城市治理与政务服务61个、教育38个和交通出行36个",
     [("320个", 320, "count", "个"), ("86个", 86, "count", "个"), ("52个", 52, "count", "个"), ("47个", 47, "count", "个"),
      ("61个", 61, "count", "个"), ("38个", 38, "count", "个"), ("36个", 36, "count", "个")], V.list_total,
     [("list_total", "pass", ["320个", "86个", "52个", "47个", "61个", "38个", "36个"])]),
    # a count in another measure word is no rate's base (标准机架5.42万架 … 核准兑付1037份，兑付率82.0%)
    ("rate base in another word", "智算中心34个，标准机架5.42万架，算力券核准兑付1037份，兑付率82.0%",
     [("34个", 34, "count", "个"), ("5.42万架", 54200, "count", "万架"), ("1037份", 1037, "count", "份"),
      ("82.0%", 82.0, "percent", "%")], V.rate, []),
    # 占…总数的 naming a total in other words: the figure before whose subject shares most of them
    ("total in words", STANDARDS, STANDARDS_FIGS, V.share, [("share", "pass", ["4.4%", "46项", "1046项"])]),
    ("total in words mutated", STANDARDS.replace("4.4%", "4.8%"), STANDARDS_FIGS[:4] + [("4.8%", 4.8, "percent", "%")],
     V.share, [("share", "fail", ["4.8%", "46项", "1046项"])]),
    # a figure with a share of its own (女性入选者358人，占比…) is a part, no total
    ("a part with its own share is no total", "东方英才计划共遴选各类人才1560人，女性入选者358人，占比22.9%。分领域看，生物医药领域入选312人，占入选总数的20.0%",
     [("1560人", 1560, "count", "人"), ("358人", 358, "count", "人"), ("22.9%", 22.9, "percent", "%"),
      ("312人", 312, "count", "人"), ("20.0%", 20.0, "percent", "%")], V.share, []),
    # a sentence opening with a name and 占: the part of that name in the 其中 list before, of the whole before it
    ("named part after 其中", COMPUTE, COMPUTE_FIGS, V.share, [("share", "pass", ["75.9%", "112.6EFLOPS", "148.3EFLOPS"])]),
    ("named part after 其中 mutated", COMPUTE.replace("75.9%", "79.5%"), COMPUTE_FIGS[:4] + [("79.5%", 79.5, "percent", "%")],
     V.share, [("share", "fail", ["79.5%", "112.6EFLOPS", "148.3EFLOPS"])]),
    # the prior year's figure is no whole of the 其中 parts after it
    ("prior year is no whole", SOLAR, SOLAR_FIGS, V.part_whole, [("part_whole", "pass", ["412.6万千瓦", "338.9万千瓦", "73.7万千瓦"])]),
    # probe N: categories named before 分别 are parts of the figure before (Σ ≤ total: the names may be some only)
    ("names before 分别 are parts", STD, STD_FIGS, V.list_total, [("list_total", "pass", ["138项", "34项", "27项", "41项", "36项"])]),
    ("names before 分别 are parts mutated", STD.replace("41项", "71项"),
     [(r.replace("41项", "71项"), 71 if r == "41项" else v, b, u) for r, v, b, u in STD_FIGS], V.list_total,
     [("list_total", "fail", ["138项", "34项", "27项", "71项", "36项"])]),
    # probe Q: the rest (其余N) opening the next sentence completes the whole with the part named before it
    ("the rest completes the whole", REST, REST_FIGS, V.list_total, [("list_total", "pass", ["196项", "142项", "54项"])]),
    ("the rest completes the whole mutated", REST.replace("54项", "45项"),
     [(r.replace("54项", "45项"), 45 if r == "54项" else v, b, u) for r, v, b, u in REST_FIGS], V.list_total,
     [("list_total", "fail", ["196项", "142项", "45项"])]),
    # probe K: after 分阶段看 the items open the sentence; the first item is no whole of the rest
    ("the first item is no whole", "分阶段看，Ⅰ期临床试验412项、Ⅱ期365项、Ⅲ期298项，其余211项为Ⅳ期及生物等效性试验。",
     [("412项", 412, "count", "项"), ("365项", 365, "count", "项"), ("298项", 298, "count", "项"), ("211项", 211, "count", "项")],
     V.list_total, []),
    # probe U: a bare 占N% after a 其中 list, the part named again before 占: the 其中 whole's share (52.83/75.44 = 70.03%)
    ("bare 占 after 其中", FUNDS_U, FUNDS_U_FIGS, V.share, [("share", "pass", ["70.0%", "52.83亿元", "75.44亿元"])]),
    ("bare 占 after 其中 mutated", FUNDS_U.replace("70.0%", "77.0%"), FUNDS_U_FIGS[:3] + [("77.0%", 77.0, "percent", "%")],
     V.share, [("share", "fail", ["77.0%", "52.83亿元", "75.44亿元"])]),
    # probe V: 占全市…总量的 after a 其中 part of a figure whose subject names no other area: the 其中 whole's share
    # (682.5 / 2413.6 = 28.28%)
    ("scope share of an unowned whole", VISITS, VISITS_FIGS, V.share, [("share", "pass", ["28.3%", "682.5万人次", "2413.6万人次"])]),
    ("scope share of an unowned whole mutated", VISITS.replace("28.3%", "23.8%"), VISITS_FIGS[:2] + [("23.8%", 23.8, "percent", "%")],
     V.share, [("share", "fail", ["23.8%", "682.5万人次", "2413.6万人次"])]),
    # probe W: a 分别 list opening the clause after ；names its whole by a word of the clause before (进站: 4380, the
    # nearest of the two counts naming it)
    ("a list's lead across ；", POSTDOC, POSTDOC_FIGS, V.list_total, [("list_total", "pass", ["4380人", "2460人", "1050人", "870人"])]),
    ("a list's lead across ； mutated", POSTDOC.replace("870人", "780人"),
     [(r.replace("870人", "780人"), 780 if r == "870人" else v, b, u) for r, v, b, u in POSTDOC_FIGS], V.list_total,
     [("list_total", "fail", ["4380人", "2460人", "1050人", "780人"])]),
    # probe Y: what the whole brought about (带动…) after its 其中 part and the part's share is no second part
    ("a consequence is no part", "立项项目共投入财政资金17.32亿元，其中上海出资5.82亿元，占33.6%，带动企业和社会资金投入超过40亿元。",
     [("17.32亿元", 17.32e8, "CNY", "亿元"), ("5.82亿元", 5.82e8, "CNY", "亿元"), ("33.6%", 33.6, "percent", "%"),
      ("40亿元", 40e8, "CNY", "亿元", "over")], V.part_whole, [("part_whole", "pass", ["17.32亿元", "5.82亿元"])]),
    # probe U: the first item of a 、 list is no whole of the rest after it
    ("a list item is no whole of the rest", "按注册地看，浦东新区52家、闵行区11家、嘉定区9家、松江区8家，其余18家分布在徐汇、杨浦、宝山等区。",
     [("52家", 52, "count", "家"), ("11家", 11, "count", "家"), ("9家", 9, "count", "家"), ("8家", 8, "count", "家"),
      ("18家", 18, "count", "家")], V.list_total, []),
    # probe T: a clause opening with the whole's own noun (园区集聚…) says more of the whole, it is no part
    ("the whole again is no part", PARKS, PARKS_FIGS, V.part_whole, [("part_whole", "pass", ["24家", "5家", "19家"])]),
    ("the whole again is no part mutated", PARKS.replace("19家", "91家"),
     [(r.replace("19家", "91家"), 91 if r == "19家" else v, b, u, *q) for r, v, b, u, *q in PARKS_FIGS], V.part_whole,
     [("part_whole", "fail", ["24家", "5家", "91家"])]),
    # probe R: a 其中 list of this year's new ones ends where a cumulative clause opens (累计…超过两千八百家)
    ("其中 list ends at 累计", GIANTS, GIANTS_FIGS, V.part_whole, [("part_whole", "pass", ["186家", "64家", "122家"])]),
    ("其中 list ends at 累计 mutated", GIANTS.replace("122家", "132家"),
     [(r.replace("122家", "132家"), 132 if r == "122家" else v, b, u, *q) for r, v, b, u, *q in GIANTS_FIGS], V.part_whole,
     [("part_whole", "fail", ["186家", "64家", "132家"])]),
]


@pytest.mark.parametrize("name,ctx,figures,rule,expected", CASES, ids=[c[0] for c in CASES])
def test_probe_forms(name, ctx, figures, rule, expected):
    cl = claims_in(ctx, figures)
    for c in cl:
        c.kind = "share" if c.base_unit == "percent" else "level"
        c.subject = SUBJECTS.get(c.raw, "")  # the subjects the grammar gives, where a rule reads them
    assert summary(run(rule, cl)) == expected


def _one_column_table(rows: list[tuple[str, int]], header: str, unit: str, changed: tuple[str, int] | None = None):
    """Cells of a one-column table (label, value) in row order; `changed` sets one row's printed value."""
    from test_validate import C
    out = []
    for r, (label, v) in enumerate(rows):
        v = changed[1] if changed and label == changed[0] else v
        c = C(str(v), v, v, "count", context=str(v))
        c.table_id, c.row, c.col, c.subject, c.unit = "t1", r + 1, 1, f"{label} {header}", unit
        out.append(c)
    return out


def test_a_sum_over_subtotal_and_loose_rows():
    """合计 = 小计 + the rows no subtotal took (a loan table: three products, 小计, two more rows, 合计)."""
    rows = [("科创履约贷", 1236), ("科技微贷通", 2418), ("沪科积分贷", 873), ("小计", 4527), ("知识产权质押贷款", 642),
            ("科技企业首贷", 518), ("合计", 5687)]
    out = run(V.table_totals, _one_column_table(rows, "放款笔数", "笔"))
    assert [(k.outcome, k.expected) for k in out.checks] == [("pass", "4527"), ("pass", "5687")]
    out = run(V.table_totals, _one_column_table(rows, "放款笔数", "笔", ("合计", 5678)))
    assert [k.outcome for k in out.checks] == ["pass", "fail"]


def test_a_groups_subtotal_sums_the_rows_naming_the_group():
    """probe N's 表3: 事业单位, 国有企业, 民营企业, 外资企业, 企业小计, 合计: the 小计 is the three 企业 rows, the 合计 the
    subtotal and the row no subtotal took (it had been read as all four rows, and flagged)."""
    rows = [("事业单位", 186), ("国有企业", 142), ("民营企业", 1296), ("外资企业", 249), ("企业小计", 1687), ("合计", 1873)]
    out = run(V.table_totals, _one_column_table(rows, "机构数", "家"))
    assert [(k.outcome, k.expected) for k in out.checks] == [("pass", "1687"), ("pass", "1873")]
    out = run(V.table_totals, _one_column_table(rows, "机构数", "家", ("企业小计", 1697)))
    # (nineteenth session: the 合计 is the rows' sum, 186 + 142 + 1296 + 249 = 1873, so the subtotal is the miscopy and
    # the 合计 is read against the rows: one flag, where the subtotal's miscopy had raised two)
    assert [k.outcome for k in out.checks] == ["fail", "pass"]


def test_a_chronologys_dated_items_are_separate_statements():
    """probe P: "- 3月，…授奖268项(人)，2位科学家获…" then "- 4月，…金聚奖8项、银聚奖20项、铜聚奖40项，共68项": the
    closing total sums the items of its own month only."""
    from test_validate import C
    a = "3月，上海市科学技术奖励大会召开，授奖268项(人)，2位科学家获上海市科技功臣奖"
    b = "4月，第5届“海聚英才”全球创新创业峰会举办，大赛评出金聚奖8项、银聚奖20项、铜聚奖40项，共68项"
    cl = claims_in(a, [("268项(人)", 268, "count", "项(人)"), ("2位", 2, "count", "位")], page=9) + \
        claims_in(b, [("8项", 8, "count", "项"), ("20项", 20, "count", "项"), ("40项", 40, "count", "项"),
                      ("68项", 68, "count", "项")], page=9)
    for c in cl:
        c.kind = "level"
    assert summary(run(V.list_total, cl)) == [("list_total", "pass", ["68项", "8项", "20项", "40项"])]


def test_a_figure_right_after_a_rows_label_is_that_row_not_the_tables_total():
    """probe R: "共有各类孵化载体547家，分别为科技企业孵化器221家、众创空间309家和大学科技园17家" beside a table of the
    three rows: the text's total is 547家; 17家 (after the last label) had been read as the total and flagged."""
    from test_validate import C
    text = "截至年底，全市共有各类孵化载体547家，分别为科技企业孵化器221家、众创空间309家和大学科技园17家。"
    figs = [("547家", 547, "count", "家"), ("221家", 221, "count", "家"), ("309家", 309, "count", "家"),
            ("17家", 17, "count", "家")]
    rows = [("科技企业孵化器", 221), ("众创空间", 309), ("大学科技园", 17), ("合计", 547)]
    cells = _one_column_table(rows, "数量", "家")
    for c in cells:
        c.context = f"{c.subject.split()[0]} {c.raw}"
    out = run(V.list_total, claims_in(text, figs) + cells)
    assert not out.flags
    assert not [k for k in out.checks if k.claim_ids.split("|")[0].endswith("-17家")]


def _with_subjects(cl, subjects):
    for c in cl:
        c.kind = "share" if c.base_unit == "percent" else "level"
        c.subject = subjects.get(c.raw, "")
    return cl


def test_a_scope_share_whose_whole_is_the_sentence_before():
    """probe R: "全市研发经费支出2438.6亿元，同比增长7.3%。浦东新区研发经费支出1012.4亿元，占全市的41.5%"."""
    text = "全市研发经费支出2438.6亿元，同比增长7.3%。浦东新区研发经费支出1012.4亿元，占全市的{}%，继续领跑全市"
    subjects = {"2438.6亿元": "全市研发经费支出", "7.3%": "全市研发经费支出", "1012.4亿元": "浦东新区研发经费支出"}
    for stated, outcome in (("41.5", "pass"), ("45.1", "fail")):  # 1012.4 / 2438.6 = 41.52%
        figs = [("2438.6亿元", 2438.6e8, "CNY", "亿元"), ("7.3%", 7.3, "percent", "%"), ("1012.4亿元", 1012.4e8, "CNY", "亿元"),
                (f"{stated}%", float(stated), "percent", "%")]
        cl = _with_subjects(claims_in(text.format(stated), figs), subjects)
        cl[1].kind = "change"
        assert summary(run(V.share, cl)) == [("share", outcome, [f"{stated}%", "1012.4亿元", "2438.6亿元"])]


def test_a_worded_whole_whose_subject_carries_a_verb():
    """probe R: 占科学城营业总收入的68.3% names "张江科学城实现营业总收入9846.3亿元" of the paragraph before."""
    first = "张江科学城全年实现营业总收入9846.3亿元，同比增长9.6%。"
    second = "三大先导产业合计实现营收6723.6亿元，占科学城营业总收入的{}%，集聚度居全国前列。"
    for stated, outcome in (("68.3", "pass"), ("63.8", "fail")):  # 6723.6 / 9846.3 = 68.29%
        cl = _with_subjects(claims_in(first, [("9846.3亿元", 9846.3e8, "CNY", "亿元")]) +
                            claims_in(second.format(stated), [("6723.6亿元", 6723.6e8, "CNY", "亿元"),
                                                              (f"{stated}%", float(stated), "percent", "%")], page=2),
                            {"9846.3亿元": "张江科学城实现营业总收入", "6723.6亿元": "三大先导产业合计实现营收"})
        assert summary(run(V.share, cl)) == [("share", outcome, [f"{stated}%", "6723.6亿元", "9846.3亿元"])]


def test_a_ratio_the_report_defines_is_its_part_over_its_whole():
    """probe Q: 研发投入强度 = 研发投入 / 营业收入 (validation.json: defined_ratios); 312.6 / 5268.4 = 5.934%."""
    text = "全年重点企业实现营业收入5268.4亿元，研发投入312.6亿元，研发投入强度达到{}%。"
    subjects = {"5268.4亿元": "重点企业实现营业收入", "312.6亿元": "研发投入"}
    for stated, outcome in (("5.93", "pass"), ("9.53", "fail")):
        cl = _with_subjects(claims_in(text.format(stated), [("5268.4亿元", 5268.4e8, "CNY", "亿元"),
                                                            ("312.6亿元", 312.6e8, "CNY", "亿元"),
                                                            (f"{stated}%", float(stated), "percent", "%")]), subjects)
        cl[-1].subject = "研发投入强度"
        assert summary(run(V.share, cl)) == [("share", outcome, [f"{stated}%", "312.6亿元", "5268.4亿元"])]


def test_a_breakdown_lead_never_takes_a_qizhong_part_for_its_whole():
    """probe R under mutation: with the whole miscopied small (6.42亿元 → 0.0642亿元) the breakdown after 从服务类别看
    had taken the 其中 part 1.38亿元, the larger, for its whole: the flag named the wrong figure."""
    text = ("全年兑付科技创新券{}亿元，同比增长12.4%，其中长三角科技创新券通用通兑1.38亿元，占兑付总额的21.5%。从服务类别看，"
            "兑付资金分别用于检验检测2.16亿元、研究开发1.87亿元、大型科学仪器共享1.05亿元、知识产权服务0.61亿元以及技术咨询和其他服务0.73亿元。")
    parts = ["2.16亿元", "1.87亿元", "1.05亿元", "0.61亿元", "0.73亿元"]  # Σ = 6.42
    for whole, outcome in (("6.42", "pass"), ("0.0642", "fail")):
        figs = [(f"{whole}亿元", float(whole) * 1e8, "CNY", "亿元"), ("12.4%", 12.4, "percent", "%"),
                ("1.38亿元", 1.38e8, "CNY", "亿元"), ("21.5%", 21.5, "percent", "%")] + \
            [(r, float(r[:-2]) * 1e8, "CNY", "亿元") for r in parts]
        cl = claims_in(text.format(whole), figs)
        for c in cl:
            c.kind = "share" if c.base_unit == "percent" else "level"
        cl[1].kind = "change"
        assert summary(run(V.list_total, cl)) == [("list_total", outcome, [f"{whole}亿元"] + parts)]


def test_a_tables_share_column_is_each_rows_amount_over_the_total_rows():
    """probe J's 表4-1: 产业规模 | 同比增长(%) | 占比(%), with 合计 4862.35: 1386.52 / 4862.35 = 28.52% → 28.5 holds;
    a 占比 printed 25.8 for 1243.67 (25.58%) does not."""
    from test_validate import C
    rows = [("智能芯片与算力设施", 1386.52, 19.6, 28.5), ("智能终端与机器人", 1243.67, 9.2, 25.8),
            ("合计", 4862.35, 14.8, 100.0)]
    cl = []
    for r, (label, amount, growth, part) in enumerate(rows):
        for col, (v, base, head) in enumerate(((amount, "CNY", "产业规模"), (growth, "percent", "同比增长"),
                                                (part, "percent", "占比")), start=1):
            c = C(str(v), v, v * 1e8 if base == "CNY" else v, base, context=f"{label} {v}",
                  kind="level" if base == "CNY" else ("change" if head == "同比增长" else "share"))
            c.table_id, c.row, c.col, c.subject = "t1", r + 1, col, f"{label} {head}"
            cl.append(c)
    out = V.Outcome([], [])
    _table_share_column(cl, out)
    assert [(k.outcome, k.expected, k.observed) for k in out.checks] == [("pass", "28.5%", "28.52%"),
                                                                         ("fail", "25.8%", "25.58%")]


def test_probe_s_and_t_forms():
    """Probes S and T (first measure 72/93 with 6 false flags): the figures a reader pairs, worked out by hand."""
    # a 分别 list's items are no whole of the 其中 part and the rate after ；: 1372 ≤ 4860, 1372 / 4860 = 28.23%
    text = ("截至年底，本市累计发布开放许可专利4860件，分别来自高校2135件、科研院所1386件和企业1339件；"
            "其中已达成许可1372件，开放许可达成率28.2%。")
    figs = [("4860件", 4860, "count", "件"), ("2135件", 2135, "count", "件"), ("1386件", 1386, "count", "件"),
            ("1339件", 1339, "count", "件"), ("1372件", 1372, "count", "件"), ("28.2%", 28.2, "percent", "%")]
    cl = _with_subjects(claims_in(text, figs), {"4860件": "累计发布开放许可专利", "1372件": "已达成许可"})
    assert ("part_whole", "pass", ["4860件", "1372件"]) in summary(run(V.part_whole, cl))
    assert summary(run(V.rate, cl)) == [("rate", "pass", ["28.2%", "1372件", "4860件"])]
    # a share's base in brackets is no whole of the 其中 parts after it; the part named again before 占 takes the
    # whole named after 占: 8352 / 11846 = 70.50%
    text = ("全市海洋生产总值11846亿元，同比增长6.2%，占全国海洋生产总值（11.06万亿元）的10.7%。其中，海洋第一产业36亿元、"
            "海洋第二产业3458亿元、海洋第三产业8352亿元，海洋第三产业占海洋生产总值的70.5%。")
    figs = [("11846亿元", 11846e8, "CNY", "亿元"), ("6.2%", 6.2, "percent", "%"), ("11.06万亿元", 11.06e12, "CNY", "万亿元"),
            ("10.7%", 10.7, "percent", "%"), ("36亿元", 36e8, "CNY", "亿元"), ("3458亿元", 3458e8, "CNY", "亿元"),
            ("8352亿元", 8352e8, "CNY", "亿元"), ("70.5%", 70.5, "percent", "%")]
    cl = _with_subjects(claims_in(text, figs), {"11846亿元": "全市海洋生产总值", "11.06万亿元": "全国海洋生产总值",
                                                "36亿元": "海洋第一产业", "3458亿元": "海洋第二产业", "8352亿元": "海洋第三产业"})
    cl[1].kind = "change"
    assert ("share", "pass", ["70.5%", "8352亿元", "11846亿元"]) in summary(run(V.share, cl))
    # 占全市…的 after a 其中 part of a district's figure: the city's whole is not printed, no check
    text = "浦东新区专利授权量32860件，占全市专利授权量的23.3%，继续位居各区首位；其中发明专利授权15620件，占全市发明专利授权量的29.2%。"
    figs = [("32860件", 32860, "count", "件"), ("23.3%", 23.3, "percent", "%"), ("15620件", 15620, "count", "件"),
            ("29.2%", 29.2, "percent", "%")]
    cl = _with_subjects(claims_in(text, figs), {"32860件": "浦东新区专利授权量", "15620件": "发明专利授权"})
    assert not [k for k in run(V.share, cl).checks if k.claim_ids.split("|")[0].endswith("-29.2%")]
    # a breakdown after a lead: the sentence's own figure, not the bracketed national base, is the whole
    text = ("全年本市PCT国际专利申请受理量8126件，同比增长8.7%，占全国PCT国际专利申请受理总量(73870件)的11.0%。"
            "从申请主体看，企业6935件，高校和科研院所872件，个人及其他319件。")
    figs = [("8126件", 8126, "count", "件"), ("8.7%", 8.7, "percent", "%"), ("73870件", 73870, "count", "件"),
            ("11.0%", 11.0, "percent", "%"), ("6935件", 6935, "count", "件"), ("872件", 872, "count", "件"),
            ("319件", 319, "count", "件")]
    cl = _with_subjects(claims_in(text, figs), {})
    cl[1].kind = "change"
    assert summary(run(V.list_total, cl)) == [("list_total", "pass", ["8126件", "6935件", "872件", "319件"])]


def test_probe_w_and_x_forms():
    """Probes W and X (first measure 70/87, 4 false flags): the figures a reader pairs, worked out by hand."""
    # a 其中 share after a 分别 list takes the list's total, not its last item: 98.6 / 386.42 = 25.52%
    text = ("全年在沪高校和科研院所科研经费投入386.42亿元，同比增长9.6%，分别为部属高校212.36亿元、市属高校68.47亿元和科研院所105.59亿元。"
            "其中，基础研究经费98.6亿元，占科研经费投入的25.5%，比上年提高1.3个百分点。")
    figs = [("386.42亿元", 386.42e8, "CNY", "亿元"), ("9.6%", 9.6, "percent", "%"), ("212.36亿元", 212.36e8, "CNY", "亿元"),
            ("68.47亿元", 68.47e8, "CNY", "亿元"), ("105.59亿元", 105.59e8, "CNY", "亿元"), ("98.6亿元", 98.6e8, "CNY", "亿元"),
            ("25.5%", 25.5, "percent", "%"), ("1.3个百分点", 1.3, "pct_point", "个百分点")]
    cl = _with_subjects(claims_in(text, figs), {"386.42亿元": "在沪高校和科研院所科研经费投入", "98.6亿元": "基础研究经费"})
    cl[1].kind = cl[-1].kind = "change"
    assert ("share", "pass", ["25.5%", "98.6亿元", "386.42亿元"]) in summary(run(V.share, cl))
    # every count before says the rate's stem (申请进站, 获批进站): the one right before is the base, 4380 / 5120 = 85.55%
    text = "截至年底，全市在站博士后11236人。全年申请进站5120人，获批进站4380人，进站率85.5%；"
    figs = [("11236人", 11236, "count", "人"), ("5120人", 5120, "count", "人"), ("4380人", 4380, "count", "人"),
            ("85.5%", 85.5, "percent", "%")]
    for stated, outcome in (("85.5", "pass"), ("58.5", "fail")):
        cl = _with_subjects(claims_in(text.replace("85.5", stated), figs[:3] + [(f"{stated}%", float(stated), "percent", "%")]),
                            {"11236人": "全市在站博士后", "5120人": "申请进站", "4380人": "获批进站"})
        assert summary(run(V.rate, cl)) == [("rate", outcome, [f"{stated}%", "4380人", "5120人"])]
    # a figure naming a thing after 占 (12英寸晶圆) is no whole (the share is 18.7 / 42.5 = 44.0%, which the share rule
    # does not reach through words holding a figure: no check, and no flag, rather than 12英寸 / 12英寸)
    text = "截至年底，全市12英寸晶圆月产能达到42.5万片，同比增长15.2%，其中28纳米及以下先进工艺月产能18.7万片，占12英寸晶圆月产能的44.0%。"
    figs = [("12英寸", 12, "other:英寸", "英寸"), ("42.5万片", 425000, "count", "万片"), ("15.2%", 15.2, "percent", "%"),
            ("18.7万片", 187000, "count", "万片"), ("12英寸", 12, "other:英寸", "英寸"), ("44.0%", 44.0, "percent", "%")]
    cl = _with_subjects(claims_in(text, figs), {"42.5万片": "全市12英寸晶圆月产能", "18.7万片": "28纳米及以下先进工艺月产能"})
    cl[2].kind = "change"
    out = run(V.share, cl)
    assert not out.flags and not [k for k in out.checks if "12英寸" in k.claim_ids]


def test_a_share_base_is_no_total_of_a_tables_rows():
    """probe Y: the nine cities' rows sum to the text's 科创板上市企业187家, not to the national base 占全国科创板上市企业(595家)
    that the same sentence prints after every city's name."""
    text = ("G60科创走廊九城市（松江、嘉兴、杭州）深化协同，科创板上市企业187家，占全国科创板上市企业(595家)的31.4%。")
    figs = [("187家", 187, "count", "家"), ("595家", 595, "count", "家"), ("31.4%", 31.4, "percent", "%")]
    rows = [("松江", 60), ("嘉兴", 27), ("杭州", 100)]
    cells = _one_column_table(rows, "科创板上市企业", "家")
    for c in cells:
        c.context = f"{c.subject.split()[0]} {c.raw}"
    cl = claims_in(text, figs) + cells
    cl[2].kind = "share"
    out = run(V.list_total, cl)
    assert not out.flags and summary(out) == [("list_total", "pass", ["187家", "60", "27", "100"])]


def test_a_share_whose_whole_stands_in_the_paragraph_before():
    """Probes X and Y: the whole named by the share's words was stated in the paragraph before."""
    # the part named again before 占 (出口量): 41.28 / 133.12 = 31.01%
    first = "全年本市新能源汽车产量133.12万辆，同比增长18.9%。"
    second = "新能源汽车出口41.28万辆，出口量占新能源汽车产量的{}%。"
    for stated, outcome in (("31.0", "pass"), ("13.0", "fail")):
        cl = _with_subjects(claims_in(first, [("133.12万辆", 1331200, "count", "万辆"), ("18.9%", 18.9, "percent", "%")]) +
                            claims_in(second.format(stated), [("41.28万辆", 412800, "count", "万辆"),
                                                              (f"{stated}%", float(stated), "percent", "%")], page=2),
                            {"133.12万辆": "本市新能源汽车产量", "41.28万辆": "新能源汽车出口"})
        cl[1].kind = "change"
        assert summary(run(V.share, cl)) == [("share", outcome, [f"{stated}%", "41.28万辆", "133.12万辆"])]
    # a total in words (平台仪器总量) whose figure stands in the section's paragraph before: 16540 / 48260 = 34.27%
    first = "截至年底，长三角科技资源共享服务平台集聚大型科学仪器48260台（套），分别为分析测试仪器21480台（套）和其他仪器26780台（套）。"
    second = "全年开放共享仪器16540台（套），占平台仪器总量的{}%。"
    for stated, outcome in (("34.3", "pass"), ("43.3", "fail")):
        cl = _with_subjects(claims_in(first, [("48260台（套）", 48260, "count", "台（套）"), ("21480台（套）", 21480, "count", "台（套）"),
                                              ("26780台（套）", 26780, "count", "台（套）")]) +
                            claims_in(second.format(stated), [("16540台（套）", 16540, "count", "台（套）"),
                                                              (f"{stated}%", float(stated), "percent", "%")], page=2),
                            {"48260台（套）": "长三角科技资源共享服务平台集聚大型科学仪器", "16540台（套）": "开放共享仪器"})
        for c in cl:
            c.section = "3 科技资源共享 > 3.1 仪器共享"
        assert summary(run(V.share, cl)) == [("share", outcome, [f"{stated}%", "16540台（套）", "48260台（套）"])]
