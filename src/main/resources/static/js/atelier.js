// Atelier's only script: wires htmx to the CSRF token and moves focus for screen readers.
(function () {
  "use strict";
  function meta(name) {
    var el = document.querySelector('meta[name="' + name + '"]');
    return el ? el.getAttribute("content") : null;
  }
  document.addEventListener("htmx:configRequest", function (event) {
    var header = meta("_csrf_header");
    var token = meta("_csrf");
    if (header && token) {
      event.detail.headers[header] = token;
    }
  });
  // After a swap that contains an error summary, move focus to it so it is announced.
  document.addEventListener("htmx:afterSwap", function (event) {
    var summary = event.detail.target.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) {
      summary.focus();
    }
    // Buttons that ask for confirmation before submitting (data-confirm="question").
    document.querySelectorAll("form[data-confirm]").forEach(function (form) {
      form.addEventListener("submit", function (e) {
        if (!window.confirm(form.getAttribute("data-confirm"))) {
          e.preventDefault();
        }
      });
    });
  });
})();
