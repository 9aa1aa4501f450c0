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

// The menu marks the page the user is on (issue 12 defect 11): the link whose path is the longest prefix of this one.
(function () {
  var path = window.location.pathname, best = null, bestLength = -1;
  document.querySelectorAll('.navbar-vertical a.nav-link[href]').forEach(function (a) {
    if (a.hasAttribute('data-no-current')) { return; }
    var href = new URL(a.href, window.location.href).pathname;
    var matches = href === '/' ? path === '/' : (path === href || path.indexOf(href.replace(/\/$/, '') + '/') === 0);
    if (matches && href.length > bestLength) { best = a; bestLength = href.length; }
  });
  if (best) { best.classList.add('active'); best.setAttribute('aria-current', 'page'); }
})();
