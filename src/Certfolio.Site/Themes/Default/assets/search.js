// Certfolio default theme: the search behind the home page's filters, a Web Worker. site.js starts it when the page is
// idle and asks for the index at the first sign of use; it fetches and reads search.json off the page's thread and
// answers each question with a page of results. The index holds each word once, entries as word numbers (docs/themes.md).
// Messages in: { start: { today, expiringDays, size, lang, names } }, then { load: url } once, then { id, f, page }.
// Messages out: { id, page, pages, count, total, items } for the last question asked.
'use strict';
var options = null, today = 0, collator = null, asked = null;
// Providers' and skills' names, lower-cased: by slug, then by word number.
var names = { skill: {}, provider: {} }, named = [];
// Read once: the words (as written, lower-cased), the entries as written (for results shown), and per entry what every
// question looks at. NONE: a date or level the entry has not.
var NONE = -1, words = null, lower = null, entries = null, count = 0;
var provider, level, issued, expires, statuses, ids, titles = [], byTitle = null;
// Each entry's word numbers (flat()): text, of its title, description and level; skills.
var text = null, skills = null;

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
// Nothing follows an entry's last value: a value not there is NONE.
function at(a, i) { return a[i] == null ? NONE : a[i]; }

// The rule of site.js and Certfolio.Core's StatusCalculator: valid on the expiry day, expired from the day after.
function status(ends, opens) {
  if (ends === NONE) return 'no-expiry';
  if (today > ends) return 'expired';
  if (ends - today <= options.expiringDays) return 'expiring';
  if (opens !== NONE && today >= opens) return 'renewal-open';
  return 'active';
}

function begin(given) {
  options = given;
  today = day(options.today);
  collator = new Intl.Collator(options.lang || undefined);
  // The index has slugs; their names are the filter's options.
  ['skill', 'provider'].forEach(function (kind) {
    for (var slug in options.names[kind]) names[kind][slug] = options.names[kind][slug].toLowerCase();
  });
}

// Word numbers in a string (Certfolio.Site's SearchNumbers): base 32, most significant digit first, '0'-'V' a last
// digit, 'W'-'_' one more follow. DIGIT: each character's value.
var DIGIT = new Int8Array(128).fill(-1);
'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'.split('').forEach(function (c, v) { DIGIT[c.charCodeAt(0)] = v; });
// The numbers written into list from position at; returns the position after them.
function decode(numbers, list, at) {
  for (var c = 0, n = 0; numbers && c < numbers.length; c++) {
    var digit = DIGIT[numbers.charCodeAt(c)];
    if (digit >= 32) n = n * 32 + digit - 32;
    else { list[at++] = n * 32 + digit; n = 0; }
  }
  return at;
}
function numbers(text) { var list = []; decode(text, list, 0); return list; }

// Every entry's numbers in fields (positions of word-number strings) and plus (one per entry, or NONE), one after the
// other: entry d's are list[ends[d - 1] .. ends[d]).
function flat(fields, plus) {
  var length = count, d, f;
  for (d = 0; d < count; d++) for (f = 0; f < fields.length; f++) length += (entries[d][fields[f]] || '').length;
  var list = new Int32Array(length), ends = new Int32Array(count), at = 0;
  for (d = 0; d < count; d++) {
    for (f = 0; f < fields.length; f++) at = decode(entries[d][fields[f]], list, at);
    if (plus && plus[d] !== NONE) list[at++] = plus[d];
    ends[d] = at;
  }
  return { list: list, ends: ends };
}
// Whether one of entry d's numbers is marked.
function anyMarked(numbers, d, marks) {
  for (var i = d > 0 ? numbers.ends[d - 1] : 0; i < numbers.ends[d]; i++) if (marks[numbers.list[i]]) return true;
  return false;
}

// Many strings lower-cased in one call, not one each (unless a line break in one puts them out of step).
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
  count = list.length;
  provider = new Int32Array(count); level = new Int32Array(count); issued = new Int32Array(count); expires = new Int32Array(count);
  statuses = [];
  for (var d = 0; d < count; d++) {
    var a = list[d];
    provider[d] = a[2];
    level[d] = at(a, 3);
    issued[d] = a[5];
    expires[d] = at(a, 6);
    statuses[d] = status(expires[d], at(a, 9));
    id.push(a[7] || '');
  }
  ids = lowerAll(id);
  entries = list;
  text = flat([1, 8], level);
  skills = flat([4], null);
  if (asked) answer();
  else warm();
}

// With no question waiting, the matching runs once for nothing, so it is compiled before the visitor's first answer.
function warm() {
  var query = [queryWord('e')];
  for (var d = 0; d < count; d++) holds(d, query);
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

// Whether entry d holds each query word in one of its words (title, description, level), its ID, or its provider's or a
// skill's name. Having no space, a query word is in one of them or none, as if searched in them all joined by spaces.
function holds(d, query) {
  for (var j = 0; j < query.length; j++) {
    var q = query[j];
    if (!(q.named[provider[d]] || anyMarked(text, d, q.word) || ids[d].indexOf(q.text) >= 0 || anyMarked(skills, d, q.named))) return false;
  }
  return true;
}

// A query word, with the words and names (by word number) that hold it marked.
function queryWord(q) {
  var it = { text: q, word: new Uint8Array(words.length), named: new Uint8Array(words.length) };
  for (var w = 0; w < lower.length; w++) if (lower[w].indexOf(q) >= 0) it.word[w] = 1;
  for (var n = 0; n < named.length; n++) if (named[n].name.indexOf(q) >= 0) it.named[named[n].n] = 1;
  return it;
}

// A filter's value as a word number (-1 for a value no entry has), null for none.
function chosen(value) { return value ? words.indexOf(value) : null; }

// The titles' order, worked out at the first question sorted by title.
function titleOrder() {
  if (byTitle) return byTitle;
  var order = [], rank = new Int32Array(count);
  for (var d = 0; d < count; d++) order.push(d);
  order.sort(function (x, y) { return collator.compare(titleOf(x), titleOf(y)) || x - y; });
  for (var r = 0; r < count; r++) rank[order[r]] = r;
  return (byTitle = rank);
}

function compare(sort) {
  if (sort === 'az') { var rank = titleOrder(); return function (x, y) { return rank[x] - rank[y]; }; }
  if (sort === 'expiring') return function (x, y) {
    var a = expires[x] === NONE ? Infinity : expires[x], b = expires[y] === NONE ? Infinity : expires[y];
    return a < b ? -1 : a > b ? 1 : issued[y] - issued[x];
  };
  return null; // newest: the index is in the site's list order already
}

function answer() {
  var question = asked, f = question.f, query = f.q.toLowerCase().split(/\s+/).filter(Boolean).map(queryWord);
  asked = null;
  var oneSkill = chosen(f.skill), oneProvider = chosen(f.provider), oneLevel = chosen(f.level), skill = null;
  if (oneSkill !== null) { skill = new Uint8Array(words.length); if (oneSkill >= 0) skill[oneSkill] = 1; }
  var found = [];
  for (var d = 0; d < count; d++) {
    if ((skill && !anyMarked(skills, d, skill)) || (oneProvider !== null && provider[d] !== oneProvider)
      || (oneLevel !== null && level[d] !== oneLevel) || (f.status && statuses[d] !== f.status) || !holds(d, query)) continue;
    found.push(d);
  }
  var order = compare(f.sort);
  if (order) found.sort(order);
  var size = options.size, pages = Math.max(1, Math.ceil(found.length / size)), page = Math.min(question.page, pages - 1), items = [];
  for (var i = page * size; i < Math.min(found.length, (page + 1) * size); i++) {
    var x = found[i], a = entries[x];
    items.push({
      s: slug(x), t: titleOf(x), p: words[a[2]], l: level[x] === NONE ? '' : words[level[x]], k: numbers(a[4]).map(function (n) { return words[n]; }),
      i: iso(issued[x]), e: expires[x] === NONE ? '' : iso(expires[x]), st: statuses[x],
    });
  }
  postMessage({ id: question.id, page: page, pages: pages, count: found.length, total: count, items: items });
}
