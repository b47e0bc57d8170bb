// `timeline export --format html`: draws the page from the JSON block (htmlpage.py says its
// shape). A shared time axis that zooms and pans, facets, search, the list of events (a chunk
// at a time as it scrolls into view), a detail panel, permalinks and keyboard navigation.
// Event text only ever reaches the page through textContent: never as HTML.
(function () {
  "use strict";
  var DAY = 86400000, EPOCH = 719163;  // date(1970, 1, 1).toordinal()
  var MIN_SPAN = 3600000 * 6, MAX_SPAN = DAY * 366 * 6000;
  // LABEL: the room a lane keeps free after a bar for its label; a label runs on to the next bar
  // of its lane (draw), at most LABEL_MAX pixels, and never under it
  var LANE = 22, MAX_LANES = 40, TAIL = 72, LABEL = 220, LABEL_MAX = 360, CHUNK = 300;
  var data = JSON.parse(document.getElementById("timeline-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var chart = $("chart"), lanesBox = $("lanes"), ticks = $("ticks"), viewport = $("viewport");
  var search = $("q"), count = $("count"), detail = $("detail"), facetsBox = $("facets"), list = $("list");
  var overflow = $("overflow");
  var state = { q: "", facets: {}, t0: 0, t1: 1, selected: null };
  var DATED = ["own date", "undated (on or before its report)"];

  function ms(ordinal) { return (ordinal - EPOCH) * DAY; }
  function el(tag, cls, text) {
    var n = document.createElement(tag);
    if (cls) n.className = cls;
    if (text !== undefined && text !== null) n.textContent = text;
    return n;
  }
  function iso(text, cls) { return el("bdi", cls, text); }  // untrusted text, bidi-isolated

  // ------------------------------------------------------------------ the events
  var events = data.events.map(function (r, i) {
    var e = { i: i, id: r[0], first: r[1], last: r[2] === 0 ? r[1] : r[2], kind: data.kinds[r[3]], fuzzy: !!(r[4] & 1),
              undated: !!(r[4] & 2), status: r[5] || "", by: data.by[r[6]], source: data.source[r[7]],
              url: data.urls[r[7]], title: data.titles[r[7]], tags: r[8].map(function (t) { return data.tags[t]; }), text: r[9],
              when: r[10] || 0, shown: r[11] || 0,
              reported: r[12] === 0 || r[12] === undefined ? data.sourceReported[r[7]] : r[12],
              note: r[13] || "", visible: true };  // (fields at their defaults may be left off the end)
    // The same-fact grouping, when the page has one: r[14] indexes data.facts [id, sources,
    // agreement]; without it, the event is a lone statement, fact F + its id.
    if (data.facts) {
      var f = r[14] !== undefined ? data.facts[r[14]] : ["F" + r[0], 1, "single"];
      e.fact = f[0]; e.sources = f[1];
      // a fact two sources report is corroborated, whether or not they disagree on a detail
      e.corroboration = f[1] < 2 ? ["one source"] : ["corroborated (2+ sources)"].concat(f[2] === "disagree" ? ["sources disagree"] : []);
    }
    e.start = e.first === null ? null : ms(e.first);
    e.end = e.last === null ? null : ms(e.last) + DAY;
    if (e.when === 0) plain(e);
    e.dated = DATED[e.undated ? 1 : 0];
    return e;
  });
  // A plain day, month or year travels as its days only (htmlpage._plain_forms): write it out.
  function pad(n, w) { return ("000" + n).slice(-w); }
  function plain(e) {
    var a = new Date(e.start), b = new Date(e.end - DAY), y = a.getUTCFullYear(), m = a.getUTCMonth();
    var mon = data.months[m];
    if (e.first === e.last) {
      e.when = pad(y, 4) + "-" + pad(m + 1, 2) + "-" + pad(a.getUTCDate(), 2);
      e.shown = a.getUTCDate() + " " + mon + " " + y;
    } else if (b.getUTCMonth() === m) {
      e.when = pad(y, 4) + "-" + pad(m + 1, 2);
      e.shown = mon + " " + y;
    } else {
      e.when = pad(y, 4);
      e.shown = String(y);
    }
  }
  var byId = {};
  events.forEach(function (e) { byId[e.id] = e; });
  function hay(e) {
    if (e.hay === undefined) {
      e.hay = [e.text, e.by, e.source, e.title, e.note, e.when, e.shown, e.tags.join(" ")].join("\n").toLowerCase();
    }
    return e.hay;
  }

  // ------------------------------------------------------------------ filtering
  function values(e, name) {
    var v = e[name];
    if (Array.isArray(v)) return v.length ? v : ["(none)"];
    return [v === "" || v === null ? "(none)" : String(v)];
  }
  function passes(e) {
    if (state.q && hay(e).indexOf(state.q) < 0) return false;
    for (var i = 0; i < data.facets.length; i++) {
      var chosen = state.facets[data.facets[i][0]];
      if (!chosen || !chosen.size) continue;
      if (!values(e, data.facets[i][0]).some(function (v) { return chosen.has(v); })) return false;
    }
    return true;
  }
  function buildFacets() {
    data.facets.forEach(function (f) {
      var name = f[0], counts = {};
      events.forEach(function (e) { values(e, name).forEach(function (v) { counts[v] = (counts[v] || 0) + 1; }); });
      var keys = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); });
      if (keys.length < 2) return;  // one value filters nothing
      var wrap = el("details", "facet"), box = el("fieldset");
      wrap.appendChild(el("summary", null, f[1] + " (" + keys.length + ")"));
      box.appendChild(el("legend", "sr", f[1]));
      wrap.appendChild(box);
      wrap.dataset.facet = name;
      keys.slice(0, 60).forEach(function (v) {
        var label = el("label"), input = el("input");
        input.type = "checkbox";
        input.value = v;
        input.addEventListener("change", function () {
          var set = state.facets[name] || (state.facets[name] = new Set());
          if (input.checked) set.add(v); else set.delete(v);
          apply();
        });
        label.appendChild(input);
        label.appendChild(document.createTextNode(" "));
        label.appendChild(iso(v));
        label.appendChild(el("span", "n", " (" + counts[v] + ")"));
        box.appendChild(label);
      });
      if (keys.length > 60) box.appendChild(el("p", "more", "+" + (keys.length - 60) + " more: use search"));
      facetsBox.appendChild(wrap);
    });
  }
  var shown = [];  // the visible events, in date order
  function apply() {
    shown = events.filter(function (e) { e.visible = passes(e); return e.visible; });
    count.textContent = "Showing " + shown.length + " of " + events.length + " events";
    renderList();
    draw();
  }

  // ------------------------------------------------------------------ the list
  var rendered = 0, items = {}, sentinel = el("div", "sentinel"), lastMonth = null, currentOl = null;
  var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
    if (entries.some(function (x) { return x.isIntersecting; })) more(CHUNK);
  }, { rootMargin: "800px" }) : null;
  function item(e) {
    var li = el("li", "event " + (e.kind === "point" ? "point" : "span"));
    li.id = "e-" + e.id;
    if (e.fuzzy) li.classList.add("fuzzy");
    if (e.start === null) li.classList.add("open-start");
    if (e.end === null) li.classList.add("open-end");
    if (e.status) li.classList.add("status-" + e.status);
    var when = el("div", "when");
    when.appendChild(iso(e.shown));
    when.appendChild(iso(e.when, "edtf"));
    if (e.status) when.appendChild(iso(e.status, "status"));
    li.appendChild(when);
    var text = el("p", "text", e.text);
    text.dir = "auto";
    li.appendChild(text);
    var meta = el("p", "meta"), parts = [];
    if (e.by) parts.push(["Claimed by ", iso(e.by, "by")]);
    if (e.source) {
      var src = iso(e.title || e.source, e.title ? "source-title" : "source");
      if (e.url) { var a = el("a"); a.href = e.url; a.rel = "noopener noreferrer"; a.appendChild(src); src = a; }
      parts.push(["Source: ", src]);
    }
    if (e.reported) parts.push(["Reported ", iso(e.reported)]);
    if (e.tags.length) {
      var tags = el("span");
      e.tags.forEach(function (t) { tags.appendChild(iso(t, "tag")); tags.appendChild(document.createTextNode(" ")); });
      parts.push(["Tags: ", tags]);
    }
    if (e.note) parts.push(["Note: ", iso(e.note, "note")]);
    if (e.fact && e.sources > 1) parts.push(["Fact " + e.fact + ": ", el("span", "sources", e.sources + " sources")]);
    parts.forEach(function (p, i) {
      if (i) meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(document.createTextNode(p[0]));
      meta.appendChild(p[1]);
    });
    if (parts.length) li.appendChild(meta);
    li.addEventListener("click", function (ev) { if (!ev.target.closest("a")) select(e.id, false); });
    return li;
  }
  function more(n) {
    var stop = Math.min(shown.length, rendered + n);
    for (; rendered < stop; rendered++) {
      var e = shown[rendered], head = heading(e);
      if (head.text !== lastMonth) {
        lastMonth = head.text;
        var section = el("section", "month"), h = el("h2");
        if (head.month && !document.getElementById("m-" + head.month)) section.id = "m-" + head.month;
        var t = el("time", null, head.text);
        if (head.datetime) t.setAttribute("datetime", head.datetime);
        h.appendChild(t);
        section.appendChild(h);
        currentOl = el("ol", "events");
        section.appendChild(currentOl);
        list.insertBefore(section, sentinel);
      }
      var li = items[e.id] = item(e);
      if (e.id === state.selected) li.classList.add("selected");
      currentOl.appendChild(li);
    }
  }
  // The heading an event is listed under, as the terminal's `show` words it (render.group_label):
  // its month; "1802, no exact month" for a year or season; "Spanning 1700–1709" across years.
  // A year is no "January 1802".
  function yearName(y) { return y > 0 ? String(y) : (1 - y) + " BC"; }
  function heading(e) {
    var a = new Date(e.start !== null ? e.start : e.end - DAY), y = a.getUTCFullYear(), m = a.getUTCMonth();
    var month = (y < 0 ? "-" : "") + pad(Math.abs(y), 4) + "-" + pad(m + 1, 2);
    if (e.start !== null && e.end !== null) {
      var b = new Date(e.end - DAY);
      if (b.getUTCFullYear() !== y) return {text: "Spanning " + e.shown, month: null, datetime: null};
      if (b.getUTCMonth() !== m) {
        return {text: yearName(y) + ", no exact month", month: null, datetime: y >= 1 ? pad(y, 4) : null};
      }
    }
    // HTML's datetime has no year before 1
    return {text: data.monthNames[m] + " " + yearName(y), month: month, datetime: y >= 1 ? month : null};
  }
  function renderList() {
    list.textContent = "";
    items = {};
    rendered = 0;
    lastMonth = null;
    list.appendChild(sentinel);
    more(CHUNK);
    if (observer) { observer.disconnect(); observer.observe(sentinel); }
  }
  function ensureItem(id) {  // render the list up to an event (a permalink, j/k, a click)
    var e = byId[id];
    if (!e || !e.visible) return null;
    while (!items[id] && rendered < shown.length) more(CHUNK);
    return items[id] || null;
  }

  // ------------------------------------------------------------------ the axis
  function px(n) { return (state.t1 - state.t0) * n / (viewport.clientWidth || 800); }  // n pixels as time
  // An open bound ("on or before", "from") is a fading tail of TAIL pixels from its known day.
  function extent(e) {
    return [e.start === null ? e.end - px(TAIL) : e.start, e.end === null ? e.start + px(TAIL) : e.end];
  }
  var bars = {}, drawn = [];
  function bar(e) {
    var b = bars[e.id];
    if (b) return b;
    b = bars[e.id] = el("button", "bar " + e.kind);
    b.type = "button";
    b.dataset.id = e.id;
    if (e.fuzzy) b.classList.add("fuzzy");
    if (e.start === null) b.classList.add("open-start");
    if (e.end === null) b.classList.add("open-end");
    if (e.status) b.classList.add("status-" + e.status);
    if (e.id === state.selected) b.classList.add("selected");
    b.setAttribute("aria-label", e.shown + ": " + e.text);
    b.title = e.shown + " — " + e.text;
    b.appendChild(el("bdi", "label", e.text));
    b.addEventListener("click", function () { select(e.id, true); });
    lanesBox.appendChild(b);
    return b;
  }
  function x(t) { return (t - state.t0) / (state.t1 - state.t0) * 100; }
  function draw() {
    drawn.forEach(function (b) { b.hidden = true; });
    drawn = [];
    var ends = [], last = [], hidden = 0, hiddenWide = 0, gap = px(4), room = px(LABEL), minimum = px(8);
    var width = lanesBox.clientWidth || viewport.clientWidth || 800;
    // A date wider than the whole view ("in 2005", "in December" seen a week at a time) says
    // nothing about where in the view it falls: such bars are laid out after the rest, so the
    // dates of this stretch of time take the first lanes instead of a lane each of those.
    var wide = [];
    // `shown` is in date order; open starts sort by their known end, the order they are drawn in
    for (var k = 0; k < shown.length + wide.length; k++) {
      var e = k < shown.length ? shown[k] : wide[k - shown.length];
      if (e.start === null && e.end === null) continue;
      var r = extent(e);
      if (r[1] < state.t0 || r[0] > state.t1) continue;
      if (k < shown.length && r[0] <= state.t0 && r[1] >= state.t1) { wide.push(e); continue; }
      var lane = 0;
      while (lane < ends.length && ends[lane] > r[0] - gap) lane++;
      if (lane >= MAX_LANES) { if (k < shown.length) hidden++; else hiddenWide++; continue; }
      ends[lane] = Math.max(r[1], r[0] + minimum) + room;  // room for the label after the bar
      var b = bar(e), left = Math.max(x(r[0]), -1), right = Math.min(x(r[1]), 101);
      b.style.left = left + "%";
      b.style.width = Math.max(right - left, 0) + "%";
      b.style.top = lane * LANE + "px";
      b.hidden = false;
      drawn.push(b);
      if (last[lane]) fitLabel(last[lane][0], (left - last[lane][1]) * width / 100 - 8);  // (the bar's end padding, a gap)
      last[lane] = [b, Math.max(right, left)];
    }
    last.forEach(function (l) { fitLabel(l[0], LABEL_MAX); });
    lanesBox.style.height = Math.max(ends.length, 1) * LANE + "px";
    var notes = [];
    if (hidden) notes.push("+" + hidden + " more here: zoom in or filter");
    if (hiddenWide) notes.push("+" + hiddenWide + " dates wider than this view: zoom out");
    overflow.textContent = notes.join("; ");
    drawTicks();
  }
  function fitLabel(b, room) {  // the label's width: the room up to the next bar of its lane
    b.firstChild.style.maxWidth = Math.max(Math.min(room, LABEL_MAX), 0) + "px";
  }
  var STEPS = [
    ["y", 1000], ["y", 500], ["y", 100], ["y", 50], ["y", 10], ["y", 5], ["y", 1], ["m", 6], ["m", 3], ["m", 1],
    ["d", 7], ["d", 1], ["h", 6], ["h", 1]
  ];
  function tickLabel(d, unit) {
    var y = d.getUTCFullYear(), yt = y > 0 ? String(y) : (1 - y) + " BC";
    if (unit === "y") return yt;
    if (unit === "m") return data.months[d.getUTCMonth()] + " " + yt;
    if (unit === "d") return d.getUTCDate() + " " + data.months[d.getUTCMonth()];
    return ("0" + d.getUTCHours()).slice(-2) + ":00";
  }
  function nextTick(d, unit, n) {
    var c = new Date(d.getTime());
    if (unit === "y") c.setUTCFullYear(c.getUTCFullYear() + n);
    else if (unit === "m") c.setUTCMonth(c.getUTCMonth() + n);
    else if (unit === "d") c.setUTCDate(c.getUTCDate() + n);
    else c.setUTCHours(c.getUTCHours() + n);
    return c;
  }
  function firstTick(t, unit, n) {
    var d = new Date(t);
    d.setUTCMinutes(0, 0, 0);
    if (unit === "h") { d.setUTCHours(Math.ceil(d.getUTCHours() / n) * n); return d; }
    d.setUTCHours(0);
    if (unit === "d") {
      if (n === 7) d.setUTCDate(d.getUTCDate() + (8 - d.getUTCDay()) % 7);
      return d.getTime() < t ? nextTick(d, "d", n === 7 ? 7 : 1) : d;
    }
    d.setUTCDate(1);
    if (unit === "m") { d.setUTCMonth(Math.ceil(d.getUTCMonth() / n) * n); return d.getTime() < t ? nextTick(d, "m", n) : d; }
    d.setUTCMonth(0);
    d.setUTCFullYear(Math.ceil(d.getUTCFullYear() / n) * n);
    return d.getTime() < t ? nextTick(d, "y", n) : d;
  }
  function drawTicks() {
    var width = viewport.clientWidth || 800, room = Math.max(Math.floor(width / 90), 2);
    var span = state.t1 - state.t0, step = STEPS[STEPS.length - 1];
    var APPROX = { y: DAY * 365.25, m: DAY * 30.44, d: DAY, h: 3600000 };
    for (var i = 0; i < STEPS.length; i++) {
      if (span / (APPROX[STEPS[i][0]] * STEPS[i][1]) > room) break;
      step = STEPS[i];
    }
    ticks.textContent = "";
    var d = firstTick(state.t0, step[0], step[1]), guard = 0;
    while (d.getTime() <= state.t1 && guard++ < 200) {
      var mark = el("span", "tick", tickLabel(d, step[0]));
      mark.style.left = x(d.getTime()) + "%";
      ticks.appendChild(mark);
      d = nextTick(d, step[0], step[1]);
    }
    chart.dataset.unit = step[1] + step[0];
  }
  function setView(t0, t1) {
    var span = Math.min(Math.max(t1 - t0, MIN_SPAN), MAX_SPAN), mid = (t0 + t1) / 2;
    state.t0 = mid - span / 2;
    state.t1 = mid + span / 2;
    schedule();
  }
  var pending = false;
  function schedule() {  // one draw per frame, however many wheel events arrive
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; draw(); });
  }
  function zoom(factor, at) {  // at: 0..1 across the viewport, the point that stays put
    var pivot = state.t0 + (state.t1 - state.t0) * (at === undefined ? 0.5 : at);
    setView(pivot - (pivot - state.t0) * factor, pivot + (state.t1 - pivot) * factor);
    draw();
  }
  function pan(fraction) {
    var d = (state.t1 - state.t0) * fraction;
    setView(state.t0 + d, state.t1 + d);
  }
  function fit() {  // the opening view, with room on the right for the last labels
    var t0 = ms(data.view[0]), t1 = ms(data.view[1]) + DAY, span = Math.max(t1 - t0, DAY);
    setView(t0 - span * 0.04, t1 + span * 0.22);
    draw();
  }

  // ------------------------------------------------------------------ selection, permalinks
  function row(dl, term, value, link) {
    if (!value) return;
    dl.appendChild(el("dt", null, term));
    var dd = el("dd");
    if (link) {
      var a = el("a");
      a.href = link;
      a.rel = "noopener noreferrer";
      a.appendChild(iso(value));
      dd.appendChild(a);
    } else dd.appendChild(iso(value));
    dl.appendChild(dd);
  }
  function select(id, fromChart) {
    var e = byId[id];
    if (!e) return;
    if (state.selected) {
      if (bars[state.selected]) bars[state.selected].classList.remove("selected");
      if (items[state.selected]) items[state.selected].classList.remove("selected");
    }
    state.selected = id;
    if (e.start !== null || e.end !== null) {
      var at = e.start !== null ? e.start : e.end;
      if (at < state.t0 || at > state.t1) { var span = state.t1 - state.t0; setView(at - span / 3, at + span * 2 / 3); }
      draw();
    }
    if (bars[id]) bars[id].classList.add("selected");
    var li = ensureItem(id);
    if (li) li.classList.add("selected");
    detail.textContent = "";
    var close = el("button", "close", "×");
    close.type = "button";
    close.setAttribute("aria-label", "Close");
    close.addEventListener("click", function () { detail.hidden = true; });
    detail.appendChild(close);
    detail.appendChild(el("h2", null, e.shown));
    var text = el("p", "text", e.text);
    text.dir = "auto";
    detail.appendChild(text);
    var dl = el("dl");
    row(dl, "Date", e.when);
    row(dl, "Claimed by", e.by);
    row(dl, "Source", e.title ? e.title + " (" + e.source + ")" : e.source, e.url);
    row(dl, "Reported", e.reported);
    row(dl, "Status", e.status);
    row(dl, "Tags", e.tags.join(", "));
    row(dl, "Note", e.note);
    if (e.fact) row(dl, "Fact", e.fact + " (" + e.sources + (e.sources === 1 ? " source" : " sources") + ")");
    detail.appendChild(dl);
    var perma = el("a", "permalink", "Permalink");
    perma.href = "#e-" + id;
    detail.appendChild(perma);
    detail.hidden = false;
    if (location.hash !== "#e-" + id) history.replaceState(null, "", "#e-" + id);
    if (fromChart && li) li.scrollIntoView({ block: "nearest" });
    if (bars[id] && !bars[id].hidden) bars[id].focus({ preventScroll: !fromChart });
  }
  function step(delta) {
    if (!shown.length) return;
    var i = shown.findIndex(function (e) { return e.id === state.selected; });
    i = i < 0 ? (delta > 0 ? 0 : shown.length - 1) : Math.min(Math.max(i + delta, 0), shown.length - 1);
    select(shown[i].id, true);
  }
  function fromHash() {
    var m = /^#e-(.+)$/.exec(location.hash);
    if (m && byId[decodeURIComponent(m[1])]) select(decodeURIComponent(m[1]), true);
  }

  // ------------------------------------------------------------------ wiring
  buildFacets();
  chart.hidden = false;
  $("controls").hidden = false;
  search.addEventListener("input", function () { state.q = search.value.trim().toLowerCase(); apply(); });
  $("zoom-in").addEventListener("click", function () { zoom(0.5); });
  $("zoom-out").addEventListener("click", function () { zoom(2); });
  $("zoom-fit").addEventListener("click", fit);
  viewport.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var r = viewport.getBoundingClientRect();
    if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) pan((ev.deltaX || ev.deltaY) / r.width);
    else {
      var pivot = state.t0 + (state.t1 - state.t0) * (ev.clientX - r.left) / r.width, f = Math.pow(1.0015, ev.deltaY);
      setView(pivot - (pivot - state.t0) * f, pivot + (state.t1 - pivot) * f);
    }
  }, { passive: false });
  var drag = null;
  viewport.addEventListener("pointerdown", function (ev) {
    if (ev.target.closest("button")) return;
    drag = { x: ev.clientX, t0: state.t0, t1: state.t1 };
    viewport.setPointerCapture(ev.pointerId);
  });
  viewport.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var d = (drag.x - ev.clientX) / viewport.clientWidth * (drag.t1 - drag.t0);
    state.t0 = drag.t0 + d;
    state.t1 = drag.t1 + d;
    schedule();
  });
  viewport.addEventListener("pointerup", function () { drag = null; });
  document.addEventListener("keydown", function (ev) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(ev.target.tagName);
    var inChart = !!(ev.target.closest && ev.target.closest("#chart"));
    if (ev.key === "/" && !typing) { ev.preventDefault(); search.focus(); return; }
    if (ev.key === "Escape") {
      if (ev.target === search) { search.value = ""; state.q = ""; apply(); search.blur(); }
      detail.hidden = true;
      return;
    }
    if (typing || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    if (ev.key === "j" || (ev.key === "ArrowDown" && inChart)) { ev.preventDefault(); step(1); }
    else if (ev.key === "k" || (ev.key === "ArrowUp" && inChart)) { ev.preventDefault(); step(-1); }
    else if (ev.key === "+" || ev.key === "=") zoom(0.5);
    else if (ev.key === "-") zoom(2);
    else if (ev.key === "0") fit();
    else if (ev.key === "ArrowLeft" && inChart) { ev.preventDefault(); pan(-0.2); }
    else if (ev.key === "ArrowRight" && inChart) { ev.preventDefault(); pan(0.2); }
  });
  window.addEventListener("hashchange", fromHash);
  window.addEventListener("resize", schedule);
  window.addEventListener("beforeprint", function () { more(shown.length); });  // print every match
  fit();
  apply();
  fromHash();
  document.documentElement.classList.add("js");
})();
