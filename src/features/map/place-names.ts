/**
 * City and province names in Chinese and Urdu for the map's labels, the tooltip and the list. The
 * API gives places in English only (docs/api.md); these are the standard exonyms for the places in
 * the demo data. A place not listed falls back to its English name, marked `lang="en"`.
 */
import type { LocalText } from '@/domain/local-names';

/** English name → [简体中文, اردو] */
const places: Record<string, readonly [string, string]> = {
  Beijing: ['北京', 'بیجنگ'],
  Shenyang: ['沈阳', 'شین یانگ'],
  Liaoning: ['辽宁', 'لیاؤننگ'],
  Islamabad: ['伊斯兰堡', 'اسلام آباد'],
  'Islamabad Capital Territory': ['伊斯兰堡首都区', 'اسلام آباد وفاقی دارالحکومت'],
  Rawalpindi: ['拉瓦尔品第', 'راولپنڈی'],
  Lahore: ['拉合尔', 'لاہور'],
  Karachi: ['卡拉奇', 'کراچی'],
  Haripur: ['哈里布尔', 'ہری پور'],
  Peshawar: ['白沙瓦', 'پشاور'],
  Mardan: ['马尔丹', 'مردان'],
  Mingora: ['明戈拉', 'مینگورہ'],
  Quetta: ['奎达', 'کوئٹہ'],
  Gilgit: ['吉尔吉特', 'گلگت'],
  'New Mirpur': ['新米尔布尔', 'نیو میرپور'],
  Punjab: ['旁遮普省', 'پنجاب'],
  Sindh: ['信德省', 'سندھ'],
  Balochistan: ['俾路支省', 'بلوچستان'],
  'Khyber Pakhtunkhwa': ['开普省', 'خیبر پختونخوا'],
  'Gilgit-Baltistan': ['吉尔吉特-巴尔蒂斯坦', 'گلگت بلتستان'],
  'Azad Jammu and Kashmir': ['阿扎德查谟和克什米尔', 'آزاد جموں و کشمیر'],
};

/** A place's name in `lang`, or its English name saying so. */
export function placeName(english: string, lang: string): LocalText {
  const own = places[english];
  if (own && lang === 'zh-Hans') return { text: own[0], lang };
  if (own && lang === 'ur') return { text: own[1], lang };
  return { text: english, lang: 'en' };
}
