/**
 * Pages of odd shapes and scripts, as data: no article, broken or unusual documents, right-to-left
 * and East Asian articles. Node tests and browser tests both read them.
 */
import { articlePage, PROSE } from './pages';

export interface StrangePage {
  name: string;
  html: string;
  /** The Content-Type a server sends it with. */
  contentType?: string;
  /**
   * What a normal click must give; `clear-state` accepts an article or "not an article", anything
   * but an error.
   */
  expected: Expected;
  /** Where Node's DOM (linkedom) parses differently from browsers, what it gives there. */
  nodeExpected?: Expected;
}

export type Expected = 'article' | 'not-an-article' | 'clear-state';

const paragraphs = (list: readonly string[]) => list.map((p) => `<p>${p}</p>`).join('\n');

/** A search results page: many links with snippets, no article. */
const searchPage = `<!doctype html><html lang="en"><head><title>Search: budget - The Local Paper</title></head><body>
<header><form action="/search"><input name="q" value="budget"><button>Search</button></form></header>
<main><h1>Results for “budget”</h1><ol>${Array.from({ length: 12 }, (_, i) => `<li><a href="/news/${i}">Council budget story number ${i + 1}</a><p>${PROSE[i % PROSE.length]!.slice(0, 70)}…</p></li>`).join('')}</ol>
<nav><a href="?page=2">Next page</a></nav></main></body></html>`;

/** A home page: headlines and one-line teasers. */
const homePage = `<!doctype html><html lang="en"><head><title>The Local Paper</title></head><body>
<header><nav>${['News', 'Sport', 'Business', 'Culture', 'Weather'].map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join(' ')}</nav></header>
<main>${Array.from({ length: 16 }, (_, i) => `<section class="teaser"><h2><a href="/story/${i}">Headline number ${i + 1} about the city</a></h2><p>${PROSE[i % PROSE.length]!.split(',')[0]}.</p></section>`).join('')}</main>
<footer>© The Local Paper</footer></body></html>`;

/** A two-sentence brief: too short for a normal click, fine for "Show anyway". */
export const SHORT_ARTICLE_TEXT = 'Heavy snow closed the northern roads on Monday morning, the highways agency said. Crews expect to reopen them by the evening.';

/** Old table layout, no doctype (quirks mode), paragraphs made of line breaks. */
const quirksPage = `<html><head><title>Council approves the budget</title></head><body bgcolor="#ffffff">
<table width="100%" border="0"><tr><td width="150" valign="top"><a href="/">Home</a><br><a href="/news">News</a></td>
<td valign="top"><font face="Arial" size="2"><b>Council approves the budget</b><br><br>${PROSE.join('<br><br>\n')}</font></td></tr></table>
<center><font size="1">Copyright The Local Paper</font></center></body></html>`;

/** Tags left open, closed twice, closed in the wrong order. */
const brokenPage = `<!doctype html><html><head><title>Council approves the budget</title><body>
<div class="wrapper"><article><h1>Council approves the budget</h2>
${PROSE.map((p, i) => (i % 2 ? `<p>${p}` : `<p><b>${p.slice(0, 20)}<i>${p.slice(20)}</b></i></p></div></span>`)).join('\n')}
</article></div></div></div></body></html></html>`;

const XHTML_PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n';

/** Well-formed XHTML, for serving as application/xhtml+xml (an XML document in the browser). */
const xhtmlPage = `${XHTML_PROLOG}<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en" lang="en"><head><meta charset="UTF-8" /><title>Council approves the budget</title></head>
<body><div id="page"><article><h1>Council approves the budget</h1>
${paragraphs(PROSE)}<p>Read the <a href="/full">full report</a>.<br /></p><script type="text/javascript">//<![CDATA[
var a = 1 < 2;
//]]></script></article></div></body></html>`;

const ARABIC = [
  'وافق مجلس المدينة مساء الثلاثاء على ميزانية جديدة للعام المقبل، بعد نقاش طويل استمر حتى وقت متأخر من الليل.',
  'وقضى الأعضاء معظم الاجتماع في مناقشة تكلفة إصلاح الطرق والجسور، التي يقول مكتب النقل إنها تضاعفت خلال خمس سنوات.',
  'وطالب السكان الذين تحدثوا في الاجتماع بمزيد من الأموال للمدارس والمكتبات، وأحضر عدد منهم رسائل من جيرانهم.',
  'وقال رئيس البلدية للصحفيين بعد التصويت: «هذه ميزانية عادلة تراعي حاجات المدينة وحدود ما يمكنها إنفاقه هذا العام».',
  'ورأى أعضاء المعارضة أن الميزانية تعتمد على توقعات متفائلة لإيرادات الضرائب، ولا تترك مجالاً كافياً لأي مفاجآت.',
  'ومن المتوقع أن تبدأ الأعمال في الطرق الأولى في الربيع، بعد توقيع العقود وتحسن الطقس في المنطقة.',
];

const HEBREW = [
  'מועצת העיר אישרה ביום שלישי בערב תקציב חדש לשנה הבאה, לאחר דיון ארוך שנמשך עד שעות הלילה המאוחרות.',
  'חברי המועצה הקדישו את רוב הישיבה לעלות התיקון של הכבישים והגשרים, שלדברי משרד התחבורה הוכפלה בתוך חמש שנים.',
  'תושבים שדיברו בישיבה ביקשו תקציב גדול יותר לבתי הספר ולספריות, וחלקם הביאו איתם מכתבים משכניהם.',
  'ראש העיר אמר לכתבים אחרי ההצבעה: ”זהו תקציב הוגן שמאזן בין צורכי העיר לבין מה שהיא יכולה להרשות לעצמה השנה“.',
  'חברי האופוזיציה טענו כי התקציב נשען על תחזיות אופטימיות של הכנסות ממסים, ואינו משאיר מקום להפתעות.',
  'העבודות בכבישים הראשונים צפויות להתחיל באביב, לאחר חתימת החוזים ושיפור מזג האוויר באזור.',
];

/** Traditional Chinese, quoting with corner brackets as Taiwan and Hong Kong papers do. */
const CHINESE = [
  '市議會週二晚上通過了明年度的新預算案，這場辯論一直持續到深夜才結束，許多市民在會場外等候結果。',
  '議員們把大部分時間用在討論修路和修橋的費用上，交通局表示，這筆費用在過去五年內已經翻了一倍。',
  '市長在會後對記者說：「這是一份公平的預算，照顧到了全市居民的需要，也守住了財政紀律。」',
  '反對派議員則批評預算對稅收的預測過於樂觀，並引用財經作家的新書『城市的帳本』，認為市府沒有為意外留下餘地。',
  '財政局長表示，即使在經濟增長緩慢的年份，儲備金仍將高於法律規定的水平，市民不必擔心。',
  '第一批道路工程預計在春季開工，屆時合約已經簽署，天氣也會好轉，工程將分三個階段進行。',
];

const JAPANESE = [
  '市議会は火曜日の夜、来年度の新しい予算案を可決した。審議は深夜まで続き、多くの市民が傍聴席で結果を見守った。',
  '議員たちは会議の大半を道路や橋の修繕費用の議論に費やした。交通局によると、この費用は五年で倍になったという。',
  '市長は採決の後、記者団に「市民の暮らしを守るための、公平な予算だと考えている」と述べた。',
  '一方、野党の議員は「税収の見通しが甘く、『想定外』の事態に備える余地がない」と厳しく批判した。',
  '財務局長は、成長が鈍い年でも積立金は法律で定められた水準を上回ると説明し、理解を求めた。',
  '最初の道路工事は、契約が結ばれ天候が回復する春に始まる見込みで、工事は三段階に分けて進められる。',
];

/** The quotations a reader must find in the East Asian articles: [page name, quotation text]. */
export const EAST_ASIAN_QUOTES: ReadonlyArray<[string, string]> = [
  ['Chinese article', '這是一份公平的預算，照顧到了全市居民的需要，也守住了財政紀律。'],
  ['Chinese article', '城市的帳本'],
  ['Japanese article', '市民の暮らしを守るための、公平な予算だと考えている'],
  ['Japanese article', '税収の見通しが甘く、『想定外』の事態に備える余地がない'], // 『』 nested in 「」
];

const articleIn = (lang: string, title: string, body: readonly string[], htmlDir = '', articleDir = '') =>
  `<!doctype html><html lang="${lang}"${htmlDir ? ` dir="${htmlDir}"` : ''}><head><meta charset="utf-8"><title>${title}</title></head><body>
<header><nav><a href="/">⌂</a></nav></header><main><article${articleDir ? ` dir="${articleDir}"` : ''}><h1>${title}</h1>
${paragraphs(body)}
</article></main></body></html>`;

export const STRANGE_PAGES: readonly StrangePage[] = [
  // Listings of other pages. The issue accepts an article or a clear state; the core reads both as
  // articles today (teasers and snippets are prose), where "not an article" would serve better.
  { name: 'search page', html: searchPage, expected: 'clear-state' },
  { name: 'home page', html: homePage, expected: 'clear-state' },
  { name: 'empty page', html: '<!doctype html><html><head><title></title></head><body></body></html>', expected: 'not-an-article' },
  { name: 'empty document', html: '', expected: 'not-an-article' },
  { name: 'only an image', html: '<!doctype html><html><head><title>photo.jpg</title></head><body><img src="/photo.jpg" alt="A photo"></body></html>', expected: 'not-an-article' },
  { name: 'very short article', html: `<!doctype html><html><head><title>Snow closes roads</title></head><body><main><h1>Snow closes roads</h1><p>${SHORT_ARTICLE_TEXT}</p></main></body></html>`, expected: 'not-an-article' },
  { name: 'no body, only a head', html: '<html><head><title>Nothing here</title><meta name="description" content="A page with a head only"></head></html>', expected: 'not-an-article' },
  // Browsers make a <body> for content outside one; linkedom leaves the content beside the head.
  { name: 'no body tag, article markup', html: `<html><head><title>Council approves the budget</title></head>${paragraphs(PROSE)}</html>`, expected: 'article', nodeExpected: 'not-an-article' },
  { name: 'frameset', html: '<!doctype html><html><head><title>Frames</title></head><frameset cols="30%,70%"><frame src="/menu"><frame src="/story"><noframes><p>Your browser does not show frames.</p></noframes></frameset></html>', expected: 'not-an-article' },
  { name: 'XHTML as text/html', html: xhtmlPage, expected: 'article' },
  { name: 'XHTML as XML', html: xhtmlPage, contentType: 'application/xhtml+xml', expected: 'article' },
  { name: 'quirks mode table layout', html: quirksPage, expected: 'article' },
  { name: 'broken markup', html: brokenPage, expected: 'article' },
  { name: 'Arabic article, dir on <html>', html: articleIn('ar', 'المجلس يقر الميزانية', ARABIC, 'rtl'), expected: 'article' },
  { name: 'Hebrew article, dir on <article>', html: articleIn('he', 'המועצה אישרה את התקציב', HEBREW, '', 'rtl'), expected: 'article' },
  { name: 'Chinese article', html: articleIn('zh-Hant', '市議會通過新預算', CHINESE), expected: 'article' },
  { name: 'Japanese article', html: articleIn('ja', '市議会、新年度予算を可決', JAPANESE), expected: 'article' },
  { name: 'ordinary article', html: articlePage(), expected: 'article' },
];

/** Every paragraph of prose a page's article holds, for checking nothing was lost. */
export const ARTICLE_PARAGRAPHS: Readonly<Record<string, readonly string[]>> = {
  'no body tag, article markup': PROSE,
  'XHTML as text/html': PROSE,
  'XHTML as XML': PROSE,
  'quirks mode table layout': PROSE,
  'broken markup': PROSE,
  'Arabic article, dir on <html>': ARABIC,
  'Hebrew article, dir on <article>': HEBREW,
  'Chinese article': CHINESE,
  'Japanese article': JAPANESE,
  'ordinary article': PROSE,
};
