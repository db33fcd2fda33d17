// The search page's research tools: typeahead on the search box (the ARIA 1.2 combobox pattern),
// the timeline of up to five queries (plain SVG, its data also as a table), and the list of the
// publications of a quote. Words shown come from data- attributes, rendered in the interface language.
(function () {
  'use strict';

  function el(name, attrs, text) {
    var e = document.createElement(name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }

  var SVG = 'http://www.w3.org/2000/svg';
  function svg(name, attrs) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function format(template, values) {
    return template.replace(/\{(\d+)\}/g, function (m, i) { return values[+i]; });
  }

  // ---- typeahead ----
  function typeahead(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var status = document.getElementById(list.dataset.status);
    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
      list.hidden = true;
      list.innerHTML = '';
      options = [];
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function choose(i) {
      input.value = options[i].value;
      close();
      input.form.submit();
    }

    function highlight(i) {
      options.forEach(function (o, j) { o.node.setAttribute('aria-selected', j === i ? 'true' : 'false'); });
      active = i;
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', options[i].node.id);
        options[i].node.scrollIntoView({block: 'nearest'});
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function lastWordReplaced(term) {
      var words = input.value.replace(/\s+$/, '').split(/\s+/);
      words[words.length - 1] = term;
      return words.join(' ');
    }

    function show(data) {
      var items = [];
      (data.people || []).forEach(function (p) { items.push({label: p.name, kind: 'person', value: p.name}); });
      (data.resolutions || []).forEach(function (r) {
        items.push({label: r.number + ' · ' + r.name, kind: 'resolution', value: r.number});
      });
      (data.sources || []).forEach(function (s) { items.push({label: s, kind: 'source', value: 'source:"' + s + '"'}); });
      (data.phrases || []).forEach(function (p) { items.push({label: p, kind: 'phrase', value: '"' + p + '"'}); });
      (data.terms || []).forEach(function (t) { items.push({label: t, kind: 'term', value: lastWordReplaced(t)}); });
      var seen = {};
      items = items.filter(function (i) { var k = i.kind + i.value; if (seen[k]) { return false; } seen[k] = 1; return true; })
        .slice(0, 12);
      close();
      if (!items.length) {
        status.textContent = '';
        return;
      }
      items.forEach(function (item, i) {
        var li = el('li', {id: list.id + '-' + i, role: 'option', 'aria-selected': 'false', 'class': 'suggestion ' + item.kind});
        li.appendChild(el('span', {'class': 'text'}, item.label));
        li.appendChild(el('span', {'class': 'kind'}, list.dataset[item.kind] || item.kind));
        // mousedown, not click: the box keeps its focus
        li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(i); });
        list.appendChild(li);
        options.push({node: li, value: item.value});
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      status.textContent = format(list.dataset.count, [items.length]);
    }

    function ask() {
      var q = input.value;
      if (q.trim().length < 2) { close(); status.textContent = ''; return; }
      var ticket = ++asked;
      fetch('/api/suggest?q=' + encodeURIComponent(q), {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) { if (data && ticket === asked && document.activeElement === input) { show(data); } })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(ask, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown') {
        if (list.hidden) { ask(); return; }
        e.preventDefault();
        highlight(active + 1 >= options.length ? 0 : active + 1);
      } else if (e.key === 'ArrowUp') {
        if (list.hidden) { return; }
        e.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (e.key === 'Enter') {
        if (!list.hidden && active >= 0) { e.preventDefault(); choose(active); } else { close(); }
      } else if (e.key === 'Escape') {
        if (!list.hidden) { e.preventDefault(); close(); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  // ---- timeline ----
  var COLOURS = ['#1f5fa8', '#c0392b', '#1e8449', '#8e44ad', '#b9770e'];

  function timeline(section) {
    var form = section.querySelector('form');
    var figure = section.querySelector('figure');
    var chart = figure.querySelector('svg');
    var legend = figure.querySelector('.legend');
    var table = figure.querySelector('table');
    var note = section.querySelector('.timeline-note');
    var csv = section.querySelector('a.csv');
    var data = null;

    function address(format) {
      var params = new URLSearchParams(section.dataset.filters || '');
      form.querySelectorAll('input[name=q]').forEach(function (i) { if (i.value.trim()) { params.append('q', i.value.trim()); } });
      if (!params.getAll('q').length) { params.append('q', ''); }
      params.set('interval', form.interval.value);
      if (format) { params.set('format', format); }
      return '/api/timeline?' + params.toString();
    }

    function measure() {
      var checked = form.querySelector('input[name=measure]:checked');
      return checked ? checked.value : 'count';
    }

    function value(point) {
      return measure() === 'share' ? point.share : point.total;
    }

    function shown(v) {
      return measure() === 'share' ? (v * 100).toFixed(2) + ' %' : String(v);
    }

    function draw() {
      while (chart.firstChild) { chart.removeChild(chart.firstChild); }
      legend.innerHTML = '';
      table.querySelector('thead').innerHTML = '';
      table.querySelector('tbody').innerHTML = '';
      note.textContent = '';
      var series = data.series;
      var periods = series.length ? series[0].points.map(function (p) { return p.period; }) : [];
      if (!periods.length) {
        note.textContent = section.dataset.empty;
        figure.hidden = true;
        return;
      }
      figure.hidden = false;
      var width = 720, height = 260, left = 52, right = 12, top = 12, bottom = 36;
      chart.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
      var max = 0;
      series.forEach(function (s) { s.points.forEach(function (p) { max = Math.max(max, value(p)); }); });
      if (max === 0) { max = 1; }
      var plotW = width - left - right, plotH = height - top - bottom;
      function x(i) { return left + (periods.length === 1 ? plotW / 2 : i * plotW / (periods.length - 1)); }
      function y(v) { return top + plotH - v / max * plotH; }
      var title = svg('title', {id: 'timeline-svg-title'});
      title.textContent = section.dataset.chart;
      chart.appendChild(title);
      [0, 0.5, 1].forEach(function (f) {
        chart.appendChild(svg('line', {x1: left, x2: width - right, y1: y(max * f), y2: y(max * f), 'class': 'grid'}));
        var t = svg('text', {x: left - 6, y: y(max * f) + 4, 'text-anchor': 'end'});
        t.textContent = shown(measure() === 'share' ? max * f : Math.round(max * f));
        chart.appendChild(t);
      });
      var ticks = periods.length < 3 ? periods.map(function (p, i) { return i; }) : [0, Math.floor((periods.length - 1) / 2), periods.length - 1];
      ticks.forEach(function (i) {
        var t = svg('text', {x: x(i), y: height - 12, 'text-anchor': 'middle'});
        t.textContent = periods[i];
        chart.appendChild(t);
      });
      var head = el('tr');
      head.appendChild(el('th', {scope: 'col'}, section.dataset.period));
      series.forEach(function (s, n) {
        var colour = COLOURS[n % COLOURS.length];
        var points = s.points.map(function (p, i) { return x(i).toFixed(1) + ',' + y(value(p)).toFixed(1); }).join(' ');
        chart.appendChild(svg('polyline', {points: points, fill: 'none', stroke: colour, 'stroke-width': 2, 'class': 'series', 'data-query': s.query}));
        if (s.points.length <= 60) {
          s.points.forEach(function (p, i) { chart.appendChild(svg('circle', {cx: x(i), cy: y(value(p)), r: 2.5, fill: colour})); });
        }
        var key = el('li');
        key.appendChild(el('span', {'class': 'swatch', style: 'background:' + colour}));
        key.appendChild(document.createTextNode((s.query || '*') + ' (' + s.total + ')'));
        legend.appendChild(key);
        head.appendChild(el('th', {scope: 'col'}, s.query || '*'));
      });
      table.querySelector('thead').appendChild(head);
      var body = table.querySelector('tbody');
      periods.forEach(function (period, i) {
        var row = el('tr');
        row.appendChild(el('th', {scope: 'row'}, period));
        series.forEach(function (s) { row.appendChild(el('td', {}, shown(value(s.points[i])))); });
        body.appendChild(row);
      });
      var undated = el('tr', {'class': 'undated'});
      undated.appendChild(el('th', {scope: 'row'}, section.dataset.undated));
      series.forEach(function (s) { undated.appendChild(el('td', {}, String(s.undated.total))); });
      body.appendChild(undated);
    }

    function load() {
      csv.href = address('csv');
      fetch(address(), {headers: {Accept: 'application/json'}})
        .then(function (r) { return r.json().then(function (json) { return {ok: r.ok, json: json}; }); })
        .then(function (answer) {
          if (!answer.ok) { throw new Error(answer.json.detail || answer.json.title); }
          data = answer.json;
          draw();
        })
        .catch(function (e) { figure.hidden = true; note.textContent = section.dataset.failed + ' ' + e.message; });
    }

    form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
    form.querySelectorAll('input[name=measure]').forEach(function (r) {
      r.addEventListener('change', function () { if (data) { draw(); } });
    });
    load();
  }

  // ---- quote provenance ----
  function provenance(button) {
    var result = button.parentNode.querySelector('.provenance-result');
    var words = document.getElementById('provenance-words').dataset;
    button.addEventListener('click', function () {
      if (button.getAttribute('aria-expanded') === 'true') {
        button.setAttribute('aria-expanded', 'false');
        result.innerHTML = '';
        return;
      }
      fetch('/api/quotes/provenance?text=' + encodeURIComponent(button.dataset.text), {headers: {Accept: 'application/json'}})
        .then(function (r) { if (!r.ok) { throw new Error(); } return r.json(); })
        .then(function (data) {
          result.innerHTML = '';
          var list = el('ol', {'class': 'publications'});
          data.publications.forEach(function (p) {
            var li = el('li', p.first ? {'class': 'first'} : {});
            li.appendChild(el('a', {href: '/documents/' + encodeURIComponent(p.id), lang: p.lang || ''}, p.title));
            var meta = [p.date || words.undated, p.source, words[p.match] || p.match].filter(Boolean).join(' · ');
            li.appendChild(document.createTextNode(' ' + meta));
            if (p.first) { li.appendChild(el('strong', {'class': 'first-mark'}, ' ' + words.first)); }
            list.appendChild(li);
          });
          result.appendChild(data.publications.length ? list : el('p', {}, words.none));
          button.setAttribute('aria-expanded', 'true');
        })
        .catch(function () { result.textContent = words.failed; });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('input[role=combobox][data-suggest]').forEach(typeahead);
    document.querySelectorAll('section.timeline').forEach(timeline);
    document.querySelectorAll('button.provenance-button').forEach(provenance);
  });
})();
