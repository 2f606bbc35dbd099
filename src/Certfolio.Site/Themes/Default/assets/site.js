// Certfolio default theme script: statuses rechecked against today's date, copy buttons, and the home filters.
// Everything works without it; it only adds. No framework, no network access beyond the site's own search.json.
(function () {
  'use strict';
  var body = document.body;
  // The strings of the site's language, put in by the build: every key t() names, or starts ('status.').
  var STRINGS = /*certfolio:strings*/{};
  function t(key, values) {
    var n = values && values.count;
    var text = (n !== undefined && STRINGS[key + (n === 1 ? '.one' : '.other')]) || STRINGS[key] || key;
    return values ? text.replace(/\{(\w+)\}/g, function (m, name) { return name in values ? String(values[name]) : m; }) : text;
  }

  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function iso(d) { return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate()); }
  function parse(s) { var p = s.split('-'); return new Date(+p[0], +p[1] - 1, +p[2]); }
  function days(a, b) { return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / 864e5); }

  var today = parse(iso(new Date()));
  var expiringDays = parseInt(body.getAttribute('data-expiring-days') || '90', 10);

  // The same rule as Certfolio.Core's StatusCalculator: valid on the expiry day, expired from the day after.
  function status(expires, opens) {
    if (!expires) return 'no-expiry';
    var e = parse(expires);
    if (today > e) return 'expired';
    if (days(today, e) <= expiringDays) return 'expiring';
    if (opens && today >= parse(opens)) return 'renewal-open';
    return 'active';
  }

  function span(from, to) {
    var months = (to.getFullYear() - from.getFullYear()) * 12 + to.getMonth() - from.getMonth();
    if (to.getDate() < from.getDate()) months--;
    if (months <= 0) return t('relative.days', { count: days(from, to) });
    var y = Math.floor(months / 12), m = months % 12, parts = [];
    if (y) parts.push(t('relative.years', { count: y }));
    if (m) parts.push(t('relative.months', { count: m }));
    return parts.join(t('relative.and'));
  }

  function relative(expires) {
    if (!expires) return t('relative.noExpiry');
    var e = parse(expires);
    if (days(today, e) === 0) return t('relative.today');
    return e > today ? t('relative.future', { span: span(today, e) }) : t('relative.past', { span: span(e, today) });
  }

  // 1. Statuses: a build may be months old, so every status is recomputed from the dates the page carries.
  var items = document.querySelectorAll('[data-issued]');
  var counts = {};
  for (var i = 0; i < items.length; i++) {
    var el = items[i], exp = el.getAttribute('data-expires');
    var badge = el.querySelector('[data-status]');
    var built = (el.className.match(/status-([a-z-]+)/) || [])[1];
    var now = status(exp, el.getAttribute('data-renewal-opens'));
    el.setAttribute('data-status', now);
    counts[now] = (counts[now] || 0) + 1;
    if (now !== built) {
      el.className = el.className.replace(/status-[a-z-]+/, 'status-' + now);
      if (badge) { badge.className = 'status status--' + now; badge.textContent = t('status.' + now); }
    }
    var rel = el.querySelector('[data-relative]');
    if (rel && exp) rel.textContent = '(' + relative(exp) + ')';
  }
  var countEls = document.querySelectorAll('[data-count]');
  if (countEls.length && document.getElementById('current')) {
    for (var c = 0; c < countEls.length; c++) {
      var key = countEls[c].getAttribute('data-count');
      var n = key === 'current' ? items.length - (counts.expired || 0) : (counts[key] || 0);
      countEls[c].textContent = t('counts.' + key, { count: n });
    }
  }

  // 2. Copy buttons.
  var copies = document.querySelectorAll('[data-copy]');
  for (var k = 0; k < copies.length; k++) {
    (function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      button.addEventListener('click', function () {
        var target = document.getElementById(button.getAttribute('data-copy'));
        navigator.clipboard.writeText(target ? target.textContent : '').then(function () {
          var label = button.textContent;
          button.textContent = t('credential.copied');
          setTimeout(function () { button.textContent = label; }, 1500);
        });
      });
    })(copies[k]);
  }

  // 3. A timeline wider than the screen (phones) opens at its start, whole labels in view, and scrolls sideways.
  var line = document.querySelector('.timeline-scroll [data-today-x]');
  if (line) {
    var box = line.closest('.timeline-scroll');
    // Labels of bars that start off-screen slide along their bar to stay readable while it is in view.
    var svg = box.querySelector('svg'), labels = svg.querySelectorAll('.tl-label:not([text-anchor])');
    var stick = function () {
      var left = box.scrollLeft * svg.viewBox.baseVal.width / svg.getBoundingClientRect().width + 4;
      for (var t = 0; t < labels.length; t++) {
        var label = labels[t], bar = label.nextElementSibling, x0 = label.x0 || (label.x0 = +label.getAttribute('x'));
        var end = +bar.getAttribute('x') + +bar.getAttribute('width') - label.getComputedTextLength();
        label.setAttribute('x', Math.max(x0, Math.min(left, end)));
      }
    };
    box.addEventListener('scroll', stick, { passive: true });
    stick();
  }

  // 4. Filters on the home page, from the search index; the state lives in the URL query.
  var form = document.getElementById('filters');
  if (!form || !window.fetch) return;
  var grids = document.querySelectorAll('[data-grid]');
  var expired = document.getElementById('expired-section');
  var result = form.querySelector('[data-result]');
  var index = {};

  function fields() {
    var f = {};
    ['q', 'skill', 'provider', 'level', 'status', 'sort'].forEach(function (name) { f[name] = form.elements[name].value; });
    return f;
  }

  function matches(card, entry, f, words) {
    if (!entry) return true;
    if (f.skill && entry.k.indexOf(f.skill) < 0) return false;
    if (f.provider && entry.p !== f.provider) return false;
    if (f.level && entry.l !== f.level) return false;
    if (f.status && card.getAttribute('data-status') !== f.status) return false;
    if (!words.length) return true;
    var text = entry.x || (entry.x = [entry.t, entry.pn, entry.kn, entry.c || '', entry.d || '', entry.l || ''].join(' ').toLowerCase());
    for (var w = 0; w < words.length; w++) if (text.indexOf(words[w]) < 0) return false;
    return true;
  }

  function compare(f) {
    return function (a, b) {
      var x = index[a.getAttribute('data-slug')] || {}, y = index[b.getAttribute('data-slug')] || {};
      if (f.sort === 'az') return (x.t || '').localeCompare(y.t || '');
      if (f.sort === 'expiring') return (x.e || '9999').localeCompare(y.e || '9999') || (y.i || '').localeCompare(x.i || '');
      return (y.i || '').localeCompare(x.i || '') || (x.t || '').localeCompare(y.t || '');
    };
  }

  function apply(push) {
    var f = fields(), words = f.q.toLowerCase().split(/\s+/).filter(Boolean), shown = 0, total = 0;
    for (var g = 0; g < grids.length; g++) {
      var cards = Array.prototype.slice.call(grids[g].children);
      cards.sort(compare(f));
      for (var j = 0; j < cards.length; j++) {
        var card = cards[j], ok = matches(card, index[card.getAttribute('data-slug')], f, words);
        card.hidden = !ok;
        total++; if (ok) shown++;
        grids[g].appendChild(card);
      }
    }
    var active = f.q || f.skill || f.provider || f.level || f.status;
    if (expired && (f.status === 'expired' || (active && f.status === ''))) expired.open = true;
    result.textContent = active ? t('home.shown', { shown: shown, total: total }) : '';
    if (push) {
      var params = new URLSearchParams();
      Object.keys(f).forEach(function (key) { if (f[key] && !(key === 'sort' && f[key] === 'newest')) params.set(key, f[key]); });
      var query = params.toString();
      history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
    }
  }

  fetch(body.getAttribute('data-base') + 'search.json').then(function (r) { return r.json(); }).then(function (data) {
    for (var d = 0; d < data.length; d++) index[data[d].s] = data[d];
    var params = new URLSearchParams(location.search);
    params.forEach(function (value, key) { if (form.elements[key]) form.elements[key].value = value; });
    form.hidden = false;
    form.addEventListener('input', function () { apply(true); });
    form.addEventListener('submit', function (e) { e.preventDefault(); });
    apply(false);
  });
})();
