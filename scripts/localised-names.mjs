// Names of zones, sectors and indicators in Simplified Chinese and Urdu: the demo data's `names`
// (and zones' `shortNames`), merged in by scripts/import-reference-data.mjs. docs/i18n.md lists the
// terms a native speaker should review. "Special Technology Zone" follows STZA's own usage:
// 特别技术区 / اسپیشل ٹیکنالوجی زون; "planned" is 规划中 / مجوزہ; "illustrative" is 示意 / توضیحی.
const STZ_UR = 'اسپیشل ٹیکنالوجی زون';
const KP_ZH = '开普省特别技术区（规划中）——';
const KP_UR = `خیبر پختونخوا ${STZ_UR} (مجوزہ) - `;

/** id → [zh-Hans name, zh-Hans short name, ur name, ur short name] */
const zones = {
  'stz-islamabad-technopolis': [
    '伊斯兰堡科技城（伊斯兰堡特别技术区）',
    '伊斯兰堡科技城',
    `اسلام آباد ٹیکنوپولس (اسلام آباد ${STZ_UR})`,
    'اسلام آباد ٹیکنوپولس',
  ],
  'stz-ieng-tech-park': [
    'iENGINEERING科技园（位于伊斯兰堡特别技术区内）',
    'iENGINEERING科技园',
    `آئی انجینئرنگ ٹیکنالوجی پارک (اسلام آباد ${STZ_UR} کے اندر)`,
    'آئی انجینئرنگ پارک',
  ],
  'stz-lahore-technopolis': ['拉合尔科技城', '拉合尔科技城', 'لاہور ٹیکنوپولس', 'لاہور ٹیکنوپولس'],
  'stz-pakistan-digital-city': [
    '巴基斯坦数字城特别技术区（哈里布尔）',
    '哈里布尔数字城',
    `پاکستان ڈیجیٹل سٹی ${STZ_UR}، ہری پور`,
    'ڈیجیٹل سٹی ہری پور',
  ],
  'stz-paf-iast': [
    'PAF-IAST特别技术区（哈里布尔）',
    'PAF-IAST哈里布尔',
    `پی اے ایف-آئی اے ایس ٹی ${STZ_UR}، ہری پور`,
    'پی اے ایف-آئی اے ایس ٹی ہری پور',
  ],
  'stz-must-mirpur': [
    '米尔布尔科技大学（MUST）技术区，米尔布尔（阿扎德查谟和克什米尔）',
    'MUST米尔布尔',
    'مسٹ ٹیکنالوجی زون، میرپور (آزاد جموں و کشمیر)',
    'مسٹ میرپور',
  ],
  'stz-nust': [
    '国立科技大学（NUST）特别技术区（B区），伊斯兰堡H-12',
    'NUST伊斯兰堡',
    `نسٹ ${STZ_UR} (زون بی)، ایچ-12 اسلام آباد`,
    'نسٹ اسلام آباد',
  ],
  'stz-tech7': ['Tech7特别技术区', 'Tech7伊斯兰堡', `ٹیک سیون ${STZ_UR}`, 'ٹیک سیون اسلام آباد'],
  'stz-mindbridge': ['Mindbridge特别技术区', 'Mindbridge拉合尔', `مائنڈ برج ${STZ_UR}`, 'مائنڈ برج لاہور'],
  'stz-capital-smart': [
    'Capital Smart技术区',
    'Capital Smart拉瓦尔品第',
    'کیپیٹل اسمارٹ ٹیکنالوجی زون',
    'کیپیٹل اسمارٹ راولپنڈی',
  ],
  'stz-karachi-education-city': [
    '卡拉奇特别技术区，卡拉奇教育城（加达普）',
    '卡拉奇教育城',
    `کراچی ${STZ_UR}، کراچی ایجوکیشن سٹی (گڈاپ)`,
    'کراچی ایجوکیشن سٹی',
  ],
  'stz-gilgit-planned': [
    '吉尔吉特特别技术区（规划中）',
    '吉尔吉特（规划中）',
    `گلگت ${STZ_UR} (مجوزہ)`,
    'گلگت (مجوزہ)',
  ],
  'stz-kp-planned-peshawar': [`${KP_ZH}白沙瓦`, '白沙瓦（规划中）', `${KP_UR}پشاور`, 'پشاور (مجوزہ)'],
  'stz-kp-planned-mardan': [`${KP_ZH}马尔丹`, '马尔丹（规划中）', `${KP_UR}مردان`, 'مردان (مجوزہ)'],
  'stz-kp-planned-mingora': [`${KP_ZH}斯瓦特`, '斯瓦特（规划中）', `${KP_UR}سوات`, 'سوات (مجوزہ)'],
  'stz-quetta-planned': [
    '奎达特别技术区（规划中）',
    '奎达（规划中）',
    `کوئٹہ ${STZ_UR} (مجوزہ)`,
    'کوئٹہ (مجوزہ)',
  ],
  'cn-seda': [
    '沈阳经济技术开发区',
    '沈阳经开区',
    'شین یانگ اکنامک اینڈ ٹیکنالوجیکل ڈویلپمنٹ ایریا (سیڈا)',
    'سیڈا شین یانگ',
  ],
  'cn-zpark': ['中关村科技园区', '中关村（北京）', 'ژونگ گوان سون سائنس پارک (زیڈ پارک)', 'زیڈ پارک بیجنگ'],
};

/** id → [zh-Hans, ur] */
const sectors = {
  'it-software': ['信息技术与软件', 'آئی ٹی اور سافٹ ویئر'],
  ites: ['信息技术赋能服务', 'آئی ٹی پر مبنی خدمات'],
  'ai-robotics': ['人工智能与机器人', 'مصنوعی ذہانت اور روبوٹکس'],
  fintech: ['金融科技与区块链', 'فن ٹیک اور بلاک چین'],
  electronics: ['电子与半导体', 'الیکٹرانکس اور سیمی کنڈکٹرز'],
  'biotech-pharma': ['生物技术与医药', 'بائیو ٹیکنالوجی اور ادویہ سازی'],
  'automotive-equipment': ['汽车与装备制造', 'آٹوموٹیو اور آلات سازی'],
  'consumer-goods': ['消费品', 'صارفی اشیا'],
  power: ['电力', 'بجلی'],
  'financial-services': ['金融服务', 'مالیاتی خدمات'],
  'oil-gas': ['石油天然气勘探', 'تیل و گیس کی تلاش'],
  communication: ['通信', 'مواصلات'],
};

const FDI_UR = 'خالص براہ راست غیر ملکی سرمایہ کاری';
/** id → [zh-Hans, ur] */
const indicators = {
  population: ['人口', 'آبادی'],
  'population-growth': ['人口增长率', 'آبادی میں اضافے کی شرح'],
  'urban-share': ['城镇人口占比', 'شہری آبادی کا تناسب'],
  'share-age-0-14': ['15岁以下人口', '15 سال سے کم عمر آبادی'],
  'share-age-15-24': ['15–24岁人口', '15 تا 24 سال کی آبادی'],
  'share-age-15-29': ['15–29岁人口', '15 تا 29 سال کی آبادی'],
  'share-age-15-64': ['15–64岁人口', '15 تا 64 سال کی آبادی'],
  'share-age-65-plus': ['65岁及以上人口', '65 سال اور اس سے زائد عمر کی آبادی'],
  'share-age-under-30': ['30岁以下人口', '30 سال سے کم عمر آبادی'],
  'share-age-under-40': ['40岁以下人口', '40 سال سے کم عمر آبادی'],
  'young-share-claimed': ['青年人口（所称）', 'نوجوان آبادی (دعوے کے مطابق)'],
  'literacy-rate': ['识字率', 'شرح خواندگی'],
  'household-size': ['平均每户人数', 'فی گھرانہ اوسط افراد'],
  'chinese-residents': ['中国籍居民', 'چینی باشندے'],
  'labour-force': ['劳动力', 'افرادی قوت'],
  employed: ['就业人数', 'برسرِ روزگار افراد'],
  unemployed: ['失业人数', 'بے روزگار افراد'],
  'unemployment-rate': ['失业率', 'بے روزگاری کی شرح'],
  'employment-to-population': ['就业人口比率', 'روزگار اور آبادی کا تناسب'],
  'fdi-net-total': ['流入巴基斯坦的外国直接投资净额', `پاکستان میں ${FDI_UR}`],
  'fdi-net-china': ['来自中国的外国直接投资净额', `چین سے ${FDI_UR}`],
  'fdi-net-hong-kong': ['来自香港的外国直接投资净额', `ہانگ کانگ سے ${FDI_UR}`],
  'fdi-net-uae': ['来自阿联酋的外国直接投资净额', `متحدہ عرب امارات سے ${FDI_UR}`],
  'fdi-china-by-sector': ['来自中国的分行业外国直接投资', 'چین سے شعبہ وار براہ راست سرمایہ کاری'],
  'fdi-total-by-sector': ['分行业外国直接投资净额', `شعبہ وار ${FDI_UR}`],
  'ict-exports': ['信息通信技术出口收汇', 'آئی سی ٹی برآمدات کی ترسیلات'],
  'pbs-it-exports': ['IT服务出口（巴基斯坦统计局）', 'آئی ٹی خدمات کی برآمدات (ادارۂ شماریات)'],
  'cpec-headline': ['中巴经济走廊主要数据', 'سی پیک کے نمایاں اعداد و شمار'],
  'stz-count': ['特别技术区', 'اسپیشل ٹیکنالوجی زونز'],
  'stz-developer-investment': ['技术区开发商投资', 'زون ڈویلپرز کی سرمایہ کاری'],
  'licensed-enterprises': ['特别技术区持证企业', 'اسپیشل ٹیکنالوجی زونز میں لائسنس یافتہ ادارے'],
  'investor-eois': ['投资者意向表达', 'سرمایہ کاروں کی جانب سے اظہارِ دلچسپی'],
  'seda-fortune500': ['沈阳经开区的《财富》榜单企业', 'سیڈا میں فارچیون فہرست کی کمپنیاں'],
  'seda-cumulative-investment': [
    '沈阳经开区项目投资（1993–2012年）',
    'سیڈا میں منصوبوں پر سرمایہ کاری (1993 تا 2012)',
  ],
  'seda-cumulative-gdp': ['沈阳经开区地区生产总值（1993–2012年）', 'سیڈا کی جی ڈی پی (1993 تا 2012)'],
  'seda-cumulative-output': ['沈阳经开区工业产值（1993–2012年）', 'سیڈا کی صنعتی پیداوار (1993 تا 2012)'],
  'shenyang-fdi-used': ['沈阳市实际利用外资', 'شین یانگ میں غیر ملکی سرمائے کا عملی استعمال'],
  'zone-companies': ['各技术区企业数（示意）', 'زونز میں کمپنیاں (توضیحی)'],
  'zone-investment': ['各技术区开发商投资（示意）', 'زون وار ڈویلپرز کی سرمایہ کاری (توضیحی)'],
};

const pair = ([zh, ur]) => ({ 'zh-Hans': zh, ur });

/** Adds `names` (and a zone's `shortNames`) to records; refuses a record without them. */
export function withLocalisedNames(kind, records, refused) {
  const table = { zones, sectors, indicators }[kind];
  return records.map((record) => {
    const entry = table[record.id];
    if (!entry) {
      refused.push(`${kind} ${record.id}: no Chinese and Urdu names in scripts/localised-names.mjs`);
      return record;
    }
    if (kind !== 'zones') return { ...record, names: pair(entry) };
    const [zh, zhShort, ur, urShort] = entry;
    return { ...record, names: pair([zh, ur]), shortNames: pair([zhShort, urShort]) };
  });
}
