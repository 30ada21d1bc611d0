// The document view: pointing at or clicking a highlighted span shows the
// rows of every annotation that covers it (data-r lists their keys). A
// click pins the rows until the next click. A file holds several
// documents, each a section.doc with its own text, rows and row data,
// which is parsed when first needed. Row values are set as text, never as
// markup.
(function () {
  "use strict";
  document.querySelectorAll("section.doc").forEach(function (doc) {
    var data = null;
    var panel = doc.querySelector("aside.rows");
    var text = doc.querySelector("article.text");
    var pinned = false;

    function rows() {
      if (!data) { data = JSON.parse(doc.querySelector("script.row-data").textContent); }
      return data;
    }

    function show(el) {
      var d = rows();
      // The innermost span (the one pointed at) first.
      var keys = el.getAttribute("data-r").split(" ").reverse();
      panel.textContent = "";
      keys.forEach(function (key) {
        var row = d.rows[key];
        if (!row) { return; }
        var columns = d.columns[row[0]];
        var box = document.createElement("section");
        var h = document.createElement("h3");
        h.textContent = row[0] + " " + key.replace(/^[a-z]+/, "#");
        box.appendChild(h);
        var table = document.createElement("table");
        row[1].forEach(function (v, i) {
          var tr = table.insertRow();
          tr.insertCell().textContent = columns[i];
          tr.insertCell().textContent = v;
        });
        box.appendChild(table);
        panel.appendChild(box);
      });
      doc.querySelectorAll(".on").forEach(function (o) { o.classList.remove("on"); });
      keys.forEach(function (key) {
        if (key.charAt(0) === "z") { return; }
        text.querySelectorAll('[data-r~="' + key + '"]').forEach(function (o) { o.classList.add("on"); });
      });
    }

    text.addEventListener("mouseover", function (e) {
      var el = e.target.closest("[data-r]");
      if (el && !pinned) { show(el); }
    });
    text.addEventListener("click", function (e) {
      var el = e.target.closest("[data-r]");
      pinned = !!el;
      if (el) { show(el); }
    });
    doc.querySelectorAll("table.layer tr[data-r]").forEach(function (tr) {
      tr.addEventListener("click", function () { pinned = true; show(tr); });
    });
  });
})();
