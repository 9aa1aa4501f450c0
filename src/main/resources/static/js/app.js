// htmx requests carry the CSRF token from the page's meta tags (IAM-07).
document.addEventListener('htmx:configRequest', function (evt) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { evt.detail.headers[header.content] = token.content; }
});

// A form with data-confirm asks before it submits (inline onsubmit handlers are blocked by the CSP).
document.addEventListener('submit', function (evt) {
  var msg = evt.target.getAttribute && evt.target.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) { evt.preventDefault(); }
}, true);
