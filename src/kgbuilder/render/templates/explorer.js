/* kgbuilder network explorer: search, filters, neighbourhood highlight and the evidence panel.
 *
 * Reads the graph from <script id="graph-data" type="application/json">. Every name, sentence and
 * title in it comes from untrusted documents, so text is only ever set with textContent (never
 * innerHTML) and only http(s) addresses become links.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var big = data.mode === "big";
  var kindStyle = {};
  data.kinds.forEach(function (k) { kindStyle[k.kind] = k; });
  // fields the page writes only when they are not empty
  data.nodes.forEach(function (n) {
    n.kind = n.group;
    n.title = n.label + " — " + n.kind;
    ["types", "aliases", "links", "figures", "docs"].forEach(function (f) { if (!n[f]) { n[f] = []; } });
    if (!n.dates) { n.dates = {}; }
  });
  data.edges.forEach(function (e) {
    ["roles", "evidence", "docs"].forEach(function (f) { if (!e[f]) { e[f] = []; } });
    e.relation = e.label;
    e.title = [e.label].concat(e.roles, e.date ? [e.date] : [], e.amount ? [e.amount] : []).join(" — ");
  });
  var INK = "#1f2328";
  var DIM_NODE = { background: "rgba(208, 215, 222, 0.45)", border: "rgba(175, 184, 193, 0.5)",
    highlight: { background: "rgba(208, 215, 222, 0.45)", border: "rgba(175, 184, 193, 0.5)" },
    hover: { background: "rgba(208, 215, 222, 0.7)", border: "rgba(175, 184, 193, 0.8)" } };
  var DIM_FONT = big ? "rgba(0, 0, 0, 0)" : "rgba(140, 149, 159, 0.55)";  // big graphs: no labels outside the selection
  var EDGE_COLOR = data.options.edges.color;
  var EDGE_WIDTH = data.options.edges.width;
  var DIM_EDGE = { color: "rgba(208, 215, 222, 0.35)", highlight: "rgba(208, 215, 222, 0.35)", hover: "rgba(208, 215, 222, 0.6)" };
  var NEAR_EDGE = { color: "#57606a", highlight: "#1f2328", hover: "#1f2328" };
  var EDGE_FONT = data.options.edges.font.color;
  var NODE_STROKE = data.options.nodes.font.strokeWidth;

  // ---- small DOM helpers: text only -------------------------------------------------------
  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function append(parent) {
    for (var i = 1; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined || child === false) { continue; }
      parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return parent;
  }
  function webLink(href, text) {
    var url;
    try { url = new URL(href); } catch (e) { return el("span", null, text || href); }
    if (url.protocol !== "http:" && url.protocol !== "https:") { return el("span", null, text || href); }
    var a = el("a", null, text || href);
    a.href = url.href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }
  var SVG = "http://www.w3.org/2000/svg";
  function swatch(shape, colour) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "14");
    svg.setAttribute("height", "14");
    svg.setAttribute("viewBox", "-7 -7 14 14");
    svg.setAttribute("aria-hidden", "true");
    var form;
    var points = {
      triangle: "0,-6 6,5 -6,5",
      diamond: "0,-6.5 6.5,0 0,6.5 -6.5,0",
      star: "0,-6.5 1.6,-2 6.2,-2 2.5,0.9 3.9,5.4 0,2.7 -3.9,5.4 -2.5,0.9 -6.2,-2 -1.6,-2",
      hexagon: "0,-6.2 5.4,-3.1 5.4,3.1 0,6.2 -5.4,3.1 -5.4,-3.1"
    }[shape];
    if (points) {
      form = document.createElementNS(SVG, "polygon");
      form.setAttribute("points", points);
    } else if (shape === "square") {
      form = document.createElementNS(SVG, "rect");
      form.setAttribute("x", "-5.5"); form.setAttribute("y", "-5.5");
      form.setAttribute("width", "11"); form.setAttribute("height", "11");
    } else {
      form = document.createElementNS(SVG, "circle");
      form.setAttribute("r", "5.8");
    }
    form.setAttribute("fill", colour);
    form.setAttribute("stroke", "rgba(0,0,0,.3)");
    svg.appendChild(form);
    return svg;
  }

  // ---- the network --------------------------------------------------------------------------
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var byNode = {};     // node id -> its data as written (colours before any dimming)
  var byEdge = {};
  var incident = {};   // node id -> ids of its edges
  var relationOrder = {};
  data.relations.forEach(function (r, i) { relationOrder[r.relation] = i; });
  data.nodes.forEach(function (n) { byNode[n.id] = n; incident[n.id] = []; });
  data.edges.forEach(function (e) {
    byEdge[e.id] = e;
    incident[e.from].push(e.id);
    if (e.to !== e.from) { incident[e.to].push(e.id); }
  });

  function fitAll(animate) {
    // fit the nodes, then step back a little so that the labels at the edges fit too
    network.fit();
    network.moveTo({ scale: network.getScale() * 0.92, animation: animate ? { duration: 300 } : false });
  }
  function ready() {
    document.body.setAttribute("data-ready", "true");
  }
  if (big) {
    fitAll(false);
    network.once("afterDrawing", ready);
  } else {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });  // a still picture: nodes stay where dropped
      fitAll(false);
      network.once("afterDrawing", ready);
    });
  }

  // ---- filters --------------------------------------------------------------------------------
  var state = {
    kinds: new Set(data.kinds.map(function (k) { return k.kind; })),
    relations: new Set(data.relations.map(function (r) { return r.relation; })),
    documents: new Set(data.documents.map(function (d, i) { return i; })),
    from: data.years ? data.years[0] : null,
    to: data.years ? data.years[1] : null,
    undated: true
  };
  var visibleNodes = new Set(data.nodes.map(function (n) { return n.id; }));
  var visibleEdges = new Set(data.edges.map(function (e) { return e.id; }));

  function documentsPass(item) {
    if (state.documents.size === data.documents.length) { return true; }
    for (var i = 0; i < item.docs.length; i++) { if (state.documents.has(item.docs[i])) { return true; } }
    return false;
  }
  // Entities without dates always pass; relations without dates pass unless "undated" is off.
  function datesPass(item, isEdge) {
    if (!item.span) { return !isEdge || state.undated; }
    if (state.from === null || state.to === null) { return true; }
    return item.span[0] <= String(state.to) + "-12-31" && item.span[1] >= String(state.from);
  }
  function applyFilters() {
    var nodeChanges = [];
    var edgeChanges = [];
    data.nodes.forEach(function (n) {
      var show = state.kinds.has(n.kind) && documentsPass(n) && datesPass(n, false);
      if (show !== visibleNodes.has(n.id)) {
        nodeChanges.push({ id: n.id, hidden: !show });
        if (show) { visibleNodes.add(n.id); } else { visibleNodes.delete(n.id); }
      }
    });
    data.edges.forEach(function (e) {
      var show = state.relations.has(e.relation) && visibleNodes.has(e.from) && visibleNodes.has(e.to) &&
        documentsPass(e) && datesPass(e, true);
      if (show !== visibleEdges.has(e.id)) {
        edgeChanges.push({ id: e.id, hidden: !show });
        if (show) { visibleEdges.add(e.id); } else { visibleEdges.delete(e.id); }
      }
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
    showCounts();
    if (selection && selection.type === "node" && !visibleNodes.has(selection.id)) { clearSelection(); }
    else if (selection && selection.type === "edge" && !visibleEdges.has(selection.id)) { clearSelection(); }
    else if (selection) { emphasise(selection); }
  }
  function showCounts() {
    var counts = document.getElementById("counts");
    var n = data.nodes.length;
    var m = data.edges.length;
    if (visibleNodes.size === n && visibleEdges.size === m) {
      counts.textContent = n + " entities · " + m + " relations";
    } else {
      counts.textContent = visibleNodes.size + " of " + n + " entities · " + visibleEdges.size + " of " + m + " relations";
    }
  }

  function checkList(listId, items, setOf, makeLabel) {
    var list = document.getElementById(listId);
    list.replaceChildren();
    items.forEach(function (item) {
      var li = el("li");
      var label = el("label");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = item.key;
      box.addEventListener("change", function () {
        if (box.checked) { setOf().add(item.key); } else { setOf().delete(item.key); }
        applyFilters();
      });
      append(label, box);
      makeLabel(label, item);
      li.appendChild(label);
      list.appendChild(li);
    });
  }
  function buildFilters() {
    checkList("kind-filter", data.kinds.map(function (k) { return { key: k.kind, kind: k }; }),
      function () { return state.kinds; },
      function (label, item) {
        append(label, swatch(item.kind.shape, item.kind.color), el("span", "name", item.kind.kind), el("span", "count", item.kind.count));
      });
    checkList("relation-filter", data.relations.map(function (r) { return { key: r.relation, relation: r }; }),
      function () { return state.relations; },
      function (label, item) {
        var dashed = data.edges.some(function (e) { return e.label === item.key && e.query; });
        append(label, el("span", dashed ? "line dashed" : "line"), el("span", "name", item.relation.relation), el("span", "count", item.relation.count));
      });
    checkList("document-filter", data.documents.map(function (d, i) { return { key: i, doc: d }; }),
      function () { return state.documents; },
      function (label, item) {
        var name = el("span", "name", item.doc.name + (item.doc.published ? " (" + item.doc.published + ")" : ""));
        name.title = item.doc.name;
        append(label, name);
      });
    if (data.years) {
      document.getElementById("date-section").hidden = false;
      var from = document.getElementById("year-from");
      var to = document.getElementById("year-to");
      [from, to].forEach(function (input) {
        input.min = data.years[0];
        input.max = data.years[1];
        input.addEventListener("change", function () {
          var a = parseInt(from.value, 10);
          var b = parseInt(to.value, 10);
          state.from = isNaN(a) ? data.years[0] : a;
          state.to = isNaN(b) ? data.years[1] : b;
          applyFilters();
        });
      });
      from.value = data.years[0];
      to.value = data.years[1];
      document.getElementById("undated").addEventListener("change", function (event) {
        state.undated = event.target.checked;
        applyFilters();
      });
    }
    document.getElementById("mode-hint").textContent = big
      ? "Big graph: positions were computed when the page was written. Labels appear as you zoom in; relations are hidden while the view moves."
      : "Drag to pan, scroll to zoom, drag an entity to move it.";
  }
  function resetFilters() {
    state.kinds = new Set(data.kinds.map(function (k) { return k.kind; }));
    state.relations = new Set(data.relations.map(function (r) { return r.relation; }));
    state.documents = new Set(data.documents.map(function (d, i) { return i; }));
    state.undated = true;
    if (data.years) {
      state.from = data.years[0];
      state.to = data.years[1];
      document.getElementById("year-from").value = data.years[0];
      document.getElementById("year-to").value = data.years[1];
      document.getElementById("undated").checked = true;
    }
    document.querySelectorAll("#filters input[type=checkbox]").forEach(function (box) { box.checked = true; });
    applyFilters();
  }

  // ---- neighbourhood highlight ---------------------------------------------------------------
  var selection = null;  // {type: "node"|"edge", id}
  var dimmedNodes = new Set();
  var dimmedEdges = new Set();
  var nearEdges = new Set();

  function emphasise(target) {
    var keepNodes = null;
    var keepEdges = null;
    if (target && target.type === "node") {
      keepNodes = new Set([target.id]);
      keepEdges = new Set();
      incident[target.id].forEach(function (id) {
        if (!visibleEdges.has(id)) { return; }
        keepEdges.add(id);
        keepNodes.add(byEdge[id].from);
        keepNodes.add(byEdge[id].to);
      });
    } else if (target && target.type === "edge") {
      var edge = byEdge[target.id];
      keepNodes = new Set([edge.from, edge.to]);
      keepEdges = new Set([target.id]);
    }
    var nodeChanges = [];
    data.nodes.forEach(function (n) {
      var dim = keepNodes !== null && !keepNodes.has(n.id);
      if (dim !== dimmedNodes.has(n.id)) {
        nodeChanges.push(dim
          ? { id: n.id, color: DIM_NODE, font: { color: DIM_FONT, strokeWidth: big ? 0 : NODE_STROKE } }
          : { id: n.id, color: data.options.groups[n.kind].color, font: { color: INK, strokeWidth: NODE_STROKE } });
        if (dim) { dimmedNodes.add(n.id); } else { dimmedNodes.delete(n.id); }
      }
    });
    var edgeChanges = [];
    data.edges.forEach(function (e) {
      var dim = keepEdges !== null && !keepEdges.has(e.id);
      var near = keepEdges !== null && keepEdges.has(e.id);
      if (dim !== dimmedEdges.has(e.id) || near !== nearEdges.has(e.id)) {
        var change = {
          id: e.id,
          color: dim ? DIM_EDGE : (near ? NEAR_EDGE : EDGE_COLOR),
          width: near ? EDGE_WIDTH * 1.8 : EDGE_WIDTH,
          font: { color: dim ? "rgba(0,0,0,0)" : EDGE_FONT, strokeWidth: dim ? 0 : 3 }
        };
        if (big) { change.arrows = { to: { enabled: near } }; }  // big graphs: arrows near the selection only
        edgeChanges.push(change);
        if (dim) { dimmedEdges.add(e.id); } else { dimmedEdges.delete(e.id); }
        if (near) { nearEdges.add(e.id); } else { nearEdges.delete(e.id); }
      }
    });
    if (nodeChanges.length) { nodes.update(nodeChanges); }
    if (edgeChanges.length) { edges.update(edgeChanges); }
  }

  function selectNode(id, options) {
    if (!byNode[id]) { return; }
    if (!visibleNodes.has(id)) { resetFilters(); }
    selection = { type: "node", id: id };
    network.selectNodes([id], false);
    emphasise(selection);
    showNode(id);
    if (options && options.focus) {
      var scale = Math.max(network.getScale(), big ? 1.2 : 1.0);
      document.body.removeAttribute("data-focused");
      var focused = function () { document.body.setAttribute("data-focused", id); };
      if (big) {  // vis animates per frame, and a frame of a big graph is slow: jump instead
        network.focus(id, { scale: scale, animation: false });
        network.once("afterDrawing", focused);
        network.redraw();
      } else {
        network.once("animationFinished", focused);
        network.focus(id, { scale: scale, animation: { duration: 450, easingFunction: "easeInOutQuad" } });
      }
    }
  }
  function selectEdge(id) {
    if (!byEdge[id]) { return; }
    selection = { type: "edge", id: id };
    network.selectEdges([id]);
    emphasise(selection);
    showEdge(id);
  }
  function clearSelection() {
    selection = null;
    network.unselectAll();
    emphasise(null);
    showOverview();
  }

  network.on("click", function (params) {
    if (params.nodes.length) { selectNode(params.nodes[0]); }
    else if (params.edges.length) { selectEdge(params.edges[0]); }
    else { clearSelection(); }
  });
  network.on("hoverNode", function () { container.style.cursor = "pointer"; });
  network.on("blurNode", function () { container.style.cursor = ""; });
  network.on("hoverEdge", function () { container.style.cursor = "pointer"; });
  network.on("blurEdge", function () { container.style.cursor = ""; });

  // ---- search -------------------------------------------------------------------------------
  var index = [];
  data.nodes.forEach(function (n) {
    index.push({ key: fold(n.label), id: n.id, via: null });
    n.aliases.forEach(function (alias) { index.push({ key: fold(alias), id: n.id, via: alias }); });
  });
  var search = document.getElementById("search");
  var results = document.getElementById("search-results");
  var hits = [];
  var active = -1;

  function rank(entry, query) {
    var at = entry.key.indexOf(query);
    if (at < 0) { return -1; }
    var score = entry.key === query ? 0 : (at === 0 ? 1 : (entry.key.charAt(at - 1) === " " ? 2 : 3));
    return score * 2 + (entry.via === null ? 0 : 1);
  }
  function find(text) {
    var query = fold(text);
    if (!query) { return []; }
    var best = {};
    index.forEach(function (entry) {
      var score = rank(entry, query);
      if (score < 0) { return; }
      var seen = best[entry.id];
      if (!seen || score < seen.score) { best[entry.id] = { id: entry.id, via: entry.via, score: score }; }
    });
    return Object.keys(best).map(function (id) { return best[id]; }).sort(function (a, b) {
      return a.score - b.score || byNode[a.id].label.localeCompare(byNode[b.id].label);
    }).slice(0, 12);
  }
  function showResults() {
    hits = find(search.value);
    active = hits.length ? 0 : -1;
    results.replaceChildren();
    if (!search.value.trim()) { closeResults(); return; }
    if (!hits.length) {
      results.appendChild(el("li", "none", "No entity has this name or alias."));
    }
    hits.forEach(function (hit, i) {
      var node = byNode[hit.id];
      var li = el("li");
      li.id = "search-hit-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      append(li, swatch(kindStyle[node.kind].shape, kindStyle[node.kind].color), el("span", "name", node.label),
        el("span", "via", hit.via ? "also called " + hit.via : node.kind));
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(i); });
      results.appendChild(li);
    });
    results.hidden = false;
    search.setAttribute("aria-expanded", "true");
  }
  function closeResults() {
    results.hidden = true;
    search.setAttribute("aria-expanded", "false");
  }
  function moveActive(step) {
    if (!hits.length) { return; }
    active = (active + step + hits.length) % hits.length;
    Array.prototype.forEach.call(results.children, function (li, i) {
      li.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    search.setAttribute("aria-activedescendant", "search-hit-" + active);
  }
  function choose(i) {
    var hit = hits[i];
    if (!hit) { return; }
    closeResults();
    search.value = byNode[hit.id].label;
    selectNode(hit.id, { focus: true });
  }
  search.addEventListener("input", showResults);
  search.addEventListener("focus", function () { if (search.value.trim()) { showResults(); } });
  search.addEventListener("blur", closeResults);
  search.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { moveActive(1); event.preventDefault(); }
    else if (event.key === "ArrowUp") { moveActive(-1); event.preventDefault(); }
    else if (event.key === "Enter") { if (results.hidden) { showResults(); } choose(Math.max(active, 0)); event.preventDefault(); }
    else if (event.key === "Escape") { closeResults(); search.blur(); }
  });
  document.addEventListener("keydown", function (event) {
    var typing = event.target instanceof HTMLInputElement;
    if (event.key === "/" && !typing) { search.focus(); search.select(); event.preventDefault(); }
    else if (event.key === "Escape" && !typing) { clearSelection(); }
  });

  // ---- the panel ------------------------------------------------------------------------------
  var panel = document.getElementById("panel");

  function entityButton(id) {
    var button = el("button", "entity", byNode[id].label);
    button.type = "button";
    button.title = "Show " + byNode[id].label;
    button.addEventListener("click", function () { selectNode(id, { focus: true }); });
    return button;
  }
  function kindBadge(node) {
    var badge = el("span", "badge");
    var dot = el("span", "dot");
    dot.style.background = kindStyle[node.kind].color;
    return append(badge, dot, node.kind);
  }
  function props(pairs) {
    var dl = el("dl", "props");
    pairs.forEach(function (pair) {
      if (!pair[1]) { return; }
      append(dl, el("dt", null, pair[0]), typeof pair[1] === "string" ? el("dd", null, pair[1]) : append(el("dd"), pair[1]));
    });
    return dl.childNodes.length ? dl : null;
  }
  function copyText(text, button) {
    function done(ok) {
      button.textContent = ok ? "Copied" : "Select and copy";
      button.classList.toggle("done", ok);
      setTimeout(function () { button.textContent = "Copy"; button.classList.remove("done"); }, 1600);
    }
    function fallback() {
      var area = el("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      done(ok);
    }
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, fallback);
    } else {
      fallback();
    }
  }
  function factText(edge) {
    var details = edge.roles.concat(edge.date ? [edge.date] : [], edge.amount ? [edge.amount] : []);
    return byNode[edge.from].label + " " + edge.relation + " " + byNode[edge.to].label +
      (details.length ? " (" + details.join("; ") + ")" : "");
  }
  function workReference(doc) {
    var parts = [doc.name, doc.published || "n.d."];
    var where = doc.url || doc.path;
    if (where && where !== doc.name) { parts.push(where); }
    return parts.join(", ");
  }
  // One evidence item as a citation line: a sentence quoted with its document and offsets, or a
  // curated record with the work it reports from and the records file and line that say so.
  function citation(edge, item) {
    var doc = data.documents[item.doc];
    var text;
    if (item.sentence) {
      text = "\u201c" + item.sentence + "\u201d \u2014 " + workReference(doc);
      if (item.start !== undefined && item.end !== undefined) { text += ", characters " + item.start + "\u2013" + item.end; }
    } else {
      text = factText(edge) + ". Source: ";
      if (item.reports !== undefined) { text += workReference(data.documents[item.reports]) + "; as recorded in "; }
      text += doc.path || doc.name;
      if (item.line !== undefined) { text += ", line " + item.line; }
    }
    text += ".";
    if (edge.statement) { text += " Statement <" + edge.statement + ">."; }
    return text;
  }
  function documentLine(doc) {
    var line = el("p", "source");
    append(line, el("span", "title", doc.name));
    if (doc.published) { append(line, " · " + doc.published); }
    if (doc.url) { append(line, " · ", webLink(doc.url)); }
    else if (doc.path && doc.path !== doc.name) { append(line, " · " + doc.path); }
    return line;
  }
  function evidenceItem(edge, item) {
    var li = el("li");
    var doc = data.documents[item.doc];
    if (item.sentence) {
      append(li, el("blockquote", "sentence", item.sentence), documentLine(doc));
      var where = [];
      if (item.start !== undefined) { where.push("characters " + item.start + "–" + item.end); }
      if (item.method) { where.push(item.method + (item.confidence !== undefined ? ", confidence " + item.confidence : "")); }
      if (where.length) { append(li, el("p", "source", where.join(" · "))); }
    } else {
      if (item.reports !== undefined) {
        append(li, documentLine(data.documents[item.reports]));
      }
      append(li, el("p", "record", "Curated record: " + (doc.path || doc.name) + (item.line ? ", line " + item.line : "")));
    }
    var text = citation(edge, item);
    var cite = el("div", "cite");
    var code = el("code", null, text);
    var button = el("button", null, "Copy");
    button.type = "button";
    button.title = "Copy this citation";
    button.addEventListener("click", function () { copyText(text, button); });
    append(cite, code, button);
    li.appendChild(cite);
    return li;
  }
  function qualifierText(edge) {
    var parts = [];
    if (edge.roles.length) { parts.push("as " + edge.roles.join("; ")); }
    if (edge.date) { parts.push(edge.date); }
    if (edge.amount) { parts.push(edge.amount); }
    return parts.join(" · ");
  }
  function factCard(edge, selfId) {
    var card = el("article", "fact");
    card.setAttribute("data-edge", edge.id);
    var line = el("p", "statement-line");
    var subject = edge.from === selfId ? el("span", "self", byNode[edge.from].label) : entityButton(edge.from);
    var object = edge.to === selfId ? el("span", "self", byNode[edge.to].label) : entityButton(edge.to);
    var relation = el("button", "relation", edge.relation);
    relation.type = "button";
    relation.title = "Show this relation";
    relation.addEventListener("click", function () { selectEdge(edge.id); });
    append(line, subject, " ", relation, " ", object);
    card.appendChild(line);
    var qualifiers = qualifierText(edge);
    if (qualifiers) { card.appendChild(el("p", "qualifiers", qualifiers)); }
    if (edge.evidence.length) {
      var list = el("ol", "evidence");
      edge.evidence.forEach(function (item) { list.appendChild(evidenceItem(edge, item)); });
      card.appendChild(list);
    } else {
      card.appendChild(el("p", "none", edge.query ? "Drawn from the query; no stated relation." : "No evidence recorded."));
    }
    return card;
  }
  function metricsText(node) {
    var m = node.metrics;
    var parts = [];
    if (m.degree !== undefined) { parts.push("degree " + m.degree); }
    if (m.pagerank !== undefined) { parts.push("PageRank " + Number(m.pagerank).toPrecision(3)); }
    if (m.betweenness !== undefined) { parts.push("betweenness " + Number(m.betweenness).toPrecision(3)); }
    return parts.join(" · ");
  }
  function showNode(id) {
    var node = byNode[id];
    panel.replaceChildren();
    var links = null;
    if (node.links.length) {
      links = el("span");
      node.links.forEach(function (link, i) { if (i) { append(links, " · "); } links.appendChild(webLink(link.href, link.text)); });
    }
    var dates = [node.dates.startDate, node.dates.endDate].filter(Boolean);
    append(panel,
      kindBadge(node),
      el("h2", null, node.label),
      el("p", "types", node.types.map(compact).join(" · ")),
      props([
        ["Also called", node.aliases.join("; ")],
        ["Same as", links],
        ["Dates", dates.length ? (dates.length === 2 && dates[0] !== dates[1] ? dates[0] + " – " + dates[1] : dates[0]) : null],
        ["Size by", metricsText(node)],
        ["Community", node.community !== null && node.community !== undefined ? String(node.community) : null]
      ]));
    if (node.figures.length) {
      append(panel, el("h3", null, "Figures"));
      var figures = el("ul", "plain");
      node.figures.forEach(function (f) { figures.appendChild(el("li", null, f)); });
      panel.appendChild(figures);
    }
    var facts = incident[id].map(function (e) { return byEdge[e]; }).sort(function (a, b) {
      return (a.from === id ? 0 : 1) - (b.from === id ? 0 : 1) ||
        relationOrder[a.relation] - relationOrder[b.relation] ||
        byNode[a.from === id ? a.to : a.from].label.localeCompare(byNode[b.from === id ? b.to : b.from].label);
    });
    append(panel, el("h3", null, "Facts (" + facts.length + ")"));
    if (!facts.length) { panel.appendChild(el("p", "none", "No relation in this view.")); }
    facts.forEach(function (edge) { panel.appendChild(factCard(edge, id)); });
    var docs = node.docs.map(function (i) { return data.documents[i]; });
    if (docs.length) {
      append(panel, el("h3", null, "Sources"));
      docs.forEach(function (doc) { panel.appendChild(documentLine(doc)); });
    }
    panel.scrollTop = 0;
  }
  function showEdge(id) {
    var edge = byEdge[id];
    panel.replaceChildren();
    var badge = el("span", "badge", "Relation");
    append(panel, badge, append(el("h2"), byNode[edge.from].label, " ", el("span", "relation", edge.relation), " ", byNode[edge.to].label));
    var card = factCard(edge, null);
    card.classList.add("selected");
    append(panel, card);
    if (edge.statement) {
      append(panel, props([["Statement", edge.statement]]));
    }
    panel.scrollTop = 0;
  }
  function compact(iri) {
    var prefixes = [["https://schema.org/", "schema:"], ["http://schema.org/", "schema:"], ["https://w3id.org/kgbuilder/ns#", "kgb:"]];
    for (var i = 0; i < prefixes.length; i++) {
      if (iri.indexOf(prefixes[i][0]) === 0) { return prefixes[i][1] + iri.slice(prefixes[i][0].length); }
    }
    return iri;
  }
  function showOverview() {
    panel.replaceChildren();
    append(panel,
      el("span", "badge", data.mode === "big" ? "Big graph" : "Graph"),
      el("h2", null, data.title),
      data.caption ? el("p", null, data.caption) : null,
      el("p", "intro", data.nodes.length + " entities and " + data.edges.length + " relations. Click an entity or a relation to see its facts and the evidence for each, with a citation ready to copy. Nodes are sized by " + data.sizeBy + "."));
    var keys = el("p", "intro");
    append(keys, el("kbd", null, "/"), " search · ", el("kbd", null, "Esc"), " clear the selection");
    panel.appendChild(keys);
    if (data.documents.length) {
      append(panel, el("h3", null, "Sources"));
      data.documents.forEach(function (doc) { panel.appendChild(documentLine(doc)); });
    }
  }

  document.getElementById("fit").addEventListener("click", function () { fitAll(true); });
  document.getElementById("reset").addEventListener("click", function () {
    search.value = "";
    resetFilters();
    clearSelection();
    fitAll(true);
  });

  buildFilters();
  showCounts();
  showOverview();
  window.kgb = { network: network, nodes: nodes, edges: edges, selectNode: selectNode, selectEdge: selectEdge,
    clearSelection: clearSelection, state: state, visibleNodes: visibleNodes, visibleEdges: visibleEdges };
})();
