import type { Random } from './random'

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const GIVEN_OLD = [
  '建国',
  '国华',
  '秀英',
  '桂兰',
  '玉梅',
  '淑珍',
  '德明',
  '志刚',
  '凤英',
  '文华',
  '爱华',
  '永红',
  '振华',
  '素芬',
  '学军',
  '明亮',
  '桂芳',
  '宝山',
  '福生',
  '兰英',
  '世昌',
  '月华',
  '长林',
  '金凤',
  '守仁',
  '立新',
  '翠萍',
  '春生',
  '惠敏',
  '玉珍',
]
const GIVEN_YOUNG = [
  '晓东',
  '思远',
  '雨欣',
  '子涵',
  '浩然',
  '佳怡',
  '俊杰',
  '梦婷',
  '宇航',
  '欣怡',
  '志强',
  '丽娜',
  '海涛',
  '婷婷',
  '文博',
  '静怡',
  '家豪',
  '晨曦',
  '嘉琪',
  '天宇',
]

export function personName(random: Random, elderly: boolean): string {
  return random.pick([...SURNAMES]) + random.pick(elderly ? GIVEN_OLD : GIVEN_YOUNG)
}

/** A phone number that is syntactically valid and clearly demo data (prefix 139 0000 …). */
export function demoPhone(index: number): string {
  return `1390000${String(index).padStart(4, '0')}`
}
