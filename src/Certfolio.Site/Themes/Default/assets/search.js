// Certfolio default theme: the search behind the home page's filters, run as a Web Worker. site.js starts it once the
// page is idle and asks for the index at the visitor's first sign of using the filters; it fetches and reads search.json
// here, off the page's thread, so the page stays free to take keys while the index arrives (fetched by the page, its
// 3 MB at N=10,000 held the page up as much as reading them did), and answers each question with a page of results.
// Messages in: { start: { today, expiringDays, size, lang, names } }, then { load: url } once, then { id, f, page }.
// Messages out: { id, page, pages, count, total, items } for the last question asked.
'use strict';
var options = null, entries = null, asked = null, last = null, collator = null, names = { skill: {}, provider: {} };

onmessage = function (e) {
  if (e.data.start) begin(e.data.start);
  else if (e.data.load) fetch(e.data.load).then(function (r) { return r.json(); }).then(read);
  else {
    asked = e.data;
    if (entries) answer();
  }
};

function parse(s) { var p = s.split('-'); return new Date(+p[0], +p[1] - 1, +p[2]); }
function days(a, b) { return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 864e5); }

// The rule of site.js and Certfolio.Core's StatusCalculator: valid on the expiry day, expired from the day after.
function status(expires, opens, today) {
  if (!expires) return 'no-expiry';
  var e = parse(expires);
  if (today > e) return 'expired';
  if (days(today, e) <= options.expiringDays) return 'expiring';
  if (opens && today >= parse(opens)) return 'renewal-open';
  return 'active';
}

function begin(given) {
  options = given;
  collator = new Intl.Collator(options.lang || undefined);
  // The index leaves out what the page knows: the provider's and skills' names are the filter's options.
  ['skill', 'provider'].forEach(function (kind) {
    for (var slug in options.names[kind]) names[kind][slug] = options.names[kind][slug].toLowerCase();
  });
}

function read(data) {
  var today = parse(options.today), text = [];
  for (var d = 0; d < data.length; d++) {
    // An entry is [slug, title, provider, level, skills, issued, expires, ID, description, renewal opens], 0 or
    // nothing for a value it has not (docs/themes.md).
    var a = data[d];
    data[d] = { s: a[0], t: a[1], p: a[2], l: a[3] || '', k: a[4] ? a[4].split(' ') : [], i: a[5], e: a[6] || '', st: status(a[6], a[9], today) };
    text.push(a[1] + ' ' + (a[7] || '') + ' ' + (a[8] || '') + ' ' + (a[3] || ''));
  }
  // The searched text of every entry lower-cased in one call, not 10,000 (unless a description's line break would put
  // the entries out of step).
  var lower = text.join('\n').toLowerCase().split('\n');
  if (lower.length !== data.length) lower = text.map(function (x) { return x.toLowerCase(); });
  for (var x = 0; x < data.length; x++) data[x].x = lower[x];
  entries = data;
  if (asked) answer();
}

// The slug the index left out ('') or wrote only the end of ('-2'): derived from the title as SiteFiles.ScriptSlug does.
function slug(entry) {
  if (entry.s && entry.s.charAt(0) !== '-') return entry.s;
  return entry.t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') + entry.s;
}

// Each word of the query is in the entry's text, its provider's name or one of its skills' names. A word has no space,
// so it is found in one of them or in none: the same as searching them all joined by spaces.
function matches(entry, f, words) {
  if (f.skill && entry.k.indexOf(f.skill) < 0) return false;
  if (f.provider && entry.p !== f.provider) return false;
  if (f.level && entry.l !== f.level) return false;
  if (f.status && entry.st !== f.status) return false;
  for (var w = 0; w < words.length; w++) {
    var it = words[w];
    if (entry.x.indexOf(it.text) >= 0 || it.provider[entry.p]) continue;
    for (var k = 0; k < entry.k.length && !it.skill[entry.k[k]]; k++);
    if (k === entry.k.length) return false;
  }
  return true;
}

// A word of the query, with the providers and skills whose names hold it.
function queryWord(text) {
  var w = { text: text, skill: {}, provider: {} };
  ['skill', 'provider'].forEach(function (kind) {
    for (var slug in names[kind]) if (names[kind][slug].indexOf(text) >= 0) w[kind][slug] = true;
  });
  return w;
}

function compare(sort) {
  if (sort === 'az') return function (x, y) { return collator.compare(x.t, y.t); };
  if (sort === 'expiring') return function (x, y) { return (x.e || '9999') < (y.e || '9999') ? -1 : (x.e || '9999') > (y.e || '9999') ? 1 : (y.i < x.i ? -1 : y.i > x.i ? 1 : 0); };
  return null; // newest: the index is in the site's list order already
}

function answer() {
  var question = asked, f = question.f, q = f.q.toLowerCase(), words = q.split(/\s+/).filter(Boolean).map(queryWord);
  asked = null;
  // A query typed further, with the other filters as they were, can only narrow the last results (kept in order).
  var rest = [f.skill, f.provider, f.level, f.status, f.sort].join('\n');
  var narrows = last && last.q && q.indexOf(last.q) === 0 && last.rest === rest;
  var pool = narrows ? last.found : entries, found = [];
  for (var e = 0; e < pool.length; e++) if (matches(pool[e], f, words)) found.push(pool[e]);
  var order = compare(f.sort);
  if (order && !narrows) found.sort(order);
  last = { q: q, rest: rest, found: found };
  var size = options.size, pages = Math.max(1, Math.ceil(found.length / size)), page = Math.min(question.page, pages - 1), items = [];
  for (var i = page * size; i < Math.min(found.length, (page + 1) * size); i++) {
    var x = found[i];
    items.push({ s: slug(x), t: x.t, p: x.p, l: x.l, k: x.k, i: x.i, e: x.e, st: x.st });
  }
  postMessage({ id: question.id, page: page, pages: pages, count: found.length, total: entries.length, items: items });
}
