// Certfolio default theme: the search behind the home page's filters, a Web Worker. site.js starts it when the page is
// idle and asks for the index at the first sign of use; it fetches and reads search.json off the page's thread and
// answers each question with a page of results. The index holds each word once, entries as word numbers (docs/themes.md).
// Messages in: { start: { today, expiringDays, size, lang, names } }, then { load: url } once, then { id, f, page }.
// Messages out: { id, page, pages, count, total, items } for the last question asked.
'use strict';
// The entries stay as the index has them; only what every question needs (status, ID lower-cased) is worked out up front.
var options = null, words = null, lower = null, entries = null, statuses = null, ids = null, titles = null;
var asked = null, last = null, collator = null, today = 0;
// Providers' and skills' names (the filter's options), lower-cased: by slug, then by word number.
var names = { skill: {}, provider: {} }, named = [];

onmessage = function (e) {
  if (e.data.start) begin(e.data.start);
  else if (e.data.load) fetch(e.data.load).then(function (r) { return r.json(); }).then(read);
  else {
    asked = e.data;
    if (entries) answer();
  }
};

// Dates are days since 1970-01-01 in the index; the page gets them as ISO dates.
function day(iso) { var p = iso.split('-'); return Math.round(Date.UTC(+p[0], +p[1] - 1, +p[2]) / 864e5); }
function iso(days) { return new Date(days * 864e5).toISOString().slice(0, 10); }
// Nothing follows an entry's last value: a value not there is null.
function at(a, i) { return a[i] === undefined ? null : a[i]; }

// The rule of site.js and Certfolio.Core's StatusCalculator: valid on the expiry day, expired from the day after.
function status(expires, opens) {
  if (expires === null) return 'no-expiry';
  if (today > expires) return 'expired';
  if (expires - today <= options.expiringDays) return 'expiring';
  if (opens !== null && today >= opens) return 'renewal-open';
  return 'active';
}

function begin(given) {
  options = given;
  today = day(options.today);
  collator = new Intl.Collator(options.lang || undefined);
  // The index leaves out what the page knows: the provider's and skills' names are the filter's options.
  ['skill', 'provider'].forEach(function (kind) {
    for (var slug in options.names[kind]) names[kind][slug] = options.names[kind][slug].toLowerCase();
  });
}

// Word numbers in a string (Certfolio.Site's SearchNumbers): base 32, most significant digit first, '0'-'V' a last
// digit, 'W'-'_' a digit more digits follow. DIGIT is each character's value, by character code.
var DIGIT = new Int8Array(128).fill(-1);
'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'.split('').forEach(function (c, v) { DIGIT[c.charCodeAt(0)] = v; });
function numbers(text) {
  var list = [], n = 0;
  for (var c = 0; text && c < text.length; c++) {
    var digit = DIGIT[text.charCodeAt(c)];
    if (digit >= 32) n = n * 32 + digit - 32;
    else { list.push(n * 32 + digit); n = 0; }
  }
  return list;
}
// Whether a number of the list is marked, read as it is scanned.
function anyMarked(text, marks) {
  for (var c = 0, n = 0; text && c < text.length; c++) {
    var digit = DIGIT[text.charCodeAt(c)];
    if (digit >= 32) n = n * 32 + digit - 32;
    else if (marks[n * 32 + digit]) return true;
    else n = 0;
  }
  return false;
}

// Many strings lower-cased in one call, not one each (unless a line break in one would put them out of step).
function lowerAll(texts) {
  var all = texts.join('\n').toLowerCase().split('\n');
  return all.length === texts.length ? all : texts.map(function (x) { return x.toLowerCase(); });
}

function read(index) {
  words = index.words;
  lower = lowerAll(words);
  for (var w = 0; w < words.length; w++) {
    if (names.skill[words[w]] !== undefined) named.push({ n: w, name: names.skill[words[w]] });
    if (names.provider[words[w]] !== undefined) named.push({ n: w, name: names.provider[words[w]] });
  }
  var list = index.entries, id = [];
  statuses = new Array(list.length);
  titles = new Array(list.length);
  for (var d = 0; d < list.length; d++) {
    statuses[d] = status(at(list[d], 6), at(list[d], 9));
    id.push(list[d][7] || '');
  }
  ids = lowerAll(id);
  entries = list;
  if (asked) answer();
  else warm();
}

// With no question waiting, the matching runs once for nothing: compiled now, it is not compiled (a third of the time)
// in the visitor's first answer.
function warm() {
  var none = chosen({}), query = [queryWord('e')];
  for (var d = 0; d < entries.length; d++) matches(d, none, query);
}

function titleOf(d) {
  if (titles[d] === undefined) titles[d] = numbers(entries[d][1]).map(function (n) { return words[n]; }).join(' ');
  return titles[d];
}

// The slug the index left out ('') or wrote only the end of ('-2'): derived from the title as SiteFiles.ScriptSlug does.
function slug(d) {
  var s = entries[d][0];
  if (s && s.charAt(0) !== '-') return s;
  return titleOf(d).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') + s;
}

// Each query word is in one of the entry's words (title, description, level), its ID, or its provider's or a skill's
// name: having no space, it is in one of them or in none, as if searched in them all joined by spaces.
function matches(d, f, query) {
  var a = entries[d];
  if (f.skill !== null && !anyMarked(a[4], f.skill)) return false;
  if (f.provider !== null && a[2] !== f.provider) return false;
  if (f.level !== null && a[3] !== f.level) return false;
  if (f.status && statuses[d] !== f.status) return false;
  for (var q = 0; q < query.length; q++) {
    var it = query[q];
    if (!(it.named[a[2]] || (a[3] !== null && it.word[a[3]]) || ids[d].indexOf(it.text) >= 0 || anyMarked(a[1], it.word)
      || anyMarked(a[8], it.word) || anyMarked(a[4], it.named))) return false;
  }
  return true;
}

// A word of the query, with the words, providers and skills that hold it marked (by word number).
function queryWord(text) {
  var it = { text: text, word: new Uint8Array(words.length), named: new Uint8Array(words.length) };
  for (var w = 0; w < lower.length; w++) if (lower[w].indexOf(text) >= 0) it.word[w] = 1;
  for (var n = 0; n < named.length; n++) if (named[n].name.indexOf(text) >= 0) it.named[named[n].n] = 1;
  return it;
}

// A filter's value as a word number (-1 for a value no entry has), null for none; a skill as its number marked.
function chosen(f) {
  function number(value) { return value ? words.indexOf(value) : null; }
  var skill = number(f.skill), marks = null;
  if (skill !== null) { marks = new Uint8Array(words.length); if (skill >= 0) marks[skill] = 1; }
  return { skill: marks, provider: number(f.provider), level: number(f.level), status: f.status };
}

function compare(sort) {
  if (sort === 'az') return function (x, y) { return collator.compare(titleOf(x), titleOf(y)); };
  if (sort === 'expiring') return function (x, y) {
    var a = at(entries[x], 6), b = at(entries[y], 6);
    a = a === null ? Infinity : a;
    b = b === null ? Infinity : b;
    return a < b ? -1 : a > b ? 1 : entries[y][5] - entries[x][5];
  };
  return null; // newest: the index is in the site's list order already
}

function answer() {
  var question = asked, f = question.f, q = f.q.toLowerCase(), query = q.split(/\s+/).filter(Boolean).map(queryWord), only = chosen(f);
  asked = null;
  // A query typed further, with the other filters as they were, can only narrow the last results (kept in order).
  var rest = [f.skill, f.provider, f.level, f.status, f.sort].join('\n');
  var narrows = last && last.q && q.indexOf(last.q) === 0 && last.rest === rest;
  var found = [];
  if (narrows) { for (var e = 0; e < last.found.length; e++) if (matches(last.found[e], only, query)) found.push(last.found[e]); }
  else for (var d = 0; d < entries.length; d++) if (matches(d, only, query)) found.push(d);
  var order = compare(f.sort);
  if (order && !narrows) found.sort(order);
  last = { q: q, rest: rest, found: found };
  var size = options.size, pages = Math.max(1, Math.ceil(found.length / size)), page = Math.min(question.page, pages - 1), items = [];
  for (var i = page * size; i < Math.min(found.length, (page + 1) * size); i++) {
    var x = found[i], a = entries[x], expires = at(a, 6);
    items.push({
      s: slug(x), t: titleOf(x), p: words[a[2]], l: a[3] === null ? '' : words[a[3]], k: numbers(a[4]).map(function (n) { return words[n]; }),
      i: iso(a[5]), e: expires === null ? '' : iso(expires), st: statuses[x],
    });
  }
  postMessage({ id: question.id, page: page, pages: pages, count: found.length, total: entries.length, items: items });
}
