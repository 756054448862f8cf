// Sends the CSRF token with every htmx request that changes something.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header && event.detail.verb !== 'get') {
    event.detail.headers[header.content] = token.content;
  }
});

// Widths that come from the data (progress bars) are set through the DOM, which the
// Content-Security-Policy allows, rather than as style attributes, which it forbids; also in
// content that htmx swaps in.
function applyWidths(root) {
  root.querySelectorAll('[data-width]').forEach(function (element) {
    element.style.width = element.dataset.width + '%';
  });
}
document.addEventListener('DOMContentLoaded', function () { applyWidths(document); });
document.addEventListener('htmx:load', function (event) { applyWidths(event.detail.elt.parentNode || document); });
// A select that applies itself when changed (instead of an inline onchange handler).
document.addEventListener('change', function (event) {
  if (event.target.matches('[data-submit-on-change]')) {
    event.target.form.submit();
  }
});
