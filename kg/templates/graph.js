"use strict";
// The newskg graph page. Text from the graph only ever reaches the page
// through textContent and canvas text: never innerHTML, never an HTML string for vis-network.

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
  var AFFILIATION = "affiliation";
  var LABEL_FONT = "12px system-ui, -apple-system, sans-serif";
  var LABELS_AT_FIT = 20;  // entities labelled at the first, whole-graph zoom; more as one zooms in
  var SMALL = 60;  // up to this many entities shown, each is labelled where there is room
  var PANEL_FIRST = 50;  // relations listed at once in the panel; the rest behind a button
  var DAY = 86400000;

  // vis-network gets only what it draws; the rest stays in the records, by id.
  var nodeRecord = new Map(data.nodes.map(function (n) { return [n.id, n]; }));
  var edgeRecord = new Map(data.edges.map(function (e) { return [e.id, e]; }));
  var edgesOf = new Map(data.nodes.map(function (n) { return [n.id, []]; }));
  data.edges.forEach(function (e) { edgesOf.get(e.from).push(e); if (e.to !== e.from) edgesOf.get(e.to).push(e); });
  var byDegree = data.nodes.slice().sort(function (a, b) { return b.degree - a.degree || (a.label < b.label ? -1 : 1); });
  var groups = {};
  Object.keys(classes).forEach(function (name) {
    groups[name] = {shape: classes[name].shape, color: classes[name].color};
  });
  data.options.groups = groups;
  var straight = {to: {enabled: false}};

  nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = {id: n.id, group: n.class, size: n.size, x: n.x, y: n.y};
    if (n.physics === false) item.physics = false;
    return item;
  }));
  edges = new vis.DataSet(data.edges.map(function (e) {
    var relation = relations[e.relation];
    var item = {id: e.id, from: e.from, to: e.to, color: relation.color, width: e.width};
    if (!relation.arrows) item.arrows = straight;
    if (relation.dashes) item.dashes = [4, 4];
    return item;
  }));
  performance.mark("kg-datasets");

  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }

  // A label on the canvas: a long name cut short (the tooltip and the panel give it whole).
  function short(text) { return text.length > 36 ? text.slice(0, 34) + "\u2026" : text; }

  function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }

  function dayText(day) { return new Date(day * DAY).toISOString().slice(0, 10); }

  // ------------------------------------------------------------ what is shown
  // An edge is shown when its relation is, both ends' classes are, and one of its
  // events lies in the time range (undated ones behind their own toggle). An entity
  // is shown when its class is and a shown edge reaches it, or when lone entities are.
  var shownClasses = new Set(Object.keys(classes));
  var shownRelations = new Set(Object.keys(relations));
  var filter = {lonely: false, undated: true, from: null, to: null};
  var shownNodes = new Set();
  var shownEdges = new Set();
  var revealed = new Set();  // chosen in the search while hidden
  var nodeView = null;
  var edgeView = null;

  function eventInTime(event) {
    if (!event.span) return filter.undated;
    return (filter.from === null || event.span[1] >= filter.from) && (filter.to === null || event.span[0] <= filter.to);
  }

  function inTime(e) {
    if (e.relation === AFFILIATION) return true;
    if (!e.events.length) return filter.undated;
    return e.events.some(eventInTime);
  }

  function decide() {
    shownEdges = new Set();
    var reached = new Set();
    data.edges.forEach(function (e) {
      if (!shownRelations.has(e.relation) || !inTime(e)) return;
      if (!shownClasses.has(nodeRecord.get(e.from).class) || !shownClasses.has(nodeRecord.get(e.to).class)) return;
      shownEdges.add(e.id);
      reached.add(e.from);
      reached.add(e.to);
    });
    shownNodes = new Set();
    var lonely = 0;
    data.nodes.forEach(function (n) {
      if (!shownClasses.has(n.class)) return;
      if (reached.has(n.id) || revealed.has(n.id)) shownNodes.add(n.id);
      else if (filter.lonely) { shownNodes.add(n.id); lonely += 1; } else lonely += 1;
    });
    document.getElementById("kg-lonely-text").textContent =
      (filter.lonely ? "Showing " : "Show ") + plural(lonely, "entity", "entities") + " without a shown link";
    document.getElementById("kg-lonely-row").hidden = lonely === 0;
    document.getElementById("kg-counts").textContent =
      shownNodes.size + " of " + plural(data.nodes.length, "entity", "entities") + " \u00b7 " +
      shownEdges.size + " of " + plural(data.edges.length, "link", "links");
    window.kgShown = {nodes: shownNodes.size, edges: shownEdges.size, lonely: lonely};
  }

  function apply() {
    decide();
    nodeView.refresh();
    edgeView.refresh();
  }

  function refresh() {
    apply();
    if (selection && !(selection.kind === "node" ? shownNodes : shownEdges).has(selection.id)) select(null);
    else if (selection) select(selection);  // the panel again, marking what the filters now leave out
    else if (network) network.redraw();
  }

  // ------------------------------------------------------------ filters
  function counts(items, field) {
    var result = {};
    items.forEach(function (item) { result[item[field]] = (result[item[field]] || 0) + 1; });
    return result;
  }

  function filterBoxes(fieldsetId, styles, tally, shown, glyphOf) {
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
        refresh();
      });
      var swatch = el("span", "kg-swatch", glyphOf(styles[name]));
      swatch.style.color = styles[name].color;
      row.append(box, swatch, el("span", "kg-name", styles[name].label || name), el("span", "kg-count", tally[name]));
      fieldset.appendChild(row);
    });
  }

  filterBoxes("kg-classes", classes, counts(data.nodes, "class"), shownClasses, function (style) { return style.glyph; });
  filterBoxes("kg-relations", relations, counts(data.edges, "relation"), shownRelations, function (style) { return style.glyph; });
  document.getElementById("kg-lonely").addEventListener("change", function (event) {
    filter.lonely = event.target.checked;
    refresh();
  });

  // Time: two sliders over the days the events' resolved dates cover.
  var from = document.getElementById("kg-from");
  var to = document.getElementById("kg-to");
  var undatedCount = 0;
  data.edges.forEach(function (e) {
    if (e.relation !== AFFILIATION) e.events.forEach(function (event) { if (!event.span) undatedCount += 1; });
    if (e.relation !== AFFILIATION && !e.events.length) undatedCount += 1;
  });
  document.getElementById("kg-undated-text").textContent = plural(undatedCount, "undated event", "undated events");
  document.getElementById("kg-undated").parentNode.hidden = undatedCount === 0;
  document.getElementById("kg-undated").addEventListener("change", function (event) {
    filter.undated = event.target.checked;
    refresh();
  });
  if (data.days) {
    [from, to].forEach(function (input) {
      input.min = String(data.days[0]);
      input.max = String(data.days[1]);
      input.step = "1";
    });
    from.value = String(data.days[0]);
    to.value = String(data.days[1]);
    var timeChanged = function (event) {
      if (Number(from.value) > Number(to.value)) {  // the slider moved pushes the other along
        if (event.target === from) to.value = from.value; else from.value = to.value;
      }
      var low = Number(from.value), high = Number(to.value);
      document.getElementById("kg-from-text").textContent = dayText(low);
      document.getElementById("kg-to-text").textContent = dayText(high);
      filter.from = low > data.days[0] ? low : null;
      filter.to = high < data.days[1] ? high : null;
      refresh();
    };
    from.addEventListener("input", timeChanged);
    to.addEventListener("input", timeChanged);
    document.getElementById("kg-from-text").textContent = dayText(data.days[0]);
    document.getElementById("kg-to-text").textContent = dayText(data.days[1]);
  } else {
    from.parentNode.hidden = true;
    to.parentNode.hidden = true;
  }
  if (!data.edges.length) document.getElementById("kg-time").hidden = true;

  decide();
  nodeView = new vis.DataView(nodes, {filter: function (n) { return shownNodes.has(n.id); }});
  edgeView = new vis.DataView(edges, {filter: function (e) { return shownEdges.has(e.id); }});

  // ------------------------------------------------------------ network
  var container = document.getElementById("kg-network");
  network = new vis.Network(container, {nodes: nodeView, edges: edgeView}, data.options);
  performance.mark("kg-network");
  var fitScale = network.getScale();

  var settled = !data.options.physics.enabled;
  function settle() { settled = true; fitScale = network.getScale(); }
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  network.on("afterDrawing", function ready() {
    if (!settled) return;
    network.off("afterDrawing", ready);
    performance.mark("kg-ready");
    window.kgReadyAt = performance.now();
    window.kgReady = true;
    document.documentElement.setAttribute("data-kg-ready", "true");
  });

  // ------------------------------------------------------------ selection, drawn over the picture
  // Drawn over the picture instead of restyling every item, so a click costs the
  // size of the neighbourhood, not of the graph: a veil over the whole view, then
  // the lit edges and entities drawn again on top by vis itself.
  var lit = null;
  var selection = null;  // {kind: "node" | "edge", id}
  var hovered = null;    // the id of the edge under the pointer

  function highlight(focus, focusEdges) {
    focus = focus.filter(function (id) { return shownNodes.has(id); });
    if (!focus.length) {
      lit = null;
      window.kgHighlight = null;
    } else {
      var litNodes = new Set(focus);
      var litEdges = new Set(focusEdges || []);
      if (!focusEdges) {
        focus.forEach(function (id) {
          network.getConnectedNodes(id).forEach(function (other) { litNodes.add(other); });
          network.getConnectedEdges(id).forEach(function (edge) { litEdges.add(edge); });
        });
      }
      lit = {focus: focus.slice(), nodes: Array.from(litNodes), edges: Array.from(litEdges)};
      window.kgHighlight = {focus: focus.slice(), nodes: lit.nodes.slice(), edges: lit.edges.slice()};
    }
    network.redraw();
  }

  // ------------------------------------------------------------ labels
  // The page draws entity labels itself, most connected first, each where it
  // overlaps no label already drawn: every one in a small graph, else about
  // LABELS_AT_FIT at the first zoom and four times as many at twice the zoom.
  // Link labels show on hover and selection.
  var widths = new Map();
  var CELL = 48;

  function Boxes() { this.cells = new Map(); }
  Boxes.prototype.fits = function (box) {
    for (var cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
      for (var cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
        var list = this.cells.get(cx + ":" + cy);
        if (list && list.some(function (o) {
          return box.x < o.x + o.w && o.x < box.x + box.w && box.y < o.y + o.h && o.y < box.y + box.h;
        })) return false;
      }
    }
    return true;
  };
  Boxes.prototype.add = function (box) {
    for (var cx = Math.floor(box.x / CELL); cx <= Math.floor((box.x + box.w) / CELL); cx++) {
      for (var cy = Math.floor(box.y / CELL); cy <= Math.floor((box.y + box.h) / CELL); cy++) {
        var key = cx + ":" + cy;
        if (!this.cells.has(key)) this.cells.set(key, []);
        this.cells.get(key).push(box);
      }
    }
  };

  function textBox(ctx, key, text, x, y) {
    if (!widths.has(key)) widths.set(key, ctx.measureText(text).width);
    var w = widths.get(key) + 6;
    return {x: x - w / 2, y: y, w: w, h: 16};
  }

  function paint(ctx, text, box, strong) {
    ctx.lineWidth = 4;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.92)";
    ctx.fillStyle = strong ? "#111" : "#333";
    ctx.strokeText(text, box.x + box.w / 2, box.y + 2);
    ctx.fillText(text, box.x + box.w / 2, box.y + 2);
  }

  function edgeText(e) {
    var text = relations[e.relation].label;
    return e.weight > 1 ? text + " \u00d7" + e.weight : text;
  }

  function drawLabels(ctx) {
    var ratio = ctx.canvas.width / Math.max(ctx.canvas.clientWidth, 1);
    var width = container.clientWidth, height = container.clientHeight;
    var scale = network.getScale();
    var budget = shownNodes.size <= SMALL ? SMALL : Math.ceil(LABELS_AT_FIT * Math.pow(Math.max(scale / fitScale, 1), 2));
    var boxes = new Boxes();
    var drawn = [];
    var body = network.body;
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";

    var done = new Set();

    function nodeLabel(id, force) {
      var node = body.nodes[id];
      if (!node || !shownNodes.has(id) || done.has(id)) return false;
      var at = network.canvasToDOM({x: node.x, y: node.y});
      if (at.x < -50 || at.y < -20 || at.x > width + 50 || at.y > height + 20) return false;
      var record = nodeRecord.get(id);
      var reach = record.size * scale + 2;
      var text = short(record.label);
      var box = textBox(ctx, id, text, at.x, at.y + reach);  // under the entity, else over, right, left
      var half = box.w / 2;
      var places = [[0, reach], [0, -reach - 16], [reach + half, -8], [-reach - half, -8]];
      for (var i = 0; !force && i < places.length; i++) {
        box = textBox(ctx, id, text, at.x + places[i][0], at.y + places[i][1]);
        if (boxes.fits(box)) break;
      }
      if (!force && !boxes.fits(box)) return false;
      boxes.add(box);
      done.add(id);
      paint(ctx, text, box, force);
      drawn.push({id: id, x: box.x, y: box.y, w: box.w, h: box.h});
      return true;
    }

    function edgeLabel(id, force) {
      var edge = body.edges[id];
      if (!edge || !edge.connected || !shownEdges.has(id)) return;
      var at = network.canvasToDOM(edge.edgeType.getPoint(0.5));
      var e = edgeRecord.get(id);
      var text = edgeText(e);
      var box = textBox(ctx, "e" + id, text, at.x, at.y - 8);
      if (!force && !boxes.fits(box)) return;
      boxes.add(box);
      ctx.fillStyle = "rgba(255, 255, 255, 0.9)";
      ctx.fillRect(box.x, box.y, box.w, box.h);
      ctx.fillStyle = relations[e.relation].color;
      ctx.fillText(text, box.x + box.w / 2, box.y + 2);
      drawn.push({edge: id, x: box.x, y: box.y, w: box.w, h: box.h});
    }

    if (lit) {
      lit.nodes.forEach(function (id) {  // labels keep off the lit entities themselves
        var node = body.nodes[id];
        if (!node) return;
        var at = network.canvasToDOM({x: node.x, y: node.y});
        var r = nodeRecord.get(id).size * scale;
        boxes.add({x: at.x - r, y: at.y - r, w: 2 * r, h: 2 * r});
      });
      lit.focus.forEach(function (id) { nodeLabel(id, true); });
      if (hovered !== null) edgeLabel(hovered, true);
      if (selection && selection.kind === "edge") lit.edges.forEach(function (id) { edgeLabel(id, true); });
      lit.nodes.slice().sort(function (a, b) { return nodeRecord.get(b).degree - nodeRecord.get(a).degree; })
        .forEach(function (id) { nodeLabel(id, false); });
      lit.edges.forEach(function (id) { edgeLabel(id, false); });
    } else {
      if (hovered !== null) edgeLabel(hovered, true);
      var count = 0;
      for (var i = 0; i < byDegree.length && count < budget; i++) {
        if (nodeLabel(byDegree[i].id, false)) count += 1;
      }
    }
    ctx.restore();
    window.kgLabels = drawn;
  }

  network.on("afterDrawing", function (ctx) {
    if (lit !== null) {
      var corner = network.DOMtoCanvas({x: 0, y: 0});
      var far = network.DOMtoCanvas({x: container.clientWidth, y: container.clientHeight});
      ctx.fillStyle = VEIL;
      ctx.fillRect(corner.x, corner.y, far.x - corner.x, far.y - corner.y);
      var body = network.body;
      lit.edges.forEach(function (id) { if (body.edges[id]) body.edges[id].draw(ctx); });
      lit.edges.forEach(function (id) { if (body.edges[id]) body.edges[id].drawArrows(ctx); });
      lit.nodes.forEach(function (id) { if (body.nodes[id]) body.nodes[id].draw(ctx); });
    }
    drawLabels(ctx);
  });

  // ------------------------------------------------------------ the details panel
  var details = document.getElementById("kg-details");

  function entityButton(id) {
    var button = el("button", "kg-link", nodeRecord.get(id).label);
    button.type = "button";
    button.addEventListener("click", function () { select({kind: "node", id: id}, true); });
    return button;
  }

  function row(box, name, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    var line = el("div", "kg-meta");
    line.append(el("span", "kg-key", name + ":"), " ");
    if (value instanceof Node) line.append(value); else line.append(Array.isArray(value) ? value.join("; ") : String(value));
    box.appendChild(line);
  }

  function dateOf(event) {
    if (event.date) return event.dateText ? event.date + " (\u201c" + event.dateText + "\u201d)" : event.date;
    if (event.dateText) return "\u201c" + event.dateText + "\u201d (not resolved to a date)";
    return "undated";
  }

  function documentOf(event) {
    var span = el("span");
    span.append(event.headline ? event.headline + " (" + event.document + ")" : (event.document || ""));
    if (event.source) {
      span.append(" ");
      if (/^https?:\/\//i.test(event.source)) {
        var link = el("a", null, "source");
        link.href = event.source;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        link.title = event.source;
        span.append(link);
      } else {
        span.append(el("span", null, event.source));
      }
    }
    return span;
  }

  function eventItems(box, e) {
    e.events.forEach(function (event) {
      var item = el("div", "kg-event");
      if (!eventInTime(event)) {  // listed all the same, marked
        item.classList.add("kg-outside");
        item.appendChild(el("div", "kg-meta", "Outside the time filter"));
      }
      if (event.evidence) item.appendChild(el("blockquote", "kg-evidence", event.evidence));
      row(item, "Date", dateOf(event));
      row(item, "Place", event.place);
      row(item, "Document", documentOf(event));
      if (event.mentions > 1) row(item, "Reports", event.mentions);
      box.appendChild(item);
    });
    if (!e.events.length && e.relation !== AFFILIATION) box.appendChild(el("div", "kg-meta", "No event in the graph backs this relation."));
  }

  function weightText(e) {
    if (e.relation === AFFILIATION) return "";
    var reports = e.weight;
    return " \u00b7 " + plural(e.events.length, "event", "events") + (reports !== e.events.length ? ", " + plural(reports, "report", "reports") : "");
  }

  function heading(text) {
    var h = el("h2", null, text);
    h.tabIndex = -1;
    return h;
  }

  function closeButton() {
    var button = el("button", "kg-close", "\u00d7");
    button.type = "button";
    button.setAttribute("aria-label", "Close");
    button.addEventListener("click", function () { select(null); });
    return button;
  }

  function nodePanel(id) {
    var n = nodeRecord.get(id);
    var h = heading(n.label);
    details.append(closeButton(), h, el("div", "kg-class", n.class));
    row(details, "Also called", n.aliases);
    row(details, "Role", n.roles);
    var links = edgesOf.get(id);
    var groupsOf = links.filter(function (e) { return e.relation === AFFILIATION && e.from === id; });
    if (groupsOf.length) {
      var line = el("span");
      groupsOf.forEach(function (e, i) { if (i) line.append(", "); line.append(entityButton(e.to)); });
      row(details, "Affiliation", line);
    }
    var members = links.filter(function (e) { return e.relation === AFFILIATION && e.to === id; });
    var relationsOf = links.filter(function (e) { return e.relation !== AFFILIATION; })
      .sort(function (a, b) { return b.weight - a.weight || a.id - b.id; });
    details.appendChild(el("div", "kg-meta", plural(relationsOf.length, "relation", "relations") +
      (members.length ? " \u00b7 " + plural(members.length, "affiliated person", "affiliated people") : "")));
    function relationItem(into, e) {
      var h3 = el("h3");
      var relation = relations[e.relation];
      if (e.from === id) h3.append(relation.label + " ", entityButton(e.to));
      else if (relation.symmetric) h3.append(relation.label + " ", entityButton(e.from));
      else h3.append(entityButton(e.from), " " + relation.label);
      h3.append(el("span", "kg-weight", weightText(e)));
      into.appendChild(h3);
      eventItems(into, e);
    }
    relationsOf.slice(0, PANEL_FIRST).forEach(function (e) { relationItem(details, e); });
    if (relationsOf.length > PANEL_FIRST) {  // a hub's hundreds of relations, listed when asked
      var more = el("button", "kg-link", "Show the other " + plural(relationsOf.length - PANEL_FIRST, "relation", "relations"));
      more.type = "button";
      more.addEventListener("click", function () {
        var rest = document.createDocumentFragment();
        relationsOf.slice(PANEL_FIRST).forEach(function (e) { relationItem(rest, e); });
        more.replaceWith(rest);
      });
      details.appendChild(more);
    }
    if (members.length) {
      details.appendChild(el("h3", null, "Affiliated"));
      var list = el("div", "kg-meta");
      members.forEach(function (e, i) { if (i) list.append(", "); list.append(entityButton(e.from)); });
      details.appendChild(list);
    }
    details.appendChild(el("div", "kg-tip-iri", n.id));
    return h;
  }

  function edgePanel(id) {
    var e = edgeRecord.get(id);
    var h = heading(relations[e.relation].label);
    details.append(closeButton(), h);
    var line = el("div", "kg-class");
    line.append(entityButton(e.from), " \u2014 " + relations[e.relation].label + " \u2014 ", entityButton(e.to));
    line.append(el("span", "kg-weight", weightText(e)));
    details.appendChild(line);
    eventItems(details, e);
    return h;
  }

  // Select an entity or a link (null: nothing): light it up, list it in the panel; centre it if asked.
  function select(what, centre) {
    selection = what;
    details.replaceChildren();
    hideTip();
    if (what === null) {
      details.hidden = true;
      network.unselectAll();
      highlight([]);
      return;
    }
    var h;
    if (what.kind === "node") {
      if (!shownNodes.has(what.id)) { revealed.add(what.id); apply(); }
      network.selectNodes([what.id]);
      highlight([what.id]);
      h = nodePanel(what.id);
      if (centre) {
        // in the middle of what the panel leaves uncovered
        details.hidden = false;
        network.focus(what.id, {scale: Math.max(network.getScale(), fitScale * 2, 0.6), animation: false,
                                offset: {x: -details.offsetWidth / 2, y: 0}});
      }
    } else {
      var e = edgeRecord.get(what.id);
      network.selectEdges([what.id]);
      highlight([e.from, e.to], [what.id]);
      h = edgePanel(what.id);
    }
    details.hidden = false;
    details.scrollTop = 0;
    if (centre) h.focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && selection) { select(null); search.focus(); }
  });

  // ------------------------------------------------------------ tooltips (hover)
  var tip = document.getElementById("kg-tooltip");

  function field(box, name, value) {
    if (value === undefined || value === null || value === "" || (Array.isArray(value) && !value.length)) return;
    var line = el("div", "kg-tip-row");
    line.append(el("span", "kg-tip-key", name), el("span", "kg-tip-value", Array.isArray(value) ? value.join("; ") : value));
    box.appendChild(line);
  }

  function nodeTip(id) {
    var n = nodeRecord.get(id);
    var box = el("div");
    box.append(el("div", "kg-tip-title", n.label), el("div", "kg-tip-class", n.class));
    field(box, "Also called", n.aliases);
    field(box, "Role", n.roles);
    var links = edgesOf.get(id);
    field(box, "Affiliation", links.filter(function (e) { return e.relation === AFFILIATION && e.from === id; })
      .map(function (e) { return nodeRecord.get(e.to).label; }));
    var tally = {};
    links.forEach(function (e) { if (e.relation !== AFFILIATION) tally[e.relation] = (tally[e.relation] || 0) + 1; });
    field(box, "Relations", Object.keys(tally).map(function (r) { return relations[r].label + " " + tally[r]; }));
    return box;
  }

  function edgeTip(id) {
    var e = edgeRecord.get(id);
    var box = el("div");
    box.appendChild(el("div", "kg-tip-title",
      nodeRecord.get(e.from).label + " \u2014 " + relations[e.relation].label + " \u2014 " + nodeRecord.get(e.to).label));
    var shown = e.events.slice(0, 3);
    shown.forEach(function (event) {
      var item = el("div", "kg-tip-event");
      if (event.evidence) item.appendChild(el("blockquote", "kg-tip-evidence", event.evidence));
      field(item, "Date", dateOf(event));
      field(item, "Place", event.place);
      field(item, "Document", event.headline ? event.headline + " (" + event.document + ")" : event.document);
      field(item, "Source", event.source);
      box.appendChild(item);
    });
    if (e.events.length > shown.length) box.appendChild(el("div", "kg-tip-more", "+ " + (e.events.length - shown.length) + " more: click for all"));
    if (!e.events.length && e.relation !== AFFILIATION) box.appendChild(el("div", "kg-tip-more", "No event in the graph backs this relation."));
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

  network.on("hoverNode", function (p) { showTip(nodeTip(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { hovered = p.edge; showTip(edgeTip(p.edge), p.pointer.DOM); network.redraw(); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", function () { hovered = null; hideTip(); network.redraw(); });
  network.on("dragStart", hideTip);
  network.on("click", function (p) {
    if (p.nodes.length) select({kind: "node", id: p.nodes[0]});
    else if (p.edges.length) select({kind: "edge", id: p.edges[0]});
    else select(null);
  });

  // ------------------------------------------------------------ search
  var search = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var status = document.getElementById("kg-status");
  var names = null;
  var timer = null;
  var hits = [];

  function matches(query) {
    if (names === null) {
      names = byDegree.map(function (n) { return [n.id, [n.label].concat(n.aliases).join("\n").toLowerCase()]; });
    }
    return names.filter(function (entry) {
      return entry[1].indexOf(query) !== -1 && shownClasses.has(nodeRecord.get(entry[0]).class);
    }).map(function (entry) { return entry[0]; });
  }

  function note(n) {
    var parts = [n.class];
    if (n.roles.length) parts.push(n.roles[0]);
    edgesOf.get(n.id).forEach(function (e) {
      if (e.relation === AFFILIATION && e.from === n.id) parts.push(nodeRecord.get(e.to).label);
    });
    var count = edgesOf.get(n.id).filter(function (e) { return e.relation !== AFFILIATION; }).length;
    parts.push(plural(count, "relation", "relations"));
    return parts.join(" \u00b7 ");
  }

  function find() {
    var query = search.value.trim().toLowerCase();
    results.replaceChildren();
    hits = query ? matches(query) : [];
    status.textContent = query ? (hits.length === 1 ? "1 match" : hits.length + " matches") : "";
    hits.slice(0, 30).forEach(function (id) {
      var n = nodeRecord.get(id);
      var button = el("button");
      button.type = "button";
      button.append(el("span", null, n.label), " ", el("span", "kg-result-note", note(n)));
      button.addEventListener("click", function () { choose(id); });
      button.addEventListener("keydown", function (event) {
        var item = button.parentNode;
        if (event.key === "ArrowDown" && item.nextSibling) { event.preventDefault(); item.nextSibling.firstChild.focus(); }
        if (event.key === "ArrowUp") { event.preventDefault(); (item.previousSibling ? item.previousSibling.firstChild : search).focus(); }
      });
      var item = el("li");
      item.appendChild(button);
      results.appendChild(item);
    });
    results.hidden = !results.childNodes.length;
    return hits;
  }

  function choose(id) {
    results.hidden = true;
    select({kind: "node", id: id}, true);
  }

  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(find, 150);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      clearTimeout(timer);
      if (find().length) choose(hits[0]); else select(null);
    } else if (event.key === "ArrowDown" && !results.hidden) {
      event.preventDefault();
      results.firstChild.firstChild.focus();
    } else if (event.key === "Escape") {
      results.hidden = true;
    }
  });
})();
