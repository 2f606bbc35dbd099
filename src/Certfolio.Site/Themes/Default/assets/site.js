// Certfolio default theme script: statuses rechecked against today's date, copy buttons, and the home filters.
// Everything works without it; it only adds. No framework, no network access beyond the site's own search.json,
// fetched only when the filters are first used.
(function () {
  'use strict';
  var body = document.body;
  // The strings of the site's language, put in by the build: every key t() names, or starts ('status.').
  var STRINGS = /*certfolio:strings*/{};
  function t(key, values) {
    var n = values && values.count;
    var text = (n !== undefined && STRINGS[key + (n === 1 ? '.one' : '.other')]) || STRINGS[key] || key;
    return values ? text.replace(/\{(\w+)\}/g, function (m, name) { return name in values ? num(values[name]) : m; }) : text;
  }
  // A count as the site's language writes it (1.234 in German), as the build writes the same counts.
  function num(n) { return typeof n === 'number' ? String(n).replace(/\B(?=(\d{3})+$)/g, t('number.group')) : String(n); }

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
  // Only a home page that holds every credential can count them; a paged one keeps the build's counts.
  if (countEls.length && document.getElementById('current') && !document.querySelector('[data-pager]')) {
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

  // 4. Filters on the home page. The search runs in a Web Worker (search.js) started at the first sign of use (the
  // pointer over the form, a focus or an input in it, or a query in the URL): it fetches and reads the index off this
  // thread and answers each question with a page of results, shown in the current grid: this page's own cards where
  // it has them, the others drawn from the index into the theme's <template id="result-card">. The state lives in the URL query.
  var form = document.getElementById('filters');
  if (!form || !window.fetch || !window.Worker) return;
  var grid = document.getElementById('current');
  var expiredBox = document.querySelector('.expired');
  var pagers = document.querySelectorAll('[data-pager]');
  var result = form.querySelector('[data-result]');
  // The heading's count follows the results, so "Certifications 7" never sits over "1 of 9 shown".
  var heading = document.querySelector('#current-title .count'), headingCount = heading && heading.textContent;
  var cardTemplate = document.getElementById('result-card');
  var pagerTemplate = document.getElementById('result-pager');
  var size = parseInt(form.getAttribute('data-page-size') || '60', 10);
  var dateFormat = form.getAttribute('data-date-format') || 'dd.MM.yyyy';
  var base = body.getAttribute('data-base');
  var own = {}, names = { skill: {}, provider: {} };
  var cards = document.querySelectorAll('article.card[data-slug]');
  for (var o = 0; o < cards.length; o++) own[cards[o].getAttribute('data-slug')] = cards[o];
  ['skill', 'provider'].forEach(function (name) {
    var options = form.elements[name].options;
    for (var i = 0; i < options.length; i++) names[name][options[i].value] = options[i].textContent.replace(/ \([^()]*\)$/, '');
  });
  var pageCards = Array.prototype.slice.call(grid.children);
  var search = null, loading = false, asked = 0, page = 0, lastKey = null, resultsNav = null, shownKey = null, shownCards = {};

  // The worker is started once the page is idle (its script, not the index), so the first use waits for the index only.
  function spawn() {
    if (search) return;
    search = new Worker(base + 'assets/search.js');
    search.onmessage = function (e) { if (e.data.id === asked) answered(e.data); };
    search.postMessage({ start: { today: iso(today), expiringDays: expiringDays, size: size, lang: document.documentElement.lang, names: names } });
  }

  function start() {
    if (loading) return;
    loading = true;
    spawn();
    search.postMessage({ load: new URL(base + 'search.json', location.href).href });
  }

  function fields() {
    var f = {};
    ['q', 'skill', 'provider', 'level', 'status', 'sort'].forEach(function (name) { f[name] = form.elements[name].value; });
    return f;
  }

  // A date as the site's dateFormat (.NET custom format: d dd M MM MMM MMMM yy yyyy; anything else is kept).
  function formatDate(isoDate) {
    var d = parse(isoDate), lang = document.documentElement.lang || undefined;
    return dateFormat.replace(/yyyy|yy|MMMM|MMM|MM|M|dd|d/g, function (t) {
      switch (t) {
        case 'yyyy': return String(d.getFullYear());
        case 'yy': return pad(d.getFullYear() % 100);
        case 'MMMM': return d.toLocaleDateString(lang, { month: 'long' });
        case 'MMM': return d.toLocaleDateString(lang, { month: 'short' });
        case 'MM': return pad(d.getMonth() + 1);
        case 'M': return String(d.getMonth() + 1);
        case 'dd': return pad(d.getDate());
        default: return String(d.getDate());
      }
    });
  }

  function field(el, name) { return el.querySelector('[data-field="' + name + '"]'); }

  // A card for a credential of another page, from its index entry (text only ever set as text).
  function draw(entry) {
    var card = cardTemplate.content.firstElementChild.cloneNode(true);
    card.setAttribute('data-slug', entry.s);
    card.setAttribute('data-status', entry.st);
    card.classList.add('status-' + entry.st);
    var link = card.querySelector('.card-title a');
    link.href = base + 'certifications/' + entry.s + '/';
    link.textContent = entry.t;
    card.querySelector('.card-provider').textContent = names.provider[entry.p] || '';
    var level = card.querySelector('.level');
    if (entry.l) level.textContent = entry.l; else level.parentNode.removeChild(level);
    var badge = card.querySelector('[data-status]');
    badge.className = 'status status--' + entry.st;
    badge.textContent = t('status.' + entry.st);
    var issued = field(card, 'issued');
    issued.setAttribute('datetime', entry.i);
    issued.textContent = formatDate(entry.i);
    var gone = field(card, entry.e ? 'no-expiry' : 'expiry');
    gone.parentNode.removeChild(gone);
    if (entry.e) { var expires = field(card, 'expires'); expires.setAttribute('datetime', entry.e); expires.textContent = formatDate(entry.e); }
    var chips = card.querySelector('.chips'), shown = entry.k.slice(0, 4);
    for (var c = 0; c < shown.length; c++) {
      var li = document.createElement('li'), a = document.createElement('a');
      a.className = 'chip';
      a.href = base + 'skills/' + shown[c] + '/';
      a.textContent = names.skill[shown[c]] || shown[c];
      li.appendChild(a);
      chips.appendChild(li);
    }
    if (entry.k.length > 4) { var more = document.createElement('li'); more.className = 'chip chip--more'; more.textContent = '+' + (entry.k.length - 4); chips.appendChild(more); }
    if (!shown.length) chips.parentNode.removeChild(chips);
    return card;
  }

  // A copy of this page's card for the results. A logo the page has not loaded yet (lazy, below the fold) is asked for
  // once the results are on screen and the page is idle: thirty logo requests made with the first results held them up
  // by 50 ms and more. The copy is made in a document without a window, where an image does not start loading.
  var waiting = [], inert = document.implementation.createHTMLDocument('');
  function copyOf(mine) {
    var copy = inert.importNode(mine, true), logo = copy.querySelector('.card-logo img');
    if (logo && !mine.querySelector('.card-logo img').complete) {
      logo.setAttribute('data-src', logo.getAttribute('src'));
      logo.removeAttribute('src');
      waiting.push(logo);
    }
    return document.adoptNode(copy);
  }
  function showLogos() {
    waiting.forEach(function (logo) { logo.src = logo.getAttribute('data-src'); logo.removeAttribute('data-src'); });
    waiting = [];
  }

  function show(el, visible) { if (el) el.hidden = !visible; }

  function render(found, pages) {
    var items = [], slugs = '';
    for (var s = 0; s < found.length; s++) slugs += found[s].s + ' ';
    // Typing often leaves the first page of results as it was: then the grid is left alone.
    // Otherwise the cards shown already are kept (typing narrows: most of the next page was on this one).
    if (slugs !== shownKey) {
      var kept = {};
      for (var r = 0; r < found.length; r++) {
        var entry = found[r], mine = own[entry.s], card = shownCards[entry.s] || (mine ? copyOf(mine) : draw(entry));
        kept[entry.s] = card;
        items.push(card);
      }
      grid.replaceChildren.apply(grid, items);
      shownKey = slugs;
      shownCards = kept;
      if (waiting.length) (window.requestIdleCallback || setTimeout)(showLogos);
    }
    if (!pagerTemplate) return;
    if (!resultsNav) {
      resultsNav = pagerTemplate.content.firstElementChild.cloneNode(true);
      grid.parentNode.insertBefore(resultsNav, grid.nextSibling);
      resultsNav.addEventListener('click', function (e) {
        var step = e.target.closest('[data-step]');
        if (!step || step.disabled) return;
        page += parseInt(step.getAttribute('data-step'), 10);
        apply(false);
        grid.parentNode.scrollIntoView();
      });
    }
    show(resultsNav, pages > 1);
    field(resultsNav, 'page').textContent = num(page + 1);
    field(resultsNav, 'pages').textContent = num(pages);
    resultsNav.querySelector('[data-step="-1"]').disabled = page === 0;
    resultsNav.querySelector('[data-step="1"]').disabled = page >= pages - 1;
  }

  // The worker's answer to the last question: one page of results.
  function answered(a) {
    page = a.page;
    render(a.items, a.pages);
    show(expiredBox, false);
    for (var q = 0; q < pagers.length; q++) show(pagers[q], false);
    result.textContent = t('home.shown', { shown: a.count, total: a.total });
    if (heading) heading.textContent = num(a.count);
  }

  function apply(push) {
    var f = fields();
    var active = f.q || f.skill || f.provider || f.level || f.status || f.sort !== 'newest';
    var key = JSON.stringify(f);
    if (key !== lastKey) page = 0;
    lastKey = key;
    // An answer on its way to an earlier question is not shown.
    asked++;
    if (!active) {
      // This page as the site built it.
      grid.replaceChildren.apply(grid, pageCards);
      shownKey = null;
      show(expiredBox, true);
      for (var p = 0; p < pagers.length; p++) show(pagers[p], true);
      show(resultsNav, false);
      result.textContent = '';
      if (heading) heading.textContent = headingCount;
    } else {
      start();
      search.postMessage({ id: asked, f: f, page: page });
    }
    if (push) {
      var params = new URLSearchParams();
      Object.keys(f).forEach(function (name) { if (f[name] && !(name === 'sort' && f[name] === 'newest')) params.set(name, f[name]); });
      var query = params.toString();
      history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
    }
  }

  var params = new URLSearchParams(location.search), queried = false;
  params.forEach(function (value, name) { if (form.elements[name]) { form.elements[name].value = value; queried = true; } });
  // On a phone the selects wait behind one "Filters" button (CSS hides them), so the first card is in view.
  var toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'filters-toggle';
  toggle.textContent = t('home.filters');
  toggle.setAttribute('aria-expanded', String(queried));
  if (queried) form.classList.add('is-open');
  toggle.addEventListener('click', function () {
    toggle.setAttribute('aria-expanded', String(form.classList.toggle('is-open')));
  });
  form.querySelector('.search').after(toggle);
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  // The index is on its way while the visitor's hand is: a mouse over the form, or a focus in it (a tap, a Tab).
  form.addEventListener('pointerover', function (e) { if (e.pointerType !== 'touch') start(); });
  form.addEventListener('focusin', start);
  // Typing before the index has arrived is answered when it arrives, with what the form says by then.
  form.addEventListener('input', function () { apply(true); });
  if (queried) apply(false);
  else (window.requestIdleCallback || setTimeout)(spawn);
})();
