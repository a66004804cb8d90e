// attrib HTML report: choosing a source, filtering findings, keyboard navigation.
// Reads only the page's own markup (data-source, data-rule, data-severity); no network.
(function () {
  "use strict";

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  // Keep one source's statements highlighted and dim the rest; choosing it again shows all.
  function select(section, source) {
    var chosen = section.getAttribute("data-selected") === source ? "" : source;
    var name = "";
    if (chosen) {
      section.setAttribute("data-selected", chosen);
    } else {
      section.removeAttribute("data-selected");
    }
    each(section.querySelectorAll("mark.st"), function (mark) {
      mark.classList.toggle("dim", chosen !== "" && mark.getAttribute("data-source") !== chosen);
    });
    each(section.querySelectorAll("button.src"), function (button) {
      var pressed = button.getAttribute("data-source") === chosen;
      button.setAttribute("aria-pressed", pressed ? "true" : "false");
      if (pressed) {
        name = button.textContent;
      }
    });
    var all = section.querySelector("button.show-all");
    if (all) {
      all.disabled = chosen === "";
    }
    var status = section.querySelector(".selection");
    if (status) {
      status.textContent = chosen ? "Showing the statements of " + name : "";
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) {
      return;
    }
    var button = target.closest("button.src, button.show-all");
    var section = button && button.closest("section.file");
    if (!section) {
      return;
    }
    if (button.classList.contains("show-all")) {
      select(section, "");
    } else {
      select(section, button.getAttribute("data-source") || "");
    }
  });

  // Filters: an unchecked rule or severity hides its markers and notes.
  var boxes = document.querySelectorAll("input[data-filter]");
  function applyFilters() {
    var hidden = { rule: {}, severity: {} };
    each(boxes, function (box) {
      if (!box.checked) {
        hidden[box.getAttribute("data-filter")][box.value] = true;
      }
    });
    each(document.querySelectorAll("a.fm, .note[data-rule]"), function (element) {
      element.hidden =
        hidden.rule[element.getAttribute("data-rule")] === true ||
        hidden.severity[element.getAttribute("data-severity")] === true;
    });
  }
  each(boxes, function (box) {
    box.addEventListener("change", applyFilters);
  });
  // A browser may restore checkbox states on reload: apply what the boxes say now.
  applyFilters();

  // Labels can be hidden for reading; underline styles still tell the kinds apart.
  var labels = document.querySelector("input[data-toggle=labels]");
  function applyLabels() {
    document.body.classList.toggle("hide-labels", labels !== null && !labels.checked);
  }
  if (labels) {
    labels.addEventListener("change", applyLabels);
    applyLabels();
  }

  // n / p: the next or previous visible finding; Esc: every source highlighted again.
  function moveFinding(step) {
    var markers = Array.prototype.filter.call(document.querySelectorAll("a.fm"), function (m) {
      return !m.hidden;
    });
    if (markers.length === 0) {
      return;
    }
    var current = markers.indexOf(document.activeElement);
    if (current === -1) {
      var active = document.activeElement;
      current = step > 0 ? -1 : markers.length;
      if (active && active !== document.body) {
        for (var i = 0; i < markers.length; i += 1) {
          // DOCUMENT_POSITION_FOLLOWING: the marker comes after the focused element.
          if (active.compareDocumentPosition(markers[i]) & 4) {
            current = step > 0 ? i - 1 : i;
            break;
          }
        }
      }
    }
    var next = markers[(current + step + markers.length) % markers.length];
    next.focus();
    next.scrollIntoView({ block: "center" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) {
      return;
    }
    if (event.key === "n" || event.key === "p") {
      event.preventDefault();
      moveFinding(event.key === "n" ? 1 : -1);
    } else if (event.key === "Escape") {
      each(document.querySelectorAll("section.file[data-selected]"), function (section) {
        select(section, "");
      });
    }
  });
})();
