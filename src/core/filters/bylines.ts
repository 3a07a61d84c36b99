/**
 * Byline, date and reading-time lines left in the article: the reader shows the author and the
 * date above it, so these lines say it again, often in pieces ("By", "Updated 10:01 pm PST").
 */
import type { Filter } from './filter';
import { afterLastProse, firstProse, lowerCase, removeBlock, textBlocks, wordCount, type Block } from './blocks';
import { isCased, isLowerCase, letterPattern } from '../letters';

/**
 * "By Ann Writer", "Por …", "Von …": a byline, then the first letter of its author's name (a cased
 * letter, in either case), or nothing. The letter is taken whole, its second half too when it lies
 * beyond the BMP, as the u flag would take it: with the flag, V8 spends about 0.4 ms compiling the
 * pattern on every page.
 */
const BYLINE = /^(by|von|por|par|di|oleh|door|av|af)(\s+(\S[\udc00-\udfff]?)|\s*$)/i;
/** A byline may carry the date after a line break: "By Ann Writer and Bo Editor<br>Monday, November 18, 2019, 04:05 pm PT". */
const BYLINE_MAX_WORDS = 25;

// STAMP, READING_TIME and WHEN are written in lower case and match the text in lower case (see `lowerCase`).

/** "Published 1 day ago", "Updated on: November 19, 2019 / 10:07 AM", "Posted on …", "First Published: …". */
const STAMP = /^([|·•–—-]\s*)?(first |last )?(published|updated|posted|modified|created|released|publicado|atualizado|actualizado|ver[öo]ffentlicht|aktualisiert|publié|mis à jour|pubblicato|aggiornato|diterbitkan|dipublikasikan)\b/;
const STAMP_MAX_WORDS = 20;
/** A stamp carries its date or time: a number, or a day named in words. */
const WHEN = /\d|\b(ago|yesterday|today)\b/;

/** "5 min read", "Reading time: 3 minutes", "Tempo de leitura: 1 minuto", "Lesezeit: 4 Min." */
const READING_TIME = letterPattern(String.raw`^(\d+\s*(min|mins|minutes?|minutos?|minuten)\.?\s*(read|de leitura|de lectura|lesezeit|de lecture)|(estimated )?(reading time|read time|tempo de leitura|tiempo de lectura|lesezeit|temps de lecture)\s*:?\s*\d+\s*[\p{L}]*\.?)$`);

/** Words of a date or time line, besides numbers, in the languages of news pages. */
const DATE_WORDS = new Set([
  // months, English, then Portuguese, Spanish, French, German, Italian, Indonesian
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug', 'august',
  'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro',
  'enero', 'febrero', 'marzo', 'mayo', 'junio', 'julio', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
  'januar', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
  'gennaio', 'febbraio', 'aprile', 'maggio', 'giugno', 'luglio', 'settembre', 'ottobre', 'dicembre',
  'januari', 'februari', 'maret', 'mei', 'agustus', 'desember',
  // weekdays
  'mon', 'monday', 'tue', 'tues', 'tuesday', 'wed', 'wednesday', 'thu', 'thur', 'thurs', 'thursday', 'fri', 'friday', 'sat', 'saturday',
  'sun', 'sunday', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo',
  'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
]);
/** Month names alone: a line of these and numbers is a date. */
const isMonth = (w: string) => DATE_WORDS.has(w) && !/day$|feira$|^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/.test(w);
/** What joins the parts of a date line: clock words, time zones, prepositions. */
const DATE_GLUE = new Set([
  'am', 'pm', 'a.m', 'p.m', 'at', 'on', 'of', 'the', 'de', 'às', 'a', 'um', 'le', 'à', 'am', 'um', 'alle', 'pukul', 'h', 'hrs', 'uhr',
  'utc', 'gmt', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'pt', 'ct', 'bst', 'cet', 'cest', 'ist', 'msk', 'wib',
  'ago', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'yesterday', 'today',
]);
/** A time of day: "10:07", "4:10pm" (matched against words in lower case). */
const CLOCK = /^\d{1,2}[:.]\d{2}([ap]\.?m\.?)?$/;
/** A numeric date: "11/18/19", "2019-11-18", "18.11.2019". */
const NUMERIC_DATE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;
const YEAR = /^(19|20)\d\d$/;

const DATE_MAX_WORDS = 14;

/** A line that is nothing but a date and time: "Nov. 20, 2019, 9:28 AM UTC", "sexta-feira, 22 de outubro de 2010 às 20:13". */
export function isDateLine(text: string, wordsInText: number): boolean {
  if (wordsInText > DATE_MAX_WORDS) return false;
  const words = text.toLowerCase().split(/[\s(),|·•–—]+/).map((w) => w.replace(/^\/$|[.,;:]+$/, '')).filter(Boolean);
  // A clock alone may head an entry of a live blog: a date line names a month, a numeric date or a year.
  let date = false, year = false;
  for (const w of words) {
    if (isMonth(w) || NUMERIC_DATE.test(w)) date = true;
    else if (YEAR.test(w)) year = true;
    else if (!CLOCK.test(w) && !DATE_WORDS.has(w) && !DATE_GLUE.has(w) && !/^\d{1,4}(st|nd|rd|th|h)?$/.test(w)) return false;
  }
  return date || (year && words.length > 1);
}

/** A sentence: three lower-case words running on, and a stop at the end ("Updated at 1:23 p.m." is none). */
const isSentence = (text: string) => /[.!?]$/.test(text) && hasLowerCaseRun(text);

/** Two lower-case letters or more, one space, as many again, one space, and as many again (\p{Ll}{2,}\s\p{Ll}{2,}\s\p{Ll}{2,}). */
function hasLowerCaseRun(text: string): boolean {
  const pieces = text.split(/\s/).map((piece) => Array.from(piece));
  const lower = (chars: string[]) => chars.length >= 2 && chars.every(isLowerCase);
  for (let i = 0; i + 2 < pieces.length; i++) {
    if (lower(pieces[i]!.slice(-2)) && lower(pieces[i + 1]!) && lower(pieces[i + 2]!.slice(0, 2))) return true;
  }
  return false;
}

/** A publication stamp with its date or time, not a sentence ("Published in 1851, the novel sold…"); or a reading time. */
function isStamp(text: string, words: number): boolean {
  const lower = lowerCase(text);
  return (words <= STAMP_MAX_WORDS && STAMP.test(lower) && WHEN.test(lower) && !isSentence(text)) || READING_TIME(lower).test(lower);
}

/** "By Ann Writer", "By Justine Coleman - 11/18/19 11:04 PM EST"; a sentence ("By Monday, it had…") ends with a stop. */
function isByline(text: string, words: number): boolean {
  if (words > BYLINE_MAX_WORDS || /[.!?]$/.test(text)) return false;
  const byline = BYLINE.exec(text);
  return byline !== null && (byline[3] === undefined || isCased(byline[3]));
}

/** Longest block holding a <time> that is a date line rather than a sentence with a date in it. */
const TIME_LINE_MAX_WORDS = 25;
const isTimeLine = (b: Block) => !b.run && b.words <= TIME_LINE_MAX_WORDS && !isSentence(b.text) && b.el.querySelector('time') !== null;

export const bylines: Filter = {
  id: 'bylines',
  reason: 'Byline and date lines the header already shows',
  junkLine: (line) => {
    const words = wordCount(line);
    return isStamp(line, words) || isByline(line, words) || isDateLine(line, words);
  },
  run(article, ctx) {
    const blocks = textBlocks(article);
    const bodyStart = firstProse(blocks);
    const bodyEnd = afterLastProse(blocks);
    blocks.forEach((b, i) => {
      // Dates alone in the body may head the entries of a live blog: only the header's and footer's go.
      // A long byline with its date can pass for the first line of the body.
      const edge = i <= bodyStart || i >= bodyEnd;
      if (isStamp(b.text, b.words) || (edge && (isByline(b.text, b.words) || isDateLine(b.text, b.words) || isTimeLine(b)))) removeBlock(b, ctx);
    });
  },
};
