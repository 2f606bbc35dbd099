// Certfolio default theme: the search behind the home page's filters, run as a Web Worker. site.js starts it at the
// visitor's first sign of using the filters; it fetches and reads search.json here, off the page's thread, so the page
// stays free to take keys while the index arrives, and answers each question with one page of results to draw.
// Messages in: { start: { url, today, expiringDays, size, lang, names } } once, then { id, f, page } per question.
// Messages out: { id, page, pages, count, total, items } for the last question asked.
'use strict';
var options = null, entries = null, asked = null, last = null, collator = null;

onmessage = function (e) {
  if (e.data.start) load(e.data.start);
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

function load(given) {
  options = given;
  collator = new Intl.Collator(options.lang || undefined);
  fetch(options.url).then(function (r) { return r.json(); }).then(function (data) {
    var today = parse(options.today), skills = options.names.skill, providers = options.names.provider;
    for (var d = 0; d < data.length; d++) {
      // An entry is [slug, title, provider, level, skills, issued, expires, ID, description, renewal opens], 0 or
      // nothing for a value it has not (docs/themes.md).
      var a = data[d], entry = { s: a[0], t: a[1], p: a[2], l: a[3] || '', k: a[4] ? a[4].split(' ') : [], i: a[5], e: a[6] || '', c: a[7] || '', d: a[8] || '' };
      // The index leaves out what the page knows: the provider's and skills' names are the filter's options.
      entry.pn = providers[entry.p] || '';
      entry.st = status(entry.e, a[9], today);
      entry.x = [entry.t, entry.pn, entry.k.map(function (k) { return skills[k] || ''; }).join(' '), entry.c, entry.d, entry.l].join(' ').toLowerCase();
      data[d] = entry;
    }
    entries = data;
    if (asked) answer();
  });
}

// The slug the index left out ('') or wrote only the end of ('-2'): derived from the title as SiteFiles.ScriptSlug does.
function slug(entry) {
  if (entry.s && entry.s.charAt(0) !== '-') return entry.s;
  return entry.t.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') + entry.s;
}

function matches(entry, f, words) {
  if (f.skill && entry.k.indexOf(f.skill) < 0) return false;
  if (f.provider && entry.p !== f.provider) return false;
  if (f.level && entry.l !== f.level) return false;
  if (f.status && entry.st !== f.status) return false;
  for (var w = 0; w < words.length; w++) if (entry.x.indexOf(words[w]) < 0) return false;
  return true;
}

function compare(sort) {
  if (sort === 'az') return function (x, y) { return collator.compare(x.t, y.t); };
  if (sort === 'expiring') return function (x, y) { return (x.e || '9999') < (y.e || '9999') ? -1 : (x.e || '9999') > (y.e || '9999') ? 1 : (y.i < x.i ? -1 : y.i > x.i ? 1 : 0); };
  return null; // newest: the index is in the site's list order already
}

function answer() {
  var question = asked, f = question.f, q = f.q.toLowerCase(), words = q.split(/\s+/).filter(Boolean);
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
    items.push({ s: slug(x), t: x.t, p: x.p, pn: x.pn, l: x.l, k: x.k, i: x.i, e: x.e, st: x.st });
  }
  postMessage({ id: question.id, page: page, pages: pages, count: found.length, total: entries.length, items: items });
}
