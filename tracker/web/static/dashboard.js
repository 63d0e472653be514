// Invite Tracker dashboard: small enhancements over pages that work without them.
// Drag to reorder the rank list (SortableJS, vendored), and copy the list to paste.
"use strict";

document.addEventListener("DOMContentLoaded", function () {
  var list = document.getElementById("rank-list");
  if (list && window.Sortable) {
    window.Sortable.create(list, {
      handle: ".rank-item",
      filter: "button, a, form",
      preventOnFilter: false,
      animation: 150,
      ghostClass: "dragging",
      // Pointer events rather than the browser's drag and drop: the same on phones, mice and tests.
      forceFallback: true,
      fallbackTolerance: 4,
      onEnd: function (event) {
        if (event.oldIndex === event.newIndex) { return; }
        var order = Array.prototype.map.call(list.querySelectorAll(".rank-item"), function (item) {
          return item.getAttribute("data-id");
        });
        var body = new URLSearchParams({ order: order.join(",") });
        fetch("/rank/order", {
          method: "POST",
          headers: { "X-CSRF-Token": list.getAttribute("data-csrf") },
          body: body,
          credentials: "same-origin"
        }).then(function (response) {
          // Reload either way: the numbers, the buttons and the list to paste follow the saved order
          // (or show the order as it still is, when saving failed).
          window.location.reload();
          return response;
        });
      }
    });
  }
  Array.prototype.forEach.call(document.querySelectorAll("button.copy"), function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      source.select();
      var done = function () { button.textContent = "Copied"; };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(source.value).then(done, function () { document.execCommand("copy"); done(); });
      } else {
        document.execCommand("copy");
        done();
      }
    });
  });
});
