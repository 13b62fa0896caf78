"""Every named pattern of the claims grammar, in one place (the `regex` module, Unicode-aware).

Units and scales come from schemas/units.csv and schemas/scales.csv; nothing here names a figure or a page
of any report: the patterns describe how Chinese reports write figures.
"""
from __future__ import annotations

import regex

from extractors.units import scale_table, unit_table


def _alt(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


# Full-width forms mapped one character to one character, so offsets stay valid.
# a space the text layer set between a Han character and a figure, a sign or a Latin word, either way round
LAYOUT_SPACE = regex.compile(r"\p{Han} [0-9０-９A-Za-z%％+\-]|[0-9０-９A-Za-z%％] \p{Han}")
WIDTH_KEEP_COMMA = str.maketrans("０１２３４５６７８９％．－：／", "0123456789%.-:/")

CN_DIGIT = "零〇一二两三四五六七八九十百千"
# a minus right after a figure is a range dash (263%-297%, 21.60-97.40), not the sign of the next
ARABIC = r"(?<![\d%％])-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d%％])-?\d+(?:\.\d+)?"
# (no numeral opens right after a scale: 万千瓦, 亿千瓦时 are a scale and a unit)
SCALES = _alt(scale_table())
UNITS = _alt(unit_table())
# units that open with a scale but are no scale of a shorter unit (千克, 千瓦 beside 瓦, 千瓦时): 25千克 is 25 kg, not
# 25千 of something, and 每千瓦时 opens no numeral
SCALE_LED = _alt(u for u in unit_table() for sc in scale_table() if u.startswith(sc) and len(u) > len(sc) and
                 unit_table().get(u[len(sc):], ("",))[0] != unit_table()[u][0])
CHINESE = rf"数十|数百|数千|上百|上千|几十|几百|(?<![万亿])(?!{SCALE_LED})[{CN_DIGIT}]+"
# "万/亿" alone are scales; a bare scale amount (突破万亿元, 上万名) has no numeral before it
BARE_SCALE = r"万亿|千亿|百亿|亿|万"
BARE_SCALE_UNIT = regex.compile(rf"(?:{SCALES})")  # a unit that is a scale only (10万 in 10万至50万元)

# number, interior 余/多, scale, 余/多 again (3万余家), unit, trailing qualifier
TOKEN = regex.compile(
    rf"(?P<cnfrac>(?P<den>[{CN_DIGIT}]+)分之(?P<numr>[{CN_DIGIT}]+))"  # 三分之一, 五分之二
    rf"|(?P<frac>(?<![\d./])\d+/\d+(?![\d/]))"
    rf"|(?P<ratio>(?<![\d.:])\d+(?:\.\d+)?:\d+(?:\.\d+)?(?![\d:]))"
    rf"|(?:(?P<num>{ARABIC})|(?P<cn>{CHINESE})|(?P<bare>(?:(?<=[破超过逾近上达入级值至约])|(?=(?:{BARE_SCALE})[元]级))(?:{BARE_SCALE})(?=[^\d{CN_DIGIT}])))"
    rf"(?P<inner>余|多)?(?:[ \u00a0](?=(?:{SCALES})?(?:{UNITS})))?(?P<scale>(?!{SCALE_LED})(?:{SCALES}))?(?P<inner2>余|多)?"
    rf"(?:(?<=[{CN_DIGIT}\d万亿余多])[ \u00a0](?=(?:{UNITS})(?![A-Za-z])))?(?P<unit>(?!人才)(?!首[台次个家批款发创套届])(?:{UNITS}))?(?P<unitq>[(（](?:人|套|项)[)）])?"
)
# (首 counts formulas and poems, 经典名方38首; 3首台套 and 2首发 are firsts, no measure word)
POST_QUAL = regex.compile(r"^\s*[(（]?(?:及(?=以[上下]))?(?P<q>左右|以上|以下|以内|之内|多|量级)")  # 60岁及以上
# a measure followed by 级 names a size class (300MW级发电机, 10万吨级项目), not 级别 or 升级
SIZE_CLASS = regex.compile(r"^级(?!别)")

# qualifiers written before the number (longest first) and after it
PRE_QUALIFIERS = {"达到或超过": "over", "大约": "approx", "约": "approx", "超过": "over", "超": "over",
                  "逾": "over", "突破": "over", "近": "near", "接近": "near", "不足": "under", "不到": "under",
                  "最高": "under", "上": "over", "不超过": "under", "不高于": "under", "不多于": "under",
                  "不低于": "over", "不少于": "over", "不满": "under", "低于": "under", "高于": "over",
                  "小于": "under", "大于": "over"}
# a qualifier on the verb a share or ratio hangs on (约占全国的1/4, 约为上年的2.3倍, 近占…的三成)
QUAL_BEFORE_VERB = regex.compile(r"(?<![签合条公契制预邀履节相规协])(?P<q>大约|约|接近|近|超过|逾)(?:占|为)[^，。；,;\d]{0,12}$")
# 约 closing a word (签约, 合约, 条约, 预约) is no qualifier: 促成签约126项 is exact
BOUND_YUE = "签合条公契制预邀履节相规协"
PRE_QUAL = regex.compile(rf"(?:{_alt(PRE_QUALIFIERS)})$".replace("|约|", rf"|(?<![{BOUND_YUE}])约|"))
TIME_UNIT = regex.compile(r"年|个月|月|天|日|周|小时|个工作日|工作日")
WITHIN_AFTER = regex.compile(r"^内(?!容|部|外|涵|地|在|需)")  # 12个月内 (not 年内容, 月内部)
POST_QUALIFIERS = {"左右": "approx", "以上": "over", "以下": "under", "以内": "under", "之内": "under",
                   "多": "over", "余": "over", "量级": "approx"}  # 百飞秒量级: of that order

# --- what is not a claim -------------------------------------------------------------------------------
YEAR_LIKE = regex.compile(r"^(?:19|20)\d\d$")
TIME_AFTER = regex.compile(r"^(?:年(?!代|以内|以上|以下|来)|年度|月(?!份?以来)|日(?!以?内)|号|时|点\d|[—\-–~～至]\d+(?:年|月|日))")
DATE_RANGE_TAIL = regex.compile(r"^[—\-–~～]\d+日")
# (第三方 a third party, 第二课堂, 第一责任人, 第三产业: names, not positions)
ORDINAL_AFTER = regex.compile(r"^(?:届|次|期|批|轮|章|节|条|款|号|代|套|册|卷|周年|代表|作者|方阵|梯队|阶段|季度|部分|篇章|方|课堂|责任|产业)")
NAME_AFTER = regex.compile(r"^(?:[A-Za-z_]|\.[A-Za-z]|号|型|版|代|类(?:创新药|创新医疗器械|医疗器械|新药)|\.0)")
# (12345市民服务热线, 96777热线: a hotline's number, no count of cities, whatever measure word it seems to take)
HOTLINE_AFTER = regex.compile(r"^(?:市民|热线|服务热线)")
NAME_BEFORE = regex.compile(r"(?:[A-Za-z_]-?|版本|[A-Za-z]\.|V|v)$")
VERSION = regex.compile(r"^\d{1,2}\.\d$")
# (化学药1类和生物制品1类创新药: a class named before another of the same noun, which it shares)
# (1类抗抑郁创新药: a class of a kind of drug)
CLASS_NAME = regex.compile(r"^类(?:[和、及与][\u4e00-\u9fff]{0,6}?\d类)?[\u4e00-\u9fff]{0,4}?(?:创新药|创新医疗器械|医疗器械|新药|疫苗)")
# 每百万人口, 每十万人口, 每千人: a rate's base population, no figure
PER_POPULATION = regex.compile(r"^[十百千]?[万千]?人口?")
# a count of sessions, not an edition: 累计组织22期, 共举办3届
COUNT_VERB_BEFORE = regex.compile(r"(?:累计|共计|合计|总计|共|组织|举办|开办|开展)(?:了)?$")
# sessions of a named kind (专题培训班64期, 科普讲座12期): counted, not an edition
SESSION_NOUN_BEFORE = regex.compile(r"(?:培训班|研修班|讲座|沙龙|课程|讲堂|直播|节目|研讨会)$")
# a subject opening with the same words twice (an owner the clause named and the sentence's entity): said once
REPEATED_OPENING = regex.compile(r"^(\p{Han}{3,})\1")
# the items of a 分别 list after a count of sessions (培训班66期，分别为初级42期、中级18期和高级6期) count sessions too
LISTED_SESSIONS_BEFORE = regex.compile(r"\d+期[，,]?\s*分别[^。；;，,]*$|\d+期[，,]?\s*分别为[^。；;]*[、和及][^。；;、和及]{0,8}$")
# 第N naming an institution (第六人民医院, 第二中学), not a rank
ORDINAL_NAME_AFTER = regex.compile(r"^(?:人民|医院|中学|小学|中心|研究所|研究院|设计院|工程局|附属)")
# a quoted name of a plan, prize or event (“上海科技青年35人引领计划”) names, it does not count
QUOTED_NAME_END = regex.compile(r"(?:计划|工程|行动|专项|奖|大赛|论坛|峰会|大会)$")
# a Latin abbreviation in brackets right after a quoted phrase marks that phrase as a name: “…”(TR35)
ACRONYM_NOTE = regex.compile(r"\s*[(（][A-Za-z][A-Za-z0-9\-]{1,11}[)）]")
# a Chinese count opening a short quoted slogan (“四个放在”, “两个结合”)
QUOTED_SLOGAN = regex.compile(r"^[^”\"，。；]{1,6}[”\"]")
# an amount, age or value band naming a class (50万元以上大型设备, 影响因子10以上16篇): a threshold
RANGE_CLASS_AFTER = regex.compile(r"\s*之间的(?=[\p{Han}\d，,])")  # (面积在2万—10万平方米之间的31个; also 在…至…的)
HEADER_RANK = regex.compile(r"排名|名次|位次|排位")  # a column of positions (全国排名(位))
BAND_AFTER = regex.compile(r"^\s*级?(?:及?以上|及?以下|以内)(?=[\p{Han}\d])(?!的?(?:企业|项目|单位)?[，。；,;])")  # 60岁及以上老年人口
# a unit right after N/M (4/6英寸): two sizes, not a fraction
FRACTION_UNIT = regex.compile(rf"(?:{SCALES})?(?:{UNITS})")
RANGE_NEXT = regex.compile(r"^\s*[—\-–~～至]\s*\d")
SLOGAN_NEAR = regex.compile(r"(?:^\+|^到\d)")
SLOGAN_BEFORE = regex.compile(r"(?:(?<=[\dA-Za-z])(?<!YoY|yoy|YOY|QoQ|qoq|QOQ)\+|\d到)$")  # 1+N, 3+6; not 同比+12.3%, YoY+5%
SECTION_START = regex.compile(r"^\s*(?:\d+(?:\.\d+)+\.?\s+(?=[^\d\s%‰万亿元个项件篇家倍])|\d+[.、．](?!\d))")
# a chapter heading: one number, a space, a short block with no clause marks (3 大学科技园与创新创业大赛)
# (not a label of a count: 36 家新型研发机构 on a data page)
SECTION_CHAPTER = regex.compile(r"^\s*\d{1,2}[ \u3000]+(?![家个项件篇名人位款所座台套批种])(?=\p{Han}[^，。；,;、\d]{1,30}$)")
# a short heading-like block opening with a dotted section number and a space (4.1 人工智能：打造上海高地)
SECTION_HEADING = regex.compile(r"^\s*\d+(?:\.\d+)+\s+(?=[\u4e00-\u9fff\d][^，。；,;]{1,40}$)")  # (2.1 1类创新药…)
# 2.2聚焦战略重点领域… : a section number whose space OCR lost — a short heading-like block (no clause marks)
SECTION_TIGHT = regex.compile(r"^\d\.\d(?=[\u4e00-\u9fff])(?=[^，。；,;]{2,40}$)")  # (a heading may hold a colon: 4.2 量子…：布局…)
# Chinese numerals that are part of a fixed word (§1 of the guide), not a quantity
FIXED_WORDS = regex.compile(
    r"一批|一体|统一|一业一策|四个面向|五个中心|四位一体|十四五|十五五|十三五|二十大|两院|三省一市|一是|二是|三是|四是|"
    r"五是|一方面|千家万户|千方百计|一流|万物|一带一路|万众|三委两局|一网|一站|一件事|两新|一号|第一方阵|第一作者|"
    r"一把手|一线|一次性|一系列|一揽子|一步|一起|一致|第一完成单位|第一完成人|第一单位|万向|百强|十大|五大|四大|三大|二号|一号|[一二两三四五六七八九十]位数|一成不变|[一二两三四五六七八九十]年行动"
)

# --- kinds ---------------------------------------------------------------------------------------------
CHANGE_WORDS = (
    r"增幅为|降幅为|增速为|增长率为|增长率|同比增长|同比下降|同比提高|同比减少|比上年增长|比上年执行数增长|比上年下降|比上年提高|比上年上升|较上年增长|"
    r"较上年下降|较上年提高|可比增长|上涨|下跌|涨幅|跌幅|降幅|减幅|增长|增加|净增|净减|提高|提升|上升|下降|减少|降低|增幅|增速|下滑|回落|增产|减产|缩短|压缩|缩减|加快|放缓|延长|扩大|缩小"
)
# an age naming a group of people (12岁儿童恒牙龋患率, 65岁及以上老年人): a band of the people counted (GUIDE §5: an
# age bounding a group is a threshold)
AGE_GROUP_AFTER = regex.compile(r"^(?:及以上|以上|以下|及以下)?(?:的)?(?:儿童|老人|老年人|人群|群体|青少年|学生|幼儿|婴幼儿|婴儿|"
                                r"女性|男性|妇女|居民|人口|患者|青年|职工)")
# hours right before the noun they describe (24小时晴雨预报, 7×24小时在线服务): a span of time a service or a forecast
# covers, a duration (GUIDE §5), not hours used; not a bound (2小时以内), a 万 scale or a verb's object (运行2714小时)
HOURS_SPAN_AFTER = regex.compile(rf"^(?!{CHANGE_WORDS}|至|到|以|内|左右|余|多|之|前|后|的|无|不)\p{{Han}}")
# an item of a 分别为 list named by a noun ending with a word that also says a change (分别为工艺安全提升9.82亿元、…):
# the name, not a change of the amount
LISTED_ITEM_NAME = regex.compile(r"(?:分别为|分别是|、)\p{Han}{2,12}(?:提升|提高|改造|升级)$")
CHANGE_BEFORE = regex.compile(rf"(?P<w>{CHANGE_WORDS})(?:了|约|超过|超|逾|接近|近|达|不到|不足){{0,2}}$")
# a difference from an earlier figure: 比上年多出13个, 较2024年度多27人, 比2020年高出7个百分点, 比上年新增九个
COMPARE_BEFORE = regex.compile(r"(?:比|较)(?:(?:19|20)\d\d年度?)?[^，。；,;\d]{0,12}?(?P<w>多出|多|高出|少|低|新增)"
                               r"(?:[建增签发引招认开办收售产种])?(?:了|约|近)?$")  # (比上年多建4200个)
# a gap to a named level (高出A股上市公司平均水平约10个百分点) or a change of a named object (减少办事材料68%,
# 压缩办理时间超过七成): a change in points or percent whose verb stands before what it changes
GAP_BEFORE = regex.compile(r"(?P<w>高出|低出|超出|(?<!不)高于|(?<!不)低于)[^，。；,;\d]{2,14}?(?:约|近|超过|超)?$")
OBJECT_CHANGE_BEFORE = regex.compile(r"(?P<w>减少|压缩|降低|缩短|节约|节省|提高|提升)[^，。；,;、\d占的比率]{2,6}(?:约|近|超过|超|逾)?$")
ROOM_AFTER = regex.compile(r"^的?(?P<w>上涨|上升|下跌)空间")  # a price's room to a target: a change
CAP_BEFORE = regex.compile(r"(?:上限|封顶)(?:提高至|提高到|调整为|提升至|设定为|为|是|达)?$")
TABLE_REF_BEFORE = regex.compile(r"(?<![发代报图列仪课])(?:附?表|附?图)$")
TABLE_REF_AFTER = regex.compile(r"^(?:所[列示]|中|显示|列出|[：:，,。、和及]|\s|$)")
RANK_STATED_BEFORE = regex.compile(r"第[\d一二三四五六七八九十]+[位名]")
DOWN_WORDS = ("下降", "减少", "降低", "下滑", "回落", "减产", "压缩", "缩短", "缩减", "净减", "放缓", "下跌", "跌幅", "降幅", "减幅", "缩小")
TO_BEFORE = regex.compile(
    r"(?:提升|提高|增加|增长|扩大|拓展|上升|降低|下降|减少|压缩|缩短|缩减|缩小|增|升|降|减)(?:至|到|为)(?:(?:19|20)\d\d年(?:底|末)?的?)?$")
# the time a 从/由 starting point is dated by (从2020年的, 由上年末的, 从“十三五”末的)
FROM_TIME = r"(?:(?:19|20)\d\d年(?:底|末)?|上年(?:底|末)?|去年(?:底|末)?|“[^”]{1,8}”(?:期)?末|[\u4e00-\u9fff]{1,4}末)?的?"
FROM_BEFORE = regex.compile(rf"[从由]{FROM_TIME}(?:每\p{{Han}}{{1,3}})?$")  # 从每公斤55元降至35元: a price per unit
# a time taken, not an amount of time supplied (作业时间达到11.5小时 vs 运行机时2714小时)
DURATION_BEFORE = regex.compile(r"(?:时间|时长|周期|用时|耗时|时限|期限)(?:[^，。；,;\d]|(?:19|20)\d\d年){0,12}$")
# the scale word opening a unit as written (万家, 亿平方米): one measure at another scale
SCALE_PREFIX = regex.compile(rf"^(?:{SCALES})")
# hours summed over a year or many users are an amount of time used, no time taken (全年共享服务时长1210万小时,
# 累计飞行时长近17万小时), unless counted per head or per event (人均培训时长, 平均处置时长)
TIME_USED_BEFORE = regex.compile(r"^(?!.*(?:平均|人均|单次|单均|每))(?=.*(?:全年|累计|合计|总)).*时长")
# a figure measured by a named dimensionless quantity (影响因子最高93.6, 指数为128.5, 影响因子在10以上的): base unit "index"
DIMENSIONLESS_BEFORE = regex.compile(rf"(?P<m>影响因子|指数|系数|得分|评分)值?(?:最高|最低|平均)?(?:[达为约超近是在]|超过|达到|[由从]{FROM_TIME})?$"
                                    r"|(?P<m>[(（][A-Z]{2,5}[)）]|(?<![A-Za-z])[A-Z]{2,5})(?:[由从](?:上年|去年)?的?|[达为是]|[降升]至|"
                                    r"[不]?[高低]于|不超过)?$"  # 电能利用效率(PUE)由上年的1.42, (PUE)不高于1.25, PUE降至1.2
                                    # (万车死亡率从1.24降至1.08: a rate per ten thousand, printed bare)
                                    r"|(?P<m>(?:[十百千]?万|千)[车人户][\u4e00-\u9fff]{0,4}率)(?:[达为是]|[由从](?:上年|去年)?的?|[降升]至)?$")
# a named index right before a bare integer (科技创新中心指数近400, 综合得分为86): a figure, not a label
NAMED_INDEX_BEFORE = regex.compile(rf"(?:指数|得分|评分)值?(?:[达为约超近是]|超过|达到)$")
SHARE_BEFORE = regex.compile(r"(?:占[^，。；,;]{0,16}|占比|比例|比重|份额|率|满意度|强度|按照|按|的|的[^，。；,;\d的]{1,6})(?:中位数|平均)?(?:分别)?(?:[达为约超近是]|超过|达到|预计|稳定在|保持在|保持|[降升]至|[降升]到|提[升高][至到]){0,2}$")
SHARE_AFTER = regex.compile(r"^(?:[左右以上]{0,2})(?:的|来自)")
RANK_LIST_BEFORE = regex.compile(r"第(?:\d+、)+$")
THRESHOLD_BEFORE = regex.compile(r"(?:最高|不超过|不高于|不多于|不满|上限|门槛|达到或超过|单笔|每家|每项)[^，。；]{0,6}$")
# a condition a policy sets (申请时入孵企业数量需达到30家以上)
REQUIRED_BEFORE = regex.compile(r"(?:需|须|应当?)(?:达到|超过|满足|在)[^，。；,;\d]{0,2}$")
# a floor a policy sets (不低于40%, 不少于300名)
FLOOR_BEFORE = regex.compile(r"(?:不低于|不少于)(?:[^，。；,;\d]{1,8}的)?$")  # 不低于总投入的60%
CEILING_BEFORE = regex.compile(r"(?:不超过|不高于|不多于)[^，。；,;\d]{0,8}$")  # 不超过本金40%, 不超过研发投入的20%
POLICY_WORD = regex.compile(r"补助|资助|支持|奖励|补贴|给予|贴息|奖补|扶持|资金|经费|额度")
RESPECTIVELY_BOUND = regex.compile(r"分别[^，。；,;\d]{0,6}(?:最高|不超过|不高于|最多|不低于|不少于)[^，。；,;\d]{0,4}$")
THRESHOLD_AFTER = regex.compile(r"^\s*[(（](?:含|不含)[)）]")
# (面向2027年，本市将…: a sentence opening on a future year states its goals)
_DATED_GOAL = r"(?<![增加长升高提扩降减少])到(?:19|20)\d\d年|力争|预期到|面向(?:19|20)\d\d年(?=[，,])"
TARGET_YEAR_CUE = regex.compile(_DATED_GOAL)  # a dated goal: what a change is a target under
TARGET_CUE = regex.compile(_DATED_GOAL + r"|目标(?!导向)")
AND_BEFORE = regex.compile(r"(?:和|、|及|与|或)$")
# the item before a list's last one, its figure and the joining word (城市物流车396辆以及 | 公交和通勤客车188辆)
ITEM_BEFORE_JOIN = regex.compile(r"^.*\d[\d.,]*[^\d，,、；;。]{0,4}?(?:以及|及|和|与)(?=[\p{Han}A-Za-z])")
RESPECTIVELY = regex.compile(r"分别")
# what joins two values of a 分别 list: 和, 、…; a change list may name each value's direction (分别增长8.7%和下降4.5%)
LIST_VALUE_JOIN = regex.compile(r"(?:和|、|及|与|/)(?:增长|下降|减少|增加|提高|提升|降低|上升)?第?")
# a span of years before a 分别 list (预计2022-2024年…分别为4.71、7.17、9.33亿元): one year per value, in order
YEAR_SPAN = regex.compile(r"((?:19|20)\d\d)\s*[AE]?\s*[-—–~～至]\s*((?:19|20)\d\d)\s*[AE]?\s*年")
# words before 分别 that name no metric of the list's own (对应PE分别为 names PE; 比上年 names none)
OWN_METRIC_NOISE = regex.compile(r"比上年|较上年|同比|对应|相应|依次|\s")
# names listed before 分别, one per value (毛利率/净利率分别为…; 专利授权量和发明专利授权量分别为…)
LIST_LEAD_START = regex.compile(r"[，。；;,:：！？!?]")
NAME_LIST_SPLIT = regex.compile(r"[、/／]|(?<=\p{Han})(?:和|及|与)(?=\p{Han})")
# a name that is itself a metric (营收, 专利授权量, 毛利率): a list of such names shares no head noun
METRIC_NOUN_END = regex.compile(r"(?:规模|额|量|数|占比|比例|比重|产值|收入|营收|利润|率)$")
# a rate whose figure is a part of its base (毛利率, 使用率, 覆盖率), not a change or a return
SHARE_RATE = regex.compile(r"(?<!增长|增速|收益|回报|股息|汇)(?<!^利)率$")
# the scope of this year's additions opening a subject (新增科创板上市企业), not part of a running total's
NEW_SCOPE_START = regex.compile(r"^(?:全年|当年|年内)?(?:新增|新建|新认定|新引进)")
# a "subject" that is only the previous figure of a list (…50.56亿元和57.52亿元)
FIGURE_ONLY = regex.compile(r"^[\d.,，%％]+\p{Han}{0,3}$")
# a subject naming only the action of a 分别 list (分别新增12、15、18家企业): the thing counted follows the list
LIST_ACTION = regex.compile(r"^\p{Han}{0,6}分别\p{Han}{0,4}$")

# 同比+12.3%, 环比-2.1%: a signed figure after a comparison word is a change (the sign gives the direction)
SIGNED_CHANGE_BEFORE = regex.compile(r"(?:同比|环比|yoy|YoY|YOY|QoQ|qoq)\s*[+＋]?$|[(（]\s*(?:同比|yoy|YoY|YOY)?\s*[+＋]$")
# a signed percentage in brackets after a level (4.71亿元（-12.3%）): the level's change
BRACKET_MINUS_BEFORE = regex.compile(r"[(（]\s*$")
# a time span before a change (近三年年均增长8.5%): says when, names no metric
CHANGE_TIME_LEFT = regex.compile(r"^(?:近|过去|最近)?(?:\d+|[一二三四五六七八九十两]+)年(?:来|以来)?(?:年均?|平均?)?$|^(?:年均?|平均?)$")
# the change word alone (YoY+180%): no metric of its own, the change is of the figure before
CHANGE_WORD_ONLY = regex.compile(r"^(?:同比|环比|yoy|YoY|YOY|QoQ|qoq|(?:较|比)(?:(?:19|20)\d\d年|上年)(?:同期)?)$")
# a slashed or 、 list sharing the last value's unit (3.12/4.85/6.20亿元, 41/26/21倍, 40、26、20倍)
SLASH_LIST_NEXT = regex.compile(rf"^(?:(?:(?P<sep>[/、])\s*[+＋]?(?:{ARABIC}))(?:(?P=sep)\s*[+＋]?(?:{ARABIC}))*"
                                 rf"(?:\s*[和及与]\s*[+＋]?(?:{ARABIC}))?|\s*[和及与]\s*[+＋]?(?:{ARABIC}))"
                                 rf"(?P<u>(?:{SCALES})?(?:{UNITS}))")  # 2.8、3.5和1.2个百分点: the last item's unit
# a financial ratio's abbreviation before its value (PE40倍, EPS2.91元) is no model name
METRIC_ABBR_BEFORE = regex.compile(r"(?:P/?E|P/?B|P/?S|EPS|ROE|ROA|ROIC|EBITDA|EBIT|PEG|YOY|YoY|yoy)\s*$")
# a label naming its unit in brackets, the value after it (总股本(百万股)： 227.92, 收盘价(元) 23.40)
LABEL_UNIT_BEFORE = regex.compile(rf"(?P<l>[^\d，。；;:：,、()（）]{{0,16}}?)\s*[(（](?P<u>(?:{SCALES})?(?:{UNITS}))[)）]\s*[:：]?\s*$")

# --- period cues ---------------------------------------------------------------------------------------
PERIOD_MONTH_END = regex.compile(r"截至(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>\d{1,2})月(?:底|末|\d+日)?")
PERIOD_YEAR_END = regex.compile(r"截至(?:(?P<y>(?:19|20)\d\d)年)?(?:年底|年末|底)|(?:(?P<y2>(?:19|20)\d\d)年)?年末")
PERIOD_YEAR = regex.compile(r"(?<![从由《\d])(?P<y>(?:19|20)\d\d)年(?:度)?(?![—\-–至]|以来|起)")
# part of a year: 2022年上半年, 2022H1, 22H1 (a half), 2025年第一季度, 2025Q1 (a quarter)
PERIOD_PART = regex.compile(r"(?<![\d.])(?P<y>(?:19|20)\d\d|\d\d(?=\s*[HQ]\d))\s*年?\s*(?:(?P<h>上半年|半年度|H1|1\s*[-—–~至]\s*6\s*月)|"
                            r"(?:第?(?P<q>[一二三四])季度|Q(?P<qn>[1-4])|1\s*[-—–~至]\s*(?P<m3>3)\s*月))(?![\d至—\-–~])")
PERIOD_WHOLE_YEAR = regex.compile(r"全年|本年度")
TEXT_PERIOD = regex.compile(r"^\s*(?:(?P<y>(?:19|20)\d\d)年度?|全年)[，,]")

# --- subjects ------------------------------------------------------------------------------------------
CLAUSE_BREAK = regex.compile(r"[，。；;:：,、（(）)\"!！?？\t|]|(?<=\d)\s")
SENTENCE_BREAK = regex.compile(r"[。；;!！?？]")
SUBJECT_TRIM_END = regex.compile(
    r"(?:[+＋]|分别|同比|环比|比上年|较上年|执行数|达到或超过|达到|达|为|是|实现|不超过|不高于|不低于|不少于|不多于|不满|(?<!不)低于|(?<!不)高于|小于|大于|超过|超|突破|(?<![签合条公契制预邀履节相规协])约|大约|近|接近|逾|不足|不到|共计|合计|"
    r"总计|共|累计|已|有|预计|增长|提升|提高|上升|下降|减少|增加|降低|拓展至|扩大至|提升至|增加至|增至|到|至|于|居|位居|位列|"
    r"排名|保持|继续|稳居|最高|按照|按|和|(?<!参)与|的|等|前|第|全国|全球|在|[从由]" + FROM_TIME + r"|连续|"
    r"首次|首度|再次|率先|均)+$")
SUBJECT_TRIM_START = regex.compile(r"^(?:[-•·]\s*|分别(?:为|是|位于|来自|分布在|分布于)|对应|其中|全年|截至年底|截至年末|此外|同时|另外|并|且|共|累计(?![\u4e00-\u9fff]{2})|已|该|上述|其(?![他它余])|对(?![外象])|向|由)+")
RIGHT_PREDICATE = regex.compile(r"(?:获|入选|当选|上榜|入围|荣获)[^，。；;,、（(|]{2,24}")
# a predicate with its object after a counted thing (137款大模型通过国家备案): the count is of things that did it
THING_PREDICATE = regex.compile(r"(?:通过|入选|纳入|进入|获批|承接)[^，。；;,、（(|]{2,20}(?=[，。；;,、（(|]|$)")
YEAR_WORD = regex.compile(r"(?:19|20)\d\d年度?|第\d+[届期次]")
# a short attribute of the thing named just before (项目5484项，经费合计39.13亿元; 企业95家，总市值…)
ATTRIBUTE = regex.compile(r"(?:\p{Han}{1,2}(?=总额|估值))?(?:经费|金额|总额|总市值|市值|估值|规模|营收|资金|资助额|资助经费)")
# a heading dated by a year of its own (2025年世界人工智能大会…), not a span of years (2025—2027年)
DATED_HEADING = regex.compile(r"(?<![\d—–\-~至])((?:19|20)\d\d)\s*年(?!\s*[—–\-~至])")
# what a described thing did, cut from its name (300MW级…发电机发运; 装置改造运行)
SPEC_THING_VERB = regex.compile(r"(?:成功)?(?:发运|交付|投产|下线|并网|投运|亮相|首发|运行|改造).*$")
# a noun that is itself a measure (完成20.9万TEU运输量): no thing is described
MEASURE_NOUN_END = regex.compile(r"(?:量|额|数|率|规模|能力|产能)$")
RIGHT_NOUN_STOP = regex.compile(
    r"[，。；;:：,、（(）)“”\"《》!！?？\s|]|\d(?!类)|和|及|与|等|，|到|持续|稳步|不断|进一步|入库|入选|纳入|通过|获批|获得(?!者)|获(?!奖|得者)|进入|承接|实现|高水平(?=运行|建设|发展|推进|开展|实施|举办|保护|开放)|加快|完成|"
    r"参与|落地|开展|发布|上市|拓展|全年|当年|年内|今年|增长|提升|提高|增加|扩大|达到|达|至|当选|覆盖|服务|支持|建成|启动|正式|成功|累计|分别|全部|合计|共|位居|居|(?:全国|全球)(?=第|排|前|首|领先)|同比")

# the entity a sentence opens with (上海数学与交叉学科研究院人才队伍建设…, C909加速…, 《细胞》 48篇): the figures
# of its later clauses are that entity's
LEAD_ENTITY = regex.compile(
    r"(?:[-•·]\s*)?(?P<e>《[^》]{1,16}》(?=\s*\d)|[A-Z]{1,3}\d{2,4}(?![\d.%])|"
    r"(?!其中|对|在|按|从|与|向|由|将|把|为|以|据|经|受|随着|得益于|依托|围绕|根据|通过|实施|支持|组织|推进|推动|加快|打造|建设|深化|开展|发布|出台|启动|"
    r"市级|区级|省级|国家级|各级|各类|部分|累计|新增|新建)"
    r"[^，。；;,:：\s“”《》\d]{2,22}?(?:研究院|研究中心|研究所|中心|医院|公司|集团|基金会|卫星|交易所|新片区|科学城|开发区|高新区|新区|园区)(?!的))")
# a block of short label-value clauses (新认定8993家，有效期内2.4万家): its heading names what is counted
LABEL_VALUE_CLAUSE = regex.compile(r"^[^\d，,；;。:：]{1,8}\d[\d.,]*[^\d，,；;。]{0,3}$")
# a section heading naming no measure (综述, 数看上海科技): its lines' labels are not counts of it
GENERIC_SECTION = regex.compile(r"^(?:综述|概述|概况|总述|前言|引言|序言|附录|附表|总体情况|主要指标|数看.{0,8}|数说.{0,8}|数据.{0,8})$")
# a label closing with a colon at the start of a line (研发费用加计扣除:享受企业3.98万家…) names what follows
LINE_LABEL = regex.compile(r"\s*(?P<l>[^，。；;,:：\d]{2,16})[:：]")
# words of a heading that states an action rather than naming a thing
ACTION_WORD = regex.compile(
    r"拓展|推进|加快|加速|强化|打造|建设|实施|支持|保障|提升|优化|完善|深化|推动|发挥|构建|聚焦|持续|全面|积极|"
    r"深入|健全|成立|鼓励|开展|培育|发展|升级|扩大|便捷|营造|涌现|释放|搭建|引领|突破|增强|攀升|脱颖而出")
# a predicate right after a count of people names what they did (上海共7人当选)
RIGHT_VERB_ONLY = regex.compile(r"(?:当选|入选|上榜|入围|获奖)(?=[，。；;,、]|$)")
# an attribute naming a sum of money or a total, which completes the count stated just before it
AMOUNT_ATTRIBUTE = regex.compile(r"^(?:合同|成交|交易|资助|支持|投入)?(?:金额|总额|成交额|经费|资金|额)$")
# words a subject must not end with: adverbs and particles left over from the predicate
SUBJECT_TAIL_NOISE = regex.compile(r"(?:持续|稳步|不断|进一步|继续|的|了|等|和|(?<!参)与|(?<!涉)及|中)+$")
# an intransitive predicate closing the phrase after a count (嘉宾参会, 重大项目集中签约, 研究型病床开放使用)
NOUN_PREDICATE_TAIL = regex.compile(r"(?:(?:集中|现场|报名)?(?:参会|参展|参赛|签约|亮相|入驻|对接)|对用户开放|开放使用)$")
# the verb a whole's subject opens with (挖掘新材料): a 其中 part names only the thing, after its own predicate
PART_WHOLE_VERB = regex.compile(r"^(?:累计)?(?:挖掘|发现|发布|新增|建设|建成|培育|引进|认定|征集|汇聚|收集|设计出|研制)")
# the actor a report speaks for, opening a clause (上海牵头和参与3项)
ACTOR_START = regex.compile(r"^(?:上海|全市|本市|我市)")
# clauses that open a sentence without naming anything
NOT_A_TITLE = regex.compile(r"^(?:截至|其中|全年|此外|同时|另外|总体|据|经|在|从|由|对|按|与|围绕|聚焦|通过|根据|(?:19|20)\d\d年度?$)")
# a clause saying who reports what follows (《…报告》显示): no name of a list
REPORTED_BY = regex.compile(r"(?:显示|表明|指出|认为|提出|发布|公布)$")
# verbs of receiving a policy's benefit, before the thing that receives it (享受企业)
BENEFIT_VERB = regex.compile(r"^(?:享受|使用|获得|申领)")
# a bracketed note of what a name includes (科技小巨人(含培育)企业)
INCLUDED_NOTE = regex.compile(r"[(（]含[^()（）]{1,8}[)）]")
# a figure with its measure word inside a subject (another claim), but not a year, an ordinal (第2批), a class or a
# name's digits
FIGURE_IN_SUBJECT = regex.compile(
    rf"(?<![A-Za-z\d.\-第])(?!(?:19|20)\d\d年)\d+(?:\.\d+)?(?:余|多)?(?:{SCALES})?(?:个|家|项|所|篇|件|人|名|位|批|座|条|种|元(?=\p{{Han}})(?!以|级|及|左右)|美元(?=\p{{Han}})(?!以|级|及|左右))(?!类)")
# a text opening with its figure, after at most a qualifier (达到或超过1亿元…, 5000万元(含)至…)
FIGURE_FIRST = regex.compile(r"\s*(?:达到或超过|超过|不超过|不足|不到|低于|高于|约|超|近|逾)?\s*\d")
# a policy rate: 按(照)<base>的N% (the base may be left unsaid: 按照100%在税前加计扣除)
POLICY_RATE = regex.compile(r"按(?:照)?(?P<base>[^，。；,;]{0,16}?)(?:的)?\s*$")
# a fund or programme named in a heading, once its leading verb is gone (国家自然科学基金区域创新发展联合基金)
HEADING_ENTITY = regex.compile(r"^[\p{Han}A-Za-z]{2,24}(?:基金|计划|专项)(?=[\p{Han}]{0,4}$)")
# a heading that is wholly the name of one body, site or event (上海同步辐射光源, 国家肝癌科学中心, 第3届…大赛,
# InnoMatch 技术转移大会): the figures of the lines under it are that body's. Its last word is a kind of body; a
# bracket listing parts or phases (光源1期、光源2期) is no part of the name, a short one (上海) is.
HEADING_OWNER = regex.compile(
    r"^(?:第\d{1,2}届)?(?:[\p{Han}A-Za-z\d“”\-·]|[(（]\p{Han}{1,4}[)）]){2,36}?"
    r"(?P<kind>研究院|研究所|院|所|中心|设施|装置|平台|光源|实验室|大赛|挑战赛|大会|峰会|论坛|训练营|学院|大学|科技园|联盟|交易所|基金会|"
    r"空间|社区)(?:[(（][\p{Han}]{1,4}[)）])?$")
# the edition year opening a heading is its period; "A暨B" names one event twice (the first name is enough)
HEADING_YEAR = regex.compile(r"^(?:\d+(?:\.\d+)*\s*)?(?:19|20)\d\d年度?")
JOINT_NAME = regex.compile(r"暨.*$")
# an edition of an event named in a subject (第5届“海聚英才”全球创新创业大赛): the subject names its own body
EDITION_IN_NAME = regex.compile(r"第\d{1,2}届")
# a heading that acts on a set (布局一批…平台, 打造…平台) names no one body
AREA_OWNERS = ("上海", "全市", "全国")  # a subject opening with its area already names its owner
HEADING_NOT_A_BODY = regex.compile(r"一批|一流|各类|^(?:布局|围绕|聚焦|面向|依托|推动|加快|加强|完善|搭建|建立|组建|培育)")
PARTS_BRACKET = regex.compile(r"\s*[(（][^()（）]*[\d、][^()（）]*[)）]\s*$")
# verbs that make a phrase a clause, not a name
CLAUSE_VERB = regex.compile(r"设立|成立|实施|推进|支持|鼓励|加强|开展|建设|打造|构建|举办|引导")
# verbs of containing, dropped between an owner and its parts (指南，涵盖9大专题)
CONTAIN_VERB = regex.compile(r"^(?:涵盖|包括|包含|覆盖|下设)")

# ---- the smaller patterns of extractors/claims.py's subject, kind and non-claim rules, named here like the rest
# only a verb, or a starting point, between a bracketed note and the figure (（…之比）从上年的4.6%, （…）达到12%)
VERB_ONLY_GAP = regex.compile(r"\s*(?:[从由]" + FROM_TIME + r"|达到|达|为|是|约|超过|近|[提升增降][升高长低]?[至到])?\s*")
# words other than a rank's place words (全国/全球/位居/第) after a bracket
RANK_GAP_WORDS = regex.compile(r"[^\s全国球位居第]")
# a digit
DIGIT = regex.compile(r"\d")
# only a trailing qualifier between two figures
QUALIFIER_GAP = regex.compile(r"\s*(?:以上|左右|以下|多|余)?\s*")
# a running-total word between a figure and its bracket
RUNNING_TOTAL_GAP = regex.compile(r"\s*(?:累计|共计|累计共)\s*")
# particles and qualifier verbs closing the words left of a figure
# an opening quote or bracket, or a 第, left at a subject's end where the figure cut a name or an ordinal
SUBJECT_DANGLING = regex.compile(r"(?:[“《（(]|第)+$")
# a share's subject names its measure once, without a 的 before it (占全市生产总值的比重 → 占全市生产总值比重)
# 是上年的1.4倍, 为2020年的5.3倍: a multiple of the metric's own earlier value (its subject is the figure before's)
TIMES_OF_EARLIER = regex.compile(r"^(?:是|为|达到?|相当于)(?:上年|去年|上年同期|同期|\d{4}年)(?:同期)?的?$")
SHARE_WORD_TWICE = regex.compile(r"(比重|比例|占比|率)比例$")
SHARE_WORD_DE = regex.compile(r"(?<=占[^的]*)的(?=(?:比重|比例|占比)$)")
# what follows a share's own word in its clause (占集成电路产业的比重首次超过四成, 比重达到45.2%) is no part of its name
SHARE_WORD_AFTER = regex.compile(r"(?<=^占[^，,；;。]*?(?:比重|比例|占比))[^比占]*$")
LEFT_TRAIL = regex.compile(r"(?:的|约|超过|超|近|达|为|预计)+$")
# a policy verb opening the action a rate applies to
ACTION_LEAD = regex.compile(r"^(?:给予|予以|在|进行|实施)")
# 占到 (written 占 in a share's subject)
ZHAN_DAO = regex.compile(r"^占到")
# a count noun closing a subject (技术合同数)
COUNT_NOUN_END = regex.compile(r"(?:数|数量|量|认定登记|登记|备案)$")  # 合同认定登记N项: a count of registrations
# the start year of 从/由 YYYY年…
FROM_YEAR = regex.compile(r"[从由]((?:19|20)\d\d)年")
# a Latin letter
LATIN = regex.compile(r"[A-Za-z]")
# the end of a range of years (3—5年)
YEAR_RANGE_TAIL = regex.compile(r"^[—\-–~～至]\d+年")
# 日/月 right after a number
DAY_MONTH_AFTER = regex.compile(r"^(?:日|月)")
# 章/节/篇 after 第N
CHAPTER_AFTER = regex.compile(r"^[章节篇]")
# a decimal part following
DECIMAL_TAIL = regex.compile(r"^\.\d")
# a Han or Latin character closing the text before a version
NAME_CHAR_END = regex.compile(r"[\p{Han}A-Za-z]$")
# a class of things a bound names when the noun follows it with no 的 (超亿元企业, 超百亿元企业19家)
CLASS_NOUN_AFTER = regex.compile(r"(?:企业|公司|项目|机构|单位|园区)")
# a count right after a bound and its 的 (超亿元的4360家, 500人以上的有42家): the bound describes the things counted
COUNT_AFTER = regex.compile(r"(?:有|共|达)?(?:\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:余|多)?[万亿]?[家个项件款名位人所只台套座次艘辆架场批篇条例张颗枚部份]")
# things that carry version numbers
VERSIONED_THING = regex.compile(r"(?:模型|平台|版本|系统|软件)$")
# a digit or slash just before
DIGIT_OR_SLASH_END = regex.compile(r"[\d/]$")
# 比例 opening the action after a rate
RATIO_WORD_LEAD = regex.compile(r"^(?:的)?比例")
# verbs that end the base of a policy rate
ACTION_SPLIT = regex.compile(r"支持|用于|开展")
# the rest of a rank list (、5、1位)
RANK_LIST_AFTER = regex.compile(r"^(?:、\d+)+位")
# a rank moving by N places
# 前三季度, 前5个月, 前两周: a leading part of the year, a time reference (no rank, no duration)
LEADING_PERIOD_AFTER = regex.compile(r"^(?:个)?(?:季度|月|周|旬)")
# the gap before a parallel value: the next thing named and a bare copula (…率为23.6%，集成电路前道设备为19.4%)
# (a change named next, 同比增长为5%, is no parallel value: the change words of CHANGE_BEFORE, and a comparison's lead)
PARALLEL_VALUE_GAP = regex.compile(
    rf"[，,；;]\s*(?![^为是]*(?:{CHANGE_WORDS}|同比|比上年|较上年))[\p{{Han}}（）()]{{1,14}}?(?:为|是)")
RANK_MOVE_BEFORE = regex.compile(r"(?:上升|下降|提升|前移|后移|上移|下移)$")  # 上升1位, 较上年上升两名
# a verb placing a rank
RANK_VERB_BEFORE = regex.compile(r"(?:位居|居|排名|排名第|位列)$")
# 最高 shortly before a figure
HIGHEST_BEFORE = regex.compile(r"(?<![低/])最高[^，。；\d]{0,6}$|最高可达[^，。；\d]{0,8}的$")  # (not 最低/最高价)  # 最高可达超额收益的80%
# the join of a range's bounds ((含)至)
RANGE_JOIN = regex.compile(r"\s*(?:[(（](?:不?含)[)）])?\s*(?:[—\-–~～]|至)\s*")
# a fall to the figure
DOWN_TO_BEFORE = regex.compile(r"(?:降低|下降|减少|压缩|缩短|缩减|缩小|降|减)(?:至|到|为)$")
# a bracketed aside
BRACKETED = regex.compile(r"[(（][^()（）]*[)）]")
BRACKETED_TAIL = regex.compile(r"\s*" + BRACKETED.pattern + r"\s*$")  # a row label's unit: 贡献率(%)
# a digit or a clause/sentence break
DIGIT_OR_BREAK = regex.compile(r"[\d，。；,;:：]")
# a year or an opening quote/title mark
YEAR_OR_QUOTE = regex.compile(r"(?:19|20)\d\d|[“《]")
# a year, with or without 年/年度
YEAR_TEXT = regex.compile(r"(?:19|20)\d\d年度?|(?:19|20)\d\d")
# a quoted programme or fund name
QUOTED_PROGRAMME = regex.compile(r"“([^“”]{2,16}(?:计划|基金|专项|工程))”")
# a clause or sentence break
CLAUSE_OR_SENTENCE_BREAK = regex.compile(r"[，,。；;]")
# clause and sentence breaks to split on
CLAUSE_SPLIT = regex.compile(r"[，,；;。]")
# between two items of a list sharing a unit (412万、236万和188万人次)
LIST_ITEM_GAP = regex.compile(r"\s*[、和及与]\s*")
# one more clause or list item
ONE_CLAUSE_ON = regex.compile(r"[，,、][^，,、。；;]*")
# a subject's owner: a field, a kind of body or an area named before what it measures (生物与新医药领域研发投入,
# 科技小巨人企业平均营业收入); the next clause's bare attribute (研发投入强度, 平均研发投入强度) is that owner's too
OWNER_WORDS = "领域|行业|产业|企业|机构|高校|院所|园区|基地|平台|集群|医院|新区"
OWNER_END = regex.compile(rf"(?:{OWNER_WORDS}|区|县)$")
# an owner word anywhere in a subject (科创板上市公司营业收入: the owner ends at 公司)
OWNER_WORD = regex.compile(rf"{OWNER_WORDS}|公司")
# an actor followed by 共 (only sums)
ACTOR_SUM = regex.compile(r"^(上海|全市|全国|本市)(?:共计|共有|共)")
# action words opening a heading (推进…, 加快…), dropped before looking for the entity it names
LEADING_ACTIONS = regex.compile(r"^(?:%s)+" % ACTION_WORD.pattern)
# the end of a clause (sentence, clause or colon break)
CLAUSE_END = regex.compile(r"[，,；;。:：]")
# the text inside curly quotes
QUOTED_TEXT = regex.compile(r"“([^“”]+)”")
# a left phrase made only of a verb or an actor (新建, 累计, 全市): no subject of its own
VERB_ONLY = regex.compile(r"^(?:新建|组建|成立|启动建设|布局建设|建设|建成|新增|新引进|引进|认定|培育|推进|持续推进|支持|"
                        r"资助|出台|惠及|发布|举办|开展|立项|新认定|累计|面向国内外新引进|首批立项支持|设立|形成|"
                        r"打造|集聚|聚集|吸引|带动|服务|覆盖|发放|落地|获批|全市|全国|上海|本市)?$")

# ---- general subject classes (issue 6): the shortest phrase naming the metric, not the predicate around it
# a nominalised action closing the counted noun (启动10家重点实验室建设): the thing counted is the noun before it
NOMINAL_ACTION_END = regex.compile(r"(?<=\p{Han}{2})(?:建设|建设工作)$")
# process verbs and their adverbs closing the words before such a count (持续推进, 启动, 加快布局)
PROCESS_VERB_END = regex.compile(
    r"(?:持续|加快|加速|稳步|全面|深入|积极|着力|继续|进一步|不断)*(?:推进|推动|启动|开展|实施|布局|谋划|部署)?$")
# a scope phrase opening a subject (面向国内外新引进…, 在上海市重点产业领域建成…): where, not what
SCOPE_LEAD = regex.compile(
    r"^(?:面向(?:国内外|海内外|全球|全国|全市|世界|社会)|在[^，。；,;在]{2,16}?(?:领域|方面|区域|地区|范围内)(?=\p{Han}{2}))")
# 高水平 before a verb is an adverb (高水平运行), before a noun part of it (高水平人才)
ADVERBIAL_QUALITY = regex.compile(r"高水平(?=运行|建设|发展|推进|开展|实施|举办|保护|开放)")
# a programme, space or project named in quotes (“上海伙伴科研计划”, “模速空间”大模型…社区, “尚思探索学者”项目)
QUOTED_OWNER = regex.compile(
    r"“(?P<n>\p{Han}{0,10}(?:计划|专项|工程|空间|社区|平台|基金|大赛))”|“(?P<n2>\p{Han}{2,12})”(?=项目|计划|专项|工程|基金|大赛)")
# a quote or title mark: the subject names its programme or publication already
QUOTE_OR_TITLE = regex.compile(r"[“《]")
# an entity counted right after it (建成国家临床医学研究中心6家), not the owner of the sentence's figures
ENTITY_COUNTED = regex.compile(r"\s*(?:累计|新增)?\s*(?:达到|达|为|共|约|超过|超|近|逾)?\s*\d")
# time words inside a subject: the figure's period says them (上海技术交易所全年新增…)
# an age limit (40岁以下青年科研人员, 年龄不超过35周岁的科研人员, 35岁以下的占92%): the bound word after it, the people
# it bounds, the age words before it, and the words that close a name of people
AGE_BOUND_AFTER = regex.compile(r"(?:(?:及|或)?(?:以下|以上|以内))?的?")
PERSON_WORDS = "人员|人才|负责人|学者|作者|科学家|博士后|经理人|院士|学生|学员|工程师|研究者|医生|博士|专家"
AGE_GROUP = regex.compile(rf"(?:在[^，。；;,]{{1,20}}?的)?(?P<n>(?:承担|担任)?\p{{Han}}{{0,12}}?(?:{PERSON_WORDS}))(?![员才士生])")
AGE_WORDS = regex.compile(r"(?:面向)?年龄(?:在|不超过|不高于|为)?$|面向$")
PERSON_END = regex.compile(rf"(?:{PERSON_WORDS})$")
# a sum a policy grants (对首次认定的高新技术企业，给予最高20万元的一次性奖励): the verb before it, whom it is granted to,
# and what it is granted as (the noun after the sum, past a range's upper bound)
GRANT_LEFT = regex.compile(r"给予$")
GRANT_TARGET = regex.compile(r"对(?P<x>[^，。；;,对\d]{2,24}?)(?:[，,]|给予)")
GRANT_NOUN = regex.compile(r"(?:[至到—\-~～][\d.]+[千万亿]*元)?的?(?P<n>\p{Han}{2,8}?)(?=[，,。；;、）)]|$)")
PERIOD_IN_SUBJECT = regex.compile(r"全年|年内|当年")
YEAR_OPENING = regex.compile(r"^(?:19|20)\d\d年(?=\p{Han}{2})")
# 实现 between an owner and its measure (科创板上市公司实现营业收入) is no part of the name; a running total's
# 累计实现 is written as printed
INNER_ACHIEVE = regex.compile(r"(?<=\p{Han}{2})(?<!累计)实现(?=\p{Han}{2})")
# a programme a sentence opens by launching (实施长三角联合攻关计划，…): it owns the figures after
LAUNCHED_PROGRAMME = regex.compile(r"\s*(?:[-•·]\s*)?(?:启动实施|实施|启动|开展|设立)(?P<n>\p{Han}{2,14}(?:计划|专项|工程|行动))(?=[，,])")
# a list of examples closing with 等 before the class they belong to, opening a subject (A、B、C等科研事业单位)
EXAMPLES_ETC = regex.compile(r"^(?:[^、，,。；;等]{1,12}、)+[^、，,。；;等]{1,12}等(?=\p{Han}{2})")
# a count of measures or clauses with no name of its own (提出16条举措): a document or heading names them
# measure words counting the articles of a document (共20条, 28款)
CLAUSE_MEASURES = ("条", "款", "项")
GENERIC_MEASURES = regex.compile(r"^(?:提出|出台|推出|明确|制定|形成|包括|涵盖)?(?P<n>举措|措施|条款|任务)$")
# a publication title with its marks
TITLE = regex.compile(r"《[^《》]{2,60}》")
# an attribute of the thing after the figure (设立总规模100亿元的…基金): the figure describes that thing
ATTRIBUTE_TAIL = regex.compile(r"(?:总规模|规模|总投资|投资额|总面积|面积|总额|年产值|产值|总市值|市值|估值)$")
# the sentence breaks that end a topic: a semicolon continues the one before (…中心…111家；…，挖掘技术需求4183项)
TOPIC_BREAK_CHARS = "。!！?？\n"  # what ends a full sentence (a ； only ends a clause run's member)
# a ranking the sentence names in quotes (在“全球百强科技创新集群”排名中)
NAMED_RANKING = regex.compile(r"“(?P<n>[^“”]{2,20})”(?:排名|排行|榜单|榜)")
# a sentence opening with a short title standing for a publication named elsewhere (《报告》…显示, 《指数》…)
SHORT_TITLE_LEAD = regex.compile(r"\s*《[^》]{1,6}》")
# years, editions and marks around a publication's name in a heading (》》 全球科技创新中心100强(2025), 2025自然指数——科研城市)
HEADING_MARKS = regex.compile(r"[》《\s—–\-]+|[(（]?(?:19|20)\d\d年?[)）]?")
# who is ranked: the words before the ranking verb in the rank's clause (上海连续两年位居第…)
RANK_ACTOR = regex.compile(
    r"(?:^|排名中|排行中|榜单中|中)\s*(?P<a>[\p{Han}A-Za-z\-]{2,12}?)(?:连续[^，,；;]{1,3}年)?(?:稳居|位列|位居|排名|排在|居)")
# the end of a text (a clause that runs to it)
END = regex.compile(r"$")
# the first digit of another figure, not of an ordinal (新建第2批12家…: 第2批 stays in the name)
FIGURE_DIGIT = regex.compile(r"(?<![第\d])\d")
# a Han character
HAN = regex.compile(r"\p{Han}")
# the words of a short bracketed note inside a name (首台（套）, 科技小巨人(含培育)企业), and what may follow it
# 首台（套）, 医药研发外包服务（CRO）营业收入, 生物安全三级（BSL-3）实验室
INLINE_NOTE = regex.compile(r"\p{Han}{1,6}|[A-Z][A-Za-z0-9]{1,7}|[A-Z]{2,5}-\d{1,2}")
NAME_GOES_ON = regex.compile(r"[\p{Han}\d]")

# ---- kinds a table row's label gives a cell stating a bare figure (research notes, financial summaries)
# a growth rate (营业收入增长率, (+/-)YOY(%)): a change, its direction the sign
# a note defining the ratings by bands of relative return (评级说明, 投资评级说明: 买入：…20%以上)
RATING_DEFINITION = regex.compile(r"评级(?:说明|标准|定义|体系)|(?:买入|增持|推荐)[：:]")
LABEL_CHANGE = regex.compile(r"增长率|增速|YOY|同比|涨跌幅|相对收益|绝对收益|相对表现|绝对表现|相对沪深")  # a stock's return over a window
# a column of changes (本报告期比上年同期增减（%）, 变动率): its cells are changes whatever their row
# (提高幅度（个百分点）: a rise, its sign the direction; a column of falls, 下降幅度, would need its sign turned: left out)
HEADER_CHANGE = regex.compile(r"增减|变动(?:率|幅度)|变化率|(?:位次|排名|名次)变化|增长(?:率|幅度)?(?:\s*[(（]%[)）])?$|^增长|增幅|增速|"
                              r"同比|环比|(?:提高|提升|上升)幅度|YOY", regex.I)
# a margin or a cost, tax or debt rate: a part of its whole (profit or cost of revenue, liabilities of assets)
# a column of parts of a whole (持股比例, 占比, 比重)
HEADER_SHARE = regex.compile(r"比例|占比|比重|份额|强度|^占")  # 占车辆总数(%): a column of shares
LABEL_SHARE = regex.compile(r"(?:毛利|费用|税金|所得税|净利润|净利|负债)率")
# a return, a yield, a turnover or a plain 比率 compares two different quantities: a ratio
LABEL_RATIO = regex.compile(r"收益率|回报率|股息率|比率|周转率|^\s*(?:ROE|ROA|ROIC)\b")
# a turnover period counted in days (存货周转天数)
LABEL_DAYS = regex.compile(r"周转天数")
