"use strict";
// The newskg graph page. Text from the graph only ever reaches the page
// through textContent: never innerHTML, never an HTML string for vis-network.

// Page globals, as on pyvis pages, so scripts and tests can reach the data.
var network = null;
var nodes = null;
var edges = null;

(function () {
  performance.mark("kg-start");
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  performance.mark("kg-parsed");
  var classes = data.classes;
  var relations = data.relations;
  var VEIL = "rgba(255, 255, 255, 0.82)";

  // vis-network gets only what it draws; the rest stays in the records, by id.
  var nodeRecord = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeRecord = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var groups = {};
  Object.keys(classes).forEach(function (name) {
    groups[name] = {shape: classes[name].shape, color: classes[name].color};
  });
  data.options.groups = groups;
  var straight = {to: {enabled: false}};

  nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = {id: n.id, label: n.label, group: n.class, size: n.size, x: n.x, y: n.y};
    if (n.physics === false) item.physics = false;
    return item;
  }));
  edges = new vis.DataSet(data.edges.map(function (e) {
    var relation = relations[e.relation];
    var item = {id: e.id, from: e.from, to: e.to, color: relation.color};
    if (data.edgeLabels) item.label = relation.label;
    if (!relation.arrows) item.arrows = straight;
    return item;
  }));

  performance.mark("kg-datasets");

  // ------------------------------------------------------------ filters
  var shownClasses = new Set(Object.keys(classes));
  var shownRelations = new Set(Object.keys(relations));
  var nodeView = new vis.DataView(nodes, {filter: function (n) { return shownClasses.has(n.group); }});
  var edgeView = new vis.DataView(edges, {filter: function (e) { return shownRelations.has(edgeRecord.get(e.id).relation); }});

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  function counts(items, field) {
    var result = {};
    items.forEach(function (item) { result[item[field]] = (result[item[field]] || 0) + 1; });
    return result;
  }

  function filterBoxes(fieldsetId, styles, tally, shown, view, glyphOf, nameOf) {
    var fieldset = document.getElementById(fieldsetId);
    Object.keys(styles).forEach(function (name) {
      if (!tally[name]) return;
      var row = el("label", "kg-filter");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = name;
      box.addEventListener("change", function () {
        if (box.checked) shown.add(name); else shown.delete(name);
        view.refresh();
        highlight([]);
      });
      var swatch = el("span", "kg-swatch", glyphOf(styles[name]));
      swatch.style.color = styles[name].color;
      row.append(box, swatch, el("span", "kg-name", nameOf(name, styles[name])), el("span", "kg-count", tally[name]));
      fieldset.appendChild(row);
    });
  }

  filterBoxes("kg-classes", classes, counts(data.nodes, "class"), shownClasses, nodeView,
    function (style) { return style.glyph; }, function (name) { return name; });
  filterBoxes("kg-relations", relations, counts(data.edges, "relation"), shownRelations, edgeView,
    function (style) { return style.arrows ? "\u2192" : "\u2194"; }, function (name, style) { return style.label; });
  document.getElementById("kg-counts").textContent =
    data.nodes.length + " entities \u00b7 " + data.edges.length + " relations";

  // ------------------------------------------------------------ network
  var container = document.getElementById("kg-network");
  network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);
  performance.mark("kg-network");

  var settled = !data.options.physics.enabled;
  network.once("stabilizationIterationsDone", function () { settled = true; });
  network.once("stabilized", function () { settled = true; });
  network.on("afterDrawing", function ready() {
    if (!settled) return;
    network.off("afterDrawing", ready);
    performance.mark("kg-ready");
    window.kgReadyAt = performance.now();
    window.kgReady = true;
    document.documentElement.setAttribute("data-kg-ready", "true");
  });

  // ------------------------------------------------------------ neighbourhood highlight
  // Drawn over the picture instead of restyling every item, so a click costs
  // the size of the neighbourhood, not of the graph: a veil over the whole
  // view, then the lit edges and entities drawn again on top by vis itself.
  var lit = null;

  function highlight(focus) {
    focus = focus.filter(function (id) { return nodeView.get(id) !== null; });
    if (!focus.length) {
      lit = null;
      window.kgHighlight = null;
    } else {
      var litNodes = new Set(focus);
      var litEdges = new Set();
      focus.forEach(function (id) {
        network.getConnectedNodes(id).forEach(function (other) { litNodes.add(other); });
        network.getConnectedEdges(id).forEach(function (edge) { litEdges.add(edge); });
      });
      lit = {nodes: Array.from(litNodes), edges: Array.from(litEdges)};
      window.kgHighlight = {focus: focus.slice(), nodes: lit.nodes.slice(), edges: lit.edges.slice()};
    }
    network.redraw();
  }

  network.on("afterDrawing", function (ctx) {
    if (lit === null) return;
    var corner = network.DOMtoCanvas({x: 0, y: 0});
    var far = network.DOMtoCanvas({x: container.clientWidth, y: container.clientHeight});
    ctx.fillStyle = VEIL;
    ctx.fillRect(corner.x, corner.y, far.x - corner.x, far.y - corner.y);
    var body = network.body;
    var labels = [];
    lit.edges.forEach(function (id) { if (body.edges[id]) body.edges[id].draw(ctx); });
    lit.edges.forEach(function (id) { if (body.edges[id]) body.edges[id].drawArrows(ctx); });
    lit.nodes.forEach(function (id) {
      if (!body.nodes[id]) return;
      var drawn = body.nodes[id].draw(ctx);
      if (drawn && drawn.drawExternalLabel) labels.push(drawn.drawExternalLabel);
    });
    labels.forEach(function (draw) { draw(); });
  });

  // ------------------------------------------------------------ tooltips
  var tip = document.getElementById("kg-tooltip");
  var pinned = false;

  function field(box, name, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    var row = el("div", "kg-tip-row");
    row.append(el("span", "kg-tip-key", name), el("span", "kg-tip-value", Array.isArray(value) ? value.join("; ") : value));
    box.appendChild(row);
  }

  function nodeTip(id) {
    var n = nodeRecord.get(id);
    var box = el("div");
    box.append(el("div", "kg-tip-title", n.label), el("div", "kg-tip-class", n.class));
    field(box, "Also called", n.aliases);
    field(box, "Role", n.roles);
    field(box, "Relations", n.degree);
    box.appendChild(el("div", "kg-tip-iri", n.id));
    return box;
  }

  function edgeTip(id) {
    var e = edgeRecord.get(id);
    var box = el("div");
    box.appendChild(el("div", "kg-tip-title",
      nodeRecord.get(e.from).label + " \u2014 " + relations[e.relation].label + " \u2014 " + nodeRecord.get(e.to).label));
    var shown = e.events.slice(0, 4);
    shown.forEach(function (event) {
      var item = el("div", "kg-tip-event");
      if (event.evidence) item.appendChild(el("blockquote", "kg-tip-evidence", event.evidence));
      field(item, "Date", event.date);
      field(item, "Place", event.place);
      field(item, "Document", event.headline ? event.headline + " (" + event.document + ")" : event.document);
      field(item, "Source", event.source);
      box.appendChild(item);
    });
    if (e.events.length > shown.length) box.appendChild(el("div", "kg-tip-more", "+ " + (e.events.length - shown.length) + " more"));
    if (!e.events.length) box.appendChild(el("div", "kg-tip-more", "No event in the graph backs this relation."));
    return box;
  }

  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var width = container.clientWidth;
    var left = container.offsetLeft + Math.min(pointer.x + 14, Math.max(width - tip.offsetWidth - 8, 0));
    var top = container.offsetTop + pointer.y + 14;
    if (top + tip.offsetHeight > container.offsetTop + container.clientHeight) top = Math.max(container.offsetTop + pointer.y - tip.offsetHeight - 14, 0);
    tip.style.left = left + "px";
    tip.style.top = top + "px";
  }

  function hideTip() { tip.hidden = true; tip.replaceChildren(); }

  network.on("hoverNode", function (p) { if (!pinned) showTip(nodeTip(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { if (!pinned) showTip(edgeTip(p.edge), p.pointer.DOM); });
  network.on("blurNode", function () { if (!pinned) hideTip(); });
  network.on("blurEdge", function () { if (!pinned) hideTip(); });
  network.on("dragStart", function () { pinned = false; hideTip(); });
  network.on("click", function (p) {
    if (p.nodes.length) {
      highlight(p.nodes);
      showTip(nodeTip(p.nodes[0]), p.pointer.DOM);
      pinned = true;
    } else if (p.edges.length) {
      highlight([]);
      showTip(edgeTip(p.edges[0]), p.pointer.DOM);
      pinned = true;
    } else {
      highlight([]);
      hideTip();
      pinned = false;
    }
  });

  // ------------------------------------------------------------ search
  var search = document.getElementById("kg-search");
  var status = document.getElementById("kg-status");
  var names = null;
  var timer = null;

  function find(focusFirst) {
    var query = search.value.trim().toLowerCase();
    pinned = false;
    hideTip();
    if (!query) {
      status.textContent = "";
      network.unselectAll();
      highlight([]);
      return;
    }
    if (names === null) {
      names = data.nodes.map(function (n) { return [n.id, [n.label].concat(n.aliases).join("\n").toLowerCase()]; });
    }
    var hits = names.filter(function (entry) {
      return entry[1].indexOf(query) !== -1 && nodeView.get(entry[0]) !== null;
    }).map(function (entry) { return entry[0]; });
    status.textContent = hits.length === 1 ? "1 match" : hits.length + " matches";
    network.selectNodes(hits);
    highlight(hits);
    if (hits.length) network.fit({nodes: focusFirst ? hits.slice(0, 1) : hits, animation: false});
  }

  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { find(false); }, 200);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { clearTimeout(timer); find(true); }
  });
})();
